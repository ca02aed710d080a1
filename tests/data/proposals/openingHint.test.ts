import { organisedSite, proposalRows, type OrganisedSite } from '../../../bench/proposals';
import type { KeyValueStore } from '../../../src/data/storedJson';
import { PnpProposalRepository } from '../../../src/data/proposals/pnpProposalRepository';
import type { ProposalLists } from '../../../src/data/proposals/repository';
import { memoryStore } from '../../../src/data/proposals/storage';
import type { ProposalUser } from '../../../src/data/proposals/types';
import { VERBETERVOORSTELLEN } from '../../../src/data/schema';
import { HILDE, KAREL, LOTTE, TOM } from './harness';

let site: OrganisedSite;
beforeAll(async () => {
  site = await organisedSite();
  site.ls.bulkInsertItemsForTests(VERBETERVOORSTELLEN.title, proposalRows(600), LOTTE);
}, 120000);
afterAll(() => site?.ls.close());

const repoAs = async (login: string, store: KeyValueStore): Promise<PnpProposalRepository> =>
  new PnpProposalRepository({ sp: await site.as(login), siteUrl: site.ls.siteUrl, store, topic: 'Integriteit CARMA', login });

/** The first list a role opens on, asked as the proposals view asks it (from the user the round trip read). */
type FirstList = (lists: ProposalLists, user: ProposalUser) => Promise<unknown>;
const team: FirstList = (lists, user) => lists.dienstProposals(user.actor.dienst || 'Interventie').then((page) => page.items);
const queue: FirstList = (lists, user) => lists.validationQueue(user.actor.dienst || 'Interventie');
const agenda: FirstList = (lists) => lists.directiecomiteProposals();
const comite: FirstList = (lists, user) => lists.comiteProposals(user.actor.chairs);

/** One visit of the view: who the user is with the opening lists, then the first list; the round trips it took. */
async function visit(repo: PnpProposalRepository, first: FirstList): Promise<{ shown: unknown; requests: { parts?: number }[] }> {
  site.ls.clearRequestLog();
  const [{ user }, lists] = await Promise.all([repo.me(), repo.openLists()]);
  const shown = await first(lists, user);
  return { shown, requests: site.ls.requestLog().map((r) => ({ parts: r.parts })) };
}

/** The parts of the round trip that reads only who the user is (user, groups, organisation). */
async function userParts(login: string): Promise<number> {
  const repo = await repoAs(login, memoryStore());
  site.ls.clearRequestLog();
  await repo.me();
  const [batch] = site.ls.requestLog();
  return batch.parts as number;
}

const hintKey = (store: Map<string, string>): string[] => Array.from(store.keys()).filter((k) => k.indexOf('proposals.opening') >= 0);
/** A store that shows what it holds. */
function visibleStore(): KeyValueStore & { values: Map<string, string> } {
  const values = new Map<string, string>();
  return { values, getItem: (k) => values.get(k) ?? null, setItem: (k, v) => void values.set(k, v), removeItem: (k) => void values.delete(k) };
}

describe("the proposals view's opening hint", () => {
  it('without a hint reads every candidate list in the one round trip, and remembers the list the roles led to', async () => {
    const store = visibleStore();
    const lotte = await repoAs(LOTTE, store);
    const { shown, requests } = await visit(lotte, team);
    expect(requests).toHaveLength(1);
    // 15 team lists, 15 queues, the agenda (2), 5 comités × 3 steps, beside the user's own parts
    expect(requests[0].parts).toBe((await userParts(LOTTE)) + 15 + 15 + 2 + 15);
    expect(shown).toEqual(await team(lotte, (await lotte.me()).user));
    const [key] = hintKey(store.values);
    expect(key).toContain(LOTTE);
    expect(JSON.parse(store.values.get(key) as string)).toEqual({ list: 'team', dienst: 'Interventie' });
  });

  for (const [role, login, first, listParts] of [
    ['the team Q&W', LOTTE, team, 1],
    ['a diensthoofd', KAREL, queue, 1],
    ['the directiecomité', HILDE, agenda, 2],
    ['a comité chair', TOM, comite, 3],
  ] as [string, string, FirstList, number][]) {
    it(`confirmed by the roles, makes ${role}'s next visit one lean round trip with the same list`, async () => {
      const store = memoryStore();
      const repo = await repoAs(login, store);
      const firstVisit = await visit(repo, first);
      const second = await visit(await repoAs(login, store), first);
      expect(second.requests).toHaveLength(1);
      expect(second.requests[0].parts).toBe((await userParts(login)) + listParts);
      expect(second.shown).toEqual(firstVisit.shown);
    });
  }

  it('when the roles changed, reads the list they lead to in a second round trip and remembers it', async () => {
    const store = visibleStore();
    const lotte = await repoAs(LOTTE, store);
    // a hint from a time Lotte was in the Team Q&W of another dienst
    await visit(lotte, (lists) => lists.dienstProposals('Recherche'));
    const [key] = hintKey(store.values);
    expect(JSON.parse(store.values.get(key) as string)).toEqual({ list: 'team', dienst: 'Recherche' });

    const { shown, requests } = await visit(await repoAs(LOTTE, store), team);
    expect(requests).toHaveLength(2);
    expect(requests[0].parts).toBe((await userParts(LOTTE)) + 1);
    const anew = (await lotte.dienstProposals('Interventie')).items;
    expect(shown).toEqual(anew);
    expect(anew.length).toBeGreaterThan(0);
    expect(anew.every((p) => p.dienst === 'Interventie')).toBe(true);
    expect(JSON.parse(store.values.get(key) as string)).toEqual({ list: 'team', dienst: 'Interventie' });
    // and the visit after that is lean again
    expect((await visit(await repoAs(LOTTE, store), team)).requests).toHaveLength(1);
  });

  it("is one user's: another user on the same device reads every candidate", async () => {
    const store = memoryStore();
    await visit(await repoAs(LOTTE, store), team);
    const { requests } = await visit(await repoAs(KAREL, store), queue);
    expect(requests).toHaveLength(1);
    expect(requests[0].parts).toBe((await userParts(KAREL)) + 47);
  });

  it("is one person's whichever login form the host gives: the hosted tab's claims login, the web part's plain one, any case", async () => {
    const store = visibleStore();
    const hostGiving = async (login: string): Promise<PnpProposalRepository> =>
      new PnpProposalRepository({ sp: await site.as(LOTTE), siteUrl: site.ls.siteUrl, store, topic: 'Integriteit CARMA', login });
    await visit(await hostGiving(`i:0#.f|membership|${LOTTE}`), team);
    const { requests } = await visit(await hostGiving(LOTTE.toUpperCase()), team);
    expect(requests).toHaveLength(1);
    expect(requests[0].parts).toBe((await userParts(LOTTE)) + 1);
    expect(hintKey(store.values)).toHaveLength(1);
  });

  it('read from corrupt storage counts as none, and is replaced', async () => {
    for (const stored of ['{not json', '{"list":"team","dienst":"Nergens"}', '{"list":"comite","comites":[]}', '42', '[]']) {
      const store = visibleStore();
      store.values.set(`integriteit-carma.proposals.opening:${site.ls.siteUrl.toLowerCase()}:${LOTTE}`, stored);
      const { requests } = await visit(await repoAs(LOTTE, store), team);
      expect({ stored, trips: requests.length, parts: requests[0].parts }).toEqual({ stored, trips: 1, parts: (await userParts(LOTTE)) + 47 });
      expect(JSON.parse(Array.from(store.values.values())[0])).toEqual({ list: 'team', dienst: 'Interventie' });
    }
  });

  it('with storage that refuses every use (private mode) reads every candidate and shows the list', async () => {
    const refusing: KeyValueStore = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    const lotte = await repoAs(LOTTE, refusing);
    const { shown, requests } = await visit(lotte, team);
    expect(requests).toHaveLength(1);
    expect(requests[0].parts).toBe((await userParts(LOTTE)) + 47);
    expect((shown as unknown[]).length).toBeGreaterThan(0);
  });
});
