import { addCalendarDays, brusselsDateOf, type BrusselsDate } from '../dates';
import { nextDirectiecomiteMeeting } from './meetings';
import type { Party } from './parties';
import type { ProposalAction, ProposalRole, ProposalState } from './proposal';
import { PROPOSAL_ACTIONS, PROPOSAL_RULES } from './rules';

/** The diensthoofd validates, returns or rejects a submitted proposal within 14 calendar days (two weekly cycles). */
export const DIENSTHOOFD_VALIDATION_DAYS = 14;

/** A comité assigns a routed proposal within 30 calendar days: comités and the Q-team meet monthly. */
export const COMITE_ASSIGNMENT_DAYS = 30;

/** Work on an assigned proposal starts within 30 calendar days, one monthly cycle of the executor. */
export const UITVOERDER_START_DAYS = 30;

/** Who acts next on a proposal, which actions they have, by when, and whether that date has passed. */
export interface NextStep {
  party: Party;
  actions: ProposalAction[];
  /** The Brussels date by which the step is expected, or null when the policy sets no term. */
  expectedOn: BrusselsDate | null;
  overdue: boolean;
}

function step(proposal: ProposalState, now: Date): { party: Party; role: ProposalRole; expectedOn: BrusselsDate | null } | null {
  const since = proposal.statusChangedAt || now.toISOString();
  switch (proposal.status) {
    case 'Concept':
    case 'Teruggestuurd':
      return { party: { kind: 'teamQW', dienst: proposal.dienst }, role: 'teamQW', expectedOn: null };
    case 'Ingediend':
      return {
        party: { kind: 'diensthoofd', dienst: proposal.dienst },
        role: 'diensthoofd',
        expectedOn: addCalendarDays(brusselsDateOf(proposal.submittedAt || since), DIENSTHOOFD_VALIDATION_DAYS),
      };
    case 'Gevalideerd':
    case 'Op agenda directiecomité':
      return {
        party: { kind: 'directiecomite' },
        role: 'directiecomite',
        expectedOn: brusselsDateOf(proposal.agendaMeeting || nextDirectiecomiteMeeting(new Date(since))),
      };
    case 'Toegewezen aan comité':
    case 'Toegewezen aan uitvoerder':
    case 'In uitvoering': {
      // a comité status without a comité can only be mended by the directiecomité routing it again
      if (!proposal.comite) return { party: { kind: 'directiecomite' }, role: 'directiecomite', expectedOn: null };
      const term =
        proposal.status === 'Toegewezen aan comité'
          ? COMITE_ASSIGNMENT_DAYS
          : proposal.status === 'Toegewezen aan uitvoerder'
            ? UITVOERDER_START_DAYS
            : null;
      return {
        party: { kind: 'comitevoorzitter', comite: proposal.comite },
        role: 'comitevoorzitter',
        expectedOn: term === null ? null : addCalendarDays(brusselsDateOf(since), term),
      };
    }
    default:
      return null;
  }
}

/** The next step of a proposal (null once it is final): who acts, with which actions, expected by when. */
export function nextStep(proposal: ProposalState, now: Date): NextStep | null {
  const s = step(proposal, now);
  if (!s) return null;
  const actions = PROPOSAL_ACTIONS.filter((action) => {
    const rule = PROPOSAL_RULES[action];
    return rule.from.indexOf(proposal.status) >= 0 && rule.roles.indexOf(s.role) >= 0;
  });
  return { party: s.party, actions, expectedOn: s.expectedOn, overdue: s.expectedOn !== null && brusselsDateOf(now) > s.expectedOn };
}
