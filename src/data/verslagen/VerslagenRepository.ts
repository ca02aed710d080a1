import type { BrusselsDate } from '../../domain/dates';
import type { ReportText } from '../../domain/verslagen/content';
import type { ReportKind } from '../../domain/verslagen/kinds';
import type { DraftDetail, DraftReport, ReportDetail, VerslagenHome } from './types';

/**
 * The reports of the consultation moments and the monthly newsletter: drafts only their writers and approvers read,
 * published reports everyone reads; every first paint is one round trip, every write carries the ETag read.
 */
export interface VerslagenRepository {
  /** Who the user is, the newest published reports (of one kind, or all) and the drafts the user may see. */
  home(kind: ReportKind | null): Promise<VerslagenHome>;
  /** One published report. */
  report(id: number): Promise<ReportDetail>;
  /** One draft. */
  draft(id: number): Promise<DraftDetail>;
  /**
   * Starts the draft of a meeting (or of a month's newsletter) from what happened: the directiecomité's decisions of
   * that day, or the month's decisions, push messages and korpsrichtlijnen. One draft per kind and date: starting it
   * again finds the first. Returns the draft's id.
   */
  startDraft(kind: ReportKind, meetingDate: BrusselsDate): Promise<number>;
  /** Saves the texts of a draft with the ETag read; returns the new ETag. */
  saveDraft(draft: DraftReport, text: ReportText): Promise<string>;
  /** Reads the decisions (and for a newsletter the messages and korpsrichtlijnen) again into the draft. */
  refreshDraft(draft: DraftReport): Promise<string>;
  /** The secretary hands a complete draft over for approval. */
  submitDraft(draft: DraftReport, text: ReportText): Promise<string>;
  /** An approver publishes the draft: it becomes a report everyone reads, and the draft is removed. Returns the report's id. */
  publish(draft: DraftReport): Promise<number>;
}
