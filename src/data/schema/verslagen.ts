import { REPORT_KIND_NAMES } from '../../domain/verslagen/kinds';
import { eq, query } from './caml';
import { CLIENT_ID, defineList, titleField } from './common';

/** Where a draft report is: being written by the secretary, or completed and waiting for approval. */
export const REPORT_DRAFT_STATUSES = ['Concept', 'Ter goedkeuring'] as const;

/** The fields a draft and its published report share. */
const REPORT_FIELDS = [
  titleField('Titel', true),
  CLIENT_ID,
  { name: 'Kind', displayName: 'Soort', kind: 'Choice', choices: REPORT_KIND_NAMES, required: true, indexed: true },
  { name: 'MeetingDate', displayName: 'Datum overleg', kind: 'DateTime', dateOnly: true, required: true, indexed: true, description: 'De dag van het overleg; voor een nieuwsbrief de eerste dag van de maand.' },
  { name: 'Body', displayName: 'Verslag', kind: 'Note', richText: false },
  { name: 'FixedItem', displayName: 'Vast agendapunt', kind: 'Note', richText: false, description: "Operationele integriteitsrisico's (diensthoofdenoverleg, SD2.1) of integriteit (HR- en preventiecomité, SD2.2)." },
  { name: 'ComiteFeedback', displayName: 'Terugkoppeling comités', kind: 'Note', richText: false },
  { name: 'Content', displayName: 'Beslissingen en berichten', kind: 'Note', richText: false, description: 'De beslissingen, berichten en korpsrichtlijnen die het verslag vastlegt (JSON, door de app gemaakt).' },
  { name: 'ProposalKey', displayName: 'Verbetervoorstellen', kind: 'Text', maxLength: 255, description: 'De ids van de voorstellen waarover het verslag beslissingen vastlegt (;12;15;).' },
] as const;

/**
 * Verslagconcepten: reports being written (and the newsletter being composed). Only their writers and approvers have
 * access: a draft is never readable by staff, not even for a moment. Publishing writes the report into
 * {@link VERSLAGEN}; the draft is removed then.
 */
export const VERSLAGCONCEPTEN = defineList({
  title: 'Verslagconcepten',
  description: 'Verslagen en nieuwsbrieven in opmaak; alleen voor wie ze schrijft en goedkeurt.',
  readSecurity: 1,
  writeSecurity: 1,
  versioning: true,
  attachments: false,
  noCrawl: true,
  appCreates: true,
  fields: [...REPORT_FIELDS, { name: 'DraftStatus', displayName: 'Status', kind: 'Choice', choices: REPORT_DRAFT_STATUSES, default: 'Concept', required: true, indexed: true }],
  views: [{ title: 'Concepten', query: query(null, [['MeetingDate', false]]), fields: ['MeetingDate', 'Kind', 'LinkTitle', 'DraftStatus'], rowLimit: 30 }],
  roles: {
    juridischeDienst: 'contribute',
    directiecomite: 'contribute',
    comitevoorzitters: 'contribute',
    korpsleiding: 'contribute',
    communicatie: 'contribute',
    beheerders: 'fullControl',
  },
});

/**
 * Verslagen: the published reports of the consultation moments (directiecomité, diensthoofdenoverleg, comités,
 * Werkgroep Integriteit) and the monthly newsletters, consultable by all staff. Only the approvers add (add-only:
 * nobody edits a published report); the Author of an item is who approved and published it.
 */
export const VERSLAGEN = defineList({
  title: 'Verslagen',
  description: 'Gepubliceerde verslagen van de overlegmomenten en de maandelijkse nieuwsbrieven.',
  readSecurity: 1,
  writeSecurity: 1,
  versioning: true,
  attachments: false,
  noCrawl: false,
  appCreates: true,
  fields: [
    ...REPORT_FIELDS,
    { name: 'PublishedAt', displayName: 'Gepubliceerd op', kind: 'DateTime', required: true, indexed: true },
    { name: 'WrittenBy', displayName: 'Opgesteld door', kind: 'Text', maxLength: 255, description: 'Wie het concept schreef; wie goedkeurde en publiceerde is de auteur (Author).' },
  ],
  views: [
    { title: 'Recent', query: query(null, [['MeetingDate', false]]), fields: ['MeetingDate', 'Kind', 'LinkTitle', 'PublishedAt'], rowLimit: 30 },
    { title: 'Directiecomité', query: query(eq('Kind', 'Choice', 'Directiecomité'), [['MeetingDate', false]]), fields: ['MeetingDate', 'LinkTitle', 'PublishedAt'], rowLimit: 30 },
    { title: 'Nieuwsbrieven', query: query(eq('Kind', 'Choice', 'Nieuwsbrief'), [['MeetingDate', false]]), fields: ['MeetingDate', 'LinkTitle', 'PublishedAt'], rowLimit: 30 },
  ],
  roles: {
    medewerkers: 'read',
    directiecomite: 'append',
    comitevoorzitters: 'append',
    korpsleiding: 'append',
    communicatie: 'append',
    beheerders: 'fullControl',
  },
});
