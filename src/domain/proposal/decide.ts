import type { Dienst } from '../groups';
import { authorize, checkReason, permittedActions, type Result, type WorkflowError } from '../workflow';
import { checkUitvoerder, type ComiteKey, type UitvoerderError } from './bodies';
import { DEFAULT_ZONE_SETTINGS, type ZoneSettings } from '../settings';
import { nextDirectiecomiteMeeting } from './meetings';
import type { DecisionInput, ProposalAction, ProposalActor, ProposalRole, ProposalState, Transition } from './proposal';
import { PROPOSAL_RULES } from './rules';
import type { ProposalStatus } from './statuses';

/** Why the actor may not hold a role for this proposal: another dienst, or a comité the actor does not chair. */
export type ProposalScopeError = { code: 'wrongDienst'; dienst: Dienst } | { code: 'notChair'; comite: ComiteKey | null };

/** Why a decision on a proposal was refused, as a code with parameters for the UI to translate. */
export type ProposalError =
  | WorkflowError<ProposalStatus, ProposalAction, ProposalRole>
  | ProposalScopeError
  | { code: 'comiteRequired' }
  | { code: 'uitvoerderRequired' }
  | UitvoerderError
  | { code: 'invalidMeeting'; meeting: string };

function holdsFor(proposal: ProposalState, actor: ProposalActor) {
  return (role: ProposalRole): boolean | ProposalScopeError => {
    if (actor.roles.indexOf(role) < 0) return false;
    if (role === 'teamQW' || role === 'teamoverleg' || role === 'diensthoofd') {
      return actor.dienst === proposal.dienst || { code: 'wrongDienst', dienst: proposal.dienst };
    }
    if (role === 'comitevoorzitter') {
      return (proposal.comite !== null && actor.chairs.indexOf(proposal.comite) >= 0) || { code: 'notChair', comite: proposal.comite };
    }
    return true;
  };
}

function changesFor(
  action: ProposalAction,
  input: DecisionInput,
  now: Date,
  settings: ZoneSettings,
): Result<{ changes: Partial<ProposalState> }, ProposalError> {
  switch (action) {
    case 'submit':
    case 'resubmit':
      return { ok: true, changes: { submittedAt: now.toISOString() } };
    case 'withdraw':
      return { ok: true, changes: { submittedAt: null } };
    case 'validate':
      return { ok: true, changes: { agendaMeeting: nextDirectiecomiteMeeting(now, settings) } };
    case 'scheduleForDirectiecomite': {
      const meeting = input.meeting || nextDirectiecomiteMeeting(now, settings);
      const valid = Date.parse(meeting) > now.getTime();
      return valid
        ? { ok: true, changes: { agendaMeeting: new Date(meeting).toISOString() } }
        : { ok: false, error: { code: 'invalidMeeting', meeting } };
    }
    case 'route':
      return input.comite
        ? { ok: true, changes: { comite: input.comite, uitvoerder: null } }
        : { ok: false, error: { code: 'comiteRequired' } };
    case 'assign': {
      if (!input.uitvoerder) return { ok: false, error: { code: 'uitvoerderRequired' } };
      const incomplete = checkUitvoerder(input.uitvoerder);
      return incomplete ? { ok: false, error: incomplete } : { ok: true, changes: { uitvoerder: input.uitvoerder } };
    }
    default:
      return { ok: true, changes: {} };
  }
}

/**
 * Takes a decision on a proposal: checks the status, the actor's role and scope, the reason and the input, and returns
 * the next state with the decision record, or an error code. A beheerder standing in must always give a reason.
 */
export function decide<P extends ProposalState>(
  proposal: P,
  action: ProposalAction,
  actor: ProposalActor,
  input: DecisionInput,
  now: Date,
  settings: ZoneSettings = DEFAULT_ZONE_SETTINGS,
): Result<Transition<P>, ProposalError> {
  const auth = authorize(PROPOSAL_RULES, proposal.status, action, holdsFor(proposal, actor));
  if (!auth.ok) return auth;
  const checked = checkReason(action, auth.rule.reasonRequired || auth.role === 'beheerder', input.reason);
  if (!checked.ok) return checked;
  const changed = changesFor(action, input, now, settings);
  if (!changed.ok) return changed;
  const at = now.toISOString();
  const next: P = { ...proposal, ...changed.changes, status: auth.rule.to, statusChangedAt: at };
  return {
    ok: true,
    next,
    decision: {
      action,
      from: proposal.status,
      to: next.status,
      actor: { id: actor.id, name: actor.name },
      actingAs: auth.role,
      at,
      reason: checked.reason,
      comite: next.comite,
      uitvoerder: next.uitvoerder,
      agendaMeeting: next.agendaMeeting,
    },
  };
}

/** The actions the actor may take on the proposal now (the UI shows these; input such as a reason is checked later). */
export function allowedActions(proposal: ProposalState, actor: ProposalActor): ProposalAction[] {
  return permittedActions(PROPOSAL_RULES, proposal.status, holdsFor(proposal, actor));
}
