import type { BrusselsDate } from '../../domain/dates';
import { collect, dateCheck, requiredText, type DraftProblems } from '../registers/drafts';
import type { ComplaintDraft, DossierDetails } from './ComplaintsRepository';

/** The problems of a complaint intake: subject, receipt date (not in the future), channel and facts are needed. */
export function complaintProblems(draft: ComplaintDraft, today: BrusselsDate): DraftProblems<ComplaintDraft> {
  return collect<ComplaintDraft>({
    title: requiredText(draft.title),
    receivedOn: dateCheck(draft.receivedOn, today, { required: true, notAfterToday: true }),
    channel: draft.channel ? null : 'required',
    facts: requiredText(draft.facts),
  });
}

/** The problems of the handlers' notes: the date of the SPOC's feedback is a real date, not in the future. */
export function detailsProblems(details: DossierDetails, today: BrusselsDate): DraftProblems<DossierDetails> {
  return collect<DossierDetails>({ mayorFeedbackOn: dateCheck(details.mayorFeedbackOn, today, { required: false, notAfterToday: true }) });
}
