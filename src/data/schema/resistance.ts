import { EVALUATION_STATUSES, FOLLOW_UP_HANDLERS, FOLLOW_UP_STATUSES, CONTACT_KINDS, INJURY_KINDS, RESISTANCE_KINDS, SUPPORT_KINDS } from '../../domain/resistance';
import { eq, query } from './caml';
import { CLIENT_ID, DIENST_FIELD, defineList, titleField } from './common';

// Choices are the domain's values (src/domain/resistance), so what is stored is what the rules speak of.

/**
 * Weerspannigheid: incidents of (un)armed resistance (SD2.3, SD6.5) with their tactical evaluation by TIWK with Cel GWB.
 * Confidential: the list holds no Medewerkers; each incident gets unique permissions at creation: TIWK (Intern
 * Toezicht) and Cel GWB manage it, HR and the korpsleiding read all, each member involved reads their own incident.
 */
export const WEERSPANNIGHEID = defineList({
  title: 'Weerspannigheid',
  description: 'Feiten van (on)gewapende weerspannigheid en hun tactische evaluatie door TIWK i.s.m. Cel GWB; vertrouwelijk.',
  readSecurity: 1,
  writeSecurity: 1,
  versioning: true,
  attachments: false,
  noCrawl: true,
  appCreates: true,
  fields: [
    titleField('Korte omschrijving', true),
    CLIENT_ID,
    { name: 'OccurredAt', displayName: 'Datum en uur', kind: 'DateTime', required: true, indexed: true },
    { name: 'Place', displayName: 'Plaats', kind: 'Text', maxLength: 255, required: true },
    DIENST_FIELD,
    { name: 'Members', displayName: 'Betrokken personeelsleden', kind: 'UserMulti', required: true },
    { name: 'ResistanceKind', displayName: 'Gewapend of ongewapend', kind: 'Choice', choices: RESISTANCE_KINDS, required: true, indexed: true },
    { name: 'Weapon', displayName: 'Wapen of voorwerp', kind: 'Text', maxLength: 255 },
    { name: 'Injuries', displayName: 'Letsel', kind: 'Choice', choices: INJURY_KINDS, required: true },
    { name: 'InjuryNotes', displayName: 'Letsel (toelichting)', kind: 'Note', richText: false },
    { name: 'Facts', displayName: 'Feiten', kind: 'Note', richText: false, required: true },
    { name: 'PvReference', displayName: 'PV / ISLP-referentie', kind: 'Text', maxLength: 100 },
    { name: 'BodycamRefs', displayName: 'Bodycambeelden (verwijzingen)', kind: 'Note', richText: false, description: 'Verwijzingen naar de beelden; geen opslag.' },
    { name: 'EvaluationStatus', displayName: 'Tactische evaluatie', kind: 'Choice', choices: EVALUATION_STATUSES, default: 'Te evalueren', required: true, indexed: true },
    { name: 'EvaluationDue', displayName: 'Evaluatie verwacht tegen', kind: 'DateTime', dateOnly: true, indexed: true, description: 'Termijn gekozen door de zone.' },
    { name: 'EvaluatedOn', displayName: 'Geëvalueerd op', kind: 'DateTime', dateOnly: true },
    { name: 'TiwkEvaluator', displayName: 'Evaluatie TIWK', kind: 'User' },
    { name: 'GwbEvaluator', displayName: 'Evaluatie Cel GWB', kind: 'User' },
    { name: 'Findings', displayName: 'Bevindingen', kind: 'Note', richText: false },
    { name: 'Lessons', displayName: 'Lessen', kind: 'Note', richText: false, description: 'De lessen van de evaluatie (JSON), door de app bijgehouden.' },
  ],
  views: [
    {
      title: 'Te evalueren',
      query: query(eq('EvaluationStatus', 'Choice', 'Te evalueren'), [['EvaluationDue', true]]),
      fields: ['OccurredAt', 'LinkTitle', 'Dienst', 'ResistanceKind', 'EvaluationDue'],
      rowLimit: 50,
    },
  ],
  // TIWK and Cel GWB register incidents and give each its permissions: that takes ManagePermissions (Dossierbeheer)
  roles: { internToezicht: 'caseManagement', celGWB: 'caseManagement', hr: 'read', korpsleiding: 'read', beheerders: 'fullControl' },
  itemSecurity: {
    groups: { internToezicht: 'caseManagement', celGWB: 'caseManagement', hr: 'read', korpsleiding: 'read', beheerders: 'fullControl' },
    fromFields: [{ field: 'Members', principal: 'user', role: 'read' }],
  },
});

/**
 * Weerspannigheid opvolging: the follow-up and support of each member involved (SD6.5), by Cel GWB and HR. One item per
 * member and incident, with unique permissions: Cel GWB and HR manage it, the korpsleiding reads it, the member reads
 * their own; TIWK does not (support is not oversight).
 */
export const WEERSPANNIGHEID_OPVOLGING = defineList({
  title: 'Weerspannigheid opvolging',
  description: 'Opvolging van en bijstand aan de personeelsleden betrokken bij weerspannigheid, door Cel GWB en HR; vertrouwelijk.',
  readSecurity: 1,
  writeSecurity: 1,
  versioning: true,
  attachments: false,
  noCrawl: true,
  appCreates: true,
  fields: [
    titleField('Titel', false),
    CLIENT_ID,
    { name: 'IncidentId', displayName: 'Incident (id)', kind: 'Number', decimals: 0, required: true, indexed: true },
    { name: 'Member', displayName: 'Personeelslid', kind: 'User', required: true, indexed: true },
    { name: 'Handler', displayName: 'Opgevolgd door', kind: 'Choice', choices: FOLLOW_UP_HANDLERS, required: true },
    { name: 'FirstContactOn', displayName: 'Eerste contact op', kind: 'DateTime', dateOnly: true },
    { name: 'ContactKind', displayName: 'Soort contact', kind: 'Choice', choices: CONTACT_KINDS },
    { name: 'Support', displayName: 'Aangeboden ondersteuning', kind: 'MultiChoice', choices: SUPPORT_KINDS },
    { name: 'Notes', displayName: 'Notities', kind: 'Note', richText: false },
    { name: 'Status', displayName: 'Status', kind: 'Choice', choices: FOLLOW_UP_STATUSES, default: 'Open', required: true, indexed: true },
    { name: 'DueOn', displayName: 'Volgende stap tegen', kind: 'DateTime', dateOnly: true, indexed: true, description: 'Termijn gekozen door de zone.' },
    { name: 'ClosedOn', displayName: 'Afgesloten op', kind: 'DateTime', dateOnly: true },
  ],
  views: [{ title: 'Open', query: query(eq('Status', 'Choice', 'Open'), [['DueOn', true]]), fields: ['IncidentId', 'Member', 'Handler', 'DueOn'], rowLimit: 50 }],
  roles: { celGWB: 'caseManagement', hr: 'caseManagement', korpsleiding: 'read', beheerders: 'fullControl' },
  itemSecurity: {
    groups: { celGWB: 'caseManagement', hr: 'caseManagement', korpsleiding: 'read', beheerders: 'fullControl' },
    fromFields: [{ field: 'Member', principal: 'user', role: 'read' }],
  },
});
