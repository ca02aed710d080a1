import type { Frame } from 'playwright-core';
import path from 'node:path';
import { contextAs, saveScreenshot, SCREENSHOT_DIR, testAppPerFile, viewNav } from './support';
import { fakeTeamsContext, openInFakeTeamsHost } from './oidc/fakeTeamsHost';

const LOGIN = 'lotte.wouters@pzcarma.be';

const app = testAppPerFile();

/** How much wider than its frame the tab's page is (0 when nothing runs out sideways). */
const overflow = (tab: Frame): Promise<number> => tab.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('the demo Integriteitsplan', () => {
  it('looks like a zone at work: realised, running and postponed action points next to ones not started', async () => {
    const context = await contextAs(app, 'jonas.maes@pzcarma.be');
    const { tab, page } = await openInFakeTeamsHost(context, app.origin, {
      tabUrl: '/teams/?view=plan',
      frameContext: 'content',
      context: fakeTeamsContext('jonas.maes@pzcarma.be', { entityId: 'plan' }),
    });
    await tab.getByRole('heading', { level: 2, name: 'Integriteitsplan' }).waitFor({ timeout: 20_000 });
    await tab.getByRole('table').first().waitFor({ timeout: 20_000 });
    const statuses = await tab.evaluate(() => Array.from(document.querySelectorAll('td .fui-Badge')).map((b) => b.textContent));
    const count = (status: string): number => statuses.filter((s) => s === status).length;
    expect(statuses.length).toBeGreaterThanOrEqual(36);
    expect(count('Gerealiseerd')).toBeGreaterThanOrEqual(5);
    expect(count('Lopend')).toBeGreaterThanOrEqual(10);
    expect(count('Uitgesteld')).toBeGreaterThanOrEqual(1);
    expect(count('Niet gestart')).toBeLessThan(statuses.length / 2);
    for (const width of [1366, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await page.waitForTimeout(300);
      await saveScreenshot(page, `teams-tab-plan-${width}`);
    }
    await context.close();
  }, 90_000);
});

describe('the complaint intake', () => {
  it('keeps each select within its column (Aandachtspunt not under Dienst) and the page within 390 px', async () => {
    const login = 'griet.vandamme@pzcarma.be';
    const context = await contextAs(app, login);
    const { tab, page } = await openInFakeTeamsHost(context, app.origin, {
      tabUrl: '/teams/?view=klachten',
      frameContext: 'content',
      context: fakeTeamsContext(login, { entityId: 'klachten', subEntityId: 'klachten:nieuw' }),
    });
    for (const width of [1366, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await tab.getByRole('heading', { name: 'Nieuwe klacht registreren' }).waitFor({ timeout: 20_000 });
      await page.waitForTimeout(300);
      const boxes = await tab.evaluate(() =>
        ['Aandachtspunt', 'Dienst'].map((label) => {
          const select = Array.from(document.querySelectorAll('label'))
            .filter((l) => l.textContent === label)
            .map((l) => document.getElementById(l.htmlFor))[0] as HTMLElement;
          const r = select.getBoundingClientRect();
          return { left: Math.round(r.left), right: Math.round(r.right), top: Math.round(r.top) };
        }),
      );
      const [theme, dienst] = boxes;
      // side by side, the Aandachtspunt ends before the Dienst begins; stacked, they do not share a row
      expect(theme.top !== dienst.top || theme.right <= dienst.left).toBe(true);
      expect({ width, overflow: await overflow(tab) }).toEqual({ width, overflow: 0 });
      await saveScreenshot(page, `teams-tab-klacht-intake-${width}`);
      // the form itself, below the fold of the Teams frame
      await tab.locator('form').screenshot({ path: path.join(SCREENSHOT_DIR, `klacht-intake-form-${width}.png`) });
    }
    await context.close();
  }, 90_000);
});

describe('the Teams tab on a phone', () => {
  it("keeps the bar of views within 390 px: every part's link reachable, the page no wider than the screen", async () => {
    const context = await contextAs(app, LOGIN);
    const { tab, page } = await openInFakeTeamsHost(context, app.origin, {
      tabUrl: '/teams/?view=voorstellen',
      frameContext: 'content',
      context: fakeTeamsContext(LOGIN, { entityId: 'voorstellen' }),
    });
    for (const width of [390, 1366]) {
      await page.setViewportSize({ width, height: 900 });
      await tab.getByRole('heading', { name: 'Voorstellen van Interventie' }).waitFor({ timeout: 20_000 });
      await page.waitForTimeout(300);
      expect({ width, overflow: await overflow(tab) }).toEqual({ width, overflow: 0 });
      // every link of the bar lies within the screen (wrapped onto a next line if need be)
      const rightEdges = await viewNav(tab).getByRole('link').evaluateAll((links) => links.map((link) => Math.round(link.getBoundingClientRect().right)));
      expect(rightEdges.length).toBeGreaterThan(3);
      expect(rightEdges.filter((right) => right > width)).toEqual([]);
      await saveScreenshot(page, `teams-tab-voorstellen-${width}`);
    }
    await context.close();
  }, 90_000);
});
