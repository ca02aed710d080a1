import type { BrusselsDate } from '../dates';
import { collect, dateCheck, requiredText, type DraftProblems } from '../registers/drafts';
import type { AdministrationChanges, ComplaintDraft, DossierDetails } from '../../data/complaints/ComplaintsRepository';
import type { FindingDraft } from '../../data/complaints/findingsStore';

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

/** The problems of a dossier's administration: the next deadline a real date (it may lie ahead), archiving not in the future. */
export function administrationProblems(changes: AdministrationChanges, today: BrusselsDate): DraftProblems<AdministrationChanges> {
  return collect<AdministrationChanges>({
    nextDeadline: dateCheck(changes.nextDeadline, today, { required: false }),
    archivedOn: dateCheck(changes.archivedOn, today, { required: false, notAfterToday: true }),
  });
}

/** The problems of a finding: a text; feedback also needs its outcome and a real date, not before receipt nor in the future. */
export function findingProblems(draft: FindingDraft, receivedOn: BrusselsDate, today: BrusselsDate): DraftProblems<FindingDraft> {
  const feedback = draft.kind === 'Terugkoppeling';
  const sent = feedback ? dateCheck(draft.feedbackSentOn || '', today, { required: true, notAfterToday: true }) : null;
  return collect<FindingDraft>({
    text: requiredText(draft.text),
    outcome: feedback && !draft.outcome ? 'required' : null,
    feedbackSentOn: sent || (feedback && draft.feedbackSentOn && draft.feedbackSentOn < receivedOn ? 'invalidDate' : null),
  });
}
