/**
 * Way A into Teams: the web part itself as the Teams tab. Teams frames the URL the SharePoint-hosted Teams app's
 * manifest names (manifest/spfx/manifest.json): SharePoint's TeamsLogon.aspx on the team's site, which leads to
 * `_layouts/15/teamshostedapp.aspx`, where SharePoint runs the packaged web part on SPFx's runtime. Here the local
 * SharePoint serves both, the page runs the `.sppkg`'s web part on SPFx's own runtime from node_modules, and the fake
 * Teams host frames it as Teams does (the frame named `embedded-page-container`, the teams-js protocol).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import type { RunningApp } from '../../devserver/app';
import { policyContent } from '../../seed/content';
import { fakeTeamsContext, openInFakeTeamsHost, type FakeTeamsContext, type FakeTeamsHost } from './oidc/fakeTeamsHost';
import { contextAs, expectNoSeriousA11yViolations, KNOWN_SPFX_CONSOLE_ERRORS, saveScreenshot, testAppPerFile, viewLink } from './support';

const LOGIN = 'lotte.wouters@pzcarma.be';
const ROOT = path.resolve(__dirname, '../..');

/** The channel tab's URL from the SharePoint-hosted Teams app's manifest, with Teams' tokens filled in for the local site. */
function channelTabUrl(app: RunningApp, locale: string): string {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, 'manifest/spfx/manifest.json'), 'utf8'));
  const url = (manifest.configurableTabs[0].configurationUrl as string)
    .replace('https://{teamSiteDomain}', app.origin)
    .replace(/\{teamSitePath\}/g, app.sitePath)
    .replace('{locale}', locale);
  // the tab's content page; with openPropertyPane=true SharePoint would open the property pane, whose UI cannot open offline
  return url.replace('openPropertyPane%3Dtrue%26', '');
}

/** The computed background colour of the app's root inside the tab. */
const appBackground = (tab: Frame): Promise<string> =>
  tab.evaluate(() => getComputedStyle(document.querySelector('.fui-FluentProvider > div') as HTMLElement).backgroundColor);

/**
 * What else fails, harmlessly, when Teams frames the page offline: importing teams-js fetches Microsoft's list of valid
 * origins from its CDN and falls back to the built-in list (teams-tab.md §1).
 */
const KNOWN_TEAMS_ERRORS = [/https:\/\/res\.cdn\.office\.net\/teams-js\/validDomains\/json\/validDomains\.json/];

/** Console and page errors in the host and the tab other than the known ones (SPFx's telemetry, teams-js's origin list). */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  const known = (text: string): boolean => KNOWN_SPFX_CONSOLE_ERRORS.some((k) => k.url.test(text)) || KNOWN_TEAMS_ERRORS.some((k) => k.test(text));
  page.on('console', (message) => {
    const text = `${message.text()} (${message.location().url})`;
    if (message.type() === 'error' && !known(text)) errors.push(text);
  });
  page.on('pageerror', (error) => {
    const text = `${error.message}\n${error.stack ?? ''}`;
    if (!known(text)) errors.push(text);
  });
  return errors;
}

const app = testAppPerFile();

/** Opens the web part's Teams tab in the fake Teams host, recording the paths the browser requests. */
async function openTab(context: Partial<FakeTeamsContext>, locale = 'nl-be'): Promise<FakeTeamsHost & { paths: string[]; errors: string[] }> {
  const browserContext = await contextAs(app, LOGIN);
  const paths: string[] = [];
  browserContext.on('request', (request) => paths.push(new URL(request.url()).pathname));
  const host = await openInFakeTeamsHost(browserContext, app.origin, {
    tabUrl: channelTabUrl(app, locale),
    frameContext: 'content',
    context: fakeTeamsContext(LOGIN, context),
  });
  return { ...host, paths, errors: watchErrors(host.page) };
}

describe('the web part as a Teams tab (way A) in a (fake) Teams host', () => {
  it("TeamsLogon.aspx leads to teamshostedapp.aspx, where SPFx runs the .sppkg's web part with Teams' context", async () => {
    const { page, tab, paths, errors, messages, pushTheme } = await openTab({ entityId: 'beleid', theme: 'default' });
    await tab.getByRole('heading', { level: 2, name: 'Ons integriteitsbeleid' }).waitFor({ timeout: 30_000 });
    await tab.waitForFunction(() => document.documentElement.dataset.spfxBooted !== undefined, undefined, { timeout: 30_000 });
    expect(await tab.evaluate(() => document.documentElement.dataset.spfxBooted)).toBe('true');
    // SharePoint's sign-in for Teams, then the Teams tab page, with the web part from the package on SPFx's runtime
    expect(paths).toContain(`${app.sitePath}/_layouts/15/TeamsLogon.aspx`);
    expect(new URL(tab.url()).pathname).toBe(`${app.sitePath}/_layouts/15/teamshostedapp.aspx`);
    expect(paths.some((p) => new RegExp(`^${app.sitePath}/ClientSideAssets/integriteit-carma-web-part_[0-9a-f]+\\.js$`).test(p))).toBe(true);
    // SPFx saw Teams around the page: its Teams-aware host loaded SPFx's own teams-js and asked Teams for the context
    expect(paths.some((p) => /^\/_spfx\/chunk\.spfx-core-teamsenv-teamsJs-v2_none_[0-9a-f]+\.js$/.test(p))).toBe(true);
    const funcs = (await messages()).map((m) => m.func);
    expect(funcs[0]).toBe('initialize');
    expect(funcs.filter((f) => f === 'getContext').length).toBeGreaterThanOrEqual(2);

    // the Beleid home with the 10 aandachtspunten, as the signed-in user
    const themes = tab.getByRole('region', { name: 'De 10 aandachtspunten' }).getByRole('listitem');
    expect(await themes.count()).toBe(10);
    expect(await themes.getByRole('heading', { level: 4 }).allInnerTexts()).toEqual(policyContent.themes.map((t) => t.title));
    await tab.getByText('Aangemeld als Lotte Wouters').waitFor();
    await page.setViewportSize({ width: 390, height: 844 });
    await themes.nth(0).scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'teams-webpart-tab-390-themes');

    // Teams' theme reaches the web part through context.sdks.microsoftTeams: light, then dark without a reload
    expect(await appBackground(tab)).toBe('rgb(255, 255, 255)');
    for (const [width, height] of [
      [1366, 900],
      [390, 844],
    ]) {
      await page.setViewportSize({ width, height });
      await page.waitForTimeout(300);
      await saveScreenshot(page, `teams-webpart-tab-${width}`);
      await expectNoSeriousA11yViolations(page);
    }
    await tab.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
    await pushTheme('dark');
    await tab.waitForFunction(() => getComputedStyle(document.querySelector('.fui-FluentProvider > div') as HTMLElement).backgroundColor === 'rgb(41, 41, 41)');
    expect(await tab.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    await saveScreenshot(page, 'teams-webpart-tab-390-dark');
    await expectNoSeriousA11yViolations(page);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 120_000);

  it("opens the view and the item Teams names (the tab's entity, a deep link's subEntityId) in the language Teams speaks", async () => {
    const theme = policyContent.themes.find((t) => t.number === 9)!;
    const { page, tab, errors } = await openTab({ entityId: 'voorstellen', subEntityId: 'beleid:thema/9', locale: 'fr-be' }, 'fr-be');
    // the deep link wins over the tab's own view: the theme page of Beleid, in French (Teams' locale in forceLocale)
    const policy = viewLink(tab, 'Politique');
    await policy.waitFor({ timeout: 30_000 });
    expect(await policy.getAttribute('aria-current')).toBe('page');
    await tab.getByRole('heading', { name: theme.title }).first().waitFor();
    expect(await tab.evaluate(() => (window as unknown as { _spPageContextInfo: { currentUICultureName: string } })._spPageContextInfo.currentUICultureName)).toBe('fr-BE');
    expect(await tab.evaluate(() => document.documentElement.lang)).toBe('fr-BE');
    expect(errors).toEqual([]);
    await page.context().close();
  }, 90_000);

  it('outside Teams the same page runs the web part as on SharePoint: SPFx loads no teams-js when no Teams frame holds it', async () => {
    const context = await contextAs(app, LOGIN);
    const paths: string[] = [];
    context.on('request', (request) => paths.push(new URL(request.url()).pathname));
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(channelTabUrl(app, 'nl-be'));
    await page.getByRole('heading', { level: 2, name: 'Ons integriteitsbeleid' }).waitFor({ timeout: 30_000 });
    expect(new URL(page.url()).pathname).toBe(`${app.sitePath}/_layouts/15/teamshostedapp.aspx`);
    expect(paths.filter((p) => /teamsJs/.test(p))).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);
});
