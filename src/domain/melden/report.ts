/**
 * What the law of 8 December 2022 (art. 2) calls an integrity breach, as the categories of the zone's internal
 * reporting channel (docs/integriteitsmeldingen.md): the stored values are Dutch; the UI labels them per language.
 */
export const REPORT_CATEGORIES = [
  'Inbreuk op regels of procedures',
  'Risico voor leven, gezondheid, veiligheid of milieu',
  'Ernstige tekortkoming in beroepsplichten of beheer',
  'Opdracht of raad tot een integriteitsschending',
  'Inbreuk op Europese regels (financiële belangen, privacy, overheidsopdrachten …)',
] as const;
/** One of {@link REPORT_CATEGORIES}. */
export type ReportCategory = (typeof REPORT_CATEGORIES)[number];

/**
 * How a report reached the contacts: through the app (the reporter is the item's Author), or in person, by letter, by
 * telephone, registered by a contact on the reporter's behalf (the contact is then the Author).
 */
export const REPORT_CHANNELS = ['App', 'Persoonlijk gesprek', 'Brief', 'Telefoon'] as const;
/** One of {@link REPORT_CHANNELS}. */
export type ReportChannel = (typeof REPORT_CHANNELS)[number];

/** Where a report stands: received, receipt confirmed, feedback given, closed. */
export const REPORT_STATUSES = ['Ontvangen', 'Ontvangst bevestigd', 'Feedback gegeven', 'Afgesloten'] as const;
/** One of {@link REPORT_STATUSES}. */
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** How a closed report ended; "Doorverwezen" sends what the law excludes to its own procedure. */
export const REPORT_OUTCOMES = ['Gegrond', 'Deels gegrond', 'Ongegrond', 'Niet ontvankelijk', 'Doorverwezen'] as const;
/** One of {@link REPORT_OUTCOMES}. */
export type ReportOutcome = (typeof REPORT_OUTCOMES)[number];

/** How the reporter wants to hear back. */
export const FEEDBACK_PREFERENCES = ['In de app', 'Persoonlijk gesprek', 'Geen terugkoppeling'] as const;
/** One of {@link FEEDBACK_PREFERENCES}. */
export type FeedbackPreference = (typeof FEEDBACK_PREFERENCES)[number];

/** One report as the rules see it. */
export interface IntegrityReport {
  id: number;
  etag: string;
  subject: string;
  category: ReportCategory;
  facts: string;
  /** When and where it happened, who was involved: as the reporter wrote it. */
  whenWhere: string;
  involved: string;
  channel: ReportChannel;
  feedbackPreference: FeedbackPreference;
  /** The Brussels date the channel received it: the clocks start here (see {@link receivedOnOf}). */
  receivedOn: string;
  status: ReportStatus;
  receiptConfirmedOn: string | null;
  receiptMessage: string;
  feedbackOn: string | null;
  feedbackText: string;
  closedOn: string | null;
  outcome: ReportOutcome | null;
  /** Registered on someone's behalf: the name and contact the reporter chose to give (empty: anonymous). */
  reporterName: string;
  reporterContact: string;
  /** Who created the item (SharePoint's Author): the reporter, or the contact who registered it. */
  authorId: number;
  authorName: string;
  /** False when the item carries handling values that no contact wrote (ignored; see {@link handlingCounts}). */
  handlingTrusted: boolean;
}

/**
 * Whether a report's handling values (status, receipt, feedback, closing) count: only a contact writes them. A reporter
 * may add but never edit, so values on an item no contact created or edited were written by the reporter at creation:
 * they are ignored and the report counts as just received.
 */
export function handlingCounts(item: { authorIsHandler: boolean; editorIsHandler: boolean }): boolean {
  return item.authorIsHandler || item.editorIsHandler;
}

/**
 * The Brussels date from which the clocks run: for a report made in the app, the day SharePoint created it (a value the
 * reporter cannot set); for one registered on the reporter's behalf, the day the contact received it (meeting, letter).
 */
export function receivedOnOf(item: { createdOn: string; registeredReceivedOn: string | null; authorIsHandler: boolean }): string {
  return item.authorIsHandler && item.registeredReceivedOn ? item.registeredReceivedOn : item.createdOn;
}
