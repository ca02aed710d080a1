import { DIENSTEN, type Dienst } from '../groups';
import { AANDACHTSPUNTEN, BELEIDSTEKSTEN, BERICHTEN, KENNISNAMES, KORPSRICHTLIJNEN, fieldNames, type ListItemJson, type ListTitle } from '../schema';
import type { Acknowledgement, Directive, DirectiveSummary, Message, PolicyText, StaffMember, Theme } from './types';

/** The field names of the policy lists, as the schema spells them. */
export const THEME = fieldNames(AANDACHTSPUNTEN);
/** See {@link THEME}. */
export const TEXT = fieldNames(BELEIDSTEKSTEN);
/** See {@link THEME}. */
export const MESSAGE = fieldNames(BERICHTEN);
/** See {@link THEME}. */
export const DIRECTIVE = fieldNames(KORPSRICHTLIJNEN);
/** See {@link THEME}. */
export const ACK = fieldNames(KENNISNAMES);

/** An item of the list `L` as PnPjs returns it in JSON light (the selected fields), with its ETag. */
export type ItemJson<L extends ListTitle> = Partial<ListItemJson<L>> & { Id: number; 'odata.etag'?: string };

/** What is selected to map a theme. */
export const THEME_SELECT = ['Id', THEME.Title, THEME.ThemeNumber, THEME.Body, THEME.Action, THEME.Callout];
/** What is selected to map a policy text. */
export const TEXT_SELECT = ['Id', TEXT.Title, TEXT.TextKey, TEXT.Section, TEXT.SortOrder, TEXT.Body, TEXT.Detail];
/** What is selected to map a message. */
export const MESSAGE_SELECT = ['Id', MESSAGE.Title, MESSAGE.Body, MESSAGE.PublishedAt, MESSAGE.Category, `${MESSAGE.Theme}Id`];
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
/** What is selected to map an acknowledgement. */
export const ACK_SELECT = ['Id', `${ACK.Directive}Id`, ACK.VersionMajor, `${ACK.Employee}Id`, ACK.Dienst, ACK.AcknowledgedAt];

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
    etag: item['odata.etag'] ?? '*',
    modified: item.Modified ?? '',
    ownerId: item.OwnerId ?? undefined,
  };
}

/** Maps a Kennisnames item. */
export function toAcknowledgement(item: ItemJson<'Kennisnames'>): Acknowledgement {
  return {
    id: item.Id,
    directiveId: item.DirectiveId ?? 0,
    versionMajor: item.VersionMajor ?? 0,
    employeeId: item.EmployeeId ?? 0,
    dienst: toDienst(item.Dienst),
    acknowledgedAt: item.AcknowledgedAt ?? '',
  };
}

/** Maps a site user and the department SharePoint knows for them (the User Information List). */
export function toStaffMember(user: { Id: number; Title: string }, department: unknown): StaffMember {
  return { id: user.Id, title: user.Title, dienst: toDienst(department) };
}
