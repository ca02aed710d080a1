import { COMPLAINT_CHANNELS, COMPLAINT_OUTCOMES, COMPLAINT_STATUSES } from '../../domain/complaints/dossier';
import { FINDING_KINDS } from '../../domain/complaints/findings';
import { TPI_CONCLUSIONS } from '../../domain/complaints/tpiCheck';
import { eq, isMe, neq, query } from './caml';
import { GROUPS } from '../../domain/groups';
import { CLIENT_ID, CLIENT_ID_OWN_ITEMS, DIENST_FIELD, defineList, titleField } from './common';
import type { RoleGrants } from './types';

// Statuses, channels and outcomes are the domain's values (src/domain/complaints), so what is stored is what the rules speak of.

/** The function of the investigator a dossier is assigned to. */
export const INVESTIGATOR_FUNCTIONS = ['Diensthoofd', 'Hoofdinspecteur'] as const;

/** The kinds of report Intern Toezicht publishes: the monthly listing and the annual anonymous figures. */
export const REPORT_KINDS = ['Maandlijst', 'Jaarcijfers'] as const;

/** The lists whose reads are written to the audit log. */
export const AUDITED_LISTS = ['Klachten', 'Geschenken', 'Nevenactiviteiten', 'Materiaalschade'] as const;

/** What was done with a confidential record. */
export const AUDIT_ACTIONS = ['Geraadpleegd', 'Gewijzigd', 'Geëxporteerd', 'Afgedrukt', 'Opgelijst', 'Geteld'] as const;

/**
 * Klachten: the confidential complaints register. The list does not inherit (no Medewerkers at all); each dossier gets
 * unique permissions at creation: korpsleiding and Intern Toezicht manage it (no delete), the investigator assigned by
 * them, and the diensthoofd the korpschef named for a tuchtdossier, only read it (docs/security.md section 3).
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
  // aandachtspunt 10, held by SharePoint for every client: a use-of-force dossier is not closed without its TPI check
  validation: {
    formula: '=OR([Status]<>"Afgesloten",NOT([Gebruik van geweld]),NOT(ISBLANK([TPI onderzocht op])))',
    message: 'Een klacht over de aangewende dwangmiddelen wordt pas afgesloten als het onderzoek van de TPI (actieve deelname en evaluatie) is vastgelegd.',
  },
  fields: [
    titleField('Onderwerp', true),
    CLIENT_ID,
    { name: 'Reference', displayName: 'Referentie (ISLP)', kind: 'Text', maxLength: 50 },
    { name: 'ReceivedAt', displayName: 'Ontvangen op', kind: 'DateTime', dateOnly: true, required: true, indexed: true },
    // the month (jjjj-mm) of receipt and of closing, kept by the app: the figures select whole months with `eq`, which
    // narrows a query to that month's dossiers however long the register grows (a date range's first bound does not)
    { name: 'ReceivedMonth', displayName: 'Maand van ontvangst', kind: 'Text', maxLength: 7, indexed: true },
    { name: 'Channel', displayName: 'Kanaal', kind: 'Choice', choices: COMPLAINT_CHANNELS, required: true },
    { name: 'ComplainantName', displayName: 'Naam klager', kind: 'Text', maxLength: 255 },
    { name: 'ComplainantContact', displayName: 'Contactgegevens klager', kind: 'Note', richText: false },
    { name: 'Facts', displayName: 'Feiten', kind: 'Note', richText: false, required: true },
    { name: 'Theme', displayName: 'Aandachtspunt', kind: 'Lookup', lookupList: 'Aandachtspunten', indexed: true },
    DIENST_FIELD,
    { name: 'InvolvedStaff', displayName: 'Betrokken personeelsleden', kind: 'UserMulti' },
    { name: 'Investigator', displayName: 'Onderzoeker', kind: 'User', indexed: true, description: 'Diensthoofd of hoofdinspecteur aan wie het dossier is toegewezen.' },
    { name: 'Status', displayName: 'Status', kind: 'Choice', choices: COMPLAINT_STATUSES, default: 'Ontvangen', required: true, indexed: true },
    { name: 'InvestigatorFunction', displayName: 'Functie onderzoeker', kind: 'Choice', choices: INVESTIGATOR_FUNCTIONS },
    { name: 'InvestigationNotes', displayName: 'Onderzoeksnotities', kind: 'Note', richText: false },
    { name: 'Outcome', displayName: 'Resultaat', kind: 'Choice', choices: COMPLAINT_OUTCOMES },
    { name: 'FeedbackText', displayName: 'Schriftelijke terugkoppeling aan de klager', kind: 'Note', richText: false },
    { name: 'FeedbackDate', displayName: 'Schriftelijke terugkoppeling op', kind: 'DateTime', dateOnly: true },
    { name: 'SpocFeedback', displayName: 'Terugkoppeling SPOC (burgemeesterskabinetten)', kind: 'Note', richText: false },
    { name: 'MayorFeedbackOn', displayName: 'Terugkoppeling SPOC op', kind: 'DateTime', dateOnly: true },
    { name: 'DisciplinaryOpenedOn', displayName: 'Tuchtdossier geopend op', kind: 'DateTime', dateOnly: true },
    {
      name: 'DisciplinaryHead',
      displayName: 'Betrokken diensthoofd (tuchtdossier)',
      kind: 'User',
      description: 'Behandelt het tuchtdossier samen met de korpsleiding; de hoofdinspecteur verliest dan de toegang.',
    },
    {
      name: 'LegalSupport',
      displayName: 'Juridische bijstand gevraagd',
      kind: 'Choice',
      choices: [GROUPS.juridischeDienst],
      description: 'De Juridische dienst leest het dossier zolang het niet afgesloten is (juridische bijstand in tucht en intern toezicht).',
    },
    { name: 'ClosedOn', displayName: 'Afgesloten op', kind: 'DateTime', dateOnly: true, indexed: true },
    { name: 'ClosedMonth', displayName: 'Maand van afsluiting', kind: 'Text', maxLength: 7, indexed: true },
    { name: 'History', displayName: 'Verloop', kind: 'Note', richText: false, description: 'Elke beslissing (wie, wanneer, wat, waarom), door de app bijgehouden.' },
    { name: 'EvidenceRefs', displayName: 'Beeldmateriaal (verwijzingen)', kind: 'Note', richText: false, description: 'Verwijzingen naar bodycam-, drone- of ANPR-beelden; geen opslag.' },
    { name: 'UseOfForce', displayName: 'Gebruik van geweld', kind: 'Boolean', default: false, description: 'Klacht over de aangewende dwangmiddelen (aandachtspunt 10); door de app gezet uit het aandachtspunt.' },
    { name: 'TpiExaminedBy', displayName: 'TPI onderzocht door', kind: 'Text', maxLength: 255 },
    { name: 'TpiExaminedOn', displayName: 'TPI onderzocht op', kind: 'DateTime', dateOnly: true },
    { name: 'TpiConclusion', displayName: 'Besluit onderzoek TPI', kind: 'Choice', choices: TPI_CONCLUSIONS },
    { name: 'TpiNotes', displayName: 'Onderzoek TPI (toelichting)', kind: 'Note', richText: false },
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
    // read only, and derived from the version history's entitled changes, not the fields as they stand
    // (src/data/complaints/dossierAccess.ts): the investigator loses access once the dossier is a tuchtdossier
    fromFields: [
      { field: 'Investigator', principal: 'user', role: 'read' },
      { field: 'DisciplinaryHead', principal: 'user', role: 'read' },
      // the Juridische dienst while its legal support is asked and the dossier is not closed
      { field: 'LegalSupport', principal: 'groupTitle', role: 'read' },
    ],
  },
});

/**
 * The groups of a tuchtdossier (docs/security.md section 3): only the korpschef ("geen delegatiebevoegdheid") may edit
 * it and its permissions; the rest of the korpsleiding and Intern Toezicht keep reading it. SharePoint then refuses any
 * change, a close included, by anyone but the korpschef.
 */
export const TUCHTDOSSIER_GROUPS: RoleGrants = { korpschef: 'caseManagement', korpsleiding: 'read', internToezicht: 'read' };

/**
 * Onderzoeksbevindingen: what the investigator of a dossier finds and the written feedback they sent, add-only and own
 * items only; Intern Toezicht and the korpsleiding read them all. A finding counts only when its Author was the
 * dossier's investigator at the time (src/domain/complaints/findings.ts).
 */
export const ONDERZOEKSBEVINDINGEN = defineList({
  title: 'Onderzoeksbevindingen',
  description: 'Bevindingen en terugkoppeling van de onderzoeker van een klachtendossier; alleen toevoegen, enkel eigen items zichtbaar.',
  readSecurity: 2,
  writeSecurity: 2,
  versioning: true,
  attachments: false,
  noCrawl: true,
  appCreates: true,
  fields: [
    titleField('Titel', false),
    CLIENT_ID_OWN_ITEMS,
    { name: 'DossierId', displayName: 'Dossier (id)', kind: 'Number', decimals: 0, required: true, indexed: true },
    { name: 'Kind', displayName: 'Soort', kind: 'Choice', choices: FINDING_KINDS, default: 'Bevinding', required: true },
    { name: 'Text', displayName: 'Tekst', kind: 'Note', richText: false, required: true },
    { name: 'Outcome', displayName: 'Resultaat', kind: 'Choice', choices: COMPLAINT_OUTCOMES },
    { name: 'FeedbackDate', displayName: 'Schriftelijke terugkoppeling op', kind: 'DateTime', dateOnly: true },
  ],
  views: [{ title: 'Recent', query: query(null, [['ID', false]]), fields: ['DossierId', 'Kind', 'LinkTitle', 'Author'], rowLimit: 50 }],
  roles: { diensthoofden: 'append', hinp: 'append', internToezicht: 'oversee', korpsleiding: 'oversee' },
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

/**
 * Rapportages: what Intern Toezicht publishes from the complaints register: the monthly listing of its activities and
 * the annual anonymous figures. Never personal data (the app builds them that way), so the recipients read them here.
 */
export const RAPPORTAGES = defineList({
  title: 'Rapportages',
  description: 'Maandelijkse lijst van de activiteiten van Intern Toezicht en de jaarlijkse anonieme cijfers; zonder persoonsgegevens.',
  readSecurity: 1,
  writeSecurity: 1,
  versioning: true,
  attachments: false,
  noCrawl: true,
  appCreates: true,
  fields: [
    titleField('Titel', true),
    CLIENT_ID,
    { name: 'Kind', displayName: 'Soort', kind: 'Choice', choices: REPORT_KINDS, required: true, indexed: true },
    { name: 'Period', displayName: 'Periode', kind: 'Text', maxLength: 7, required: true, indexed: true, description: 'jjjj-mm (maandlijst) of jjjj (jaarcijfers).' },
    { name: 'Content', displayName: 'Inhoud', kind: 'Note', richText: false, required: true, description: 'De gegevens van de rapportage (JSON), door de app opgemaakt.' },
    { name: 'PublishedAt', displayName: 'Gepubliceerd op', kind: 'DateTime', required: true },
  ],
  views: [
    { title: 'Maandlijsten', query: query(eq('Kind', 'Choice', 'Maandlijst'), [['Period', false]]), fields: ['Period', 'LinkTitle', 'PublishedAt'], rowLimit: 24 },
  ],
  roles: { internToezicht: 'contribute', korpsleiding: 'contribute', diensthoofden: 'read', directiecomite: 'read', politiecollege: 'read' },
});

/**
 * Dossieradministratie: the administration of each complaint or disciplinary dossier that the CaLog support role
 * ("1 calog-medewerker levert administratieve ondersteuning in deze dossiers") keeps: the register number, dates,
 * deadlines and the metadata of the documents, never the substance. SharePoint has no field-level permissions (who reads
 * an item reads all its fields), so the administration lives in its own list: the Dossierbeheer group reads and edits
 * it and has no access at all to Klachten or Onderzoeksbevindingen (docs/security.md section 3).
 */
export const DOSSIERADMINISTRATIE = defineList({
  title: 'Dossieradministratie',
  description: 'Administratie van de klachten- en tuchtdossiers (nummer, data, termijnen, stukken); zonder de inhoud van het dossier.',
  readSecurity: 1,
  writeSecurity: 1,
  versioning: true,
  attachments: false,
  noCrawl: true,
  appCreates: true,
  fields: [
    titleField('Dossiernummer', true),
    CLIENT_ID,
    { name: 'DossierId', displayName: 'Dossier (id)', kind: 'Number', decimals: 0, required: true, indexed: true },
    { name: 'ReceivedOn', displayName: 'Ontvangen op', kind: 'DateTime', dateOnly: true, required: true, indexed: true },
    { name: 'NextDeadline', displayName: 'Eerstvolgende termijn', kind: 'DateTime', dateOnly: true, indexed: true },
    { name: 'DeadlineNote', displayName: 'Wat moet er tegen die termijn gebeuren', kind: 'Text', maxLength: 255 },
    {
      name: 'Documents',
      displayName: 'Stukken (metagegevens)',
      kind: 'Note',
      richText: false,
      description: 'Eén regel per stuk: datum, soort, titel, vindplaats (ISLP, archief); geen inhoud.',
    },
    { name: 'ArchivedOn', displayName: 'Gearchiveerd op', kind: 'DateTime', dateOnly: true },
  ],
  views: [
    { title: 'Termijnen', query: query(null, [['NextDeadline', true]]), fields: ['LinkTitle', 'ReceivedOn', 'NextDeadline', 'DeadlineNote'], rowLimit: 50 },
  ],
  roles: { dossierbeheer: 'handle', internToezicht: 'handle', korpsleiding: 'handle' },
});
