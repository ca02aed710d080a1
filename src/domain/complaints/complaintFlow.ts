import type { Dienst } from '../groups';
import { brusselsDateOf, isBrusselsDate, type BrusselsDate } from '../dates';
import { authorize, checkReason, permittedActions, type Result, type WorkflowError, type WorkflowRule } from '../workflow';
import { tpiAllowsClosing } from './tpiCheck';
import type { ComplaintInvestigator, ComplaintOutcome, ComplaintState, ComplaintStatus } from './dossier';

/** The actions on a complaint dossier. */
export type ComplaintAction =
  | 'assignInvestigator'
  | 'reassignInvestigator'
  | 'sendFeedback'
  | 'close'
  | 'dismiss'
  | 'openDisciplinary'
  | 'closeDisciplinary';

/** Who decides on complaints: Intern Toezicht (TIWK), the korpsleiding, or the korpschef (tuchtdossiers). */
export type ComplaintRole = 'internToezicht' | 'korpsleiding' | 'korpschef';

/**
 * The complaint flow ("functie opdracht ikv interne zaken"): Intern Toezicht or the korpsleiding assigns an investigator,
 * who investigates and gives the complainant personal written feedback, and reports both as findings (never the
 * dossier's routing); Intern Toezicht or the korpsleiding records the feedback and closes. Only the korpschef opens and
 * closes a tuchtdossier (gewone tuchtoverheid, "geen delegatiebevoegdheid"); it is then no longer the investigator's.
 */
export const COMPLAINT_RULES: Readonly<Record<ComplaintAction, WorkflowRule<ComplaintStatus, ComplaintRole>>> = {
  assignInvestigator: { from: ['Ontvangen'], to: 'In onderzoek', roles: ['internToezicht', 'korpsleiding'], reasonRequired: false },
  reassignInvestigator: { from: ['In onderzoek'], to: 'In onderzoek', roles: ['korpsleiding', 'internToezicht'], reasonRequired: true },
  sendFeedback: { from: ['In onderzoek'], to: 'Terugkoppeling aan klager', roles: ['internToezicht', 'korpsleiding'], reasonRequired: false },
  close: { from: ['Terugkoppeling aan klager'], to: 'Afgesloten', roles: ['internToezicht', 'korpsleiding'], reasonRequired: false },
  dismiss: { from: ['Ontvangen'], to: 'Afgesloten', roles: ['internToezicht', 'korpsleiding'], reasonRequired: true },
  openDisciplinary: {
    from: ['In onderzoek', 'Terugkoppeling aan klager'],
    to: 'Tuchtdossier',
    roles: ['korpschef'],
    reasonRequired: true,
  },
  closeDisciplinary: { from: ['Tuchtdossier'], to: 'Afgesloten', roles: ['korpschef'], reasonRequired: false },
};

/** The person acting on complaints, with the groups and function that matter. */
export interface ComplaintActor {
  id: string;
  name: string;
  roles: readonly ('internToezicht' | 'korpsleiding' | 'korpschef' | 'diensthoofd' | 'hinp')[];
  dienst: Dienst | null;
}

/** What the actor adds: a reason, the investigator, the outcome, the date the complainant got written feedback. */
export interface ComplaintInput {
  reason?: string | null;
  investigator?: ComplaintInvestigator | null;
  outcome?: ComplaintOutcome | null;
  /** Default: today. */
  feedbackSentOn?: BrusselsDate | null;
}

/** Why an action on a complaint was refused. */
export type ComplaintError =
  | WorkflowError<ComplaintStatus, ComplaintAction, ComplaintRole>
  | { code: 'investigatorRequired' }
  | { code: 'outcomeRequired' }
  | { code: 'invalidFeedbackDate' }
  | { code: 'tpiCheckRequired' };

/** The trace of one action on a complaint, for the audit and the monthly listing. */
export interface ComplaintDecisionRecord {
  action: ComplaintAction;
  from: ComplaintStatus;
  to: ComplaintStatus;
  actor: { id: string; name: string };
  actingAs: ComplaintRole;
  at: string;
  reason: string | null;
  outcome: ComplaintOutcome | null;
  investigator: ComplaintInvestigator | null;
}

function holdsFor(actor: ComplaintActor) {
  return (role: ComplaintRole): boolean | never => actor.roles.indexOf(role) >= 0;
}

function changesFor(
  state: ComplaintState,
  action: ComplaintAction,
  input: ComplaintInput,
  today: BrusselsDate,
): Result<{ changes: Partial<ComplaintState> }, ComplaintError> {
  const outcome = input.outcome || null;
  switch (action) {
    case 'assignInvestigator':
    case 'reassignInvestigator':
      return input.investigator
        ? { ok: true, changes: { investigator: input.investigator } }
        : { ok: false, error: { code: 'investigatorRequired' } };
    case 'sendFeedback': {
      if (!outcome) return { ok: false, error: { code: 'outcomeRequired' } };
      const sentOn = input.feedbackSentOn || today;
      const valid = isBrusselsDate(sentOn) && sentOn >= state.receivedOn && sentOn <= today;
      return valid ? { ok: true, changes: { outcome, feedbackSentOn: sentOn } } : { ok: false, error: { code: 'invalidFeedbackDate' } };
    }
    case 'dismiss':
    case 'closeDisciplinary':
      return outcome ? { ok: true, changes: { outcome, closedOn: today } } : { ok: false, error: { code: 'outcomeRequired' } };
    case 'close':
      return { ok: true, changes: { closedOn: today } };
    case 'openDisciplinary':
      return { ok: true, changes: { disciplinaryOpenedOn: today } };
  }
}

/** Takes an action on a complaint: checks status, role, reason and input. */
export function decideComplaint<C extends ComplaintState>(
  state: C,
  action: ComplaintAction,
  actor: ComplaintActor,
  input: ComplaintInput,
  now: Date,
): Result<{ next: C; decision: ComplaintDecisionRecord }, ComplaintError> {
  const auth = authorize<ComplaintStatus, ComplaintAction, ComplaintRole, never>(COMPLAINT_RULES, state.status, action, holdsFor(actor));
  if (!auth.ok) return auth;
  const checked = checkReason(action, auth.rule.reasonRequired, input.reason);
  if (!checked.ok) return checked;
  // aandachtspunt 10: a complaint about the means of force used is never closed before its TPI check is recorded
  if (auth.rule.to === 'Afgesloten' && !tpiAllowsClosing({ themeNumber: state.themeNumber ?? null, tpiCheck: state.tpiCheck ?? null })) {
    return { ok: false, error: { code: 'tpiCheckRequired' } };
  }
  const changed = changesFor(state, action, input, brusselsDateOf(now));
  if (!changed.ok) return changed;
  const next: C = { ...state, ...changed.changes, status: auth.rule.to };
  return {
    ok: true,
    next,
    decision: {
      action,
      from: state.status,
      to: next.status,
      actor: { id: actor.id, name: actor.name },
      actingAs: auth.role,
      at: now.toISOString(),
      reason: checked.reason,
      outcome: next.outcome,
      investigator: next.investigator,
    },
  };
}

/** The actions the actor may take on the dossier now. */
export function allowedComplaintActions(state: ComplaintState, actor: ComplaintActor): ComplaintAction[] {
  return permittedActions(COMPLAINT_RULES, state.status, holdsFor(actor));
}

/**
 * Whether the actor may open the (confidential) dossier: the korpsleiding and Intern Toezicht see all; the investigator
 * sees the dossier assigned to them until it becomes a tuchtdossier; from then on, the diensthoofd the korpschef named.
 */
export function canViewComplaint(state: ComplaintState & { disciplinaryHead?: { id: string } | null }, actor: ComplaintActor): boolean {
  if (actor.roles.indexOf('korpsleiding') >= 0 || actor.roles.indexOf('internToezicht') >= 0) return true;
  if (state.disciplinaryOpenedOn !== null) return !!state.disciplinaryHead && state.disciplinaryHead.id === actor.id;
  return state.investigator !== null && state.investigator.id === actor.id;
}
