import type { ProposalOrigin, ProposalSource } from './origin';
import type { Dienst } from '../groups';
import type { ComiteKey, Uitvoerder } from './bodies';
import type { ProposalStatus, ProposalTopic } from './statuses';

/**
 * The roles that act on proposals: a dienst's team Q&W, its middenkader submitting from the teamoverleg, the
 * diensthoofden, the directiecomité, the comité chairs and the beheerders.
 */
export type ProposalRole = 'teamQW' | 'teamoverleg' | 'diensthoofd' | 'directiecomite' | 'comitevoorzitter' | 'beheerder';

/** The actions that move a proposal from one status to another. */
export type ProposalAction =
  | 'submit'
  | 'withdraw'
  | 'validate'
  | 'return'
  | 'reject'
  | 'resubmit'
  | 'scheduleForDirectiecomite'
  | 'route'
  | 'rejectByDirectiecomite'
  | 'assign'
  | 'start'
  | 'realise'
  | 'notRetain';

/** The person acting: the roles held, the own dienst (team Q&W, diensthoofd) and the comités chaired. */
export interface ProposalActor {
  id: string;
  name: string;
  roles: readonly ProposalRole[];
  dienst: Dienst | null;
  chairs: readonly ComiteKey[];
}

/** What the flow needs to know of a proposal. */
export interface ProposalState {
  status: ProposalStatus;
  dienst: Dienst;
  /** Who proposes it: the dienst's team Q&W or its teamoverleg (they draft it, take it back and get it back). */
  origin: ProposalOrigin;
  comite: ComiteKey | null;
  uitvoerder: Uitvoerder | null;
  /** ISO start of the directiecomité meeting whose agenda the proposal is on. */
  agendaMeeting: string | null;
  /** ISO time of the last (re)submission: the diensthoofd's clock starts there. */
  submittedAt: string | null;
  /** ISO time of the last status change. */
  statusChangedAt: string | null;
}

/** The text of a proposal as the team drafts it. */
export interface ProposalContent {
  title: string;
  /** The problem today. */
  problem: string;
  /** The proposed improvement. */
  improvement: string;
  description: string;
  topic: ProposalTopic;
  /** The expected cost in euro, if any. */
  costEstimate: number | null;
}

/** A whole improvement proposal, as the data layer maps it from its list item. */
export interface Proposal extends ProposalState, ProposalContent, ProposalSource {
  /** The client-generated unique id. */
  id: string;
  proposer: { id: string; name: string };
  createdAt: string;
}

/** What the actor adds to a decision. */
export interface DecisionInput {
  reason?: string | null;
  /** For `route`: the comité chosen (any comité; the suggestion is only a suggestion). */
  comite?: ComiteKey | null;
  /** For `assign`: the executor. */
  uitvoerder?: Uitvoerder | null;
  /** For `scheduleForDirectiecomite`: the ISO start of the meeting; by default the next one. */
  meeting?: string | null;
}

/** The trace of one decision: who took which action when, and why. */
export interface DecisionRecord {
  action: ProposalAction;
  from: ProposalStatus;
  to: ProposalStatus;
  actor: { id: string; name: string };
  /** The role the actor acted in (a beheerder acting in place of the usual role shows here). */
  actingAs: ProposalRole;
  /** ISO time of the decision. */
  at: string;
  reason: string | null;
  comite: ComiteKey | null;
  uitvoerder: Uitvoerder | null;
  agendaMeeting: string | null;
}

/** A successful decision: the proposal's next state and the record to store with it. */
export interface Transition<P extends ProposalState = ProposalState> {
  next: P;
  decision: DecisionRecord;
}
