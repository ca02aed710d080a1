import type { Party } from './parties';
import type { ProposalAction } from './proposal';

/** The Teams activity types of the app manifest (`activities.activityTypes`) used for proposals. */
export const PROPOSAL_ACTIVITIES = ['proposalSubmitted', 'proposalDecided', 'proposalAssigned'] as const;

/** One of {@link PROPOSAL_ACTIVITIES}. */
export type ProposalActivity = (typeof PROPOSAL_ACTIVITIES)[number];

/**
 * What a decision means to one party: the diensthoofd gets a proposal to validate, the comité chair or executor who
 * now has to act gets an assignment, everyone else learns about a decision.
 */
export function activityFor(action: ProposalAction, party: Party): ProposalActivity {
  if ((action === 'submit' || action === 'resubmit') && party.kind === 'diensthoofd') return 'proposalSubmitted';
  if (action === 'route' && party.kind === 'comitevoorzitter') return 'proposalAssigned';
  if (action === 'assign' && party.kind === 'uitvoerder') return 'proposalAssigned';
  return 'proposalDecided';
}
