import type { SettingsStrings } from '../settings';

export const settingsNL: SettingsStrings = {
  title: 'Instellingen van de zone',
  intro:
    'Deze termijnen legt het integriteitsbeleid niet vast: het zijn keuzes van de zone. De app rekent ermee, maar het zijn geen regels van het beleid.',
  fixedByPolicy: 'De 45 kalenderdagen voor het advies van het politiecollege legt het beleid zelf vast; die kun je hier niet wijzigen.',
  zoneChoice: 'keuze van de zone',
  zoneChoiceTip: 'Deze termijn legt het beleid niet vast; de Integriteit Beheerders kozen hem in de instellingen van de zone.',
  open: 'Instellingen van de zone',
  back: 'Terug naar Beleid',
  labels: {
    diensthoofdValidationDays: 'Termijn van het diensthoofd (dagen)',
    comiteAssignmentDays: 'Termijn van het comité om toe te wijzen (dagen)',
    uitvoerderStartDays: 'Termijn om de uitvoering te starten (dagen)',
    directiecomiteWeekday: 'Vergaderdag van het directiecomité',
    agendaClosesDaysBefore: 'Agenda sluit (dagen voor de vergadering, om 12:00)',
  },
  hints: {
    diensthoofdValidationDays: 'Kalenderdagen na indiening om een voorstel te valideren, terug te sturen of af te wijzen.',
    comiteAssignmentDays: 'Kalenderdagen om een doorverwezen voorstel aan een uitvoerder toe te wijzen.',
    uitvoerderStartDays: 'Kalenderdagen na de toewijzing om met de uitvoering te starten.',
    directiecomiteWeekday: '1 = maandag, 2 = dinsdag, 3 = woensdag, 4 = donderdag, 5 = vrijdag.',
    agendaClosesDaysBefore: '1 = de dag ervoor, 2 = twee dagen ervoor … (de vergadering begint om 09:00, vóór de middag)',
  },
  lastChange: 'Laatst gewijzigd door {name} op {date}',
  readOnly: 'Alleen de Integriteit Beheerders wijzigen deze instellingen.',
  save: 'Opslaan',
  saved: '{setting} is opgeslagen.',
  notWhole: 'Geef een geheel getal.',
  outOfRange: 'Kies een geheel getal van {min} tot {max}.',
  conflict: 'Iemand anders wijzigde "{setting}" intussen. De nieuwe waarde staat hieronder; pas ze opnieuw aan als het nodig is.',
};
