import { brusselsDateOf } from '../../domain/dates';
import {
  handlingCounts,
  receivedOnOf,
  type FeedbackPreference,
  type IntegrityReport,
  type RegisteredReportDraft,
  type ReportCategory,
  type ReportChannel,
  type ReportDraft,
  type ReportOutcome,
  type ReportStatus,
} from '../../domain/melden';
import { fieldNames, INTEGRITEITSMELDINGEN } from '../schema';
import { fromDateField, toDateField } from '../registers/dateFields';
import { etagOf, text } from '../fieldValues';

/** The field names of Integriteitsmeldingen. */
export const RF = fieldNames(INTEGRITEITSMELDINGEN);

/** What every read of a report selects (the author's name through `Author/Title`). */
export const REPORT_SELECT = [
  'Id', 'Created', 'AuthorId', 'EditorId', 'Author/Title',
  ...INTEGRITEITSMELDINGEN.fields.map((f) => f.name),
];
/** The lookup the select above needs. */
export const REPORT_EXPAND = ['Author'];

/** A report as the REST API returns it. */
export type ReportRow = {
  Id: number;
  Created: string;
  AuthorId: number;
  EditorId: number;
  Author?: { Title?: string };
  'odata.etag'?: string;
} & Record<string, unknown>;

/**
 * Maps a row to a report. `handlers` holds the ids of the contacts: handling values count only when a contact created
 * or last edited the item (a reporter may add but never edit), and only a contact's registration sets the day of receipt.
 */
export function toReport(row: ReportRow, handlers: readonly number[]): IntegrityReport {
  const authorIsHandler = handlers.indexOf(row.AuthorId) >= 0;
  const editorIsHandler = row.EditorId !== row.AuthorId && handlers.indexOf(row.EditorId) >= 0;
  const trusted = handlingCounts({ authorIsHandler, editorIsHandler });
  // what only a contact writes, found on an item no contact touched: the reporter wrote it at creation (ignored, shown)
  const handlingFields = [RF.ReceiptConfirmedOn, RF.ReceiptMessage, RF.FeedbackOn, RF.FeedbackText, RF.ClosedOn, RF.Outcome, RF.ReporterName, RF.ReporterContact];
  const forged = !trusted && ((row[RF.Status] || 'Ontvangen') !== 'Ontvangen' || (row[RF.Channel] || 'App') !== 'App' || handlingFields.some((f) => !!row[f]));
  const handled = <T>(value: T, fallback: T): T => (trusted ? value : fallback);
  return {
    id: row.Id,
    etag: etagOf(row),
    subject: text(row[RF.Title]),
    category: row[RF.Category] as ReportCategory,
    facts: text(row[RF.Facts]),
    whenWhere: text(row[RF.WhenWhere]),
    involved: text(row[RF.Involved]),
    channel: authorIsHandler ? (row[RF.Channel] as ReportChannel) : 'App',
    feedbackPreference: row[RF.FeedbackPreference] as FeedbackPreference,
    receivedOn: receivedOnOf({ createdOn: brusselsDateOf(row.Created), registeredReceivedOn: fromDateField(row[RF.ReceivedOn] as string | null), authorIsHandler }),
    status: handled(row[RF.Status] as ReportStatus, 'Ontvangen'),
    receiptConfirmedOn: handled(fromDateField(row[RF.ReceiptConfirmedOn] as string | null), null),
    receiptMessage: handled(text(row[RF.ReceiptMessage]), ''),
    feedbackOn: handled(fromDateField(row[RF.FeedbackOn] as string | null), null),
    feedbackText: handled(text(row[RF.FeedbackText]), ''),
    closedOn: handled(fromDateField(row[RF.ClosedOn] as string | null), null),
    outcome: handled((row[RF.Outcome] as ReportOutcome | null) || null, null),
    reporterName: authorIsHandler ? text(row[RF.ReporterName]) : '',
    reporterContact: authorIsHandler ? text(row[RF.ReporterContact]) : '',
    authorId: row.AuthorId,
    authorName: (row.Author && row.Author.Title) || '',
    handlingTrusted: !forged,
  };
}

/** The fields of a report made in the app: only what the reporter says; the handling fields stay empty. */
export function reportItem(draft: ReportDraft, clientId: string, today: string): Record<string, unknown> & { ClientId: string } {
  return {
    [RF.Title]: draft.subject.trim(),
    ClientId: clientId,
    [RF.Category]: draft.category,
    [RF.Facts]: draft.facts.trim(),
    [RF.WhenWhere]: draft.whenWhere.trim() || null,
    [RF.Involved]: draft.involved.trim() || null,
    [RF.Channel]: 'App',
    [RF.FeedbackPreference]: draft.feedbackPreference,
    // informative only: the clocks of an app report run from Created, which SharePoint sets
    [RF.ReceivedOn]: toDateField(today),
    [RF.ReceivedYear]: today.slice(0, 4),
    [RF.Status]: 'Ontvangen',
  };
}

/** The fields of a report a contact registers on the reporter's behalf. */
export function registeredItem(draft: RegisteredReportDraft, clientId: string): Record<string, unknown> & { ClientId: string } {
  return {
    ...reportItem(draft, clientId, draft.receivedOn),
    [RF.Channel]: draft.channel,
    [RF.ReporterName]: draft.reporterName.trim() || null,
    [RF.ReporterContact]: draft.reporterContact.trim() || null,
  };
}
