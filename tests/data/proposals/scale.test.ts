import { organisedSite, proposalRows, type OrganisedSite } from '../../../bench/proposals';
import { PnpProposalRepository } from '../../../src/data/proposals/pnpProposalRepository';
import { memoryStore } from '../../../src/data/proposals/storage';
import { VERBETERVOORSTELLEN } from '../../../src/data/schema';
import type { ProposalLists } from '../../../src/data/proposals/repository';
import { HILDE, KAREL, LOTTE, MARC, TOM } from './harness';

const COUNT = 6000;
let site: OrganisedSite;
beforeAll(async () => {
  site = await organisedSite();
  site.ls.bulkInsertItemsForTests(VERBETERVOORSTELLEN.title, proposalRows(COUNT), LOTTE);
}, 120000);
afterAll(() => site?.ls.close());

const repoAs = async (login: string): Promise<PnpProposalRepository> =>
  new PnpProposalRepository({ sp: await site.as(login), siteUrl: site.ls.siteUrl, store: memoryStore(), topic: 'Integriteit CARMA' });

describe('views over a list above the list view threshold', () => {
  it('is a list SharePoint throttles: a query that does not start on an indexed column fails', async () => {
    const query = (await site.as(LOTTE)).web.lists.getByTitle(VERBETERVOORSTELLEN.title).items.filter("ProposerTeam eq 'x'").top(10);
    await expect(query()).rejects.toMatchObject({ status: 500 });
  });

  it("pages the team's proposals with one request per page, newest first and without overlap", async () => {
    const lotte = await repoAs(LOTTE);
    const { user } = await lotte.me();
    site.ls.clearRequestLog();
    const first = await lotte.dienstProposals(user.actor.dienst || 'Interventie');
    expect(site.ls.requestLog()).toHaveLength(1);
    expect(first.items).toHaveLength(25);
    expect(first.items.every((p) => p.dienst === 'Interventie')).toBe(true);
    const ids = first.items.map((p) => p.itemId);
    expect(ids.slice().sort((a, b) => b - a)).toEqual(ids);
    const second = await (first.next as () => ReturnType<typeof lotte.dienstProposals>)();
    expect(second.items).toHaveLength(25);
    expect(second.items[0].itemId).toBeLessThan(ids[ids.length - 1]);
  });

  it('loads the whole agenda of the directiecomité and the validation queue in one round trip each', async () => {
    const hilde = await repoAs(HILDE);
    site.ls.clearRequestLog();
    const agenda = await hilde.directiecomiteProposals();
    expect(site.ls.requestLog()).toHaveLength(1);
    const expected = proposalRows(COUNT).filter((p) => p.Status === 'Gevalideerd' || p.Status === 'Op agenda directiecomité').length;
    expect(agenda).toHaveLength(expected);

    const karel = await repoAs(KAREL);
    site.ls.clearRequestLog();
    const queue = await karel.validationQueue('Interventie');
    expect(site.ls.requestLog()).toHaveLength(1);
    expect(queue.every((p) => p.status === 'Ingediend' && p.dienst === 'Interventie')).toBe(true);
  });
});

describe("the proposals view's first list", () => {
  /** The first list each role opens on (as the view's first section), read as the view reads it. */
  const FIRST_LISTS: [string, string, (lists: ProposalLists, user: Awaited<ReturnType<PnpProposalRepository['me']>>['user']) => Promise<unknown>][] = [
    ['the team Q&W', LOTTE, (lists, user) => lists.dienstProposals(user.actor.dienst || 'Interventie').then((page) => page.items)],
    ['a diensthoofd', KAREL, (lists, user) => lists.validationQueue(user.actor.dienst || 'Interventie')],
    ['the directiecomité', HILDE, (lists) => lists.directiecomiteProposals()],
    ['a comité chair', TOM, (lists, user) => lists.comiteProposals(user.actor.chairs)],
    ['the chair of two comités', MARC, (lists, user) => lists.comiteProposals(user.actor.chairs)],
  ];

  for (const [role, login, firstList] of FIRST_LISTS) {
    it(`of ${role} comes in the round trip that reads who the user is, above the threshold, as a read of its own gives it`, async () => {
      const repo = await repoAs(login);
      site.ls.clearRequestLog();
      const [{ user }, lists] = await Promise.all([repo.me(), repo.openLists()]);
      const opened = await firstList(lists, user);
      expect(site.ls.requestLog()).toHaveLength(1);
      const anew = await firstList(repo, user);
      expect(opened).toEqual(anew);
      // nothing is kept: the next ask reads anew
      site.ls.clearRequestLog();
      await firstList(lists, user);
      expect(site.ls.requestLog()).toHaveLength(1);
    });
  }
});
