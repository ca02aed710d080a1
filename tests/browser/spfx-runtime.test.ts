/**
 * The SharePoint page runs what the zone's IT uploads: the web part from the built `.sppkg`, booted by SPFx's own
 * runtime from node_modules (devserver/sitepage/). One test per part of the SPFx context the web part uses, and a
 * check that fails loudly, naming what changed, when an SPFx upgrade breaks the boot.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page, Request } from 'playwright-core';
import { INSTANCE_IDS, type LocalPageApi } from '../../devserver/sitepage/page';
import { FRAMEWORK_PACKAGES, loadSpfxRuntime, SPFX_VERSION } from '../../devserver/sitepage/runtime';
import { format, stringsFor } from '../../src/loc';
import { contextAs, currentViews, expectNoSeriousA11yViolations, saveScreenshot, testAppPerFile, viewLink, viewPath } from './support';

const JONAS = 'jonas.maes@pzcarma.be';
const HILDE = 'hilde.goossens@pzcarma.be';
const ROOT = path.resolve(__dirname, '../..');

const app = testAppPerFile({ now: new Date('2026-03-10T09:00:00Z') });

/** Opens the SharePoint page as a persona, recording every request. */
async function open(login: string, query = '', locale = 'nl-BE'): Promise<{ page: Page; requests: Request[] }> {
  const page = await (await contextAs(app, login, { locale })).newPage();
  const requests: Request[] = [];
  page.on('request', (request) => requests.push(request));
  await page.goto(`${app.sitePath}${query}`);
  return { page, requests };
}

/** Waits until SPFx's boot has loaded every web part of the page. */
async function booted(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.spfxBooted !== undefined, undefined, { timeout: 30_000 });
  expect(await page.evaluate(() => document.documentElement.dataset.spfxBooted)).toBe('true');
}

/** The page's development API (`window.localPage`). */
const localPage = (page: Page, script: (api: LocalPageApi, ids: string[]) => unknown): Promise<unknown> =>
  page.evaluate(({ source, ids }) => new Function('api', 'ids', `return (${source})(api, ids);`)((window as unknown as { localPage: LocalPageApi }).localPage, ids), {
    source: script.toString(),
    ids: INSTANCE_IDS,
  });

/** The relative luminance (0 dark … 1 light) of a CSS colour `rgb(r, g, b)`. */
function luminance(color: string): number {
  const [r, g, b] = (color.match(/\d+(\.\d+)?/g) ?? ['0', '0', '0']).slice(0, 3).map((v) => Number(v) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

describe("the SharePoint page runs the .sppkg's web part on SPFx's own runtime", () => {
  it('boots SPFx from node_modules and loads the bundle from the package', async () => {
    const { page, requests } = await open(JONAS);
    await page.getByRole('heading', { level: 2, name: 'Ons integriteitsbeleid' }).waitFor();
    await booted(page);
    const paths = requests.map((r) => new URL(r.url()).pathname);
    expect(paths).toContain('/_spfx/sp-loader-assembly_default.js');
    expect(paths.some((p) => /^\/_spfx\/sp-webpart-base_default_[0-9a-f]+\.js$/.test(p))).toBe(true);
    expect(paths.some((p) => new RegExp(`^${app.sitePath}/ClientSideAssets/integriteit-carma-web-part_[0-9a-f]+\\.js$`).test(p))).toBe(true);
    // the page context came with the page: the digest too (no request for one)
    expect(paths.filter((p) => /\/_api\/contextinfo/i.test(p))).toEqual([]);
    // SPFx's web part manager rendered into the section's web part element
    expect(await page.locator(`[data-instance-id="${INSTANCE_IDS[0]}"] main`).count()).toBe(1);
    await page.context().close();
  }, 60_000);

  it("loads a view's and a language's chunks from the package's ClientSideAssets, beside the bundle, when they are needed", async () => {
    const { page, requests } = await open(JONAS);
    // (SPFx's own framework asks for Microsoft-internal chunks that are not on npm: those 404s under /_spfx/ are not ours)
    const problems: string[] = [];
    const ours = (url: string): boolean => new URL(url).pathname.startsWith(`${app.sitePath}/ClientSideAssets/`);
    page.on('console', (message) => {
      if (message.type() === 'error' && /ChunkLoadError|Loading chunk/i.test(message.text())) problems.push(message.text());
    });
    page.on('requestfailed', (request) => {
      if (ours(request.url())) problems.push(`${request.url()}: ${request.failure()?.errorText}`);
    });
    page.on('response', (response) => {
      if (ours(response.url()) && response.status() >= 400) problems.push(`${response.url()}: ${response.status()}`);
    });
    await page.getByRole('heading', { level: 2, name: 'Ons integriteitsbeleid' }).waitFor();
    const assets = (): string[] => requests.map((r) => new URL(r.url()).pathname).filter((p) => p.startsWith(`${app.sitePath}/ClientSideAssets/`));
    const chunk = (name: string): RegExp => new RegExp(`^${app.sitePath}/ClientSideAssets/chunk\\.${name}_[0-9a-f]+\\.js$`);
    expect(assets().some((p) => chunk('view-beleid').test(p))).toBe(true);
    expect(assets().some((p) => chunk('strings-nl-BE').test(p))).toBe(true);
    // only the page's language, and no other view yet
    expect(assets().filter((p) => /chunk\.(strings-(fr-BE|en-US)|view-registers)_/.test(p))).toEqual([]);
    await viewLink(page, 'Registers').click();
    await page.getByRole('heading', { level: 2, name: 'Registers' }).waitFor();
    expect(assets().some((p) => chunk('view-registers').test(p))).toBe(true);
    expect(problems).toEqual([]);
    await page.context().close();
  }, 60_000);

  it("pageContext: the web part shows the page's user and speaks the page's culture", async () => {
    const fr = stringsFor('fr-BE');
    const { page } = await open(JONAS, '', 'fr-BE');
    await page.getByRole('heading', { level: 2, name: fr.policy.home.heading }).waitFor();
    await page.getByText(format(fr.app.signedInAs, { name: 'Jonas Maes' })).waitFor();
    const context = await page.evaluate(() => (window as unknown as { _spPageContextInfo: Record<string, unknown> })._spPageContextInfo);
    expect(context).toMatchObject({ currentUICultureName: 'fr-BE', userLoginName: `i:0#.f|membership|${JONAS}`, userDisplayName: 'Jonas Maes' });
    await page.context().close();
  }, 60_000);

  it("the HTTP client: PnPjs on SPFx's context writes to the local SharePoint with the page's form digest", async () => {
    const { page, requests } = await open(JONAS);
    await page.getByRole('heading', { level: 2, name: 'Ons integriteitsbeleid' }).waitFor();
    const digest = (await page.evaluate(() => (window as unknown as { _spPageContextInfo: { formDigestValue: string } })._spPageContextInfo.formDigestValue)) as string;
    const batch = requests.find((r) => r.method() === 'POST' && new URL(r.url()).pathname === `${app.sitePath}/_api/$batch`);
    expect(batch).toBeDefined();
    expect(batch!.headers()['x-requestdigest']).toBe(digest);
    const response = await batch!.response();
    expect(response?.status()).toBe(200);
    await page.context().close();
  }, 60_000);

  it("property change: setting the web part's view through SPFx's property path switches the view without a reload", async () => {
    const { page } = await open(JONAS);
    await page.getByRole('heading', { level: 2, name: 'Ons integriteitsbeleid' }).waitFor();
    await booted(page);
    await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
    await localPage(page, (api, ids) => api.setProperties(ids[0], { view: 'plan' }));
    await page.getByRole('heading', { level: 2, name: 'Integriteitsplan' }).waitFor();
    expect(await currentViews(page)).toEqual(['Integriteitsplan']);
    await localPage(page, (api, ids) => api.setProperties(ids[0], { view: 'beleid' }));
    await page.getByRole('heading', { level: 2, name: 'Ons integriteitsbeleid' }).waitFor();
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    // the query string sets the same property when the page loads
    await page.goto(viewPath(app, 'registers'));
    await page.getByRole('heading', { level: 2, name: 'Registers' }).waitFor();
    await page.context().close();
  }, 60_000);

  it("theme: the web part follows its section's theme, and a change of it", async () => {
    const { page } = await open(JONAS, '?page=secties');
    await booted(page);
    const background = (section: number): Promise<string> =>
      page.locator('#canvas > section').nth(section).locator('.fui-FluentProvider').first().evaluate((el) => getComputedStyle(el).backgroundColor);
    await page.getByRole('heading', { level: 2, name: 'Integriteitsplan' }).waitFor();
    expect(luminance(await background(0))).toBeGreaterThan(0.8);
    expect(luminance(await background(1))).toBeLessThan(0.3);
    await saveScreenshot(page, 'sitepage-sections');
    await localPage(page, (api) => api.setSectionTheme(1, 'neutral'));
    await page.waitForFunction(() => {
      const el = document.querySelectorAll('#canvas > section')[1]?.querySelector('.fui-FluentProvider');
      return el && getComputedStyle(el).backgroundColor === 'rgb(255, 255, 255)';
    });
    await localPage(page, (api) => api.setSectionTheme(0, 'strong'));
    await page.waitForFunction(() => {
      const el = document.querySelectorAll('#canvas > section')[0]?.querySelector('.fui-FluentProvider');
      return el && getComputedStyle(el).backgroundColor !== 'rgb(255, 255, 255)';
    });
    expect(luminance(await background(0))).toBeLessThan(0.3);
    await page.context().close();
  }, 60_000);

  it("Graph: a decision on the page reaches the Teams activity feed through the web part's seam (the local Graph stand-in)", async () => {
    const title = 'Wijkspreekuur via videogesprek';
    const before = app.notifications().length;
    const { page, requests } = await open(HILDE, '?view=voorstellen');
    await page.getByRole('heading', { level: 2, name: /^Agenda van het directiecomité/ }).waitFor();
    const row = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: title }) });
    await row.getByRole('checkbox', { name: `${title} opnemen in de bevestiging` }).check();
    await page.getByRole('button', { name: 'Aangeduide beslissingen bevestigen' }).click();
    await page.getByText('1 beslissing bevestigd.').waitFor();
    const sent = requests.filter((r) => /\/v1\.0\/users\/[^/]+\/teamwork\/sendActivityNotification$/.test(new URL(r.url()).pathname));
    expect(sent.length).toBeGreaterThan(0);
    expect((await Promise.all(sent.map((r) => r.response()))).map((r) => r?.status())).toEqual(sent.map(() => 204));
    expect(sent.every((r) => new URL(r.url()).origin === app.origin)).toBe(true);
    const feed = (app.notifications() as { topic: { value: string } }[]).slice(before);
    expect(feed.length).toBe(sent.length);
    expect(feed.every((n) => n.topic.value.length > 0)).toBe(true);
    await page.context().close();
  }, 60_000);

  it('two instances on one page: each its own view, ids and navigation', async () => {
    const { page } = await open(JONAS, '?page=secties');
    await booted(page);
    const first = page.locator(`[data-instance-id="${INSTANCE_IDS[0]}"]`);
    const second = page.locator(`[data-instance-id="${INSTANCE_IDS[1]}"]`);
    await first.getByRole('heading', { level: 2, name: 'Ons integriteitsbeleid' }).waitFor();
    await second.getByRole('heading', { level: 2, name: 'Integriteitsplan' }).waitFor();
    // navigating in one instance leaves the other where it is
    await viewLink(second, 'Registers').click();
    await second.getByRole('heading', { level: 2, name: 'Registers' }).waitFor();
    await first.getByRole('heading', { level: 2, name: 'Ons integriteitsbeleid' }).waitFor();
    const duplicateIds = await page.evaluate(() => {
      const seen = new Map<string, number>();
      document.querySelectorAll('[id]').forEach((el) => seen.set(el.id, (seen.get(el.id) ?? 0) + 1));
      return [...seen].filter(([, n]) => n > 1).map(([id]) => id);
    });
    expect(duplicateIds).toEqual([]);
    await expectNoSeriousA11yViolations(page);
    await page.context().close();
  }, 90_000);
});

describe('an SPFx upgrade that breaks the boot fails loudly', () => {
  it(`pins SPFx ${SPFX_VERSION}: every framework package the page serves is that version`, async () => {
    const runtime = await loadSpfxRuntime(ROOT, '/sites/integriteit', { applicationScript: () => Buffer.from('') });
    expect(runtime.manifests.filter((m) => m.alias === 'SPWebPartBase').map((m) => m.version)).toEqual([SPFX_VERSION]);
    // the Microsoft-internal bundles that are not on npm, each given an inert stand-in: a new one is a change to review
    expect(runtime.standIns.length).toBeGreaterThan(0);
    expect(runtime.webPart.loaderConfig.internalModuleBaseUrls).toEqual(['/sites/integriteit/ClientSideAssets/']);
  });

  it('names the framework package that is missing or of another version', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'spfx-upgrade-'));
    await expect(loadSpfxRuntime(root, '/sites/integriteit', { applicationScript: () => Buffer.from('') })).rejects.toThrow(
      `@microsoft/${FRAMEWORK_PACKAGES[0]} is not installed`,
    );
    const pkg = path.join(root, 'node_modules/@microsoft', FRAMEWORK_PACKAGES[0]);
    mkdirSync(path.join(pkg, 'dist'), { recursive: true });
    writeFileSync(path.join(pkg, 'package.json'), JSON.stringify({ version: '1.24.0' }));
    await expect(loadSpfxRuntime(root, '/sites/integriteit', { applicationScript: () => Buffer.from('') })).rejects.toThrow(
      `@microsoft/${FRAMEWORK_PACKAGES[0]} is 1.24.0, not ${SPFX_VERSION}`,
    );
  });
});
