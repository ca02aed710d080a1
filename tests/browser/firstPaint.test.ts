import type { Page } from 'playwright-core';
import { VIEW_KEYS } from '../../src/app/views';
import { FIRST_PAINT_CASES, firstPaintRequests, readRoundTrips } from '../../bench/firstPaint';
import { contextAs, getBrowser, saveScreenshot, testAppPerFile } from './support';

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

/** The views the page's tabs offer. */
const tabValues = (page: Page): Promise<(string | null)[]> => page.getByRole('tab').evaluateAll((tabs) => tabs.map((tab) => tab.getAttribute('value')));

describe('views a user may not use', () => {
  it('are not offered to a staff member, and one reached by its address is explained calmly', async () => {
    const context = await contextAs(app, 'jonas.maes@pzcarma.be');
    const page = await context.newPage();
    await page.goto(`${app.sitePath}?view=dashboard`);
    const panel = page.getByRole('tabpanel');
    await panel.getByText(/Het onderdeel Dashboard is er voor wie ermee werkt/).waitFor();
    const offered = await tabValues(page);
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
    await page.getByRole('tab', { name: 'Dashboard' }).waitFor();
    expect(await tabValues(page)).toEqual([...VIEW_KEYS]);
    await context.close();
  }, 120_000);
});
