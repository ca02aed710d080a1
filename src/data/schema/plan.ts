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
