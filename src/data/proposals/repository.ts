import type { IntegrityFinding } from '../../domain/proposal/integrity';
import type { CascadeStepKey } from '../../domain/proposal/cascade';
import type { ComiteKey, Overleggroep, UitvoerderKind } from '../../domain/proposal/bodies';
import type { DecisionInput, ProposalAction, ProposalContent } from '../../domain/proposal/proposal';
import type { ProposalSource } from '../../domain/proposal/origin';
import type { Dienst } from '../groups';
import type { NotifyReport } from '../notifications/types';
import type { Organisation } from './people';
import type { LoggedDecision, Page, ProposalDetail, ProposalItem, ProposalUser, WerkgroepInfo } from './types';

/** A draft as the team Q&W writes it; the client id is made when the draft starts, so every retry sends the same one. */
export interface ProposalDraft {
  clientId: string;
  dienst: Dienst;
  content: ProposalContent;
  /** A team Q&W, or the dienst's teamoverleg with its date; a team Q&W when absent. */
  source?: ProposalSource;
}

/** A file to attach to a proposal. */
export interface NewAttachment {
  name: string;
  content: Blob | ArrayBuffer;
}

/** The outcome of a submit: the proposal exists now, or it waits in the browser until SharePoint is reachable. */
export type SubmitOutcome = { status: 'created'; itemId: number; notified: NotifyReport } | { status: 'queued'; clientId: string };

/** A decision that reached SharePoint: the proposal's new ETag, its log entry and who was told. */
export interface DecisionOutcome {
  etag: string;
  /** Null when the log entry waits in the browser (it is written as soon as SharePoint answers again). */
  decisionEntryId: number | null;
  notified: NotifyReport;
}

/** Extra input for an assignment: the Werkgroepen item chosen (a werkgroep or a standing body). */
export interface AssignmentTarget {
  werkgroepId?: number | null;
}

/** A new (ad hoc) werkgroep or executor a comité creates. */
export interface NewWerkgroep {
  comite: ComiteKey;
  kind: UitvoerderKind;
  name: string;
  mandate: string;
  overleggroep?: Overleggroep | null;
}

/** The texts of a push message on the SharePoint page. */
export interface BerichtText {
  title: string;
  body: string;
}

/** The lists of the proposals view, one for each role's work. */
export interface ProposalLists {
  /** The proposals of one dienst, newest first, a page at a time. */
  dienstProposals(dienst: Dienst): Promise<Page<ProposalItem>>;
  /** The submitted proposals of a dienst waiting for its diensthoofd, oldest first. */
  validationQueue(dienst: Dienst): Promise<ProposalItem[]>;
  /** Every proposal waiting for the directiecomité (validated or put on an agenda). */
  directiecomiteProposals(): Promise<ProposalItem[]>;
  /** The proposals routed to the given comités that are not finished yet. */
  comiteProposals(comites: readonly ComiteKey[]): Promise<ProposalItem[]>;
}

/**
 * The improvement proposals of SD2 as the UI uses them: every read of a view is one round trip, every write carries the
 * ETag it read, every create its client id; decisions are logged and notified.
 */
export interface ProposalRepository extends ProposalLists {
  /** The signed-in user with their roles, dienst and chaired comités, and the organisation, in one round trip. */
  me(): Promise<{ user: ProposalUser; organisation: Organisation }>;
  /**
   * Starts the reads of the first list the user opened on last time on this device (without that hint: of every role's
   * first list) in the current round trip: called in the tick that asks {@link me}, the view's first list comes with who
   * the user is. The first list asked is taken from those reads when it is among them (else read anew) and remembered
   * for the next visit; every other ask reads anew.
   */
  openLists(): Promise<ProposalLists>;
  /** One proposal with its decision log (reconciled with the list), feedback cascade and files. */
  detail(itemId: number): Promise<ProposalDetail>;
  /** Writes a decision the log misses because the status was changed in the list; returns the stored entry or null when the user may not. */
  writeReconciled(detail: ProposalDetail, decision: LoggedDecision): Promise<LoggedDecision | null>;
  /** Submits a draft as a new proposal, exactly once, even when the network fails or SharePoint throttles. */
  submit(draft: ProposalDraft, user: ProposalUser): Promise<SubmitOutcome>;
  /** The submits that wait in the browser for SharePoint (after a network error or with the tab closed offline). */
  pendingSubmits(): { clientId: string; title: string; queuedAt: string }[];
  /** Sends submits and log entries that waited in the browser; returns how many proposals reached SharePoint. */
  resumePending(user: ProposalUser): Promise<number>;
  /** Saves the texts of a proposal the team is (re)working, with the ETag read. */
  saveContent(proposal: ProposalItem, dienst: Dienst, content: ProposalContent): Promise<string>;
  /** Takes a decision: checks it, writes it with the ETag read (a concurrent change fails with 412), logs and notifies. */
  decide(
    proposal: ProposalItem,
    action: ProposalAction,
    input: DecisionInput & AssignmentTarget,
    user: ProposalUser,
    organisation: Organisation,
  ): Promise<DecisionOutcome>;
  /** Records progress on a proposal in execution, with the ETag read. */
  recordProgress(proposal: ProposalItem, notes: string): Promise<string>;
  /** Ticks one step of the feedback cascade after a decision, with the date it was held. */
  recordCascadeStep(proposal: ProposalItem, decisionId: number, step: CascadeStepKey, dienst: Dienst | null, heldOn: string, user: ProposalUser): Promise<void>;
  /** Publishes a decision as a Bericht on the SharePoint page and ticks the push-message step. */
  publishDecision(proposal: ProposalItem, decisionId: number, text: BerichtText, user: ProposalUser): Promise<void>;
  /** The active executors: every comité's werkgroepen and the standing bodies (Q-team, Voertuigcomité, Cel GWB, overleggroepen). */
  werkgroepen(): Promise<WerkgroepInfo[]>;
  /** Creates a new (ad hoc) werkgroep for a comité. */
  createWerkgroep(werkgroep: NewWerkgroep): Promise<WerkgroepInfo>;
  /** Adds files to a proposal. */
  addAttachments(itemId: number, files: readonly NewAttachment[]): Promise<void>;
  /**
   * The korpsleiding's oversight: every proposal in the flow and the newest ones, checked against their decision log
   * and version history; returns those with findings ("gewijzigd buiten de app"). `progress` hears how far it is.
   */
  integrityCheck(progress?: (checked: number, total: number) => void): Promise<IntegrityReport>;
}

/** What the oversight check found. */
export interface IntegrityReport {
  checked: number;
  flagged: { proposal: ProposalItem; findings: IntegrityFinding[] }[];
}
