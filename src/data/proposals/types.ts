import type { IntegrityFinding } from '../../domain/proposal/integrity';
import type { Dienst, GroupKey } from '../groups';
import type { CascadeStepKey } from '../../domain/proposal/cascade';
import type { ComiteKey, Uitvoerder, UitvoerderKind, Overleggroep } from '../../domain/proposal/bodies';
import type { Proposal, ProposalAction, ProposalActor, ProposalRole } from '../../domain/proposal/proposal';
import type { ProposalStatus } from '../../domain/proposal/statuses';
import type { ReportLink } from '../verslagen/types';

/** A proposal as the Verbetervoorstellen list holds it: the domain proposal plus what SharePoint adds. */
export interface ProposalItem extends Proposal {
  /** The SharePoint item id, shown to users as the proposal's number. */
  itemId: number;
  /** The ETag read with the item; every write sends it back. */
  etag: string;
  authorId: number;
  /** Who changed the item last (in the app or directly in the list). */
  editor: { id: number; name: string };
  modified: string;
  /** When the app took the last decision (a status changed directly in the list leaves it as it was). */
  lastDecisionAt: string | null;
  /** The reason the app stored with the last decision it took. */
  lastDecisionReason: string | null;
  /** The Werkgroepen item the proposal is assigned to (a werkgroep or a standing body), if any. */
  werkgroepId: number | null;
  progressNotes: string;
  outcome: string;
  hasAttachments: boolean;
}

/** A decision as the Beslissingen log holds it, or as reconciled from a status changed directly in the list. */
export interface LoggedDecision {
  /** The log entry's item id; null while a reconciled change is not written yet. */
  entryId: number | null;
  clientId: string;
  /** Null for a jump made in the list that no action of the flow explains. */
  action: ProposalAction | null;
  from: ProposalStatus;
  to: ProposalStatus;
  actor: { id: string; name: string };
  /** The role the actor acted in; null when the status was changed directly in the SharePoint list. */
  actingAs: ProposalRole | null;
  at: string;
  reason: string | null;
  comite: ComiteKey | null;
  uitvoerder: Uitvoerder | null;
  agendaMeeting: string | null;
  /** True when the status was changed directly in the SharePoint list rather than through the app. */
  inList: boolean;
  /** The name the entry gives when it is not its author's (`Author`, set by SharePoint, is who wrote it). */
  namedAs: string | null;
  /** False when its author was not entitled to the action for this proposal: shown, but it moves nothing. */
  counts: boolean;
}

/** One ticked step of the feedback cascade after a decision. */
export interface CascadeEntry {
  entryId: number;
  /** The log entry of the decision the feedback is about. */
  decisionId: number;
  step: CascadeStepKey;
  dienst: Dienst | null;
  /** The folder of the decision log the tick lies in: a dienst's tick counts only from that dienst's folder. */
  folder: string | null;
  /** The date the step was held (ISO), as the person who ticked it gave it. */
  heldOn: string;
  recordedBy: string;
  /** Who ticked it, as SharePoint recorded it (`Author`). */
  authorId: number;
}

/** A file attached to a proposal. */
export interface Attachment {
  name: string;
  url: string;
}

/** Everything the page of one proposal shows: the proposal, its decisions (oldest first), the cascade, the files. */
export interface ProposalDetail {
  proposal: ProposalItem;
  decisions: LoggedDecision[];
  cascade: CascadeEntry[];
  attachments: Attachment[];
  /** What SharePoint recorded that the flow does not explain ("gewijzigd buiten de app"); empty when all is in order. */
  findings: IntegrityFinding[];
  /** The published reports (directiecomité, newsletter) that record its decisions. */
  reports: ReportLink[];
}

/** A structural comité as the Comites list holds it. */
export interface ComiteInfo {
  itemId: number;
  key: ComiteKey;
  chairId: number | null;
  chairName: string | null;
  /** The comité's members besides its chair: with the chair, they hold the turn on proposals routed to it. */
  memberIds: number[];
  rhythm: string;
}

/** An executor a comité can assign proposals to, as the Werkgroepen list holds it. */
export interface WerkgroepInfo {
  itemId: number;
  name: string;
  comite: ComiteKey;
  kind: UitvoerderKind;
  overleggroep: Overleggroep | null;
  adHoc: boolean;
  mandate: string;
  chairId: number | null;
}

/** Who heads a dienst, who is its middenkader and who sits in its team Q&W (site user ids). */
export interface DienstRoster {
  dienst: Dienst;
  headId: number | null;
  middleManagerIds: number[];
  teamQWIds: number[];
}

/** The signed-in user as the proposal flow sees them. */
export interface ProposalUser {
  /** The site user id. */
  userId: number;
  login: string;
  name: string;
  groups: GroupKey[];
  actor: ProposalActor;
}

/** One page of a long list and the way to the next page (null on the last page). */
export interface Page<T> {
  items: T[];
  next: (() => Promise<Page<T>>) | null;
}
