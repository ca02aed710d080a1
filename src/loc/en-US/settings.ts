import type { SettingsStrings } from '../settings';

export const settingsEN: SettingsStrings = {
  title: 'Zone settings',
  intro: 'The integrity policy does not set these terms: they are choices of the zone. The app uses them, but they are not rules of the policy.',
  fixedByPolicy: "The 45 calendar days for the police college's advice are set by the policy itself; you cannot change them here.",
  zoneChoice: "zone's choice",
  zoneChoiceTip: 'The policy does not set this term; the Integriteit Beheerders chose it in the zone settings.',
  open: 'Zone settings',
  back: 'Back to Policy',
  labels: {
    diensthoofdValidationDays: "Head of service's term (days)",
    comiteAssignmentDays: "Committee's term to assign (days)",
    uitvoerderStartDays: 'Term to start the work (days)',
    directiecomiteWeekday: 'Meeting day of the management committee',
    agendaClosesDaysBefore: 'Agenda closes (days before the meeting, at 12:00)',
  },
  hints: {
    diensthoofdValidationDays: 'Calendar days after submission to validate, return or reject a proposal.',
    comiteAssignmentDays: 'Calendar days to assign a routed proposal to an executor.',
    uitvoerderStartDays: 'Calendar days after the assignment to start the work.',
    directiecomiteWeekday: '1 = Monday, 2 = Tuesday, 3 = Wednesday, 4 = Thursday, 5 = Friday.',
    agendaClosesDaysBefore: '1 = the day before, 2 = two days before … (the meeting starts at 09:00, before noon)',
  },
  lastChange: 'Last changed by {name} on {date}',
  readOnly: 'Only the Integriteit Beheerders change these settings.',
  save: 'Save',
  saved: '{setting} is saved.',
  notWhole: 'Enter a whole number.',
  outOfRange: 'Choose a whole number from {min} to {max}.',
  conflict: 'Someone else changed "{setting}" in the meantime. The new value is shown below; adjust it again if needed.',
};
