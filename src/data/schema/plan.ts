import { GROUP_TITLES } from '../groups';
import { eq, query } from './caml';
import { CLIENT_ID, defineList, titleField } from './common';

/** The statuses of an operational objective of the integrity plan. */
export const ACTION_POINT_STATUSES = ['Niet gestart', 'Lopend', 'Gerealiseerd', 'Uitgesteld'] as const;

/** The horizon of an operational objective. */
export const ACTION_POINT_HORIZONS = ['Kort', 'Middellang', 'Lang'] as const;

/** Doelstellingen: the 7 strategic objectives (SD1-SD7) of the integrity plan; seeded. */
export const DOELSTELLINGEN = defineList({
  title: 'Doelstellingen',
  description: 'De strategische doelstellingen (SD1-SD7) van het integriteitsplan.',
  readSecurity: 1,
  writeSecurity: 1,
  versioning: true,
  attachments: false,
  noCrawl: false,
  appCreates: false,
  fields: [
    titleField('Titel', true),
    { name: 'Code', displayName: 'Code', kind: 'Text', maxLength: 10, required: true, indexed: true, unique: true, description: 'SD1 … SD7.' },
    { name: 'Body', displayName: 'Tekst', kind: 'Note', richText: true },
  ],
  views: [{ title: 'Op code', query: query(null, [['Code', true]]), fields: ['Code', 'LinkTitle'], rowLimit: 30 }],
  roles: { medewerkers: 'read', politiecollege: 'read', korpsleiding: 'contribute', beheerders: 'fullControl' },
});

/**
 * Actiepunten: the operational objectives. Each item gets unique permissions at creation: everyone reads, only the
 * owning group and the korpsleiding edit (SharePoint refuses other writes with 403, whatever the UI does).
 */
export const ACTIEPUNTEN = defineList({
  title: 'Actiepunten',
  description: 'Operationele doelstellingen van het integriteitsplan; elke eigenaar werkt de eigen actiepunten bij.',
  readSecurity: 1,
  writeSecurity: 1,
  versioning: true,
  attachments: false,
  noCrawl: false,
  appCreates: true,
  fields: [
    titleField('Titel', true),
    CLIENT_ID,
    { name: 'Code', displayName: 'Code', kind: 'Text', maxLength: 10, required: true, indexed: true, unique: true, description: 'Bv. SD1.1.' },
    { name: 'Objective', displayName: 'Strategische doelstelling', kind: 'Lookup', lookupList: 'Doelstellingen', required: true, indexed: true },
    { name: 'Actor', displayName: 'Actor', kind: 'Text', maxLength: 255, description: 'De actor zoals het plan hem noemt.' },
    { name: 'Description', displayName: 'Omschrijving', kind: 'Note', richText: false, description: 'De volledige tekst zoals het plan hem geeft (de titel is ingekort tot 255 tekens).' },
    { name: 'Label', displayName: 'Rubriek', kind: 'Text', maxLength: 100, description: 'Bv. Communicatieplan, Opleidingsplan (zoals het plan de rij benoemt).' },
    { name: 'OwnerGroup', displayName: 'Eigenaar', kind: 'Choice', choices: GROUP_TITLES, required: true, indexed: true, description: 'De SharePoint-groep die dit actiepunt bijwerkt.' },
    { name: 'Status', displayName: 'Status', kind: 'Choice', choices: ACTION_POINT_STATUSES, default: 'Niet gestart', required: true, indexed: true },
    { name: 'Horizon', displayName: 'Horizon', kind: 'Choice', choices: ACTION_POINT_HORIZONS, indexed: true },
    { name: 'Timing', displayName: 'Timing', kind: 'Text', maxLength: 255, description: 'Mijlpaal uit de timing van het plan.' },
    { name: 'LastUpdate', displayName: 'Laatste update', kind: 'DateTime' },
    { name: 'EvaluationNotes', displayName: 'Evaluatie', kind: 'Note', richText: false },
  ],
  views: [
    { title: 'Per code', query: query(null, [['Code', true]]), fields: ['Code', 'LinkTitle', 'OwnerGroup', 'Status', 'Horizon', 'LastUpdate'], rowLimit: 50 },
    { title: 'Lopend', query: query(eq('Status', 'Choice', 'Lopend'), [['Code', true]]), fields: ['Code', 'LinkTitle', 'OwnerGroup', 'LastUpdate'], rowLimit: 50 },
  ],
  roles: { medewerkers: 'read', politiecollege: 'read', korpsleiding: 'caseManagement', beheerders: 'fullControl' },
  itemSecurity: {
    groups: { medewerkers: 'read', politiecollege: 'read', korpsleiding: 'caseManagement', beheerders: 'fullControl' },
    fromFields: [{ field: 'OwnerGroup', principal: 'groupTitle', role: 'contribute' }],
  },
});

/** The priority the Werkgroep Integriteit gives an operational objective (SD1: "Prioritering doelstellingen"). */
export const PLAN_PRIORITIES = ['Hoog', 'Gemiddeld', 'Laag'] as const;

/**
 * Prioriteiten: the Werkgroep Integriteit's priority per operational objective, one item per objective (its code is
 * unique). A list of its own and not a field of Actiepunten: the owners of an objective edit that item, while only
 * the werkgroep may set its priority, and SharePoint's permissions are per item, not per field.
 */
export const PRIORITEITEN = defineList({
  title: 'Prioriteiten',
  description: 'De prioriteit die de Werkgroep Integriteit aan elke operationele doelstelling geeft (SD1).',
  readSecurity: 1,
  writeSecurity: 1,
  versioning: true,
  attachments: false,
  noCrawl: false,
  appCreates: true,
  fields: [
    titleField('Titel', false),
    CLIENT_ID,
    { name: 'ActionPointCode', displayName: 'Operationele doelstelling', kind: 'Text', maxLength: 10, required: true, indexed: true, unique: true, description: 'De code van het actiepunt, bv. SD1.3.' },
    { name: 'Priority', displayName: 'Prioriteit', kind: 'Choice', choices: PLAN_PRIORITIES, required: true, indexed: true },
    { name: 'Motivation', displayName: 'Motivering', kind: 'Note', richText: false },
    { name: 'MeetingDate', displayName: 'Overleg van', kind: 'DateTime', dateOnly: true, description: 'Het overleg van de werkgroep dat de prioriteit vastlegde.' },
  ],
  views: [{ title: 'Per doelstelling', query: query(null, [['ActionPointCode', true]]), fields: ['ActionPointCode', 'Priority', 'MeetingDate', 'Editor'], rowLimit: 50 }],
  // only the werkgroep writes (add and edit, no delete); everyone who reads the plan reads them
  roles: { medewerkers: 'read', politiecollege: 'read', werkgroepIntegriteit: 'handle', beheerders: 'fullControl' },
});

/**
 * Evaluatie-inbreng: what the Werkgroep Integriteit brings in per timing or evaluation milestone of the plan
 * ("Eindevaluatie adhv input via Werkgroep integriteit"). Add-only: an entry is never changed afterwards, its author is
 * the item's `Author`.
 */
export const EVALUATIE_INBRENG = defineList({
  title: 'Evaluatie-inbreng',
  description: 'Inbreng van de Werkgroep Integriteit per mijlpaal van het integriteitsplan (alleen toevoegen).',
  readSecurity: 1,
  writeSecurity: 1,
  versioning: false,
  attachments: false,
  noCrawl: false,
  appCreates: true,
  fields: [
    titleField('Titel', false),
    CLIENT_ID,
    { name: 'MilestoneKey', displayName: 'Mijlpaal', kind: 'Text', maxLength: 100, required: true, indexed: true, description: 'De sleutel van de mijlpaal in Beleidsteksten.' },
    { name: 'Input', displayName: 'Inbreng', kind: 'Note', richText: false, required: true },
    { name: 'MeetingDate', displayName: 'Overleg van', kind: 'DateTime', dateOnly: true, required: true, indexed: true },
  ],
  views: [{ title: 'Per mijlpaal', query: query(null, [['MilestoneKey', true], ['MeetingDate', false]]), fields: ['MilestoneKey', 'MeetingDate', 'Input', 'Author'], rowLimit: 50 }],
  roles: { medewerkers: 'read', politiecollege: 'read', werkgroepIntegriteit: 'append', beheerders: 'fullControl' },
});
