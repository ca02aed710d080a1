import { EMPTY_CONTENT, type ReportContent, type ReportText } from '../../domain/verslagen/content';
import { reportKindOfName } from '../../domain/verslagen/kinds';
import { fromDateField } from '../registers/dateFields';
import { VERSLAGCONCEPTEN, VERSLAGEN, fieldNames, type ListItemJson } from '../schema';
import type { DraftReport, DraftStatus, PublishedReport, ReportLink, ReportSummary } from './types';
import { etagOf } from '../fieldValues';

/** Field names of a published report. */
export const R = fieldNames(VERSLAGEN);
/** Field names of a draft. */
export const C = fieldNames(VERSLAGCONCEPTEN);

interface Expanded {
  Title?: string | null;
}

/** A Verslagen item as read with its author expanded. */
export type ReportJson = Partial<ListItemJson<'Verslagen'>> & Pick<ListItemJson<'Verslagen'>, 'Id' | 'AuthorId'> & { Author?: Expanded };
/** A Verslagconcepten item as read with its editor expanded. */
export type DraftJson = Partial<ListItemJson<'Verslagconcepten'>> &
  Pick<ListItemJson<'Verslagconcepten'>, 'Id' | 'EditorId' | 'Modified'> & { Editor?: Expanded; 'odata.etag'?: string };

/** The columns of a published report in a list. */
export const SUMMARY_SELECT = ['Id', R.Title, R.Kind, R.MeetingDate, R.PublishedAt, 'AuthorId', 'Author/Title'];
/** Every column of a published report. */
export const REPORT_SELECT = SUMMARY_SELECT.concat([R.Body, R.FixedItem, R.ComiteFeedback, R.Content, R.WrittenBy]);
/** The columns a proposal's timeline needs. */
export const LINK_SELECT = ['Id', R.Kind, R.MeetingDate, R.Content];
/** Every column of a draft. */
export const DRAFT_SELECT = ['Id', C.Title, C.Kind, C.MeetingDate, C.Body, C.FixedItem, C.ComiteFeedback, C.Content, C.DraftStatus, 'Modified', 'EditorId', 'Editor/Title'];

/** The stored content (JSON the app wrote); an unreadable value is shown as empty rather than failing the page. */
export function parseContent(value: string | null | undefined): ReportContent {
  if (!value) return EMPTY_CONTENT;
  try {
    const parsed = JSON.parse(value) as Partial<ReportContent>;
    return { entries: parsed.entries || [], messages: parsed.messages || [], directives: parsed.directives || [] };
  } catch {
    return EMPTY_CONTENT;
  }
}

function textOf(json: ReportJson | DraftJson): ReportText {
  return {
    meetingDate: fromDateField(json.MeetingDate) || '',
    body: json.Body || '',
    fixedItem: json.FixedItem || '',
    comiteFeedback: json.ComiteFeedback || '',
  };
}

/** A published report's list row; `publisherIds` are the people who may publish its kind. */
export function toSummary(json: ReportJson, mayPublish: (kind: NonNullable<ReturnType<typeof reportKindOfName>>, authorId: number) => boolean): ReportSummary | null {
  const kind = reportKindOfName(json.Kind);
  if (!kind) return null;
  return {
    id: json.Id,
    kind,
    title: json.Title || '',
    meetingDate: fromDateField(json.MeetingDate) || '',
    publishedAt: json.PublishedAt || '',
    publishedBy: { id: json.AuthorId, name: (json.Author && json.Author.Title) || '' },
    counts: mayPublish(kind, json.AuthorId),
  };
}

/** A published report with its texts and content. */
export function toReport(json: ReportJson, summary: ReportSummary): PublishedReport {
  return { ...summary, text: textOf(json), content: parseContent(json.Content), writtenBy: json.WrittenBy || '' };
}

/** A draft. */
export function toDraft(json: DraftJson): DraftReport | null {
  const kind = reportKindOfName(json.Kind);
  if (!kind) return null;
  return {
    id: json.Id,
    etag: etagOf(json),
    kind,
    status: (json.DraftStatus as DraftStatus) || 'Concept',
    title: json.Title || '',
    text: textOf(json),
    content: parseContent(json.Content),
    editor: { id: json.EditorId, name: (json.Editor && json.Editor.Title) || '' },
    modified: json.Modified,
  };
}

/** A report as a proposal's timeline links to it. */
export function toLink(json: ReportJson): ReportLink | null {
  const kind = reportKindOfName(json.Kind);
  if (!kind) return null;
  return { id: json.Id, kind, meetingDate: fromDateField(json.MeetingDate) || '', decisionIds: parseContent(json.Content).entries.map((e) => e.decisionId) };
}
