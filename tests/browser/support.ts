import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type ConsoleMessage, type Frame, type Locator, type Page } from 'playwright-core';
import { startApp, type RunningApp } from '../../devserver/app';
import { VIEW_NAV_NAME } from '../support/viewNavName';
import { searchOfRoute } from '../../src/app/navigation';
import type { ViewKey } from '../../src/app/views';

/** Where browser tests keep their screenshots (kept by CI as test artifacts). */
export const SCREENSHOT_DIR = path.resolve(__dirname, '../../test-artifacts/screenshots');

/** The flags Chromium needs on this machine: headless, as root, and no background traffic on a closed network. */
const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

let browser: Browser | undefined;

/**
 * The console errors SPFx's runtime makes on the local SharePoint page that are known and harmless: telemetry that
 * SharePoint's CDN ships and npm does not. Any other console error or uncaught error on the SharePoint page fails the
 * test that caused it (see the afterEach below).
 */
export const KNOWN_SPFX_CONSOLE_ERRORS: { name: string; url: RegExp }[] = [
  { name: "SPFx loader telemetry chunk 88 (not in @microsoft/sp-loader's npm package)", url: /\/_spfx\/chunk\.88_none_[0-9a-f]+\.js/ },
  { name: '1DS telemetry chunk odsp-telemetry-1ds (not in the npm packages)', url: /\/_spfx\/chunk\.odsp-telemetry-1ds_none_[0-9a-f]+\.js/ },
  { name: "SharePoint's telemetry web worker proxy (/_layouts/15/spwebworkerproxy.ashx)", url: /\/_layouts\/15\/spwebworkerproxy\.ashx/ },
];

/** Console and page errors on the SharePoint page since the last check, other than the known ones. */
const unexpectedErrors: string[] = [];

const isKnown = (text: string): boolean => KNOWN_SPFX_CONSOLE_ERRORS.some((known) => known.url.test(text));

/** Records the errors of a page while it shows the SharePoint page (the Teams tab's own tests judge its console). */
function watchConsole(page: Page, sitePath: string): void {
  const onSitePage = (): boolean => new URL(page.url()).pathname.toLowerCase().replace(/\/$/, '') === sitePath.toLowerCase();
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() !== 'error' || !onSitePage()) return;
    const text = `${message.text()} (${message.location().url})`;
    if (!isKnown(text)) unexpectedErrors.push(`console error on ${page.url()}: ${text}`);
  });
  page.on('pageerror', (error) => {
    if (!onSitePage()) return;
    const text = `${error.message}\n${error.stack ?? ''}`;
    if (!isKnown(text)) unexpectedErrors.push(`uncaught error on ${page.url()}: ${text}`);
  });
}

/** Takes the unexpected console errors recorded so far. */
export function takeConsoleErrors(): string[] {
  return unexpectedErrors.splice(0, unexpectedErrors.length);
}

/**
 * Takes the console errors a test expects (e.g. the 404 SharePoint answers for a list the persona may not read) and
 * returns them; the others stay for afterEach to fail on.
 */
export function takeExpectedConsoleErrors(pattern: RegExp): string[] {
  const expected = unexpectedErrors.filter((error) => pattern.test(error));
  const others = unexpectedErrors.filter((error) => !pattern.test(error));
  unexpectedErrors.splice(0, unexpectedErrors.length, ...others);
  return expected;
}

// Every test that opened the SharePoint page fails on a console error other than the known telemetry ones.
afterEach(() => {
  expect(takeConsoleErrors()).toEqual([]);
});

/** Starts the app as `npm start` does (local SharePoint, provisioning, seeds, pages) on a fresh in-memory site. */
export async function startTestApp(options: { now?: Date } = {}): Promise<RunningApp> {
  return startApp({ dbPath: ':memory:', port: 0, now: options.now, log: () => undefined });
}

/** How long starting, provisioning and seeding a site may take on a busy machine. */
const APP_START_TIMEOUT = 300_000;

/**
 * The app of a test file: started by {@link startTestApp} before its tests, closed with the shared browser after them.
 * Call it at the top of the file; what it returns stands for the running app once beforeAll has run.
 */
export function testAppPerFile(options: { now?: Date } = {}): RunningApp {
  let running: RunningApp | undefined;
  beforeAll(async () => {
    running = await startTestApp(options);
  }, APP_START_TIMEOUT);
  afterAll(async () => {
    await closeBrowser();
    await running?.close();
  });
  const started = (): RunningApp => {
    if (!running) throw new Error('The test app starts in beforeAll: use it inside a test or a hook.');
    return running;
  };
  return new Proxy({} as RunningApp, {
    get: (_target, key) => {
      const value: unknown = Reflect.get(started(), key);
      return typeof value === 'function' ? value.bind(started()) : value;
    },
    has: (_target, key) => Reflect.has(started(), key),
  });
}

/** The shared headless Chromium of a test file (Debian's package; `.ci/run` installs it). */
export async function getBrowser(): Promise<Browser> {
  if (!browser) browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: CHROMIUM_ARGS });
  return browser;
}

/** Closes the shared browser (call in afterAll). */
export async function closeBrowser(): Promise<void> {
  await browser?.close();
  browser = undefined;
}

/** A browser context signed in as a persona on the local SharePoint, in Dutch and Brussels time, 1366 px wide. */
export async function contextAs(app: RunningApp, login: string, options: { locale?: string } = {}): Promise<BrowserContext> {
  const context = await (await getBrowser()).newContext({
    baseURL: app.origin,
    locale: options.locale || 'nl-BE',
    timezoneId: 'Europe/Brussels',
    viewport: { width: 1366, height: 900 },
  });
  context.on('page', (page) => watchConsole(page, app.sitePath));
  const response = await context.request.post(`${app.origin}/_dev/signin`, { data: { login } });
  if (!response.ok()) throw new Error(`sign-in as ${login} failed: HTTP ${response.status()}`);
  return context;
}

/** Opens a page of the app (the SharePoint page by default) signed in as a persona. */
export async function openAs(app: RunningApp, login: string, pagePath: string = app.sitePath, options: { locale?: string } = {}): Promise<Page> {
  const page = await (await contextAs(app, login, options)).newPage();
  await page.goto(pagePath);
  return page;
}

/** The address of a view (and an item in it) on the SharePoint page, in the app's own link format (`?view=voorstellen&item=voorstel/12`). */
export function viewPath(app: RunningApp, view: ViewKey, item?: string): string {
  return `${app.sitePath}${searchOfRoute({ view, item })}`;
}

/** Opens a view (and an item in it) on the SharePoint page signed in as a persona. */
export function openView(app: RunningApp, login: string, view: ViewKey, item?: string): Promise<Page> {
  return openAs(app, login, viewPath(app, view, item));
}

/**
 * The app's bar of views (its navigation landmark, named in the user's language) on a page, in a frame or in a web part;
 * found also when hidden (printed, the bar is hidden and so out of the accessibility tree).
 */
export function viewNav(scope: Page | Frame | Locator): Locator {
  return scope.getByRole('navigation', { name: VIEW_NAV_NAME, includeHidden: true });
}

/** The link of a view in the app's bar (the only bar in scope). */
export function viewLink(scope: Page | Frame | Locator, name: string): Locator {
  return viewNav(scope).getByRole('link', { name, exact: true });
}

/** The names of the bar's links marked as the current page (the view shown). */
export function currentViews(scope: Page | Frame | Locator): Promise<string[]> {
  return viewNav(scope).locator('a[aria-current="page"]').allTextContents();
}

/**
 * Records the requests of a page that read or write the given lists (a `$batch` counts once, under its own path),
 * as `METHOD /path`: what a view's first paint costs, without the other parts of the frame.
 */
export function recordListRequests(page: Page, listTitles: readonly string[]): string[] {
  const requests: string[] = [];
  page.on('request', (request) => {
    const text = decodeURIComponent(`${request.url()} ${request.postData() ?? ''}`);
    if (listTitles.some((title) => text.indexOf(`getByTitle('${title}')`) >= 0)) requests.push(`${request.method()} ${new URL(request.url()).pathname}`);
  });
  return requests;
}

/**
 * Waits (up to 5 s) until the page is at rest: no finite animation runs, and when no dialog is open nothing the
 * screen reader skips still holds a control. A dialog that has just closed keeps the page behind it aria-hidden until
 * its exit motion ends; axe run in that moment reports the page itself as hidden (aria-hidden-focus). If the page
 * does not settle, axe runs anyway and reports what it finds.
 */
async function atRest(page: Page): Promise<void> {
  await page
    .waitForFunction(
      () => {
        const moving = document.getAnimations().some((a) => a.playState === 'running' && a.effect?.getComputedTiming().iterations !== Infinity);
        if (moving) return false;
        if (document.querySelector('[role="dialog"], [role="alertdialog"]')) return true;
        const focusable = 'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])';
        return !Array.from(document.querySelectorAll('[aria-hidden="true"]')).some((el) => !el.hasAttribute('data-tabster-dummy') && el.querySelector(focusable));
      },
      undefined,
      { timeout: 5000 },
    )
    .catch(() => undefined);
}

/** Runs axe (WCAG 2.1 A/AA) on the page at rest and fails on any serious or critical violation, listing them. */
export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  await atRest(page);
  // Fluent's focus-trap sentinels (tabster "dummy" elements) are focusable and aria-hidden by design: they hand focus
  // on and are never read out; axe's aria-hidden-focus rule cannot tell them from real content.
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .exclude('[data-tabster-dummy]')
    .exclude({ fromFrames: ['iframe', '[data-tabster-dummy]'] })
    .analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`);
  expect(serious).toEqual([]);
}

/** Saves a full-page screenshot as test-artifacts/screenshots/<name>.png and returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Checks the page with axe and saves it at 1366 and at 390 px wide (`<name>-1366.png`, `<name>-390.png`), back at 1366 after. */
export async function screenshotsAtTwoWidths(page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: 1366, height: 900 });
  await expectNoSeriousA11yViolations(page);
  await saveScreenshot(page, `${name}-1366`);
  await page.setViewportSize({ width: 390, height: 844 });
  await expectNoSeriousA11yViolations(page);
  await saveScreenshot(page, `${name}-390`);
  await page.setViewportSize({ width: 1366, height: 900 });
}
