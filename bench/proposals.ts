import type { SPFI } from '@pnp/sp';
import { provisionSite, seedContextFor } from '../devserver/app';
import { startLocalSharePoint, type LocalSharePoint } from '../devserver/http/server';
import { PROPOSAL_STATUSES, PROPOSAL_TOPICS, type ProposalStatus } from '../src/domain/proposal/statuses';
import { DIENSTEN } from '../src/data/groups';
import { PnpProposalRepository } from '../src/data/proposals/pnpProposalRepository';
import { memoryStore } from '../src/data/proposals/storage';
import { VERBETERVOORSTELLEN } from '../src/data/schema';
import { proposalBodiesSeeder, seedDemoOrganisation } from '../seed/proposals-demo';
import type { SeedContext } from '../seed/types';

/** How a zone's proposals spread over the statuses after some years: most are closed, few wait at each step. */
const STATUS_WEIGHTS: Readonly<Record<ProposalStatus, number>> = {
  Concept: 10,
  Ingediend: 15,
  Teruggestuurd: 10,
  Afgewezen: 150,
  Gevalideerd: 8,
  'Op agenda directiecomité': 4,
  'Toegewezen aan comité': 20,
  'Toegewezen aan uitvoerder': 20,
  'In uitvoering': 40,
  Gerealiseerd: 550,
  'Niet weerhouden': 173,
};

const WEIGHT_TOTAL = PROPOSAL_STATUSES.reduce((sum, s) => sum + STATUS_WEIGHTS[s], 0);
const DAY_MS = 86400000;

/** The status of the n-th generated proposal, following {@link STATUS_WEIGHTS} (deterministic). */
function statusOf(n: number): ProposalStatus {
  let slot = (n * 7919) % WEIGHT_TOTAL;
  for (const status of PROPOSAL_STATUSES) {
    slot -= STATUS_WEIGHTS[status];
    if (slot < 0) return status;
  }
  return 'Gerealiseerd';
}

/** `count` proposal items spread over the diensten, topics, statuses and the last five years, as the list stores them. */
export function proposalRows(count: number, now: Date = new Date()): Record<string, unknown>[] {
  return Array.from({ length: count }, (_v, i) => {
    const n = i + 1;
    const status = statusOf(n);
    const submitted = new Date(now.getTime() - ((n * 37) % 1800) * DAY_MS).toISOString();
    return {
      Title: `Voorstel ${n}`,
      ClientId: `bench-${n}`,
      Problem: 'Het probleem vandaag.',
      Improvement: 'De voorgestelde verbetering.',
      Dienst: DIENSTEN[n % DIENSTEN.length],
      Topic: PROPOSAL_TOPICS[n % PROPOSAL_TOPICS.length],
      Status: status,
      Comite: ['Toegewezen aan comité', 'Toegewezen aan uitvoerder', 'In uitvoering', 'Gerealiseerd', 'Niet weerhouden'].indexOf(status) >= 0 ? 'Aankoopcomité' : null,
      SubmittedAt: status === 'Concept' ? null : submitted,
      LastDecisionAt: submitted,
    };
  });
}

/** A local SharePoint, provisioned, with the personas in their groups and the organisation of SD2 (diensten, comités, executors). */
export interface OrganisedSite {
  ls: LocalSharePoint;
  admin: SPFI;
  /** PnPjs as a persona (one root per persona). */
  as(login: string): Promise<SPFI>;
  ctx: SeedContext;
  /** The Werkgroepen items by name. */
  werkgroepen: Map<string, number>;
}

/** Starts a local SharePoint and brings it to {@link OrganisedSite}. */
export async function organisedSite(now: Date = new Date()): Promise<OrganisedSite> {
  const ls = await startLocalSharePoint();
  const admin = await provisionSite(ls);
  const ctx = seedContextFor(ls, admin, { now });
  const as = ctx.as;
  await proposalBodiesSeeder.run(ctx);
  return { ls, admin, as, ctx, werkgroepen: await seedDemoOrganisation(ctx) };
}

/** Requests and milliseconds a view needs to its first paint: the user of the flow, then the view's own read. */
async function firstPaint(ls: LocalSharePoint, load: () => Promise<number>): Promise<{ requests: number; ms: number; items: number }> {
  ls.clearRequestLog();
  const started = performance.now();
  const items = await load();
  return { requests: ls.requestLog().length, ms: Math.round(performance.now() - started), items };
}

const TOTAL = 20000;

/**
 * `npm run bench`: the team's proposals ("Onze voorstellen", Interventie) and the directiecomité's agenda with 20,000
 * proposals in the list. Every query filters on an indexed column first and pages, so the list view threshold (5,000)
 * is never reached; a read that crossed it would fail here with SharePoint's threshold error.
 */
export async function benchProposals(): Promise<Record<string, number | string>> {
  const { ls, as } = await organisedSite();
  ls.bulkInsertItemsForTests(VERBETERVOORSTELLEN.title, proposalRows(TOTAL), 'lotte.wouters@pzcarma.be');
  const repoAs = async (login: string): Promise<PnpProposalRepository> =>
    new PnpProposalRepository({ sp: await as(login), siteUrl: ls.siteUrl, store: memoryStore(), topic: 'Integriteit CARMA' });
  try {
    const lotte = await repoAs('lotte.wouters@pzcarma.be');
    await lotte.dienstProposals('Interventie'); // warm-up, not timed
    let second: () => Promise<number> = async () => 0;
    const team = await firstPaint(ls, async () => {
      const { user } = await lotte.me();
      const page = await lotte.dienstProposals(user.actor.dienst || 'Interventie');
      const next = page.next;
      if (next) second = async () => (await next()).items.length;
      return page.items.length;
    });
    const teamNext = await firstPaint(ls, second);
    const hilde = await repoAs('hilde.goossens@pzcarma.be');
    const agenda = await firstPaint(ls, async () => {
      await hilde.me();
      return (await hilde.directiecomiteProposals()).length;
    });
    const karel = await repoAs('karel.peeters@pzcarma.be');
    const queue = await firstPaint(ls, async () => {
      const { user } = await karel.me();
      return (await karel.validationQueue(user.actor.dienst || 'Interventie')).length;
    });
    return {
      'proposals in the list': TOTAL,
      'team list: requests to first paint (user + page)': team.requests,
      'team list: ms to first paint': team.ms,
      'team list: proposals on the first page': team.items,
      'team list, next page: requests': teamNext.requests,
      'team list, next page: ms': teamNext.ms,
      'agenda: requests to first paint (user + agenda batch)': agenda.requests,
      'agenda: ms to first paint': agenda.ms,
      'agenda: proposals waiting for the directiecomité': agenda.items,
      'validation queue: requests to first paint': queue.requests,
      'validation queue: ms to first paint': queue.ms,
    };
  } finally {
    await ls.close();
  }
}
