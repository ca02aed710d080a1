import { createServices, type Services } from '../../../src/data/services';
import { memoryStore } from '../../../src/data/proposals/storage';
import { inOneRoundTrip } from '../../../src/data/oneRoundTrip';
import type { RunningApp } from '../../../devserver/app';
import { requestsOf as requestsOfSite, spAs, startDemoSite } from '../localSharePoint';

const JONAS = 'jonas.maes@pzcarma.be';
const GRIET = 'griet.vandamme@pzcarma.be';

let ls: RunningApp;

beforeAll(async () => {
  // the site as `npm start` makes it: the policy's content and the demo (the people's notification folders)
  ls = await startDemoSite();
}, 180_000);

afterAll(async () => {
  await ls?.close();
});

/** The `_api` requests a piece of work sends (a `$batch` is one). */
const requestsOf = <T>(work: () => Promise<T>): Promise<{ result: T; requests: string[] }> => requestsOfSite(ls, work);

/** The services as a host builds them, signed in as a persona (`userId` as the page context gives it, or none). */
async function servicesAs(login: string, userId?: number): Promise<Services> {
  const sp = await spAs(ls, login);
  return createServices({ sp, siteUrl: ls.siteUrl, userId, userName: login, topic: 'Integriteit CARMA', store: memoryStore() });
}

describe('one round trip per view', () => {
  it('sends the reads started in one tick (the frame, the bell, the view) in one $batch, each with its own answer', async () => {
    const services = await servicesAs(JONAS);
    const me = await services.viewer.membership();
    const fresh = await servicesAs(JONAS, me.userId);
    const { result, requests } = await requestsOf(() => Promise.all([fresh.viewer.membership(), fresh.notifications.inbox(), fresh.policy.loadHome()]));
    expect(requests).toEqual(['POST /sites/integriteit/_api/$batch']);
    const [member, inbox, home] = result;
    expect(member).toMatchObject({ userId: me.userId, name: 'Jonas Maes', groups: ['medewerkers'] });
    expect(Array.isArray(inbox.latest)).toBe(true);
    expect(home.themes.length).toBe(10);
  }, 60_000);

  it('keeps each part its own failure: a refused read fails only the part that made it', async () => {
    const sp = await spAs(ls, JONAS);
    const { result, requests } = await requestsOf(() =>
      Promise.all([
        inOneRoundTrip(sp, (b) => b.web.lists.getByTitle('Klachten').items.top(1)()).then(
          () => 'read',
          (error: { status?: number }) => error.status,
        ),
        inOneRoundTrip(sp, (b) => b.web.lists.getByTitle('Aandachtspunten').items.select('Id').top(1)()).then((rows) => rows.length),
      ]),
    );
    expect(requests).toEqual(['POST /sites/integriteit/_api/$batch']);
    // Jonas has no access to the complaints register: SharePoint hides it (404); the policy read succeeds
    expect(result).toEqual([404, 1]);
  }, 60_000);

  it('sends reads started after the round trip went out in the next one', async () => {
    const sp = await spAs(ls, GRIET);
    const { requests } = await requestsOf(async () => {
      await inOneRoundTrip(sp, (b) => b.web.lists.getByTitle('Aandachtspunten').items.select('Id').top(1)());
      await inOneRoundTrip(sp, (b) => b.web.lists.getByTitle('Aandachtspunten').items.select('Id').top(1)());
    });
    expect(requests).toEqual(['POST /sites/integriteit/_api/$batch', 'POST /sites/integriteit/_api/$batch']);
  }, 60_000);

  it('without the page context (the Teams tab) the bell waits for the user: the view and the user in one round trip, the bell in the next', async () => {
    const services = await servicesAs(JONAS);
    const { requests } = await requestsOf(() => Promise.all([services.viewer.membership(), services.notifications.inbox(), services.policy.loadHome()]));
    expect(requests).toEqual(['POST /sites/integriteit/_api/$batch', 'POST /sites/integriteit/_api/$batch']);
  }, 60_000);
});

