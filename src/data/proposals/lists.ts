import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { IItems } from '@pnp/sp/items';
import type { ComiteKey } from '../../domain/proposal/bodies';
import type { Dienst } from '../groups';
import { inOneRoundTrip } from '../oneRoundTrip';
import { VERBETERVOORSTELLEN, fieldNames } from '../schema';
import { comiteChoice, toProposal, type ProposalJson } from './mapper';
import { inStatus, literal, ofDienst, STEP_LIMIT } from './queries';
import type { Page, ProposalItem } from './types';

const F = fieldNames(VERBETERVOORSTELLEN);

/** Proposals shown per page in the long lists. */
export const PAGE_SIZE = 25;

/** One page of a long list, newest first, and the way to the next (after the last item's id). */
async function page(build: () => IItems, afterId?: number): Promise<Page<ProposalItem>> {
  const query = afterId === undefined ? build() : build().skip(afterId);
  const rows: ProposalJson[] = await query.top(PAGE_SIZE + 1)();
  const items = rows.slice(0, PAGE_SIZE).map(toProposal);
  const last = items[items.length - 1];
  return { items, next: rows.length > PAGE_SIZE ? () => page(build, last.itemId) : null };
}

/** A dienst's proposals, page by page (the team Q&W's list). */
export function readDienstProposals(sp: SPFI, dienst: Dienst): Promise<Page<ProposalItem>> {
  return page(() => ofDienst(sp, dienst));
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

/** The work of the comités a chair leads: assigned, with an uitvoerder, in progress. */
export async function readComiteProposals(sp: SPFI, comites: readonly ComiteKey[]): Promise<ProposalItem[]> {
  if (comites.length === 0) return [];
  const ofComites = comites.map((c) => `${F.Comite} eq ${literal(comiteChoice(c))}`).join(' or ');
  const rows = await inOneRoundTrip(sp, (b): Promise<[ProposalJson[], ProposalJson[], ProposalJson[]]> =>
    Promise.all([
      inStatus(b, 'Toegewezen aan comité', F.LastDecisionAt, ofComites).top(STEP_LIMIT)(),
      inStatus(b, 'Toegewezen aan uitvoerder', F.LastDecisionAt, ofComites).top(STEP_LIMIT)(),
      inStatus(b, 'In uitvoering', F.LastDecisionAt, ofComites).top(STEP_LIMIT)(),
    ]),
  );
  return rows[0].concat(rows[1], rows[2]).map(toProposal);
}
