import { eq, isMe, query } from './caml';
import { CLIENT_ID, CLIENT_ID_OWN_ITEMS, DIENST_FIELD, defineList, titleField } from './common';

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

/** Korpsrichtlijnen: the published (and archived) corps guidelines; concepts live in {@link RICHTLIJNCONCEPTEN}. */
export const KORPSRICHTLIJNEN = defineList({
  title: 'Korpsrichtlijnen',
  description: 'Gepubliceerde en gearchiveerde korpsrichtlijnen, genummerd en geversioneerd; beheerd door de Juridische dienst.',
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
    // 'Concept' stays a choice only so that provisioning can move concepts of the former model (see migrateConcepts)
    { name: 'Status', displayName: 'Status', kind: 'Choice', choices: DIRECTIVE_STATUSES, default: 'Gepubliceerd', required: true, indexed: true },
    { name: 'Owner', displayName: 'Eigenaar', kind: 'User', description: 'De verantwoordelijke van de Juridische dienst.' },
    { name: 'Themes', displayName: 'Aandachtspunten', kind: 'LookupMulti', lookupList: 'Aandachtspunten' },
    { name: 'PublishedAt', displayName: 'Gepubliceerd op', kind: 'DateTime', indexed: true },
    { name: 'RequiresAcknowledgement', displayName: 'Kennisname vereist', kind: 'Boolean', default: true },
    { name: 'ConceptId', displayName: 'Laatste concept (id)', kind: 'Number', decimals: 0, description: 'Het concept (Richtlijnconcepten) waarvan de huidige tekst komt.' },
  ],
  views: [
    {
      title: 'Gepubliceerd',
      query: query(eq('Status', 'Choice', 'Gepubliceerd'), [['PublishedAt', false]]),
      fields: ['DirectiveNumber', 'LinkTitle', 'VersionMajor', 'VersionMinor', 'PublishedAt', 'RequiresAcknowledgement'],
      rowLimit: 30,
    },
  ],
  // Behandelen: the Juridische dienst publishes, revises and archives; nobody of the product deletes a korpsrichtlijn
  roles: { medewerkers: 'read', politiecollege: 'read', juridischeDienst: 'handle', beheerders: 'fullControl' },
});

/** What a new version of a published korpsrichtlijn will be: a correction (minor) or a new major version. */
export const CONCEPT_CHANGES = ['Subversie', 'Hoofdversie'] as const;

/**
 * Richtlijnconcepten: the concepts of korpsrichtlijnen, new ones and new versions of published ones. Only the
 * Juridische dienst and the beheerders have access to the list, so a concept is never readable by staff, not even for
 * a moment: it is created where those permissions already apply. Publishing writes it into {@link KORPSRICHTLIJNEN}.
 */
export const RICHTLIJNCONCEPTEN = defineList({
  title: 'Richtlijnconcepten',
  description: 'Concepten van korpsrichtlijnen (nieuwe en nieuwe versies); alleen voor de Juridische dienst.',
  readSecurity: 1,
  writeSecurity: 1,
  versioning: true,
  attachments: false,
  noCrawl: true,
  appCreates: true,
  fields: [
    titleField('Titel', true),
    CLIENT_ID,
    { name: 'DirectiveNumber', displayName: 'Nummer', kind: 'Text', maxLength: 20, required: true, indexed: true, unique: true, description: 'Bv. KR-2015-01; één concept per nummer.' },
    { name: 'Summary', displayName: 'Samenvatting', kind: 'Text', maxLength: 255 },
    { name: 'Body', displayName: 'Inhoud', kind: 'Note', richText: true },
    { name: 'Owner', displayName: 'Eigenaar', kind: 'User', description: 'De verantwoordelijke van de Juridische dienst.' },
    { name: 'Themes', displayName: 'Aandachtspunten', kind: 'LookupMulti', lookupList: 'Aandachtspunten' },
    { name: 'RequiresAcknowledgement', displayName: 'Kennisname vereist', kind: 'Boolean', default: true },
    { name: 'Directive', displayName: 'Korpsrichtlijn', kind: 'Lookup', lookupList: 'Korpsrichtlijnen', indexed: true, description: 'De gepubliceerde korpsrichtlijn waarvan dit een nieuwe versie is; leeg voor een nieuwe.' },
    { name: 'VersionMajor', displayName: 'Hoofdversie (basis)', kind: 'Number', min: 0, decimals: 0, description: 'De gepubliceerde versie waarvan het concept vertrekt.' },
    { name: 'VersionMinor', displayName: 'Subversie (basis)', kind: 'Number', min: 0, decimals: 0 },
    { name: 'Change', displayName: 'Soort wijziging', kind: 'Choice', choices: CONCEPT_CHANGES, default: 'Subversie', description: 'Een hoofdversie vraagt opnieuw een kennisname.' },
  ],
  views: [
    {
      title: 'Concepten',
      query: query(null, [['DirectiveNumber', true]]),
      fields: ['DirectiveNumber', 'LinkTitle', 'Directive', 'Change', 'Owner'],
      rowLimit: 30,
    },
  ],
  roles: { juridischeDienst: 'contribute', beheerders: 'fullControl' },
});

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
    // a Bericht about a korpsrichtlijn links to it (`?view=beleid&item=richtlijn/<id>`)
    { name: 'DirectiveId', displayName: 'Korpsrichtlijn (id)', kind: 'Number', decimals: 0 },
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
