import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { LoggedDecisionLine } from '../../domain/verslagen/content';
import { DIENSTEN, type Dienst } from '../groups';
import { BESLISSINGEN, VERBETERVOORSTELLEN, fieldNames } from '../schema';
import { inOneRoundTrip, MAX_BATCH_REQUESTS } from '../oneRoundTrip';
import { dateLiteral } from './queries';
import { comiteFromChoice } from '../proposals/mapper';
import { PROPOSAL_ACTIONS } from '../../domain/proposal/rules';
import type { ProposalAction } from '../../domain/proposal/proposal';
import type { ProposalStatus } from '../../domain/proposal/statuses';

const B = fieldNames(BESLISSINGEN);
const F = fieldNames(VERBETERVOORSTELLEN);

/** Most decisions a report or newsletter reads for its period. */
const DECISIONS_LIMIT = 500;

interface LineJson {
  Id: number;
  ProposalId: number;
  Action: string | null;
  ToStatus: string | null;
  ActingAs: string | null;
  Reason: string | null;
  At: string;
  Comite: string | null;
  UitvoerderName: string | null;
  AgendaDate: string | null;
  Dienst: string | null;
}

/**
 * The decisions of the log taken in `[from, to)` (ISO instants; the indexed At first), with the titles of their
 * proposals (read by id, 20 at a time in one round trip).
 */
export async function decisionLinesBetween(sp: SPFI, from: string, to: string): Promise<LoggedDecisionLine[]> {
  const rows = await sp.web.lists
    .getByTitle(BESLISSINGEN.title)
    .items.select('Id', B.ProposalId, B.Action, B.ToStatus, B.ActingAs, B.Reason, B.At, B.Comite, B.UitvoerderName, B.AgendaDate, B.Dienst, B.EntryKind)
    .filter(`${B.At} ge ${dateLiteral(from)} and ${B.At} lt ${dateLiteral(to)} and ${B.EntryKind} eq 'Beslissing'`)
    .orderBy(B.At, true)
    .top(DECISIONS_LIMIT)<LineJson[]>();
  const ids = rows.map((r) => r.ProposalId).filter((id, i, all) => all.indexOf(id) === i);
  const titles = new Map<number, string>();
  for (let i = 0; i < ids.length; i += MAX_BATCH_REQUESTS) {
    const chunk = ids.slice(i, i + MAX_BATCH_REQUESTS);
    const found = await inOneRoundTrip(sp, (b) =>
      Promise.all(chunk.map((id) =>
        b.web.lists
          .getByTitle(VERBETERVOORSTELLEN.title)
          .items.select('Id', F.Title)
          .filter(`Id eq ${id}`)
          .top(1)<{ Id: number; Title: string }[]>(),
      )),
    );
    found.forEach((rowsOfId) => rowsOfId.forEach((p) => titles.set(p.Id, p.Title)));
  }
  return rows.map((r) => ({
    decisionId: r.Id,
    proposalId: r.ProposalId,
    proposalTitle: titles.get(r.ProposalId) || `#${r.ProposalId}`,
    dienst: DIENSTEN.indexOf(r.Dienst as Dienst) >= 0 ? (r.Dienst as Dienst) : null,
    action: PROPOSAL_ACTIONS.indexOf(r.Action as ProposalAction) >= 0 ? (r.Action as ProposalAction) : null,
    to: (r.ToStatus as ProposalStatus) || null,
    actingAs: r.ActingAs,
    comite: comiteFromChoice(r.Comite),
    uitvoerder: r.UitvoerderName,
    agendaMeeting: r.AgendaDate,
    reason: r.Reason,
    at: r.At,
  }));
}
