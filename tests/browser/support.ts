import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startApp, type RunningApp } from '../../devserver/app';

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

/** Starts the app as `npm start` does (local SharePoint, provisioning, seeds, pages) on a fresh in-memory site. */
export async function startTestApp(options: { now?: Date } = {}): Promise<RunningApp> {
  return startApp({ dbPath: ':memory:', port: 0, now: options.now, log: () => undefined });
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

/** A browser context signed in as a persona on the local SharePoint, in Dutch and Brussels time. */
export async function contextAs(app: RunningApp, login: string, options: { locale?: string } = {}): Promise<BrowserContext> {
  const context = await (await getBrowser()).newContext({
    baseURL: app.origin,
    locale: options.locale || 'nl-BE',
    timezoneId: 'Europe/Brussels',
    viewport: { width: 1280, height: 900 },
  });
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

/** Runs axe (WCAG 2.1 A/AA) on the page and fails on any serious or critical violation, listing them. */
export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
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
