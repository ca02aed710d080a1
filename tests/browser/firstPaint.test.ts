import type { Page } from 'playwright-core';
import { VIEW_KEYS } from '../../src/app/views';
import { FIRST_PAINT_CASES, firstPaintRequests, readRoundTrips, visitsRequests, type ApiRequest } from '../../bench/firstPaint';
import { contextAs, getBrowser, saveScreenshot, testAppPerFile, viewLink, viewNav, viewPath } from './support';

const app = testAppPerFile({ now: new Date('2026-03-10T09:00:00Z') });

describe("each view's first paint on the SharePoint page", () => {
  it('is measured for every view', () => {
    const measured = FIRST_PAINT_CASES.map((view) => new URLSearchParams(view.query).get('view') || 'beleid');
    expect(VIEW_KEYS.filter((key) => measured.indexOf(key) < 0)).toEqual([]);
  });

  for (const view of FIRST_PAINT_CASES) {
    it(`${view.name}: at most 1 reading round trip to SharePoint (the user, the bell and the view together)`, async () => {
      const requests = await firstPaintRequests(await getBrowser(), app, view);
      expect({ view: view.name, reads: readRoundTrips(requests) <= 1, requests }).toEqual({ view: view.name, reads: true, requests });
      // writes only where the consultation log must be written before a record is shown (register page, dashboard)
      expect(requests.filter((r) => !r.reads).length).toBeLessThanOrEqual(1);
    }, 120_000);
  }
});

/** The parts of a first paint's reading round trip. */
const readParts = (requests: readonly ApiRequest[]): number[] => requests.filter((r) => r.reads).map((r) => r.parts);

describe("the proposals view's second visit on the same device", () => {
  for (const name of ['Voorstellen: team Q&W', 'Voorstellen: diensthoofd']) {
    it(`${name}: one round trip again, reading only the list the roles led to the first time`, async () => {
      const view = FIRST_PAINT_CASES.filter((c) => c.name === name)[0];
      const [first, second] = await visitsRequests(await getBrowser(), app, view, 2);
      expect(readParts(first)).toHaveLength(1);
      expect(readParts(second)).toHaveLength(1);
      // the first visit (no hint) reads 47 candidate lists' parts (15 teams, 15 queues, the agenda's 2, 5 comités × 3); the second only the 1 hinted
      expect(readParts(first)[0] - readParts(second)[0]).toBe(46);
    }, 120_000);
  }
});

/** The views the page's bar offers, from its links' addresses. */
const offeredViews = (page: Page): Promise<(string | undefined)[]> =>
  viewNav(page)
    .getByRole('link')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).searchParams.get('view') ?? undefined));

describe('views a user may not use', () => {
  it('are not offered to a staff member, and one reached by its address is explained calmly', async () => {
    const context = await contextAs(app, 'jonas.maes@pzcarma.be');
    const page = await context.newPage();
    await page.goto(viewPath(app, 'dashboard'));
    const panel = page.getByRole('main', { name: 'Dashboard' });
    await panel.getByText(/Het onderdeel Dashboard is er voor wie ermee werkt/).waitFor();
    const offered = await offeredViews(page);
    expect(offered).toEqual(expect.arrayContaining(['beleid', 'plan', 'voorstellen', 'registers']));
    expect(offered).not.toContain('klachten');
    expect(offered).not.toContain('dashboard');
    expect(await page.getByRole('alert').count()).toBe(0);
    await saveScreenshot(page, 'view-not-offered-1366');
    await page.setViewportSize({ width: 390, height: 900 });
    await saveScreenshot(page, 'view-not-offered-390');
    await context.close();
  }, 120_000);

  it('offers the korpsleiding every view', async () => {
    const context = await contextAs(app, 'hilde.goossens@pzcarma.be');
    const page = await context.newPage();
    await page.goto(app.sitePath);
    await viewLink(page, 'Dashboard').waitFor();
    expect(await offeredViews(page)).toEqual([...VIEW_KEYS]);
    await context.close();
  }, 120_000);
});
