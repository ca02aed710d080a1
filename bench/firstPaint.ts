/**
 * Requests to SharePoint (`/_api/…`) of each view's first paint on the local SharePoint page, as a browser makes them:
 * headless Chromium opens the view's address signed in as a persona, and every `_api` request from the navigation
 * until the view has painted (its heading shown, no loading indicator, the network quiet) is counted.
 */
import type { Browser, Page } from 'playwright-core';
import { startApp, type RunningApp } from '../devserver/app';
import { KLACHTEN, VERBETERVOORSTELLEN } from '../src/data/schema';
import { launchBenchBrowser } from './browser';
import { complaintRows } from './complaints';
import { fillSmallerViews } from './largeLists';
import { proposalRows } from './proposals';

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
  // HR's absences card is painted from the same round trip (the staff are read only when HR opens the form)
  { name: 'Registers: HR', login: 'wim.hendrickx@pzcarma.be', query: '?view=registers', heading: 'Registers' },
  { name: 'Klachten', login: 'griet.vandamme@pzcarma.be', query: '?view=klachten', heading: /./ },
  { name: 'Dashboard', login: 'griet.vandamme@pzcarma.be', query: '?view=dashboard', heading: /./ },
  // the views that read the zone's settings with their data (reminders, anonymity threshold, resistance terms)
  { name: 'Klachten: jaarcijfers', login: 'griet.vandamme@pzcarma.be', query: '?view=klachten&item=jaarcijfers/2025', heading: 'Jaarcijfers klachtenbeheer 2025' },
  { name: 'Integriteitsmeldingen: jaarcijfers', login: 'nadia.elamrani@pzcarma.be', query: '?view=melden&item=jaarcijfers/2025', heading: 'Jaarcijfers van de meldingen' },
  { name: 'Melden: a staff member', login: 'jonas.maes@pzcarma.be', query: '?view=melden', heading: /./ },
  { name: 'Melden: integriteitscontactpersoon', login: 'nadia.elamrani@pzcarma.be', query: '?view=melden', heading: /./ },
  { name: 'Weerspannigheid: a staff member', login: 'jonas.maes@pzcarma.be', query: '?view=weerspannigheid', heading: /./ },
  { name: 'Weerspannigheid: Cel GWB', login: 'stijn.devos@pzcarma.be', query: '?view=weerspannigheid', heading: /./ },
  { name: 'Weerspannigheid: Intern Toezicht', login: 'griet.vandamme@pzcarma.be', query: '?view=weerspannigheid', heading: /./ },
  { name: 'Opleidingen: a staff member', login: 'jonas.maes@pzcarma.be', query: '?view=opleidingen', heading: /./ },
  { name: 'Opleidingen: HR', login: 'wim.hendrickx@pzcarma.be', query: '?view=opleidingen', heading: /./ },
  { name: 'Verslagen: a staff member', login: 'jonas.maes@pzcarma.be', query: '?view=verslagen', heading: /./ },
  { name: 'Verslagen: communicatie', login: 'eva.smets@pzcarma.be', query: '?view=verslagen', heading: /./ },
  { name: 'Verslagen: directiecomité', login: 'marc.willems@pzcarma.be', query: '?view=verslagen', heading: /./ },
];

/** One `_api` request of a first paint: what it was, and whether it only read (a GET, or a `$batch` of GETs). */
export interface ApiRequest {
  what: string;
  reads: boolean;
}

/** The round trips that read: the ones the rule "one round trip per view" counts (writes are the consultation log's). */
export const readRoundTrips = (requests: readonly ApiRequest[]): number => requests.filter((r) => r.reads).length;

/** Whether a `$batch` body holds only GET parts. */
function batchOnlyReads(body: string): boolean {
  const methods = body.match(/^(GET|POST|PUT|PATCH|MERGE|DELETE) \S+ HTTP\/1\.1$/gm) || [];
  return methods.length > 0 && methods.every((line) => line.startsWith('GET '));
}

/** How long the network must stay quiet after the heading shows before the paint counts as done. */
const QUIET_MS = 1500;

/** One view's first paint: its `_api` requests, and the time from the navigation until it painted. */
export interface FirstPaint {
  requests: ApiRequest[];
  ms: number;
  /** What the panel showed when the view did not paint (its error message), if so. */
  failure?: string;
}

/** The `_api` requests of one view's first paint; fails when the view did not paint. */
export async function firstPaintRequests(browser: Browser, app: RunningApp, view: FirstPaintCase): Promise<ApiRequest[]> {
  const paint = await measureFirstPaint(browser, app, view);
  if (paint.failure !== undefined) throw new Error(`${view.name} did not paint: ${paint.failure}`);
  return paint.requests;
}

/** One view's first paint, measured. */
async function measureFirstPaint(browser: Browser, app: RunningApp, view: FirstPaintCase): Promise<FirstPaint> {
  const context = await browser.newContext({ baseURL: app.origin, locale: 'nl-BE', timezoneId: 'Europe/Brussels', viewport: { width: 1280, height: 900 } });
  try {
    const response = await context.request.post(`${app.origin}/_dev/signin`, { data: { login: view.login } });
    if (!response.ok()) throw new Error(`sign-in as ${view.login} failed: HTTP ${response.status()}`);
    const page = await context.newPage();
    const requests: ApiRequest[] = [];
    let last = Date.now();
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname.indexOf('/_api/') >= 0) {
        const what = `${request.method()} ${decodeURIComponent(url.pathname)}`;
        const reads = request.method() === 'GET' || (url.pathname.endsWith('/$batch') && batchOnlyReads(request.postData() || ''));
        requests.push({ what, reads });
        last = Date.now();
      }
    });
    const started = Date.now();
    await page.goto(`${app.sitePath}${view.query}`);
    try {
      await painted(page, view.heading);
    } catch {
      const shown = await page.getByRole('tabpanel').innerText({ timeout: 5000 }).catch(() => '(no panel)');
      return { requests, ms: Date.now() - started, failure: shown.replace(/\s+/g, ' ').slice(0, 300) };
    }
    const ms = Date.now() - started;
    while (Date.now() - last < QUIET_MS) await page.waitForTimeout(QUIET_MS - (Date.now() - last));
    return { requests, ms };
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

/** Every view's first paint on one running app, by view name. */
async function firstPaints(browser: Browser, app: RunningApp): Promise<Map<string, FirstPaint>> {
  const found = new Map<string, FirstPaint>();
  for (const view of FIRST_PAINT_CASES) found.set(view.name, await measureFirstPaint(browser, app, view));
  return found;
}

/** "2 (1 read, 1 write: …), painted in 850 ms": a view's requests as the bench prints them. */
const described = (paint: FirstPaint | undefined): string => {
  if (!paint) return 'not measured';
  if (paint.failure !== undefined) return `did not paint in ${paint.ms} ms; the panel shows: ${paint.failure}`;
  const { requests } = paint;
  const reads = readRoundTrips(requests);
  const writes = requests.length - reads;
  const count = writes ? `${requests.length} (${reads} read, ${writes} write: ${requests.filter((r) => !r.reads).map((r) => r.what).join(', ')})` : String(requests.length);
  return `${count}, painted in ${paint.ms} ms`;
};

/** How many items the lists get for the second measurement. */
const LARGE = 20000;

/**
 * `npm run bench`: the `_api` requests of each view's first paint in Chromium on the local SharePoint page, at demo
 * size and with 20,000 items in each view's list (proposals, complaint dossiers, meldingen, incidents of
 * weerspannigheid, opleidingen; Verslagen up to the size it is built for, see ./largeLists).
 */
export async function benchFirstPaint(): Promise<Record<string, number | string>> {
  const app = await startApp({ dbPath: ':memory:', port: 0, log: () => undefined });
  const browser = await launchBenchBrowser();
  try {
    const demo = await firstPaints(browser, app);
    app.bulkInsertItemsForTests(VERBETERVOORSTELLEN.title, proposalRows(LARGE), 'lotte.wouters@pzcarma.be');
    app.bulkInsertItemsForTests(KLACHTEN.title, complaintRows(LARGE, new Date()), 'griet.vandamme@pzcarma.be');
    const smaller = fillSmallerViews(app, LARGE, new Date());
    const large = await firstPaints(browser, app);
    const figures: Record<string, number | string> = {
      'Lists filled for the second measurement': `${VERBETERVOORSTELLEN.title}, ${KLACHTEN.title}: ${LARGE} each; ${smaller}`,
    };
    for (const view of FIRST_PAINT_CASES) {
      figures[`${view.name} (${view.login.split('@')[0]}): demo`] = described(demo.get(view.name));
      figures[`${view.name} (${view.login.split('@')[0]}): ${LARGE} items`] = described(large.get(view.name));
    }
    return figures;
  } finally {
    await browser.close();
    await app.close();
  }
}
