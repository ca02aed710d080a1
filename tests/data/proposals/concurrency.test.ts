import type { Queryable } from '@pnp/queryable';
import type { TimelinePipe } from '@pnp/core';
import { spfi, type SPFI } from '@pnp/sp';
import type { ProposalContent } from '../../../src/domain/proposal/proposal';
import { newClientId } from '../../../src/data/clientId';
import { VERBETERVOORSTELLEN } from '../../../src/data/schema';
import { memoryStore } from '../../../src/data/proposals/storage';
import type { ProposalItem } from '../../../src/data/proposals/types';
import { HILDE, KAREL, LOTTE, MARC, startProposalSite, type ProposalSite } from './harness';

let site: ProposalSite;
beforeAll(async () => {
  site = await startProposalSite();
}, 60000);
afterAll(() => site?.close());

const content = (title: string): ProposalContent => ({
  title,
  problem: 'Het probleem.',
  improvement: 'De verbetering.',
  description: '',
  topic: 'Operationele werking',
  costEstimate: null,
});

async function submitted(title: string): Promise<number> {
  const repo = await site.repoAs(LOTTE);
  const { user } = await repo.me();
  const outcome = await repo.submit({ clientId: newClientId(), dienst: 'Interventie', content: content(title) }, user);
  if (outcome.status !== 'created') throw new Error('not created');
  return outcome.itemId;
}

async function countByTitle(title: string): Promise<number> {
  const rows: unknown[] = await site.admin.web.lists.getByTitle(VERBETERVOORSTELLEN.title).items.filter(`Title eq '${title}'`).select('Id')();
  return rows.length;
}

/** Lets the first `count` creates reach SharePoint and then loses the answer, as a dropped connection does. */
function losingAnswers(count: number): TimelinePipe<Queryable> {
  let left = count;
  return (instance: Queryable) => {
    instance.on.send.replace(async (url: URL, init: RequestInit) => {
      const response = await fetch(url.toString(), init);
      if (init.method === 'POST' && /\/items$/i.test(url.pathname) && left > 0) {
        left--;
        throw new TypeError('fetch failed');
      }
      return response;
    });
    return instance;
  };
}

describe('two people deciding on one proposal at once', () => {
  it('lets exactly one of two directiecomité members win; the other gets 412 and nothing of theirs is stored', async () => {
    const itemId = await submitted('Gelijktijdig beslist');
    const karels = await site.repoAs(KAREL);
    const karel = await karels.me();
    await karels.decide((await karels.detail(itemId)).proposal, 'validate', {}, karel.user, karel.organisation);

    const hildes = await site.repoAs(HILDE);
    const marcs = await site.repoAs(MARC);
    const hilde = await hildes.me();
    const marc = await marcs.me();
    const seenByHilde = (await hildes.directiecomiteProposals()).filter((p) => p.itemId === itemId)[0];
    const seenByMarc = (await marcs.directiecomiteProposals()).filter((p) => p.itemId === itemId)[0];
    expect(seenByHilde.etag).toBe(seenByMarc.etag);

    const results = await Promise.allSettled([
      hildes.decide(seenByHilde, 'route', { comite: 'operationeel-comite', reason: 'Werkafspraak.' }, hilde.user, hilde.organisation),
      marcs.decide(seenByMarc, 'rejectByDirectiecomite', { reason: 'Niet nodig.' }, marc.user, marc.organisation),
    ]);
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(rejected).toHaveLength(1);
    expect(rejected[0].reason).toMatchObject({ status: 412 });

    const detail = await hildes.detail(itemId);
    const winner = results[0].status === 'fulfilled' ? 'route' : 'rejectByDirectiecomite';
    expect(detail.proposal.status).toBe(winner === 'route' ? 'Toegewezen aan comité' : 'Afgewezen');
    expect(detail.decisions.map((d) => d.action)).toEqual(['submit', 'validate', winner]);
    expect(detail.decisions.every((d) => d.entryId !== null)).toBe(true);
  });

  it('refuses a diensthoofd working from a page read before another tab decided (no lost update)', async () => {
    const itemId = await submitted('Twee tabbladen');
    const tabA = await site.repoAs(KAREL);
    const tabB = await site.repoAs(KAREL);
    const karel = await tabA.me();
    const stale: ProposalItem = (await tabB.validationQueue('Interventie')).filter((p) => p.itemId === itemId)[0];
    await tabA.decide(stale, 'return', { reason: 'Wie houdt dit bij?' }, karel.user, karel.organisation);
    await expect(tabB.decide(stale, 'validate', {}, karel.user, karel.organisation)).rejects.toMatchObject({ status: 412 });
    const detail = await tabA.detail(itemId);
    expect(detail.proposal).toMatchObject({ status: 'Teruggestuurd', lastDecisionReason: 'Wie houdt dit bij?' });
    expect(detail.decisions.map((d) => d.action)).toEqual(['submit', 'return']);
  });
});

describe('a submit that meets a network error or throttling', () => {
  it('creates exactly one proposal when the answer to the create is lost twice', async () => {
    // a root of its own: `using` changes the root it is called on
    const sp: SPFI = spfi(await site.as(LOTTE)).using(losingAnswers(2));
    const repo = await site.repoAs(LOTTE, { sp });
    const { user } = await repo.me();
    const outcome = await repo.submit({ clientId: newClientId(), dienst: 'Interventie', content: content('Antwoord verloren') }, user);
    expect(outcome.status).toBe('created');
    expect(await countByTitle('Antwoord verloren')).toBe(1);
  });

  it('creates exactly one proposal through a 429 storm', async () => {
    const repo = await site.repoAs(LOTTE);
    const { user } = await repo.me();
    site.ls.throttleNext(5, 0);
    const outcome = await repo.submit({ clientId: newClientId(), dienst: 'Interventie', content: content('Door de storm') }, user);
    expect(outcome.status).toBe('created');
    expect(await countByTitle('Door de storm')).toBe(1);
  });

  it('keeps a submit SharePoint keeps refusing, sends it once later, and a second resume sends nothing', async () => {
    const store = memoryStore();
    const repo = await site.repoAs(LOTTE, { store });
    const { user } = await repo.me();
    site.ls.throttleNext(40, 0);
    const outcome = await repo.submit({ clientId: newClientId(), dienst: 'Interventie', content: content('Later verstuurd') }, user);
    site.ls.throttleNext(0);
    expect(outcome.status).toBe('queued');
    expect(repo.pendingSubmits().map((p) => p.title)).toEqual(['Later verstuurd']);
    expect(await countByTitle('Later verstuurd')).toBe(0);

    // the tab is closed and opened again: a new repository on the same browser storage
    const reopened = await site.repoAs(LOTTE, { store });
    expect(await reopened.resumePending(user)).toBe(1);
    expect(await reopened.resumePending(user)).toBe(0);
    expect(await countByTitle('Later verstuurd')).toBe(1);
    const [row] = await site.admin.web.lists.getByTitle(VERBETERVOORSTELLEN.title).items.filter("Title eq 'Later verstuurd'").select('Id')();
    expect((await reopened.detail(row.Id)).decisions.map((d) => [d.action, d.inList])).toEqual([['submit', false]]);
  });
});

describe('a notification that meets throttling or a lost network', () => {
  it('keeps the Teams notification Graph throttled and sends it once when the app resumes', async () => {
    const store = memoryStore();
    const lottes = await site.repoAs(LOTTE);
    const submitted = await lottes.submit({ clientId: newClientId(), dienst: 'Interventie', content: content('Teams later') }, (await lottes.me()).user);
    const itemId = submitted.status === 'created' ? submitted.itemId : 0;
    const realFetch = global.fetch;
    let throttled = 0;
    // Graph answers 429 to every activity notification for a while
    global.fetch = (async (url: string | URL | Request, init?: RequestInit) => {
      if (String(url).indexOf('sendActivityNotification') >= 0 && throttled < 3) {
        throttled++;
        return new Response(null, { status: 429, headers: { 'Retry-After': '0' } });
      }
      return realFetch(url, init);
    }) as typeof fetch;
    const karels = await site.repoAs(KAREL, { store });
    const karel = await karels.me();
    const before = site.ls.notifications().length;
    try {
      const outcome = await karels.decide((await karels.detail(itemId)).proposal, 'validate', {}, karel.user, karel.organisation);
      expect(outcome.notified.failed).toBeGreaterThan(0);
    } finally {
      global.fetch = realFetch;
    }
    expect(site.ls.notifications().length).toBe(before);
    await karels.resumePending(karel.user);
    const sent = site.ls.notifications().slice(before) as { activityType: string }[];
    expect(sent.length).toBe(throttled);
    await karels.resumePending(karel.user);
    expect(site.ls.notifications().length).toBe(before + throttled);
  });
});
