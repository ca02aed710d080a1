import { contextAs, currentViews, expectNoSeriousA11yViolations, saveScreenshot, testAppPerFile, viewLink, viewNav, viewPath } from './support';
import { fakeTeamsContext, openInFakeTeamsHost } from './oidc/fakeTeamsHost';

const JONAS = 'jonas.maes@pzcarma.be';
const LOTTE = 'lotte.wouters@pzcarma.be';
const DIRECTIVE = 'Sociale media en privécommunicatie';

const app = testAppPerFile({ now: new Date('2026-03-10T09:00:00Z') });

describe('an address for every view', () => {
  let directiveItem = '';

  it('opens a korpsrichtlijn by its address on the SharePoint page, keeps it on reload, goes Back and Forward', async () => {
    const context = await contextAs(app, JONAS);
    const page = await context.newPage();
    // a shared link to the list of korpsrichtlijnen
    await page.goto(viewPath(app, 'beleid', 'richtlijnen'));
    await page.getByRole('heading', { level: 2, name: 'Korpsrichtlijnen' }).waitFor();
    await page.getByRole('button', { name: DIRECTIVE }).click();
    const heading = page.getByRole('heading', { level: 2, name: DIRECTIVE });
    await heading.waitFor();
    const url = new URL(page.url());
    expect(url.pathname).toBe(app.sitePath);
    expect(url.searchParams.get('view')).toBe('beleid');
    directiveItem = url.searchParams.get('item') || '';
    expect(directiveItem).toMatch(/^richtlijn\/\d+$/);
    // the readable form the app's links have always had
    expect(url.search).toBe(`?view=beleid&item=${directiveItem}`);
    // the keyboard lands on the new page's heading
    await page.waitForFunction((name) => document.activeElement?.tagName === 'H2' && document.activeElement.textContent === name, DIRECTIVE);

    await page.reload();
    await heading.waitFor();
    expect(await currentViews(page)).toEqual(['Beleid']);

    await page.goBack();
    await page.getByRole('heading', { level: 2, name: 'Korpsrichtlijnen' }).waitFor();
    expect(new URL(page.url()).search).toBe('?view=beleid&item=richtlijnen');
    await page.waitForFunction(() => document.activeElement?.tagName === 'H2' && document.activeElement.textContent === 'Korpsrichtlijnen');

    await page.goForward();
    await heading.waitFor();
    expect(new URL(page.url()).searchParams.get('item')).toBe(directiveItem);

    // another view is another entry of the history too
    await viewLink(page, 'Registers').click();
    await page.waitForURL((u) => u.searchParams.get('view') === 'registers');
    await page.goBack();
    await heading.waitFor();
    await page.mouse.move(0, 0);
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, 'address-directive');

    // a link opened in a new tab (the address as a colleague receives it)
    const shared = await context.newPage();
    await shared.goto(viewPath(app, 'beleid', directiveItem));
    await shared.getByRole('heading', { level: 2, name: DIRECTIVE }).waitFor();
    await context.close();
  }, 120_000);

  it('links a Bericht about a korpsrichtlijn to it', async () => {
    const context = await contextAs(app, JONAS);
    const page = await context.newPage();
    await page.goto(app.sitePath);
    const link = page.getByRole('link', { name: 'Lees de korpsrichtlijn: Nieuwe versie van de korpsrichtlijn sociale media' });
    expect(await link.getAttribute('href')).toBe(`${app.sitePath}?view=beleid&item=${directiveItem}`);
    await link.click();
    await page.getByRole('heading', { level: 2, name: DIRECTIVE }).waitFor();
    expect(new URL(page.url()).search).toBe(`?view=beleid&item=${directiveItem}`);
    await page.goBack();
    await page.getByRole('heading', { level: 2, name: 'Ons integriteitsbeleid' }).waitFor();
    await context.close();
  }, 120_000);

  it('leaves the address to the first web part when two share the page', async () => {
    const context = await contextAs(app, JONAS);
    const page = await context.newPage();
    await page.goto(`${app.sitePath}?page=secties`);
    const second = viewNav(page).nth(1);
    await second.getByRole('link', { name: 'Registers', exact: true }).click();
    expect(await second.locator('a[aria-current="page"]').allTextContents()).toEqual(['Registers']);
    expect(new URL(page.url()).search).toBe('?page=secties');
    await viewNav(page).first().getByRole('link', { name: 'Opleidingen', exact: true }).click();
    await page.waitForURL((u) => u.search === '?page=secties&view=opleidingen');
    await context.close();
  }, 120_000);

  it('opens the same korpsrichtlijn from a Teams deep link and in the standalone tab', async () => {
    expect(directiveItem).toMatch(/^richtlijn\/\d+$/);
    const context = await contextAs(app, LOTTE);
    const { tab, page } = await openInFakeTeamsHost(context, app.origin, {
      tabUrl: '/teams/?view=voorstellen',
      frameContext: 'content',
      context: fakeTeamsContext(LOTTE, { entityId: 'voorstellen', subEntityId: `beleid:${directiveItem}` }),
    });
    await tab.getByRole('heading', { level: 2, name: DIRECTIVE }).waitFor({ timeout: 20_000 });
    expect(await currentViews(tab)).toEqual(['Beleid']);
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, 'address-teams-deeplink');

    // the standalone tab: the link a notification carries locally, and the same query string as the page
    const standalone = await context.newPage();
    await standalone.goto(`/teams/?item=${encodeURIComponent(`beleid:${directiveItem}`)}`);
    await standalone.getByRole('heading', { level: 2, name: DIRECTIVE }).waitFor({ timeout: 20_000 });
    await viewLink(standalone, 'Registers').click();
    await standalone.waitForURL((u) => u.searchParams.get('view') === 'registers');
    await standalone.goBack();
    await standalone.getByRole('heading', { level: 2, name: DIRECTIVE }).waitFor();
    await context.close();
  }, 120_000);
});
