import { Viewer } from '../../src/data/membership';
import { PnpNotificationRepository } from '../../src/data/notifications/repository';
import { memoryStore } from '../../src/data/proposals/storage';
import { RememberedUsers } from '../../src/data/rememberedUser';
import type { RunningApp } from '../../devserver/app';
import { requestsOf, spAs, startDemoSite } from './localSharePoint';

const SITE = 'http://localhost/sites/Integriteit';
const LOTTE = 'lotte.wouters@pzcarma.be';
const BATCH = expect.stringMatching(/^POST \/.*_api\/\$batch$/);

describe('RememberedUsers: the user last signed in on this device, per site', () => {
  it('keeps a record per site and reads an edited, older or refused one as none', () => {
    const store = memoryStore();
    const users = new RememberedUsers(store, SITE);
    expect(users.read()).toBeUndefined();
    users.write({ userId: 12, loginName: 'i:0#.f|membership|lotte', displayName: 'Lotte' });
    expect(new RememberedUsers(store, SITE.toUpperCase()).read()).toEqual({ userId: 12, loginName: 'i:0#.f|membership|lotte', displayName: 'Lotte' });
    expect(new RememberedUsers(store, 'http://localhost/sites/Andere').read()).toBeUndefined();
    for (const bad of ['{', '"x"', '{"userId":"12","loginName":"x","displayName":""}', '{"userId":0,"loginName":"x","displayName":""}', '{"userId":3,"displayName":""}']) {
      store.setItem(`integriteit-carma.user:${SITE.toLowerCase()}`, bad);
      expect(users.read()).toBeUndefined();
    }
    const refusing = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('full'); }, removeItem: () => undefined };
    const refused = new RememberedUsers(refusing, SITE);
    expect(refused.read()).toBeUndefined();
    expect(() => refused.write({ userId: 1, loginName: 'x', displayName: '' })).not.toThrow();
  });
});

describe("the bell's inbox with a remembered user id, on the local SharePoint", () => {
  let ls: RunningApp;
  beforeAll(async () => {
    // the demo's notifications in the people's Meldingen
    ls = await startDemoSite();
  }, 180_000);
  afterAll(async () => {
    await ls?.close();
  });

  it('reads in the round trip of the user when the id is right, and again with the true id when it is not', async () => {
    const sp = await spAs(ls, LOTTE);
    const me = await new Viewer(sp).membership();
    const inboxWith = (options: ConstructorParameters<typeof Viewer>[1]) => {
      const viewer = new Viewer(sp, options);
      const bell = new PnpNotificationRepository(sp, viewer);
      return requestsOf(ls, () => Promise.all([bell.inbox(), viewer.membership()]));
    };
    const right = await inboxWith({ rememberedUserId: me.userId });
    expect(right.requests).toEqual([BATCH]);
    expect(right.result[0].latest.length).toBeGreaterThan(0);
    const wrong = await inboxWith({ rememberedUserId: me.userId + 1000 });
    expect(wrong.requests).toEqual([BATCH, BATCH]);
    expect(wrong.result[0]).toEqual(right.result[0]);
    const none = await inboxWith({});
    expect(none.requests).toHaveLength(2);
    expect(none.result[0]).toEqual(right.result[0]);
  });
});
