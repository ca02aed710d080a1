import type { SettingsStrings } from '../settings';

export const settingsFR: SettingsStrings = {
  title: 'Paramètres de la zone',
  intro:
    "La politique d'intégrité ne fixe pas ces délais : ce sont des choix de la zone. L'application les utilise, mais ce ne sont pas des règles de la politique.",
  fixedByPolicy: "Les 45 jours calendrier de l'avis du collège de police sont fixés par la politique elle-même ; tu ne peux pas les modifier ici.",
  zoneChoice: 'choix de la zone',
  zoneChoiceTip: "La politique ne fixe pas ce délai ; les Integriteit Beheerders l'ont choisi dans les paramètres de la zone.",
  open: 'Paramètres de la zone',
  back: 'Retour à la politique',
  labels: {
    diensthoofdValidationDays: 'Délai du chef de service (jours)',
    comiteAssignmentDays: "Délai du comité pour l'attribution (jours)",
    uitvoerderStartDays: "Délai pour démarrer l'exécution (jours)",
    directiecomiteWeekday: 'Jour de réunion du comité de direction',
    agendaClosesDaysBefore: "Clôture de l'ordre du jour (jours avant la réunion, à 12:00)",
  },
  hints: {
    diensthoofdValidationDays: 'Jours calendrier après la soumission pour valider, renvoyer ou refuser une proposition.',
    comiteAssignmentDays: 'Jours calendrier pour attribuer une proposition transmise à un exécutant.',
    uitvoerderStartDays: "Jours calendrier après l'attribution pour démarrer l'exécution.",
    directiecomiteWeekday: '1 = lundi, 2 = mardi, 3 = mercredi, 4 = jeudi, 5 = vendredi.',
    agendaClosesDaysBefore: '1 = la veille, 2 = deux jours avant … (la réunion commence à 09:00, avant midi)',
  },
  lastChange: 'Dernière modification par {name} le {date}',
  readOnly: 'Seuls les Integriteit Beheerders modifient ces paramètres.',
  save: 'Enregistrer',
  saved: '{setting} est enregistré.',
  notWhole: 'Indique un nombre entier.',
  outOfRange: 'Choisis un nombre entier de {min} à {max}.',
  conflict: "Quelqu'un d'autre a modifié « {setting} » entre-temps. La nouvelle valeur figure ci-dessous ; adapte-la à nouveau si nécessaire.",
};
