import { collect, dateCheck, requiredText, type DraftProblems } from '../registers/drafts';
import type { BrusselsDate } from '../dates';
import type { FeedbackPreference, ReportCategory, ReportChannel } from './report';

/** What a member fills in to report a suspected integrity breach. */
export interface ReportDraft {
  subject: string;
  category: ReportCategory | '';
  facts: string;
  whenWhere: string;
  involved: string;
  feedbackPreference: FeedbackPreference | '';
}

/** What a contact registers for a report received in person, by letter or by telephone. */
export interface RegisteredReportDraft extends ReportDraft {
  channel: Exclude<ReportChannel, 'App'> | '';
  receivedOn: string;
  /** Empty when the reporter stays anonymous. */
  reporterName: string;
  reporterContact: string;
}

/** The problems of a report (empty when it may be stored). */
export function reportProblems(draft: ReportDraft): DraftProblems<ReportDraft> {
  return collect<ReportDraft>({
    subject: requiredText(draft.subject),
    category: draft.category ? null : 'required',
    facts: requiredText(draft.facts),
    feedbackPreference: draft.feedbackPreference ? null : 'required',
  });
}

/** The problems of a report registered on someone's behalf: the report's, plus how and when it was received. */
export function registeredReportProblems(draft: RegisteredReportDraft, today: BrusselsDate): DraftProblems<RegisteredReportDraft> {
  return {
    ...reportProblems(draft),
    ...collect<RegisteredReportDraft>({
      channel: draft.channel ? null : 'required',
      receivedOn: dateCheck(draft.receivedOn, today, { required: true, notAfterToday: true }),
    }),
  };
}
