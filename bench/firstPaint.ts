/**
 * Requests to SharePoint (`/_api/…`) of each view's first paint on the local SharePoint page, as a browser makes them:
 * headless Chromium opens the view's address signed in as a persona, and every `_api` request from the navigation
 * until the view has painted (its heading shown, no loading indicator, the network quiet) is counted.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
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
  /** The page's path: the SharePoint page by default, `/teams/` for the hosted Teams tab opened standalone. */
  path?: string;
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

/** One `_api` request of a first paint: what it was, whether it only read (a GET, or a `$batch` of GETs), how many requests it carried. */
export interface ApiRequest {
  what: string;
  reads: boolean;
  /** The parts of a `$batch` (each one a query SharePoint runs); 1 for a single request. */
  parts: number;
}

/** The round trips that read: the ones the rule "one round trip per view" counts (writes are the consultation log's). */
export const readRoundTrips = (requests: readonly ApiRequest[]): number => requests.filter((r) => r.reads).length;

/** The request lines of a `$batch` body's parts. */
const batchParts = (body: string): string[] => body.match(/^(GET|POST|PUT|PATCH|MERGE|DELETE) \S+ HTTP\/1\.1$/gm) || [];

/** Whether a `$batch` body holds only GET parts. */
function batchOnlyReads(body: string): boolean {
  const methods = batchParts(body);
  return methods.length > 0 && methods.every((line) => line.startsWith('GET '));
}

/** How long the network must stay quiet after the heading shows before the paint counts as done. */
const QUIET_MS = 1500;

/** One view's first paint: its `_api` requests, and the time from the navigation until it painted. */
export interface FirstPaint {
  requests: ApiRequest[];
  ms: number;
  /** The time the local SharePoint spent on those requests (all of them, from its request log), in milliseconds. */
  serverMs: number;
  /** What the panel showed when the view did not paint (its error message), if so. */
  failure?: string;
}

/** The `_api` requests of one view's first paint; fails when the view did not paint. */
export async function firstPaintRequests(browser: Browser, app: RunningApp, view: FirstPaintCase): Promise<ApiRequest[]> {
  const [requests] = await visitsRequests(browser, app, view, 1);
  return requests;
}

/**
 * The `_api` requests of `visits` first paints of one view in the same browser (one context: what the app keeps on the
 * device, as its opening hints, stays from one visit to the next); fails when the view did not paint.
 */
export async function visitsRequests(browser: Browser, app: RunningApp, view: FirstPaintCase, visits: number): Promise<ApiRequest[][]> {
  const paints = await measureFirstPaints(browser, app, view, visits);
  const failed = paints.find((paint) => paint.failure !== undefined);
  if (failed) throw new Error(`${view.name} did not paint: ${failed.failure}`);
  return paints.map((paint) => paint.requests);
}

/** One view's first paint, measured `visits` times in one browser context (stopping at the first that fails). */
async function measureFirstPaints(browser: Browser, app: RunningApp, view: FirstPaintCase, visits: number): Promise<FirstPaint[]> {
  const context = await browser.newContext({ baseURL: app.origin, locale: 'nl-BE', timezoneId: 'Europe/Brussels', viewport: { width: 1280, height: 900 } });
  try {
    const response = await context.request.post(`${app.origin}/_dev/signin`, { data: { login: view.login } });
    if (!response.ok()) throw new Error(`sign-in as ${view.login} failed: HTTP ${response.status()}`);
    const paints: FirstPaint[] = [];
    while (paints.length < visits && !paints.some((paint) => paint.failure !== undefined)) paints.push(await measureVisit(context, app, view));
    return paints;
  } finally {
    await context.close();
  }
}

/** One visit of the view in a new page of `context`. */
async function measureVisit(context: BrowserContext, app: RunningApp, view: FirstPaintCase): Promise<FirstPaint> {
  const page = await context.newPage();
  try {
    const requests: ApiRequest[] = [];
    let last = Date.now();
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname.indexOf('/_api/') >= 0) {
        const what = `${request.method()} ${decodeURIComponent(url.pathname)}`;
        const batch = url.pathname.endsWith('/$batch');
        const body = request.postData() || '';
        const reads = request.method() === 'GET' || (batch && batchOnlyReads(body));
        requests.push({ what, reads, parts: batch ? batchParts(body).length : 1 });
        last = Date.now();
      }
    });
    app.clearRequestLog();
    const serverMs = (): number => app.requestLog().reduce((sum, entry) => sum + entry.ms, 0);
    const started = Date.now();
    await page.goto(`${view.path ?? app.sitePath}${view.query}`);
    try {
      await painted(page, view.heading);
    } catch {
      const shown = await page.getByRole('main').innerText({ timeout: 5000 }).catch(() => '(no main region)');
      return { requests, ms: Date.now() - started, serverMs: serverMs(), failure: shown.replace(/\s+/g, ' ').slice(0, 300) };
    }
    const ms = Date.now() - started;
    while (Date.now() - last < QUIET_MS) await page.waitForTimeout(QUIET_MS - (Date.now() - last));
    return { requests, ms, serverMs: serverMs() };
  } finally {
    await page.close();
  }
}

/** Waits until the app's main region (the view) shows its heading and no loading indicator. */
async function painted(page: Page, heading: string | RegExp): Promise<void> {
  const view = page.getByRole('main');
  await view.getByRole('heading', { level: 2, name: heading }).first().waitFor({ timeout: 60_000 });
  await page.waitForFunction(() => !document.querySelector('main .fui-Spinner'), undefined, { timeout: 60_000 });
}

/** The views whose second visit on the same device reads less than the first (the proposals view's opening hint). */
const REMEMBERING = (view: FirstPaintCase): boolean => view.query === '?view=voorstellen';

/** Every view's first paint on one running app, by view name (two visits for a view that remembers the first). */
async function firstPaints(browser: Browser, app: RunningApp): Promise<Map<string, FirstPaint[]>> {
  const found = new Map<string, FirstPaint[]>();
  for (const view of FIRST_PAINT_CASES) found.set(view.name, await measureFirstPaints(browser, app, view, REMEMBERING(view) ? 2 : 1));
  return found;
}

/** "2 (1 read, 1 write: …), 52 parts, server 12 ms, painted in 850 ms": a view's requests as the bench prints them. */
const described = (paint: FirstPaint | undefined): string => {
  if (!paint) return 'not measured';
  if (paint.failure !== undefined) return `did not paint in ${paint.ms} ms; the panel shows: ${paint.failure}`;
  const { requests } = paint;
  const reads = readRoundTrips(requests);
  const writes = requests.length - reads;
  const count = writes ? `${requests.length} (${reads} read, ${writes} write: ${requests.filter((r) => !r.reads).map((r) => r.what).join(', ')})` : String(requests.length);
  const parts = requests.reduce((sum, r) => sum + r.parts, 0);
  return `${count}, ${parts} parts, server ${Math.round(paint.serverMs)} ms, painted in ${paint.ms} ms`;
};

/** The bench's lines of one view at one size: its first visit, and its second where it remembers the first. */
function describedVisits(figures: Record<string, string | number>, label: string, paints: FirstPaint[] | undefined): void {
  figures[label] = described(paints?.[0]);
  if (paints && paints.length > 1) figures[`${label}, second visit`] = described(paints[1]);
}

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
      describedVisits(figures, `${view.name} (${view.login.split('@')[0]}): demo`, demo.get(view.name));
      describedVisits(figures, `${view.name} (${view.login.split('@')[0]}): ${LARGE} items`, large.get(view.name));
    }
    return figures;
  } finally {
    await browser.close();
    await app.close();
  }
}
