import { newClientId } from '../src/data/clientId';
import { secureFlow } from '../src/data/proposals/folders';
import { PnpProposalRepository } from '../src/data/proposals/pnpProposalRepository';
import { memoryStore } from '../src/data/proposals/storage';
import { VERBETERVOORSTELLEN } from '../src/data/schema';
import { organisedSite, proposalRows } from './proposals';

const TOTAL = 20000;

/** SharePoint Online's unique permission scopes per list: recommended and hard limit. */
const SCOPES_RECOMMENDED = 5000;
const SCOPES_LIMIT = 50000;

/**
 * `npm run bench`: the cost of the permission model (docs/security.md) with 20,000 proposals: migrating a site of the
 * first version (every proposal secured for its state), a second, idempotent run, the requests and milliseconds of a
 * decision that hands the turn on, and how many items hold their own permissions against SharePoint Online's limits.
 */
export async function benchPermissions(): Promise<Record<string, number | string>> {
  const { ls, as } = await organisedSite();
  ls.bulkInsertItemsForTests(VERBETERVOORSTELLEN.title, proposalRows(TOTAL), 'lotte.wouters@pzcarma.be');
  const repoAs = async (login: string): Promise<PnpProposalRepository> =>
    new PnpProposalRepository({ sp: await as(login), siteUrl: ls.siteUrl, store: memoryStore(), topic: 'Integriteit CARMA' });
  const timed = async <T>(work: () => Promise<T>): Promise<{ value: T; requests: number; ms: number }> => {
    ls.clearRequestLog();
    const started = performance.now();
    const value = await work();
    return { value, requests: ls.requestLog().length, ms: Math.round(performance.now() - started) };
  };
  try {
    const admin = await as('ilse.thys@pzcarma.be');
    const migration = await timed(() => secureFlow(admin));
    const rerun = await timed(() => secureFlow(admin));
    let unique = 0;
    let afterId = 0;
    for (;;) {
      const query = admin.web.lists.getByTitle(VERBETERVOORSTELLEN.title).items.select('Id', 'HasUniqueRoleAssignments').top(5000);
      const rows: { Id: number; HasUniqueRoleAssignments: boolean }[] = await (afterId > 0 ? query.skip(afterId) : query)();
      unique += rows.filter((r) => r.HasUniqueRoleAssignments).length;
      if (rows.length < 5000) break;
      afterId = rows[rows.length - 1].Id;
    }
    const lotte = await repoAs('lotte.wouters@pzcarma.be');
    const lotteUser = (await lotte.me()).user;
    const content = { title: 'Bench', problem: 'Probleem.', improvement: 'Verbetering.', description: '', topic: 'Andere' as const, costEstimate: null };
    const submit = await timed(() => lotte.submit({ clientId: newClientId(), dienst: 'Interventie', content }, lotteUser));
    const itemId = submit.value.status === 'created' ? submit.value.itemId : 0;
    const karel = await repoAs('karel.peeters@pzcarma.be');
    const k = await karel.me();
    const proposal = (await karel.detail(itemId)).proposal;
    const validate = await timed(() => karel.decide(proposal, 'validate', {}, k.user, k.organisation));
    const hilde = await repoAs('hilde.goossens@pzcarma.be');
    const h = await hilde.me();
    const validated = (await hilde.detail(itemId)).proposal;
    const route = await timed(() => hilde.decide(validated, 'route', { comite: 'aankoopcomite', reason: 'Aankoop.' }, h.user, h.organisation));
    return {
      'proposals in the list': TOTAL,
      'migration (first run): ms': migration.ms,
      'migration (first run): requests': migration.requests,
      'migration (first run): proposals whose permissions changed': migration.value.proposalsSecured,
      'second run: ms': rerun.ms,
      'second run: requests': rerun.requests,
      'second run: proposals changed': rerun.value.proposalsSecured,
      'items holding their own permissions': unique,
      [`against ${SCOPES_RECOMMENDED.toLocaleString('en')} recommended / ${SCOPES_LIMIT.toLocaleString('en')} limit`]: `${Math.round((unique / SCOPES_RECOMMENDED) * 100)}% / ${Math.round((unique / SCOPES_LIMIT) * 100)}%`,
      'submit into the dienst folder: requests': submit.requests,
      'submit: ms': submit.ms,
      'validate (update + hand-over + log + notifications): requests': validate.requests,
      'validate: ms': validate.ms,
      'route: requests': route.requests,
      'route: ms': route.ms,
    };
  } finally {
    await ls.close();
  }
}
