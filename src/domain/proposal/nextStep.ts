import { addCalendarDays, brusselsDateOf, type BrusselsDate } from '../dates';
import { DEFAULT_ZONE_SETTINGS, type ZoneSettings } from '../settings';
import { nextDirectiecomiteMeeting } from './meetings';
import { proposingTeam, type Party } from './parties';
import type { ProposalAction, ProposalRole, ProposalState } from './proposal';
import { PROPOSAL_ACTIONS, PROPOSAL_RULES } from './rules';

/** Who acts next on a proposal, which actions they have, by when, and whether that date has passed. */
export interface NextStep {
  party: Party;
  actions: ProposalAction[];
  /** The Brussels date by which the step is expected, or null when the policy sets no term. */
  expectedOn: BrusselsDate | null;
  overdue: boolean;
}

function step(proposal: ProposalState, now: Date, settings: ZoneSettings): { party: Party; role: ProposalRole; expectedOn: BrusselsDate | null } | null {
  const since = proposal.statusChangedAt || now.toISOString();
  switch (proposal.status) {
    case 'Concept':
    case 'Teruggestuurd':
      return { party: proposingTeam(proposal), role: proposal.origin === 'Teamoverleg' ? 'teamoverleg' : 'teamQW', expectedOn: null };
    case 'Ingediend':
      return {
        party: { kind: 'diensthoofd', dienst: proposal.dienst },
        role: 'diensthoofd',
        expectedOn: addCalendarDays(brusselsDateOf(proposal.submittedAt || since), settings.diensthoofdValidationDays),
      };
    case 'Gevalideerd':
    case 'Op agenda directiecomité':
      return {
        party: { kind: 'directiecomite' },
        role: 'directiecomite',
        expectedOn: brusselsDateOf(proposal.agendaMeeting || nextDirectiecomiteMeeting(new Date(since), settings)),
      };
    case 'Toegewezen aan comité':
    case 'Toegewezen aan uitvoerder':
    case 'In uitvoering': {
      // a comité status without a comité can only be mended by the directiecomité routing it again
      if (!proposal.comite) return { party: { kind: 'directiecomite' }, role: 'directiecomite', expectedOn: null };
      const term =
        proposal.status === 'Toegewezen aan comité'
          ? settings.comiteAssignmentDays
          : proposal.status === 'Toegewezen aan uitvoerder'
            ? settings.uitvoerderStartDays
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

/**
 * The next step of a proposal (null once it is final): who acts, with which actions, expected by when.
 * The terms are the zone's choice (see ZoneSettings), not rules of the policy.
 */
export function nextStep(proposal: ProposalState, now: Date, settings: ZoneSettings = DEFAULT_ZONE_SETTINGS): NextStep | null {
  const s = step(proposal, now, settings);
  if (!s) return null;
  const actions = PROPOSAL_ACTIONS.filter((action) => {
    const rule = PROPOSAL_RULES[action];
    return rule.from.indexOf(proposal.status) >= 0 && rule.roles.indexOf(s.role) >= 0;
  });
  return { party: s.party, actions, expectedOn: s.expectedOn, overdue: s.expectedOn !== null && brusselsDateOf(now) > s.expectedOn };
}
