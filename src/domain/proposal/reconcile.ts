import type { ProposalAction } from './proposal';
import { PROPOSAL_ACTIONS, PROPOSAL_RULES } from './rules';
import type { ProposalStatus } from './statuses';

/** The action that leads from one status to another, or null when no single action does (a jump made by hand). */
export function actionBetween(from: ProposalStatus, to: ProposalStatus): ProposalAction | null {
  const found = PROPOSAL_ACTIONS.filter((action) => PROPOSAL_RULES[action].to === to && PROPOSAL_RULES[action].from.indexOf(from) >= 0);
  return found.length > 0 ? found[0] : null;
}

/** A status change that the decision log does not hold: someone changed the status directly in the SharePoint list. */
export interface UnloggedChange {
  from: ProposalStatus;
  to: ProposalStatus;
  /** The action the change amounts to, or null when the flow has no such step. */
  action: ProposalAction | null;
}

/**
 * Compares a proposal's status with the last status its decision log recorded (null when the log is empty: every
 * proposal starts as a concept) and returns the change the log misses, or null when the log is up to date.
 */
export function unloggedChange(status: ProposalStatus, lastLogged: ProposalStatus | null): UnloggedChange | null {
  const from: ProposalStatus = lastLogged === null ? 'Concept' : lastLogged;
  if (from === status) return null;
  return { from, to: status, action: actionBetween(from, status) };
}
