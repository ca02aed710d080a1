import { ATTENDANCE_KINDS, TRAINING_STATUSES, TRAINING_THEMES } from '../../domain/trainings';
import { eq, query } from './caml';
import { CLIENT_ID, DIENST_FIELD, defineList, titleField } from './common';

/**
 * Opleidingen: the SD5 trainings, from need to planned and held session with its evaluation; the opleidingsplan is this
 * list per year and dienst. Everyone reads it (no personal data: attendance is in its own list); HR and Cel GWB keep it;
 * TIWK adds the training needs its evaluations of resistance bring.
 */
export const OPLEIDINGEN = defineList({
  title: 'Opleidingen',
  description: 'Opleidingen en trainingen (SD5): behoeften, geplande en gegeven sessies, evaluatie; het opleidingsplan per dienst en jaar.',
  readSecurity: 1,
  writeSecurity: 1,
  versioning: true,
  attachments: false,
  noCrawl: false,
  appCreates: true,
  fields: [
    titleField('Titel', true),
    CLIENT_ID,
    { name: 'Theme', displayName: 'Thema', kind: 'Choice', choices: TRAINING_THEMES, required: true, indexed: true },
    { name: 'Status', displayName: 'Status', kind: 'Choice', choices: TRAINING_STATUSES, default: 'Behoefte', required: true, indexed: true },
    { ...DIENST_FIELD, description: 'Leeg: korpsbreed.' },
    { name: 'PlanYear', displayName: 'Opleidingsplan (jaar)', kind: 'Number', decimals: 0, min: 2000, max: 2100, required: true, indexed: true },
    { name: 'StartsAt', displayName: 'Datum en uur', kind: 'DateTime', indexed: true },
    { name: 'Location', displayName: 'Plaats', kind: 'Text', maxLength: 255 },
    { name: 'Trainer', displayName: 'Lesgever', kind: 'Text', maxLength: 255 },
    { name: 'Capacity', displayName: 'Plaatsen', kind: 'Number', decimals: 0, min: 1 },
    { name: 'Description', displayName: 'Omschrijving', kind: 'Note', richText: false },
    { name: 'SourceIncidentId', displayName: 'Uit evaluatie weerspannigheid (id)', kind: 'Number', decimals: 0, indexed: true },
    { name: 'SourceLessonId', displayName: 'Les (id)', kind: 'Text', maxLength: 20 },
    { name: 'Evaluation', displayName: 'Evaluatie', kind: 'Note', richText: false },
    { name: 'HeldOn', displayName: 'Gegeven op', kind: 'DateTime', dateOnly: true },
  ],
  views: [
    { title: 'Gepland', query: query(eq('Status', 'Choice', 'Gepland'), [['StartsAt', true]]), fields: ['StartsAt', 'LinkTitle', 'Theme', 'Dienst', 'Location'], rowLimit: 50 },
    { title: 'Behoeften', query: query(eq('Status', 'Choice', 'Behoefte'), [['ID', false]]), fields: ['LinkTitle', 'Theme', 'Dienst', 'PlanYear'], rowLimit: 50 },
  ],
  roles: { medewerkers: 'read', politiecollege: 'read', hr: 'handle', celGWB: 'handle', internToezicht: 'append', korpsleiding: 'handle', beheerders: 'fullControl' },
});

/**
 * Opleidingsdeelnames: the attendance of each member at a session. One folder per member (`u<userId>`), made by HR or
 * Cel GWB the first time, which the member reads; items inherit it, so a member reads only their own attendance.
 */
export const OPLEIDINGSDEELNAMES = defineList({
  title: 'Opleidingsdeelnames',
  description: 'Aanwezigheid per personeelslid op de opleidingen; elk personeelslid ziet enkel de eigen deelnames.',
  readSecurity: 1,
  writeSecurity: 1,
  versioning: true,
  attachments: false,
  noCrawl: true,
  appCreates: true,
  fields: [
    titleField('Titel', false),
    CLIENT_ID,
    { name: 'TrainingId', displayName: 'Opleiding (id)', kind: 'Number', decimals: 0, required: true, indexed: true },
    { name: 'Member', displayName: 'Personeelslid', kind: 'User', indexed: true },
    { name: 'MemberName', displayName: 'Naam', kind: 'Text', maxLength: 255, required: true },
    { name: 'Attendance', displayName: 'Aanwezigheid', kind: 'Choice', choices: ATTENDANCE_KINDS, default: 'Ingeschreven', required: true },
    { name: 'PlanYear', displayName: 'Jaar', kind: 'Number', decimals: 0, required: true, indexed: true },
  ],
  views: [{ title: 'Recent', query: query(null, [['ID', false]]), fields: ['TrainingId', 'MemberName', 'Attendance'], rowLimit: 50 }],
  roles: { hr: 'caseManagement', celGWB: 'caseManagement', korpsleiding: 'read', beheerders: 'fullControl' },
});

/** Dilemmas: the zone's dilemmas per aandachtspunt for team meetings (content from seed/content/dilemmas.json). */
export const DILEMMAS = defineList({
  title: 'Dilemmas',
  description: "Dilemma's per aandachtspunt om in een teamoverleg te bespreken.",
  readSecurity: 1,
  writeSecurity: 1,
  versioning: true,
  attachments: false,
  noCrawl: false,
  appCreates: false,
  fields: [
    titleField('Titel', true),
    { name: 'DilemmaKey', displayName: 'Sleutel', kind: 'Text', maxLength: 20, required: true, indexed: true, unique: true },
    { name: 'ThemeNumber', displayName: 'Aandachtspunt', kind: 'Number', decimals: 0, min: 1, max: 10, required: true, indexed: true },
    { name: 'Situation', displayName: 'Situatie', kind: 'Note', richText: false, required: true },
    { name: 'Questions', displayName: 'Vragen voor het team', kind: 'Note', richText: false, required: true, description: 'Eén vraag per regel.' },
  ],
  views: [{ title: 'Per aandachtspunt', query: query(null, [['ThemeNumber', true]]), fields: ['ThemeNumber', 'DilemmaKey', 'LinkTitle'], rowLimit: 100 }],
  roles: { medewerkers: 'read', hr: 'contribute', celGWB: 'contribute', beheerders: 'fullControl' },
});

/**
 * Dilemmasessies: that a team discussed dilemmas in a team meeting (date, dienst, team, theme, dilemmas, number
 * present); never what anyone said. The leader is the item's Author. Everyone adds and reads (no personal data).
 */
export const DILEMMASESSIES = defineList({
  title: 'Dilemmasessies',
  description: 'Dilemmasessies in teamoverleg: datum, dienst, team, aandachtspunt, aantal aanwezigen; nooit wat iemand zei.',
  readSecurity: 1,
  writeSecurity: 1,
  versioning: true,
  attachments: false,
  noCrawl: false,
  appCreates: true,
  fields: [
    titleField('Titel', false),
    CLIENT_ID,
    { name: 'HeldOn', displayName: 'Datum', kind: 'DateTime', dateOnly: true, required: true, indexed: true },
    DIENST_FIELD,
    { name: 'Team', displayName: 'Team', kind: 'Text', maxLength: 100, required: true },
    { name: 'ThemeNumber', displayName: 'Aandachtspunt', kind: 'Number', decimals: 0, min: 1, max: 10, required: true, indexed: true },
    { name: 'DilemmaKeys', displayName: "Besproken dilemma's", kind: 'Text', maxLength: 255, required: true },
    { name: 'Present', displayName: 'Aantal aanwezigen', kind: 'Number', decimals: 0, min: 1, required: true },
    { name: 'LeaderName', displayName: 'Sessieleider', kind: 'Text', maxLength: 255, required: true, description: 'Naam op het moment van registreren; wie het item toevoegde (Author) is de bron.' },
  ],
  views: [{ title: 'Recent', query: query(null, [['HeldOn', false]]), fields: ['HeldOn', 'Dienst', 'Team', 'ThemeNumber', 'Present'], rowLimit: 50 }],
  roles: { medewerkers: 'append', hr: 'handle', celGWB: 'handle', beheerders: 'fullControl' },
});
