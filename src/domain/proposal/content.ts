import type { BrusselsDate } from '../dates';
import { checkOrigin, type ProposalSource } from './origin';
import type { ProposalContent, ProposalRole } from './proposal';
import { PROPOSAL_TOPICS } from './statuses';

/** SharePoint's limit for a single line of text, which holds the title. */
export const TITLE_MAX_LENGTH = 255;

/** A problem with the drafted text of a proposal, per field, for the form to show. */
export type ContentError =
  | { field: 'title' | 'problem' | 'improvement' | 'topic'; code: 'required' }
  | { field: 'title'; code: 'tooLong'; max: number }
  | { field: 'costEstimate'; code: 'invalidAmount' }
  | { field: 'origin'; code: 'originNotYours' }
  | { field: 'meetingDate'; code: 'meetingDateRequired' | 'meetingDateInFuture' };

/** The origin's problems as problems of the form's fields. */
export function originErrors(source: ProposalSource, roles: readonly ProposalRole[], today: BrusselsDate): ContentError[] {
  return checkOrigin(source, roles, today).map((code) => (code === 'originNotYours' ? { field: 'origin', code } : { field: 'meetingDate', code }));
}

/** Checks a draft before it is submitted: title, problem, improvement and topic are required; a cost is a positive amount or absent. */
export function checkProposalContent(content: ProposalContent): ContentError[] {
  const errors: ContentError[] = [];
  const blank = (text: string) => !(text || '').trim();
  if (blank(content.title)) errors.push({ field: 'title', code: 'required' });
  else if (content.title.trim().length > TITLE_MAX_LENGTH) errors.push({ field: 'title', code: 'tooLong', max: TITLE_MAX_LENGTH });
  if (blank(content.problem)) errors.push({ field: 'problem', code: 'required' });
  if (blank(content.improvement)) errors.push({ field: 'improvement', code: 'required' });
  if ((PROPOSAL_TOPICS as readonly string[]).indexOf(content.topic) < 0) errors.push({ field: 'topic', code: 'required' });
  const cost = content.costEstimate;
  if (cost !== null && !(typeof cost === 'number' && isFinite(cost) && cost >= 0)) {
    errors.push({ field: 'costEstimate', code: 'invalidAmount' });
  }
  return errors;
}
