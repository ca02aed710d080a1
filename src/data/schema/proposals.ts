import { COMITES, OVERLEGGROEPEN, UITVOERDERS } from '../../domain/proposal/bodies';
import { FEEDBACK_CASCADE } from '../../domain/proposal/cascade';
import { PROPOSAL_ACTIONS } from '../../domain/proposal/rules';
import { PROPOSAL_ORIGINS } from '../../domain/proposal/origin';
import { PROPOSAL_STATUSES, PROPOSAL_TOPICS, type ProposalStatus } from '../../domain/proposal/statuses';
import { eq, query } from './caml';
import { CLIENT_ID, DIENST_FIELD, defineList, titleField } from './common';

/** Comité names as stored in choice fields (the mappers translate them to and from `ComiteKey`). */
const COMITE_NAMES = COMITES.map((c) => c.name);
/** Executor kind names as stored in choice fields (mapped to and from `UitvoerderKind`). */
const UITVOERDER_NAMES = UITVOERDERS.map((u) => u.name);
/** Overleggroep names as stored in choice fields (mapped to and from `Overleggroep`). */
const OVERLEGGROEP_NAMES = OVERLEGGROEPEN.map((o) => o.name);

/** The kinds of entry of the decision log: a decision, or one step of the feedback cascade after it. */
export const DECISION_ENTRY_KINDS = ['Beslissing', 'Terugkoppeling'] as const;

/** The steps of the feedback cascade as stored (their Dutch names; the mappers translate them to `CascadeStepKey`). */
const CASCADE_STEP_NAMES = FEEDBACK_CASCADE.map((step) => step.name);

const status = (value: ProposalStatus): string => eq('Status', 'Choice', value);
const comiteField = { name: 'Comite', displayName: 'Comité', kind: 'Choice', choices: COMITE_NAMES } as const;
const uitvoerderKindField = { name: 'UitvoerderKind', displayName: 'Soort uitvoerder', kind: 'Choice', choices: UITVOERDER_NAMES } as const;
const overleggroepField = { name: 'Overleggroep', displayName: 'Overleggroep', kind: 'Choice', choices: OVERLEGGROEP_NAMES } as const;

/** Comites: the five structural comités of SD2; seeded, one item per `COMITES` entry (Title = its name). */
export const COMITES_LIST = defineList({
  title: 'Comites',
  description: 'De structurele comités waarnaar het directiecomité voorstellen verwijst.',
  readSecurity: 1,
  writeSecurity: 1,
  versioning: true,
  attachments: false,
  noCrawl: false,
  appCreates: false,
  fields: [
    { name: 'Title', displayName: 'Naam', kind: 'Text', builtIn: true, required: true, maxLength: 255, indexed: true, unique: true },
    { name: 'Mandate', displayName: 'Bevoegdheid', kind: 'Note', richText: false },
    { name: 'Chair', displayName: 'Voorzitter', kind: 'User', indexed: true },
    { name: 'Members', displayName: 'Leden', kind: 'UserMulti' },
    { name: 'MeetingRhythm', displayName: 'Vergaderritme', kind: 'Text', maxLength: 255 },
    { name: 'Active', displayName: 'Actief', kind: 'Boolean', default: true, indexed: true },
  ],
  views: [{ title: 'Actief', query: query(eq('Active', 'Boolean', 1), [['Title', true]]), fields: ['LinkTitle', 'Chair', 'MeetingRhythm'], rowLimit: 30 }],
  roles: { medewerkers: 'read', korpsleiding: 'contribute', beheerders: 'fullControl' },
});

/** Werkgroepen: the executors a comité assigns proposals to (werkgroepen, Q-team, voertuigcomité, Cel GWB, overleggroepen). */
export const WERKGROEPEN = defineList({
  title: 'Werkgroepen',
  description: 'Uitvoerders waaraan een comité voorstellen toewijst: werkgroepen, Q-team, voertuigcomité, Cel GWB, overleggroepen.',
  readSecurity: 1,
  writeSecurity: 1,
  versioning: true,
  attachments: false,
  noCrawl: false,
  appCreates: true,
  fields: [
    titleField('Naam', true),
    CLIENT_ID,
    { ...comiteField, required: true, indexed: true },
    { ...uitvoerderKindField, displayName: 'Soort', required: true },
    overleggroepField,
    { name: 'AdHoc', displayName: 'Ad hoc', kind: 'Boolean', default: false },
    { name: 'Mandate', displayName: 'Opdracht', kind: 'Note', richText: false },
    { name: 'Chair', displayName: 'Voorzitter', kind: 'User' },
    { name: 'Members', displayName: 'Leden', kind: 'UserMulti' },
    { name: 'Active', displayName: 'Actief', kind: 'Boolean', default: true, indexed: true },
  ],
  views: [
    {
      title: 'Actief',
      query: query(eq('Active', 'Boolean', 1), [['Comite', true]]),
      fields: ['LinkTitle', 'Comite', 'UitvoerderKind', 'Chair', 'AdHoc'],
      rowLimit: 50,
    },
  ],
  roles: { medewerkers: 'read', comitevoorzitters: 'contribute', korpsleiding: 'contribute', beheerders: 'fullControl' },
});

/**
 * Diensten: who heads each dienst, who is its middenkader and who sits in its team Q&W. The groups give the permissions;
 * this list says for which dienst someone acts (whose proposals a diensthoofd validates) and whom a decision concerns.
 * Kept by the beheerders, like the comités; one item per dienst (Title = the dienst as in `DIENSTEN`).
 */
export const DIENSTEN_LIST = defineList({
  title: 'Diensten',
  description: 'De diensten van PZ CARMA met hun diensthoofd, middenkader en team Q&W.',
  readSecurity: 1,
  writeSecurity: 1,
  versioning: true,
  attachments: false,
  noCrawl: false,
  appCreates: false,
  fields: [
    { name: 'Title', displayName: 'Dienst', kind: 'Text', builtIn: true, required: true, maxLength: 255, indexed: true, unique: true },
    { name: 'Head', displayName: 'Diensthoofd', kind: 'User', indexed: true },
    { name: 'MiddleManagers', displayName: 'Middenkader', kind: 'UserMulti' },
    { name: 'TeamQW', displayName: 'Team Q&W', kind: 'UserMulti' },
  ],
  views: [{ title: 'Alle diensten', query: query(null, [['Title', true]]), fields: ['LinkTitle', 'Head', 'MiddleManagers', 'TeamQW'], rowLimit: 30 }],
  roles: { medewerkers: 'read', korpsleiding: 'contribute', beheerders: 'fullControl' },
});

/** Verbetervoorstellen: the Q&W improvement proposals and where they are in the flow of SD2. */
export const VERBETERVOORSTELLEN = defineList({
  title: 'Verbetervoorstellen',
  description: 'Verbetervoorstellen van de teams Q&W: validatie, directiecomité, comité, uitvoering.',
  readSecurity: 1,
  writeSecurity: 1,
  versioning: true,
  attachments: true,
  noCrawl: false,
  appCreates: true,
  fields: [
    titleField('Titel', true),
    CLIENT_ID,
    { name: 'Description', displayName: 'Omschrijving', kind: 'Note', richText: false },
    { name: 'Problem', displayName: 'Probleem vandaag', kind: 'Note', richText: false, required: true },
    { name: 'Improvement', displayName: 'Voorgestelde verbetering', kind: 'Note', richText: false, required: true },
    { ...DIENST_FIELD, required: true },
    { name: 'Topic', displayName: 'Onderwerp', kind: 'Choice', choices: PROPOSAL_TOPICS, required: true, indexed: true },
    { name: 'CostEstimate', displayName: 'Geschatte kost', kind: 'Currency', min: 0 },
    { name: 'Status', displayName: 'Status', kind: 'Choice', choices: PROPOSAL_STATUSES, default: 'Concept', required: true, indexed: true },
    { ...comiteField, indexed: true },
    uitvoerderKindField,
    overleggroepField,
    { name: 'Werkgroep', displayName: 'Werkgroep', kind: 'Lookup', lookupList: 'Werkgroepen', indexed: true },
    { name: 'ProposerTeam', displayName: 'Indienend team', kind: 'Text', maxLength: 255 },
    {
      name: 'Origin',
      displayName: 'Herkomst',
      kind: 'Choice',
      choices: PROPOSAL_ORIGINS,
      default: 'Team Q&W',
      indexed: true,
      description: 'Een team Q&W (kwaliteit en welzijn), of het structurele teamoverleg van de dienst met Q&W als vast agendapunt.',
    },
    {
      // text, not a date: a submit sends form values, whose date format follows the site's regional settings
      name: 'MeetingDate',
      displayName: 'Datum teamoverleg',
      kind: 'Text',
      maxLength: 10,
      description: 'Het teamoverleg dat het voorstel deed (jjjj-mm-dd).',
    },
    { name: 'SubmittedAt', displayName: 'Ingediend op', kind: 'DateTime', indexed: true },
    { name: 'ValidatedAt', displayName: 'Gevalideerd op', kind: 'DateTime' },
    { name: 'AgendaDate', displayName: 'Directiecomité van', kind: 'DateTime', indexed: true, description: 'Begin van de vergadering van het directiecomité die het voorstel behandelt.' },
    { name: 'LastDecisionAt', displayName: 'Laatste beslissing op', kind: 'DateTime', indexed: true },
    { name: 'LastDecisionReason', displayName: 'Motivering laatste beslissing', kind: 'Note', richText: false },
    { name: 'ProgressNotes', displayName: 'Voortgang', kind: 'Note', richText: false },
    { name: 'Outcome', displayName: 'Resultaat', kind: 'Note', richText: false },
  ],
  views: [
    {
      // a submit sets no date of its own (it is created in one request from form values): `Created` is its moment
      title: 'Te valideren',
      query: query(status('Ingediend'), [['ID', true]]),
      fields: ['LinkTitle', 'Dienst', 'Topic', 'ProposerTeam', 'Created', 'SubmittedAt'],
      rowLimit: 50,
    },
    {
      title: 'Agenda directiecomité',
      query: query(status('Op agenda directiecomité'), [['AgendaDate', true], ['SubmittedAt', true]]),
      fields: ['AgendaDate', 'LinkTitle', 'Dienst', 'Topic', 'CostEstimate'],
      rowLimit: 50,
    },
    {
      title: 'Bij de comités',
      query: query(status('Toegewezen aan comité'), [['Comite', true], ['LastDecisionAt', true]]),
      fields: ['Comite', 'LinkTitle', 'Dienst', 'Topic', 'LastDecisionAt'],
      rowLimit: 50,
    },
    {
      title: 'In uitvoering',
      query: query(status('In uitvoering'), [['LastDecisionAt', false]]),
      fields: ['LinkTitle', 'Comite', 'UitvoerderKind', 'Werkgroep', 'LastDecisionAt'],
      rowLimit: 50,
    },
  ],
  // nobody adds or edits at list level: a team adds in its dienst's folder, and whoever holds the turn on an item edits
  // it through that item's (or folder's) permissions (src/data/proposals/access.ts, docs/security.md)
  roles: { medewerkers: 'read', beheerders: 'fullControl' },
});

/**
 * Beslissingen: the append-only decision log of the proposals (who, when, why) and, as entries of kind
 * "Terugkoppeling", the steps of the feedback cascade after each decision. Users can add entries, never edit or delete;
 * a dienst's ticks live in its own folder, where only its diensthoofd and middenkader add.
 */
export const BESLISSINGEN = defineList({
  title: 'Beslissingen',
  description: 'Logboek van beslissingen over verbetervoorstellen en van de terugkoppeling erna (alleen toevoegen).',
  readSecurity: 1,
  writeSecurity: 1,
  versioning: false,
  attachments: false,
  noCrawl: false,
  appCreates: true,
  fields: [
    titleField('Titel', false),
    CLIENT_ID,
    { name: 'EntryKind', displayName: 'Soort', kind: 'Choice', choices: DECISION_ENTRY_KINDS, default: 'Beslissing', required: true, indexed: true },
    { name: 'ProposalId', displayName: 'Verbetervoorstel (id)', kind: 'Number', decimals: 0, required: true, indexed: true },
    { name: 'Action', displayName: 'Actie', kind: 'Choice', choices: PROPOSAL_ACTIONS },
    { name: 'FromStatus', displayName: 'Van status', kind: 'Choice', choices: PROPOSAL_STATUSES },
    { name: 'ToStatus', displayName: 'Naar status', kind: 'Choice', choices: PROPOSAL_STATUSES },
    { name: 'ActingAs', displayName: 'Gehandeld als', kind: 'Text', maxLength: 50 },
    { name: 'Reason', displayName: 'Motivering', kind: 'Note', richText: false },
    { name: 'ActorName', displayName: 'Door', kind: 'Text', maxLength: 255, required: true, description: 'Naam op het moment van de beslissing; wie het item toevoegde (Author) is de bron.' },
    // not required: a dienst's tick of the feedback cascade is created in its dienst's folder through form values, where
    // a date's format follows the site's regional settings; it carries HeldOnDay instead
    { name: 'At', displayName: 'Tijdstip', kind: 'DateTime', indexed: true, description: 'Het tijdstip van een beslissing of van een terugkoppeling korpsbreed.' },
    comiteField,
    uitvoerderKindField,
    overleggroepField,
    { name: 'UitvoerderName', displayName: 'Uitvoerder', kind: 'Text', maxLength: 255 },
    { name: 'AgendaDate', displayName: 'Directiecomité van', kind: 'DateTime' },
    { name: 'CascadeStep', displayName: 'Terugkoppelingsstap', kind: 'Choice', choices: CASCADE_STEP_NAMES },
    { name: 'DecisionId', displayName: 'Beslissing (id)', kind: 'Number', decimals: 0 },
    { name: 'HeldOnDay', displayName: 'Gehouden op (jjjjmmdd)', kind: 'Number', decimals: 0, description: 'De dag waarop een dienst de terugkoppeling hield, als getal (20261126).' },
    DIENST_FIELD,
  ],
  views: [
    { title: 'Recent', query: query(null, [['At', false]]), fields: ['At', 'ProposalId', 'EntryKind', 'Action', 'ToStatus', 'ActorName'], rowLimit: 50 },
    {
      title: 'Beslissingen',
      query: query(eq('EntryKind', 'Choice', 'Beslissing'), [['At', false]]),
      fields: ['At', 'ProposalId', 'Action', 'FromStatus', 'ToStatus', 'ActorName', 'Reason'],
      rowLimit: 50,
    },
  ],
  // a dienst's middenkader adds the log entries of its teamoverleg's proposals here; its ticks of the cascade count only
  // in its dienst's folder (src/data/proposals/folders.ts), a tick at the root is stored but never counted
  roles: {
    medewerkers: 'read',
    teamQW: 'append',
    middenkader: 'append',
    diensthoofden: 'append',
    directiecomite: 'append',
    comitevoorzitters: 'append',
    communicatie: 'append',
    beheerders: 'fullControl',
  },
});

