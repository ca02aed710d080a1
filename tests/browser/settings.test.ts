/**
 * The zone's settings page (Beleid > Instellingen) in Chromium on the local SharePoint page: a beheerder changes the
 * advice reminder days through the real PnPjs (never the last before the first), the registers then count with them;
 * a staff member only reads them.
 */
import type { RunningApp } from '../../devserver/app';
import { closeBrowser, contextAs, expectNoSeriousA11yViolations, screenshotsAtTwoWidths, startTestApp, viewPath } from './support';

const ILSE = 'ilse.thys@pzcarma.be'; // Integriteit Beheerders
const JONAS = 'jonas.maes@pzcarma.be';

let app: RunningApp;

beforeAll(async () => {
  app = await startTestApp({ now: new Date('2026-03-10T09:00:00Z') });
}, 180_000);

afterAll(async () => {
  await closeBrowser();
  await app?.close();
});

describe("the zone's settings page", () => {
  it('lets a beheerder change a setting, refuses a value out of range or a last reminder before the first in Dutch, and keeps the change', async () => {
    const page = await (await contextAs(app, ILSE)).newPage();
    await page.goto(viewPath(app, 'beleid', 'instellingen'));
    await page.getByRole('heading', { level: 2, name: 'Instellingen van de zone' }).waitFor();
    for (const topic of ['Verbetervoorstellen en directiecomité', 'Nevenactiviteiten: herinneringen voor het advies', 'Jaarcijfers: klachten en integriteitsmeldingen', 'Weerspannigheid: evaluatie en opvolging']) {
      await page.getByRole('heading', { level: 3, name: topic }).waitFor();
    }
    const threshold = page.getByRole('spinbutton', { name: /Anonimiteitsdrempel/ });
    expect(await threshold.inputValue()).toBe('5');
    await threshold.fill('1');
    await page.getByRole('listitem').filter({ has: threshold }).getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Kies een geheel getal van 2 tot 20.').waitFor();

    const first = page.getByRole('spinbutton', { name: /Eerste herinnering/ });
    expect(await first.inputValue()).toBe('10');
    await first.fill('14');
    await page.getByRole('listitem').filter({ has: first }).getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Eerste herinnering (dagen voor de uiterste adviesdatum) is opgeslagen.').waitFor();
    await page.getByText(/^Laatst gewijzigd door Ilse Thys op \d\d\/\d\d\/\d{4}$/).first().waitFor();
    // the last reminder cannot come before the first one just saved
    const last = page.getByRole('spinbutton', { name: /Laatste herinnering/ });
    await last.fill('15');
    await page.getByRole('listitem').filter({ has: last }).getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('De laatste herinnering kan niet vóór de eerste vallen: kies hoogstens 14 dagen.').waitFor();
    await screenshotsAtTwoWidths(page, 'settings-beheerder');

    // read back from SharePoint: the new value, the threshold untouched
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Instellingen van de zone' }).waitFor();
    await page.getByRole('spinbutton', { name: /Eerste herinnering/ }).waitFor();
    expect(await page.getByRole('spinbutton', { name: /Eerste herinnering/ }).inputValue()).toBe('14');
    expect(await page.getByRole('spinbutton', { name: /Anonimiteitsdrempel/ }).inputValue()).toBe('5');
    expect(await page.getByRole('spinbutton', { name: /Laatste herinnering/ }).inputValue()).toBe('3');
    await page.context().close();
  }, 180_000);

  it('shows a staff member the settings without a way to change them', async () => {
    const page = await (await contextAs(app, JONAS)).newPage();
    await page.goto(viewPath(app, 'beleid', 'instellingen'));
    await page.getByText('Alleen de Integriteit Beheerders wijzigen deze instellingen.').waitFor();
    expect(await page.getByRole('button', { name: 'Opslaan' }).count()).toBe(0);
    expect(await page.getByRole('spinbutton', { name: /Termijn van de tactische evaluatie/ }).getAttribute('readonly')).not.toBeNull();
    await expectNoSeriousA11yViolations(page);
    await screenshotsAtTwoWidths(page, 'settings-staff');
    await page.context().close();
  }, 180_000);
});
