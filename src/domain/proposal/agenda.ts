import type { ProposalState } from './proposal';
import type { ProposalStatus } from './statuses';

/** The statuses of a proposal waiting for the directiecomité: validated, or put on a later meeting's agenda. */
export const AGENDA_STATUSES: readonly ProposalStatus[] = ['Gevalideerd', 'Op agenda directiecomité'];

/**
 * True when the proposal belongs on the agenda of the meeting that starts at `meeting` (ISO): it waits for the
 * directiecomité and was not put on a later meeting; one left over from an earlier meeting stays on until decided.
 */
export function isOnAgenda(proposal: ProposalState, meeting: string): boolean {
  if (AGENDA_STATUSES.indexOf(proposal.status) < 0) return false;
  return proposal.agendaMeeting === null || Date.parse(proposal.agendaMeeting) <= Date.parse(meeting);
}
