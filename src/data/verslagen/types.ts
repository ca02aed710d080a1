import type { BrusselsDate } from '../../domain/dates';
import type { Membership } from '../../domain/membership';
import type { ReportContent, ReportText } from '../../domain/verslagen/content';
import type { ReportKind } from '../../domain/verslagen/kinds';
import type { REPORT_DRAFT_STATUSES } from '../schema';

/** Where a draft is: being written, or waiting for approval. */
export type DraftStatus = (typeof REPORT_DRAFT_STATUSES)[number];

/** A published report (or newsletter) as a list shows it. */
export interface ReportSummary {
  id: number;
  kind: ReportKind;
  title: string;
  meetingDate: BrusselsDate;
  publishedAt: string;
  /** Who approved and published it, as SharePoint recorded it (`Author`). */
  publishedBy: { id: number; name: string };
  /** False when its author may not publish this kind of report: shown with a warning, never taken for the report. */
  counts: boolean;
}

/** A published report with everything it holds. */
export interface PublishedReport extends ReportSummary {
  text: ReportText;
  content: ReportContent;
  /** Who wrote the draft (a display copy of its last editor). */
  writtenBy: string;
}

/** A draft in Verslagconcepten. */
export interface DraftReport {
  id: number;
  etag: string;
  kind: ReportKind;
  status: DraftStatus;
  title: string;
  text: ReportText;
  content: ReportContent;
  /** Who changed it last (SharePoint's `Editor`). */
  editor: { id: number; name: string };
  modified: string;
}

/** One page of published reports and the way to the next page (null on the last page). */
export interface ReportPage {
  items: ReportSummary[];
  next: (() => Promise<ReportPage>) | null;
}

/** The first paint of the view: who the user is, the newest published reports, and the drafts the user may see. */
export interface VerslagenHome {
  me: Membership;
  published: ReportPage;
  /** Empty for whoever has no access to Verslagconcepten (staff). */
  drafts: DraftReport[];
}

/** A published report with who reads it. */
export interface ReportDetail {
  me: Membership;
  report: PublishedReport;
}

/** A draft with who edits it. */
export interface DraftDetail {
  me: Membership;
  draft: DraftReport;
}

/** A report that recorded decisions on a proposal, as its timeline links to it. */
export interface ReportLink {
  id: number;
  kind: ReportKind;
  meetingDate: BrusselsDate;
  /** The Beslissingen entries it records. */
  decisionIds: number[];
}
