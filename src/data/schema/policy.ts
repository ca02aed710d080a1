import { eq, isMe, query } from './caml';
import { CLIENT_ID, CLIENT_ID_OWN_ITEMS, DIENST_FIELD, defineList, titleField } from './common';
import type { ItemSecurityDef } from './types';

/** The statuses of a korpsrichtlijn, in flow order. */
export const DIRECTIVE_STATUSES = ['Concept', 'Gepubliceerd', 'Gearchiveerd'] as const;

/** What an attention theme asks of the reader: the declaration it links to, or nothing. */
export const THEME_ACTIONS = ['Geschenk', 'Nevenactiviteit', 'Materiaalschade', 'Geen'] as const;

/** The categories of a push message. */
export const MESSAGE_CATEGORIES = ['Beslissing', 'Campagne', 'Algemeen'] as const;

/** Where a policy text belongs on the Beleid page (and, for the milestones, in the integrity plan). */
export const POLICY_TEXT_SECTIONS = [
  'Inleiding',
  'Visie',
  'Wettelijk kader',
  'Toelichting',
  'Instrument',
  'Beleidslijn',
  'Interne zaken',
  'Mijlpaal timing',
  'Mijlpaal evaluatie',
] as const;

/** The 10 aandachtspunten (attention themes) of the integrity policy; seeded, edited by the Juridische dienst. */
export const AANDACHTSPUNTEN = defineList({
  title: 'Aandachtspunten',
  description: 'De 10 aandachtspunten van het integriteitsbeleid, met hun volledige tekst.',
  readSecurity: 1,
  writeSecurity: 1,
  versioning: true,
  attachments: false,
  noCrawl: false,
  appCreates: false,
  fields: [
    titleField('Titel', true),
    { name: 'ThemeNumber', displayName: 'Nummer', kind: 'Number', min: 1, max: 10, decimals: 0, required: true, indexed: true, unique: true },
    { name: 'Body', displayName: 'Tekst', kind: 'Note', richText: true },
    { name: 'Action', displayName: 'Actie', kind: 'Choice', choices: THEME_ACTIONS, default: 'Geen', required: true },
    { name: 'Callout', displayName: 'Kernboodschap', kind: 'Text', maxLength: 255, description: 'Uitgelichte zin naast de tekst.' },
  ],
  views: [{ title: 'Op nummer', query: query(null, [['ThemeNumber', true]]), fields: ['ThemeNumber', 'LinkTitle', 'Action'], rowLimit: 30 }],
  roles: { medewerkers: 'read', politiecollege: 'read', juridischeDienst: 'contribute', beheerders: 'fullControl' },
});

/** Korpsrichtlijnen: numbered, versioned corps guidelines owned and published by the Juridische dienst. */
export const KORPSRICHTLIJNEN = defineList({
  title: 'Korpsrichtlijnen',
  description: 'Genummerde en geversioneerde korpsrichtlijnen, beheerd door de Juridische dienst.',
  readSecurity: 1,
  writeSecurity: 1,
  versioning: true,
  attachments: true,
  noCrawl: false,
  appCreates: true,
  fields: [
    titleField('Titel', true),
    CLIENT_ID,
    { name: 'DirectiveNumber', displayName: 'Nummer', kind: 'Text', maxLength: 20, required: true, indexed: true, unique: true, description: 'Bv. KR-2015-01.' },
    { name: 'Summary', displayName: 'Samenvatting', kind: 'Text', maxLength: 255, description: 'Eén zin over de inhoud; getoond in de lijst en doorzocht.' },
    { name: 'Body', displayName: 'Inhoud', kind: 'Note', richText: true },
    { name: 'VersionMajor', displayName: 'Hoofdversie', kind: 'Number', min: 0, decimals: 0, default: 1, required: true, description: 'Een nieuwe hoofdversie vraagt opnieuw een kennisname.' },
    { name: 'VersionMinor', displayName: 'Subversie', kind: 'Number', min: 0, decimals: 0, default: 0, required: true },
    { name: 'Status', displayName: 'Status', kind: 'Choice', choices: DIRECTIVE_STATUSES, default: 'Concept', required: true, indexed: true },
    { name: 'Owner', displayName: 'Eigenaar', kind: 'User', description: 'De verantwoordelijke van de Juridische dienst.' },
    { name: 'Themes', displayName: 'Aandachtspunten', kind: 'LookupMulti', lookupList: 'Aandachtspunten' },
    { name: 'PublishedAt', displayName: 'Gepubliceerd op', kind: 'DateTime', indexed: true },
    { name: 'RequiresAcknowledgement', displayName: 'Kennisname vereist', kind: 'Boolean', default: true },
  ],
  views: [
    {
      title: 'Gepubliceerd',
      query: query(eq('Status', 'Choice', 'Gepubliceerd'), [['PublishedAt', false]]),
      fields: ['DirectiveNumber', 'LinkTitle', 'VersionMajor', 'VersionMinor', 'PublishedAt', 'RequiresAcknowledgement'],
      rowLimit: 30,
    },
    {
      title: 'Concepten',
      query: query(eq('Status', 'Choice', 'Concept'), [['DirectiveNumber', true]]),
      fields: ['DirectiveNumber', 'LinkTitle', 'VersionMajor', 'VersionMinor', 'Owner'],
      rowLimit: 30,
    },
  ],
  // Dossierbeheer (not Contribute): the Juridische dienst gives concepts their own permissions and resets them on publishing.
  roles: { medewerkers: 'read', politiecollege: 'read', juridischeDienst: 'caseManagement', beheerders: 'fullControl' },
});

/**
 * The permissions of a korpsrichtlijn while it is a concept: only the Juridische dienst (and the beheerders) see it.
 * Publishing resets the item to the list's permissions, so every reader sees it from then on.
 */
export const CONCEPT_DIRECTIVE_SECURITY: ItemSecurityDef = {
  groups: { juridischeDienst: 'caseManagement', beheerders: 'fullControl' },
  fromFields: [],
};

/** Kennisnames: "gelezen en begrepen" per reader and major version of a korpsrichtlijn; add-only, own items only. */
export const KENNISNAMES = defineList({
  title: 'Kennisnames',
  description: 'Kennisnames "gelezen en begrepen" van korpsrichtlijnen, per medewerker en hoofdversie.',
  readSecurity: 2,
  writeSecurity: 2,
  versioning: false,
  attachments: false,
  noCrawl: true,
  appCreates: true,
  fields: [
    titleField('Titel', false),
    CLIENT_ID_OWN_ITEMS,
    { name: 'Directive', displayName: 'Korpsrichtlijn', kind: 'Lookup', lookupList: 'Korpsrichtlijnen', required: true, indexed: true },
    { name: 'VersionMajor', displayName: 'Hoofdversie', kind: 'Number', min: 0, decimals: 0, required: true },
    { name: 'Employee', displayName: 'Medewerker', kind: 'User', required: true, indexed: true },
    DIENST_FIELD,
    { name: 'AcknowledgedAt', displayName: 'Gelezen en begrepen op', kind: 'DateTime', required: true, indexed: true },
  ],
  views: [
    {
      title: 'Mijn kennisnames',
      query: query(isMe('Employee'), [['AcknowledgedAt', false]]),
      fields: ['Directive', 'VersionMajor', 'AcknowledgedAt'],
      rowLimit: 30,
    },
  ],
  roles: { medewerkers: 'append', juridischeDienst: 'oversee', korpsleiding: 'oversee', beheerders: 'fullControl' },
});

/** Berichten: push messages on the SharePoint page (decisions on proposals, the campaign on the 10 themes). */
export const BERICHTEN = defineList({
  title: 'Berichten',
  description: 'Pushberichten op de SharePoint-pagina: beslissingen over voorstellen, campagnes, algemene berichten.',
  readSecurity: 1,
  writeSecurity: 1,
  versioning: true,
  attachments: false,
  noCrawl: false,
  appCreates: true,
  fields: [
    titleField('Titel', true),
    CLIENT_ID,
    { name: 'Body', displayName: 'Bericht', kind: 'Note', richText: true },
    { name: 'PublishedAt', displayName: 'Gepubliceerd op', kind: 'DateTime', required: true, indexed: true },
    { name: 'Category', displayName: 'Categorie', kind: 'Choice', choices: MESSAGE_CATEGORIES, default: 'Algemeen', required: true, indexed: true },
    { name: 'ProposalId', displayName: 'Verbetervoorstel (id)', kind: 'Number', decimals: 0, indexed: true },
    { name: 'Theme', displayName: 'Aandachtspunt', kind: 'Lookup', lookupList: 'Aandachtspunten' },
  ],
  views: [
    {
      title: 'Recent',
      query: query(null, [['PublishedAt', false]]),
      fields: ['PublishedAt', 'LinkTitle', 'Category'],
      rowLimit: 30,
    },
    {
      title: 'Beslissingen',
      query: query(eq('Category', 'Choice', 'Beslissing'), [['PublishedAt', false]]),
      fields: ['PublishedAt', 'LinkTitle', 'ProposalId'],
      rowLimit: 30,
    },
  ],
  roles: {
    medewerkers: 'read',
    politiecollege: 'read',
    communicatie: 'contribute',
    directiecomite: 'contribute',
    comitevoorzitters: 'contribute',
    beheerders: 'fullControl',
  },
});

/**
 * Beleidsteksten: the texts of the policy besides the themes (vision, introduction, legal framework, instruments,
 * beleidslijnen, interne zaken, the timing and evaluation milestones); seeded from the source, edited in SharePoint.
 */
export const BELEIDSTEKSTEN = defineList({
  title: 'Beleidsteksten',
  description: 'Teksten van het integriteitsbeleid: visie, inleiding, wettelijk kader, instrumenten, beleidslijnen, mijlpalen.',
  readSecurity: 1,
  writeSecurity: 1,
  versioning: true,
  attachments: false,
  noCrawl: false,
  appCreates: false,
  fields: [
    titleField('Titel', true),
    { name: 'TextKey', displayName: 'Sleutel', kind: 'Text', maxLength: 100, required: true, indexed: true, unique: true, description: 'Vaste sleutel, bv. visie of wettelijk-kader-1.' },
    { name: 'Section', displayName: 'Rubriek', kind: 'Choice', choices: POLICY_TEXT_SECTIONS, required: true, indexed: true },
    { name: 'SortOrder', displayName: 'Volgorde', kind: 'Number', decimals: 0, required: true, indexed: true },
    { name: 'Body', displayName: 'Tekst', kind: 'Note', richText: true },
    { name: 'Detail', displayName: 'Aanvulling', kind: 'Text', maxLength: 255, description: 'Motto van de visie, ondertekening, timing van een mijlpaal.' },
  ],
  views: [{ title: 'Per rubriek', query: query(null, [['SortOrder', true]]), fields: ['SortOrder', 'Section', 'LinkTitle', 'Detail'], rowLimit: 100 }],
  roles: { medewerkers: 'read', politiecollege: 'read', juridischeDienst: 'contribute', beheerders: 'fullControl' },
});
