import { isMe, neq, query } from './caml';
import { CLIENT_ID, CLIENT_ID_OWN_ITEMS, DIENST_FIELD, defineList, titleField } from './common';

/** The statuses of a complaint dossier. */
export const COMPLAINT_STATUSES = ['Ontvangen', 'In onderzoek', 'Terugkoppeling aan klager', 'Afgesloten', 'Tuchtdossier'] as const;

/** How a complaint came in. */
export const COMPLAINT_CHANNELS = ['Brief', 'E-mail', 'Telefoon', 'Onthaal', 'Politiecollege', 'Comité P', 'Andere'] as const;

/** The lists whose reads are written to the audit log. */
export const AUDITED_LISTS = ['Klachten', 'Geschenken', 'Nevenactiviteiten', 'Materiaalschade'] as const;

/** What was done with a confidential record. */
export const AUDIT_ACTIONS = ['Geraadpleegd', 'Gewijzigd', 'Geëxporteerd', 'Afgedrukt'] as const;

/**
 * Klachten: the confidential complaints register. The list does not inherit (no Medewerkers at all); each dossier gets
 * unique permissions at creation: korpsleiding, Intern Toezicht and the assigned investigator.
 */
export const KLACHTEN = defineList({
  title: 'Klachten',
  description: 'Vertrouwelijk klachtenregister van Intern Toezicht; elk dossier is enkel zichtbaar voor wie het behandelt.',
  readSecurity: 1,
  writeSecurity: 1,
  versioning: true,
  attachments: false,
  noCrawl: true,
  appCreates: true,
  fields: [
    titleField('Onderwerp', true),
    CLIENT_ID,
    { name: 'ReceivedAt', displayName: 'Ontvangen op', kind: 'DateTime', dateOnly: true, required: true, indexed: true },
    { name: 'Channel', displayName: 'Kanaal', kind: 'Choice', choices: COMPLAINT_CHANNELS, required: true },
    { name: 'ComplainantName', displayName: 'Naam klager', kind: 'Text', maxLength: 255 },
    { name: 'ComplainantContact', displayName: 'Contactgegevens klager', kind: 'Note', richText: false },
    { name: 'Facts', displayName: 'Feiten', kind: 'Note', richText: false, required: true },
    { name: 'Theme', displayName: 'Aandachtspunt', kind: 'Lookup', lookupList: 'Aandachtspunten', indexed: true },
    DIENST_FIELD,
    { name: 'InvolvedStaff', displayName: 'Betrokken personeelsleden', kind: 'UserMulti' },
    { name: 'Investigator', displayName: 'Onderzoeker', kind: 'User', indexed: true, description: 'Diensthoofd of hoofdinspecteur aan wie het dossier is toegewezen.' },
    { name: 'Status', displayName: 'Status', kind: 'Choice', choices: COMPLAINT_STATUSES, default: 'Ontvangen', required: true, indexed: true },
    { name: 'Outcome', displayName: 'Resultaat', kind: 'Note', richText: false },
    { name: 'FeedbackDate', displayName: 'Schriftelijke terugkoppeling op', kind: 'DateTime', dateOnly: true },
    { name: 'DisciplinaryFile', displayName: 'Tuchtdossier', kind: 'Boolean', default: false },
    { name: 'SpocFeedback', displayName: 'Terugkoppeling SPOC (burgemeesterskabinetten)', kind: 'Note', richText: false },
    { name: 'EvidenceRefs', displayName: 'Beeldmateriaal (verwijzingen)', kind: 'Note', richText: false, description: 'Verwijzingen naar bodycam-, drone- of ANPR-beelden; geen opslag.' },
  ],
  views: [
    {
      title: 'Lopende dossiers',
      query: query(neq('Status', 'Choice', 'Afgesloten'), [['ReceivedAt', true]]),
      fields: ['ReceivedAt', 'LinkTitle', 'Status', 'Dienst', 'Investigator'],
      rowLimit: 50,
    },
    {
      title: 'Mijn dossiers',
      query: query(isMe('Investigator'), [['ReceivedAt', false]]),
      fields: ['ReceivedAt', 'LinkTitle', 'Status', 'FeedbackDate'],
      rowLimit: 50,
    },
  ],
  roles: { korpsleiding: 'caseManagement', internToezicht: 'caseManagement' },
  itemSecurity: {
    groups: { korpsleiding: 'caseManagement', internToezicht: 'caseManagement' },
    fromFields: [{ field: 'Investigator', principal: 'user', role: 'contribute' }],
  },
});

/** Raadplegingen: the audit log of reads of confidential records (who, what, when), kept 5 years; add-only for everyone. */
export const RAADPLEGINGEN = defineList({
  title: 'Raadplegingen',
  description: 'Logboek van raadplegingen van vertrouwelijke dossiers (wie, wat, wanneer); 5 jaar bewaard, alleen toevoegen.',
  readSecurity: 2,
  writeSecurity: 2,
  versioning: false,
  attachments: false,
  noCrawl: true,
  appCreates: true,
  fields: [
    titleField('Titel', false),
    CLIENT_ID_OWN_ITEMS,
    { name: 'ListName', displayName: 'Lijst', kind: 'Choice', choices: AUDITED_LISTS, required: true },
    { name: 'DossierId', displayName: 'Dossier (id)', kind: 'Number', decimals: 0, required: true, indexed: true },
    { name: 'Action', displayName: 'Handeling', kind: 'Choice', choices: AUDIT_ACTIONS, default: 'Geraadpleegd', required: true },
    { name: 'ReaderName', displayName: 'Naam', kind: 'Text', maxLength: 255, required: true, description: 'Naam op het moment van raadplegen; wie het item toevoegde (Author) is de bron.' },
    { name: 'At', displayName: 'Tijdstip', kind: 'DateTime', required: true, indexed: true },
    { name: 'RetainUntil', displayName: 'Bewaren tot', kind: 'DateTime', dateOnly: true, required: true, indexed: true, description: 'Tijdstip + 5 jaar.' },
  ],
  views: [{ title: 'Recent', query: query(null, [['At', false]]), fields: ['At', 'ListName', 'DossierId', 'Action', 'ReaderName'], rowLimit: 50 }],
  roles: { medewerkers: 'append', politiecollege: 'append', korpsleiding: 'oversee', internToezicht: 'oversee' },
});
