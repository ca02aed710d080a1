import type { DecisionRecord } from '../../domain/proposal/proposal';
import { unloggedChange } from '../../domain/proposal/reconcile';
import { uitvoerderName } from '../../domain/proposal/bodies';
import { BESLISSINGEN, fieldNames } from '../schema';
import type { NewItem } from '../createOnce';
import { ACTING_IN_LIST, comiteChoice, overleggroepChoice, uitvoerderKindChoice } from './mapper';
import type { LoggedDecision, ProposalItem } from './types';

const B = fieldNames(BESLISSINGEN);

/** The longest client id the lists accept. */
const CLIENT_ID_MAX = 64;

/**
 * The client id of the log entry of a decision, made from the proposal and the ETag the decision left on it: the
 * entry written from the browser's outbox after a network error and the one reconciled from the list by someone else
 * are then the same entry, never two.
 */
export function decisionClientId(itemId: number, etag: string): string {
  return `besl-${itemId}-${etag.replace(/[^0-9A-Za-z,-]/g, '')}`.slice(0, CLIENT_ID_MAX);
}

/** A decision the app just took, as its log entry will read. */
export function loggedFromRecord(record: DecisionRecord, clientId: string): LoggedDecision {
  return { ...record, entryId: null, clientId, inList: false, namedAs: null, counts: true };
}

/** The fields of the Beslissingen entry of a decision. */
export function decisionFields(proposal: Pick<ProposalItem, 'itemId' | 'title' | 'dienst'>, decision: LoggedDecision): NewItem {
  const uitvoerder = decision.uitvoerder;
  return {
    [B.Title]: `${decision.to}: ${proposal.title}`.slice(0, 255),
    [B.ClientId]: decision.clientId,
    [B.EntryKind]: 'Beslissing',
    [B.ProposalId]: proposal.itemId,
    [B.Action]: decision.action,
    [B.FromStatus]: decision.from,
    [B.ToStatus]: decision.to,
    [B.ActingAs]: decision.inList ? ACTING_IN_LIST : decision.actingAs,
    [B.Reason]: decision.reason,
    [B.ActorName]: decision.actor.name,
    [B.At]: decision.at,
    [B.Comite]: decision.comite ? comiteChoice(decision.comite) : null,
    [B.UitvoerderKind]: uitvoerder ? uitvoerderKindChoice(uitvoerder.kind) : null,
    [B.Overleggroep]: uitvoerder ? overleggroepChoice(uitvoerder.overleggroep) : null,
    [B.UitvoerderName]: uitvoerder ? uitvoerderName(uitvoerder) : null,
    [B.AgendaDate]: decision.agendaMeeting,
    [B.Dienst]: proposal.dienst,
  } as NewItem;
}

/**
 * The decision the log misses when the proposal's status differs from the last logged one (oldest-first log): a
 * decision the app took but could not log yet (it left its time and reason on the item), or a status changed directly
 * in the SharePoint list (by the item's last editor, at its last change, without a reason).
 */
export function reconciledDecision(proposal: ProposalItem, log: readonly LoggedDecision[]): LoggedDecision | null {
  const last = log.length > 0 ? log[log.length - 1] : null;
  const change = unloggedChange(proposal.status, last ? last.to : null);
  if (!change) return null;
  const lastLoggedAt = last ? Date.parse(last.at) : -Infinity;
  const byApp = proposal.lastDecisionAt !== null && Date.parse(proposal.lastDecisionAt) > lastLoggedAt;
  return {
    entryId: null,
    clientId: decisionClientId(proposal.itemId, proposal.etag),
    action: change.action,
    from: change.from,
    to: change.to,
    actor: { id: String(proposal.editor.id), name: proposal.editor.name },
    actingAs: null,
    at: byApp ? (proposal.lastDecisionAt as string) : proposal.modified,
    reason: byApp ? proposal.lastDecisionReason : null,
    comite: proposal.comite,
    uitvoerder: proposal.uitvoerder,
    agendaMeeting: proposal.agendaMeeting,
    inList: !byApp,
    namedAs: null,
    counts: true,
  };
}
