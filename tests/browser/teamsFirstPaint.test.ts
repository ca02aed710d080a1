import { FIRST_PAINT_CASES, readRoundTrips, visitsRequests, type FirstPaintCase } from '../../bench/firstPaint';
import { contextAs, getBrowser, testAppPerFile } from './support';

const app = testAppPerFile({ now: new Date('2026-03-10T09:00:00Z') });

/** A view of the SharePoint page's first-paint cases, opened in the hosted Teams tab standalone instead. */
const inTab = (name: string): FirstPaintCase => ({ ...FIRST_PAINT_CASES.filter((c) => c.name === name)[0], path: '/teams/' });

describe("each view's first paint in the hosted Teams tab (standalone on the local SharePoint)", () => {
  for (const name of ['Beleid (home)', 'Voorstellen: team Q&W', 'Voorstellen: diensthoofd']) {
    it(`${name}: one reading round trip on a second visit (the remembered user verified in it), at most 2 on the first`, async () => {
      const view = inTab(name);
      const query = name.startsWith('Beleid') ? '?view=beleid' : view.query;
      const [first, second, third] = await visitsRequests(await getBrowser(), app, { ...view, query }, 3);
      // the first visit on this device asks who the user is before the view's round trip
      expect({ first: readRoundTrips(first), requests: first }).toEqual({ first: 2, requests: first });
      expect(first[0].what).toMatch(/\/_api\/web\/currentuser$/i);
      for (const again of [second, third]) expect({ again: readRoundTrips(again), requests: again }).toEqual({ again: 1, requests: again });
    }, 120_000);
  }
});

describe('the user the tab remembers on this device', () => {
  it('gives way to another persona signed in here (their name shown, their record kept) and sends a visitor without a session to sign in', async () => {
    const context = await contextAs(app, 'lotte.wouters@pzcarma.be');
    const page = await context.newPage();
    await page.goto('/teams/?view=beleid');
    await page.getByText('Aangemeld als Lotte Wouters').waitFor({ timeout: 30_000 });
    const remembered = (): Promise<string | null> => page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('integriteit-carma.user:')).map((key) => localStorage.getItem(key)).join());
    expect(await remembered()).toContain('Lotte Wouters');
    // another persona on the same device: the first round trip shows the remembered id is not theirs
    await context.clearCookies();
    const response = await context.request.post(`${app.origin}/_dev/signin`, { data: { login: 'karel.peeters@pzcarma.be' } });
    expect(response.ok()).toBe(true);
    await page.goto('/teams/?view=beleid');
    await page.getByText('Aangemeld als Karel Peeters').waitFor({ timeout: 30_000 });
    await page.getByRole('heading', { level: 2, name: 'Ons integriteitsbeleid' }).waitFor({ timeout: 30_000 });
    expect(await page.getByText(/Lotte Wouters/).count()).toBe(0);
    expect(await remembered()).toContain('Karel Peeters');
    // no session at all: the first round trip's 401 sends the visitor to the persona picker, back to the tab after
    await context.clearCookies();
    await page.goto('/teams/?view=beleid');
    await page.waitForURL((url) => url.pathname.startsWith('/_dev/login') && (url.searchParams.get('returnUrl') || '').includes('/teams/?view=beleid'), { timeout: 30_000 });
    await context.close();
  }, 120_000);
});
