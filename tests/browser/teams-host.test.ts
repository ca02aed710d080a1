import type { Frame } from 'playwright-core';
import { contextAs, currentViews, expectNoSeriousA11yViolations, saveScreenshot, testAppPerFile, viewLink } from './support';
import { policyContent } from '../../seed/content';
import { fakeTeamsContext, openInFakeTeamsHost, type FakeTeamsContext, type TeamsThemeName } from './oidc/fakeTeamsHost';

const LOGIN = 'lotte.wouters@pzcarma.be';

const teamsContext = (overrides: Partial<FakeTeamsContext> = {}): FakeTeamsContext => fakeTeamsContext(LOGIN, overrides);

/** The computed background colour of the app's root inside the tab. */
const appBackground = (tab: Frame): Promise<string> =>
  tab.evaluate(() => getComputedStyle(document.querySelector('.fui-FluentProvider > div') as HTMLElement).backgroundColor);

const app = testAppPerFile();

describe('the Teams tab inside a (fake) Teams host', () => {
  it('initialises with Teams, follows the deep link, takes the theme and changes it live', async () => {
    const context = await contextAs(app, LOGIN);
    // the tab's ES modules and chunks, and any of them that failed to load
    const modules: string[] = [];
    const problems: string[] = [];
    const ours = (url: string): boolean => new URL(url).pathname.startsWith('/teams/');
    context.on('request', (request) => {
      if (ours(request.url()) && new URL(request.url()).pathname.endsWith('.js')) modules.push(new URL(request.url()).pathname);
    });
    context.on('requestfailed', (request) => {
      if (ours(request.url())) problems.push(`${request.url()}: ${request.failure()?.errorText}`);
    });
    context.on('response', (response) => {
      if (ours(response.url()) && response.status() >= 400) problems.push(`${response.url()}: ${response.status()}`);
    });
    context.on('console', (message) => {
      if (message.type() === 'error' && /dynamically imported module|Failed to fetch|import\(/i.test(message.text())) problems.push(message.text());
    });
    // A deep link as a notification or a colleague's "copy link" names it: a part of the app and one item in it.
    const theme = policyContent.themes.find((t) => t.number === 9)!;
    const host = await openInFakeTeamsHost(context, app.origin, {
      tabUrl: '/teams/?view=voorstellen',
      frameContext: 'content',
      context: teamsContext({ entityId: 'voorstellen', subEntityId: 'beleid:thema/9' }),
    });
    const { tab, page } = host;
    // The deep link wins over the tab's own view: the theme page of Beleid opens.
    const policy = viewLink(tab, 'Beleid');
    await policy.waitFor({ timeout: 20_000 });
    expect(await policy.getAttribute('aria-current')).toBe('page');
    await tab.getByRole('heading', { name: theme.title }).first().waitFor({ timeout: 20_000 });
    await tab.getByRole('heading', { level: 1, name: 'Integriteit CARMA' }).waitFor();
    expect(await tab.getByText('Aangemeld als Lotte Wouters').count()).toBe(1);
    const funcs = (await host.messages()).map((m) => m.func);
    expect(funcs.slice(0, 2)).toEqual(['initialize', 'getContext']);
    expect(funcs).toContain('appInitialization.success');

    const shots: Record<TeamsThemeName, string> = { default: 'teams-tab-light', dark: 'teams-tab-dark', contrast: 'teams-tab-contrast' };
    const backgrounds: string[] = [];
    for (const theme of ['default', 'dark', 'contrast'] as TeamsThemeName[]) {
      if (theme !== 'default') await host.pushTheme(theme);
      await page.waitForTimeout(200);
      backgrounds.push(await appBackground(tab));
      await saveScreenshot(page, shots[theme]);
      await expectNoSeriousA11yViolations(page);
    }
    // Teams light, dark and high-contrast backgrounds, without reloading the tab.
    expect(backgrounds).toEqual(['rgb(255, 255, 255)', 'rgb(41, 41, 41)', 'rgb(0, 0, 0)']);
    expect(await policy.getAttribute('aria-current')).toBe('page');
    // views and the language are chunks: Dutch only, and the Registers view when it is opened
    expect(modules.filter((m) => /\/chunks\/(fr-BE|en-US|RegistersView)-/.test(m))).toEqual([]);
    expect(modules.some((m) => /^\/teams\/chunks\/nl-BE-\w+\.js$/.test(m))).toBe(true);
    await viewLink(tab, 'Registers').click();
    await tab.getByRole('heading', { level: 2, name: 'Registers' }).waitFor({ timeout: 20_000 });
    expect(modules.some((m) => /^\/teams\/chunks\/RegistersView-\w+\.js$/.test(m))).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  }, 120_000);

  it('speaks the language Teams reports', async () => {
    const context = await contextAs(app, LOGIN);
    const { tab } = await openInFakeTeamsHost(context, app.origin, {
      tabUrl: '/teams/?view=registers',
      frameContext: 'content',
      context: teamsContext({ locale: 'fr-be', entityId: 'registers', theme: 'dark' }),
    });
    await tab.getByRole('heading', { level: 1, name: 'Intégrité CARMA' }).waitFor({ timeout: 20_000 });
    expect(await currentViews(tab)).toEqual(['Registres']);
    expect(await tab.evaluate(() => document.documentElement.lang)).toBe('fr-BE');
    await context.close();
  }, 60_000);

  it('configures a channel tab: picks a view and saves its URL when Teams presses Save', async () => {
    const context = await contextAs(app, LOGIN);
    const host = await openInFakeTeamsHost(context, app.origin, {
      tabUrl: '/teams/config.html',
      frameContext: 'settings',
      context: teamsContext({ entityId: '' }),
    });
    const { tab, page } = host;
    await tab.getByRole('radiogroup', { name: 'Onderdeel dat het tabblad opent' }).waitFor({ timeout: 20_000 });
    await tab.getByRole('radio', { name: 'Registers' }).check();
    await saveScreenshot(page, 'teams-config-page');
    await expectNoSeriousA11yViolations(page);
    expect((await host.messages()).find((m) => m.func === 'settings.setValidityState')?.args).toEqual([true]);
    const saved = await host.save();
    expect(saved.result).toBe('success');
    expect(saved.settings).toMatchObject({
      entityId: 'registers',
      contentUrl: `${app.origin}/teams/?view=registers`,
      websiteUrl: `${app.origin}/teams/?view=registers`,
      suggestedDisplayName: 'Integriteit – Registers',
    });
    await context.close();
  }, 60_000);
});
