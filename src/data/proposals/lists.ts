import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { IItems } from '@pnp/sp/items';
import type { ComiteKey } from '../../domain/proposal/bodies';
import type { ProposalStatus } from '../../domain/proposal/statuses';
import type { Dienst } from '../groups';
import { inOneRoundTrip } from '../oneRoundTrip';
import { VERBETERVOORSTELLEN, fieldNames } from '../schema';
import { comiteChoice, toProposal, type ProposalJson } from './mapper';
import { inStatus, literal, ofDienst, STEP_LIMIT } from './queries';
import type { Page, ProposalItem } from './types';

const F = fieldNames(VERBETERVOORSTELLEN);

/** Proposals shown per page in the long lists. */
export const PAGE_SIZE = 25;

/**
 * One page of a long list, newest first, and the way to the next (after the last item's id). The page is read on
 * `root` (a batched root for a view's first paint), the next ones on `sp` on their own (a batch that went out takes
 * no more reads).
 */
async function page(sp: SPFI, build: (root: SPFI) => IItems, root: SPFI, afterId?: number): Promise<Page<ProposalItem>> {
  const query = afterId === undefined ? build(root) : build(root).skip(afterId);
  const rows: ProposalJson[] = await query.top(PAGE_SIZE + 1)();
  const items = rows.slice(0, PAGE_SIZE).map(toProposal);
  const last = items[items.length - 1];
  return { items, next: rows.length > PAGE_SIZE ? () => page(sp, build, sp, last.itemId) : null };
}

/** A dienst's proposals, page by page (the team Q&W's list); the first page read on `first` (e.g. a batched root). */
export function readDienstProposals(sp: SPFI, dienst: Dienst, first: SPFI = sp): Promise<Page<ProposalItem>> {
  return page(sp, (root) => ofDienst(root, dienst), first);
}

/** The diensthoofd's queue: the dienst's submitted proposals, oldest first. */
export async function readValidationQueue(sp: SPFI, dienst: Dienst): Promise<ProposalItem[]> {
  // oldest first: a resubmitted proposal keeps its place (submits carry no date of their own; the id orders them)
  const rows: ProposalJson[] = await inStatus(sp, 'Ingediend', 'ID', `${F.Dienst} eq ${literal(dienst)}`).top(STEP_LIMIT)();
  return rows.map(toProposal);
}

/** The directiecomité's agenda: validated proposals and those already on a meeting's agenda. */
export async function readDirectiecomiteProposals(sp: SPFI): Promise<ProposalItem[]> {
  const [validated, scheduled] = await inOneRoundTrip(sp, (b): Promise<[ProposalJson[], ProposalJson[]]> =>
    Promise.all([inStatus(b, 'Gevalideerd', F.SubmittedAt).top(STEP_LIMIT)(), inStatus(b, 'Op agenda directiecomité', F.AgendaDate).top(STEP_LIMIT)()]),
  );
  return validated.concat(scheduled).map(toProposal);
}

/** The steps of a comité's work, in the order the chair's view shows them. */
const COMITE_STEPS: readonly ProposalStatus[] = ['Toegewezen aan comité', 'Toegewezen aan uitvoerder', 'In uitvoering'];

/** Queues the reads of one comité's work (on a root that may be batched): each step, oldest decision first. */
export function requestComiteWork(sp: SPFI, comite: ComiteKey): Promise<ProposalJson[][]> {
  const ofComite = `${F.Comite} eq ${literal(comiteChoice(comite))}`;
  return Promise.all(COMITE_STEPS.map((status) => inStatus(sp, status, F.LastDecisionAt, ofComite).top(STEP_LIMIT)()));
}

/** Oldest decision first (none first, as SharePoint sorts), then by id. */
const byLastDecision = (a: ProposalItem, b: ProposalItem): number =>
  (a.lastDecisionAt || '').localeCompare(b.lastDecisionAt || '') || a.itemId - b.itemId;

/** The work of several comités as one list: per step, the oldest decisions first, at most {@link STEP_LIMIT}. */
export function mergeComiteWork(perComite: readonly ProposalJson[][][]): ProposalItem[] {
  return COMITE_STEPS.reduce<ProposalItem[]>((all, _status, step) => {
    const items = perComite.reduce<ProposalJson[]>((rows, work) => rows.concat(work[step]), []).map(toProposal);
    return all.concat(perComite.length > 1 ? items.sort(byLastDecision).slice(0, STEP_LIMIT) : items);
  }, []);
}

/** The work of the comités a chair leads: assigned, with an uitvoerder, in progress. */
export async function readComiteProposals(sp: SPFI, comites: readonly ComiteKey[]): Promise<ProposalItem[]> {
  if (comites.length === 0) return [];
  return mergeComiteWork(await inOneRoundTrip(sp, (b) => Promise.all(comites.map((c) => requestComiteWork(b, c)))));
}
