/**
 * Requests to SharePoint (`/_api/…`) of each view's first paint on the local SharePoint page, as a browser makes them:
 * headless Chromium opens the view's address signed in as a persona, and every `_api` request from the navigation
 * until the view has painted (its heading shown, no loading indicator, the network quiet) is counted.
 */
import type { Browser, Page } from 'playwright-core';
import type { RunningApp } from '../devserver/app';

/** One view's first paint to measure: who opens it, its address (the query string), and what shows it painted. */
export interface FirstPaintCase {
  name: string;
  login: string;
  /** The page's query string, e.g. `?view=voorstellen`. */
  query: string;
  /** The text of the view's page heading (h2) once painted. */
  heading: string | RegExp;
}

/** The views a user opens, each as the persona who works in it. */
export const FIRST_PAINT_CASES: readonly FirstPaintCase[] = [
  { name: 'Beleid (home)', login: 'jonas.maes@pzcarma.be', query: '', heading: 'Ons integriteitsbeleid' },
  { name: 'Beleid: an aandachtspunt', login: 'jonas.maes@pzcarma.be', query: '?view=beleid&item=thema/1', heading: /^Aandachtspunt 1:/ },
  { name: 'Beleid: korpsrichtlijnen', login: 'jonas.maes@pzcarma.be', query: '?view=beleid&item=richtlijnen', heading: 'Korpsrichtlijnen' },
  { name: 'Beleid: one korpsrichtlijn', login: 'jonas.maes@pzcarma.be', query: '?view=beleid&item=richtlijn/1', heading: /./ },
  { name: 'Integriteitsplan', login: 'wim.hendrickx@pzcarma.be', query: '?view=plan', heading: 'Integriteitsplan' },
  { name: 'Voorstellen: team Q&W', login: 'lotte.wouters@pzcarma.be', query: '?view=voorstellen', heading: /./ },
  { name: 'Voorstellen: diensthoofd', login: 'karel.peeters@pzcarma.be', query: '?view=voorstellen', heading: /./ },
  { name: 'Voorstellen: directiecomité', login: 'marc.willems@pzcarma.be', query: '?view=voorstellen', heading: /./ },
  { name: 'Voorstellen: comitévoorzitter', login: 'tom.vermeulen@pzcarma.be', query: '?view=voorstellen', heading: /./ },
  { name: 'Voorstellen: controle (korpsleiding)', login: 'hilde.goossens@pzcarma.be', query: '?view=voorstellen', heading: /./ },
  { name: 'A proposal', login: 'lotte.wouters@pzcarma.be', query: '?view=voorstellen&item=voorstel/1', heading: /./ },
  { name: 'Registers', login: 'jonas.maes@pzcarma.be', query: '?view=registers', heading: /./ },
  { name: 'Klachten', login: 'griet.vandamme@pzcarma.be', query: '?view=klachten', heading: /./ },
  { name: 'Dashboard', login: 'griet.vandamme@pzcarma.be', query: '?view=dashboard', heading: /./ },
];

/** How long the network must stay quiet after the heading shows before the paint counts as done. */
const QUIET_MS = 1500;

/** The `_api` requests (method and path) of one view's first paint. */
export async function firstPaintRequests(browser: Browser, app: RunningApp, view: FirstPaintCase): Promise<string[]> {
  const context = await browser.newContext({ baseURL: app.origin, locale: 'nl-BE', timezoneId: 'Europe/Brussels', viewport: { width: 1280, height: 900 } });
  try {
    const response = await context.request.post(`${app.origin}/_dev/signin`, { data: { login: view.login } });
    if (!response.ok()) throw new Error(`sign-in as ${view.login} failed: HTTP ${response.status()}`);
    const page = await context.newPage();
    const requests: string[] = [];
    let last = Date.now();
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname.indexOf('/_api/') >= 0) {
        requests.push(`${request.method()} ${decodeURIComponent(url.pathname)}`);
        last = Date.now();
      }
    });
    await page.goto(`${app.sitePath}${view.query}`);
    await painted(page, view.heading);
    while (Date.now() - last < QUIET_MS) await page.waitForTimeout(QUIET_MS - (Date.now() - last));
    return requests;
  } finally {
    await context.close();
  }
}

/** Waits until the view's panel shows its heading and no loading indicator. */
async function painted(page: Page, heading: string | RegExp): Promise<void> {
  const panel = page.getByRole('tabpanel');
  await panel.getByRole('heading', { level: 2, name: heading }).first().waitFor({ timeout: 60_000 });
  await page.waitForFunction(() => !document.querySelector('[role="tabpanel"] .fui-Spinner'), undefined, { timeout: 60_000 });
}
