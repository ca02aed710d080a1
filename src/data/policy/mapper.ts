import { DIENSTEN, type Dienst } from '../groups';
import { AANDACHTSPUNTEN, BELEIDSTEKSTEN, BERICHTEN, KENNISNAMES, KORPSRICHTLIJNEN, RICHTLIJNCONCEPTEN, fieldNames, type ListItemJson, type ListTitle } from '../schema';
import { nextVersion } from '../../domain/policy/directiveRules';
import type { Acknowledgement, Directive, DirectiveSummary, Message, PolicyText, StaffMember, Theme, VersionChange } from './types';
import { etagOf } from '../fieldValues';

/** The field names of the policy lists, as the schema spells them. */
export const THEME = fieldNames(AANDACHTSPUNTEN);
/** See {@link THEME}. */
export const TEXT = fieldNames(BELEIDSTEKSTEN);
/** See {@link THEME}. */
export const MESSAGE = fieldNames(BERICHTEN);
/** See {@link THEME}. */
export const DIRECTIVE = fieldNames(KORPSRICHTLIJNEN);
/** See {@link THEME}. */
export const CONCEPT = fieldNames(RICHTLIJNCONCEPTEN);
/** See {@link THEME}. */
export const ACK = fieldNames(KENNISNAMES);

/** An item of the list `L` as PnPjs returns it in JSON light (the selected fields), with its ETag. */
export type ItemJson<L extends ListTitle> = Partial<ListItemJson<L>> & { Id: number; 'odata.etag'?: string };

/** What is selected to map a theme. */
export const THEME_SELECT = ['Id', THEME.Title, THEME.ThemeNumber, THEME.Body, THEME.Action, THEME.Callout];
/** What is selected to map a policy text. */
export const TEXT_SELECT = ['Id', TEXT.Title, TEXT.TextKey, TEXT.Section, TEXT.SortOrder, TEXT.Body, TEXT.Detail];
/** What is selected to map a message. */
export const MESSAGE_SELECT = ['Id', MESSAGE.Title, MESSAGE.Body, MESSAGE.PublishedAt, MESSAGE.Category, `${MESSAGE.Theme}Id`, MESSAGE.ProposalId, MESSAGE.DirectiveId];
/** What is selected to map a directive in a list (no body). */
export const DIRECTIVE_SUMMARY_SELECT = [
  'Id',
  DIRECTIVE.Title,
  DIRECTIVE.DirectiveNumber,
  DIRECTIVE.Summary,
  DIRECTIVE.Status,
  DIRECTIVE.VersionMajor,
  DIRECTIVE.VersionMinor,
  `${DIRECTIVE.Themes}Id`,
  DIRECTIVE.PublishedAt,
  DIRECTIVE.RequiresAcknowledgement,
];
/** What is selected to map a whole directive. */
export const DIRECTIVE_SELECT = DIRECTIVE_SUMMARY_SELECT.concat([DIRECTIVE.Body, `${DIRECTIVE.Owner}Id`, 'Modified']);
/** What is selected to map a concept as lists show it (no body). */
export const CONCEPT_SUMMARY_SELECT = [
  'Id',
  CONCEPT.Title,
  CONCEPT.DirectiveNumber,
  CONCEPT.Summary,
  `${CONCEPT.Themes}Id`,
  CONCEPT.RequiresAcknowledgement,
  `${CONCEPT.Directive}Id`,
  CONCEPT.VersionMajor,
  CONCEPT.VersionMinor,
  CONCEPT.Change,
];
/** What is selected to map a whole concept. */
export const CONCEPT_SELECT = CONCEPT_SUMMARY_SELECT.concat([CONCEPT.Body, `${CONCEPT.Owner}Id`, 'Modified']);
/** What is selected to map an acknowledgement; `Author` (who added it) is expanded for the name SharePoint has. */
export const ACK_SELECT = ['Id', 'AuthorId', 'Author/Title', ACK.Title, `${ACK.Directive}Id`, ACK.VersionMajor, `${ACK.Employee}Id`, ACK.AcknowledgedAt];
/** What {@link ACK_SELECT} expands. */
export const ACK_EXPAND = 'Author';

/** A dienst of the zone, or undefined for any other text (e.g. a department name SharePoint has that the policy does not). */
export function toDienst(value: unknown): Dienst | undefined {
  return typeof value === 'string' && (DIENSTEN as readonly string[]).indexOf(value) >= 0 ? (value as Dienst) : undefined;
}

/** Maps an Aandachtspunten item. */
export function toTheme(item: ItemJson<'Aandachtspunten'>): Theme {
  return {
    id: item.Id,
    number: item.ThemeNumber ?? 0,
    title: item.Title ?? '',
    body: item.Body ?? '',
    action: item.Action ?? 'Geen',
    callout: item.Callout || undefined,
  };
}

/** Maps a Beleidsteksten item. */
export function toPolicyText(item: ItemJson<'Beleidsteksten'>): PolicyText {
  return {
    id: item.Id,
    key: item.TextKey ?? '',
    section: item.Section ?? 'Toelichting',
    title: item.Title ?? '',
    body: item.Body ?? '',
    detail: item.Detail || undefined,
    order: item.SortOrder ?? 0,
  };
}

/** Maps a Berichten item. */
export function toMessage(item: ItemJson<'Berichten'>): Message {
  return {
    id: item.Id,
    title: item.Title ?? '',
    body: item.Body ?? '',
    publishedAt: item.PublishedAt ?? '',
    category: item.Category ?? 'Algemeen',
    themeId: item.ThemeId ?? undefined,
    proposalId: item.ProposalId ?? undefined,
    directiveId: item.DirectiveId ?? undefined,
  };
}

/** Maps a Korpsrichtlijnen item as lists show it. */
export function toDirectiveSummary(item: ItemJson<'Korpsrichtlijnen'>): DirectiveSummary {
  return {
    id: item.Id,
    number: item.DirectiveNumber ?? '',
    title: item.Title ?? '',
    summary: item.Summary ?? '',
    status: item.Status ?? 'Concept',
    versionMajor: item.VersionMajor ?? 1,
    versionMinor: item.VersionMinor ?? 0,
    themeIds: item.ThemesId ?? [],
    publishedAt: item.PublishedAt || undefined,
    requiresAcknowledgement: item.RequiresAcknowledgement !== false,
  };
}

/** Maps a whole Korpsrichtlijnen item with its ETag. */
export function toDirective(item: ItemJson<'Korpsrichtlijnen'>): Directive {
  return {
    ...toDirectiveSummary(item),
    body: item.Body ?? '',
    etag: etagOf(item),
    modified: item.Modified ?? '',
    ownerId: item.OwnerId ?? undefined,
  };
}

/** The change a concept's choice names. */
export const toVersionChange = (value: unknown): VersionChange => (value === 'Hoofdversie' ? 'major' : 'minor');
/** The concept's choice for a change. */
export const conceptChange = (change: VersionChange): 'Hoofdversie' | 'Subversie' => (change === 'major' ? 'Hoofdversie' : 'Subversie');

/**
 * Maps a Richtlijnconcepten item with its ETag: status `Concept`, and the version its publication will give (1.0 for a
 * new korpsrichtlijn; for a new version, the published version it starts from made minor or major). The body is empty
 * when it was not selected.
 */
export function toConcept(item: ItemJson<'Richtlijnconcepten'>): Directive {
  const change = toVersionChange(item.Change);
  const revision = item.DirectiveId
    ? { directiveId: item.DirectiveId, baseMajor: item.VersionMajor ?? 1, baseMinor: item.VersionMinor ?? 0, change }
    : undefined;
  const version = revision
    ? nextVersion({ status: 'Gepubliceerd', versionMajor: revision.baseMajor, versionMinor: revision.baseMinor }, change)
    : { versionMajor: 1, versionMinor: 0 };
  return {
    id: item.Id,
    number: item.DirectiveNumber ?? '',
    title: item.Title ?? '',
    summary: item.Summary ?? '',
    status: 'Concept',
    ...version,
    themeIds: item.ThemesId ?? [],
    publishedAt: undefined,
    requiresAcknowledgement: item.RequiresAcknowledgement !== false,
    body: item.Body ?? '',
    etag: etagOf(item),
    modified: item.Modified ?? '',
    ownerId: item.OwnerId ?? undefined,
    revision,
  };
}

/** The name in an acknowledgement's title (`KR-2015-01 v1 – Jonas Maes`), written by the client. */
function nameInTitle(title: string | null | undefined): string | undefined {
  const at = (title || '').lastIndexOf(' – ');
  const name = at >= 0 ? (title || '').slice(at + 3).trim() : '';
  return name || undefined;
}

/** Maps a Kennisnames item: it counts for its `Author`; the person field and the title are what the client wrote. */
export function toAcknowledgement(item: ItemJson<'Kennisnames'> & { Author?: { Title?: string } | null }): Acknowledgement {
  return {
    id: item.Id,
    directiveId: item.DirectiveId ?? 0,
    versionMajor: item.VersionMajor ?? 0,
    authorId: item.AuthorId ?? 0,
    authorName: (item.Author && item.Author.Title) || undefined,
    claimedEmployeeId: item.EmployeeId ?? undefined,
    claimedName: nameInTitle(item.Title),
    acknowledgedAt: item.AcknowledgedAt ?? '',
  };
}

/** Maps a site user and the department SharePoint knows for them (the User Information List). */
export function toStaffMember(user: { Id: number; Title: string }, department: unknown): StaffMember {
  return { id: user.Id, title: user.Title, dienst: toDienst(department) };
}
