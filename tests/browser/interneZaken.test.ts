/**
 * The roles of Interne zaken in the browser (issue #14 part 6): the CaLog support role keeps the dossiers'
 * administration without seeing a dossier; the Juridische dienst reads the tuchtdossier whose legal support the
 * korpschef asked, and only that one.
 */
import type { Page } from 'playwright-core';
import { openView, screenshotsAtTwoWidths, testAppPerFile } from './support';

const KATRIEN = 'katrien.wuyts@pzcarma.be';
const SARAH = 'sarah.leclercq@pzcarma.be';
const TUCHT = 'Aanvaarden van een gunst bij een horecazaak';

const app = testAppPerFile();

const open = (login: string, item?: string): Promise<Page> => openView(app, login, 'klachten', item);

describe('interne zaken', () => {
  it('lets the CaLog support role keep the administration of the dossiers, never their substance', async () => {
    const page = await open(KATRIEN);
    await page.getByRole('heading', { level: 2, name: 'Klachten' }).waitFor();
    await page.getByRole('button', { name: 'Dossieradministratie' }).click();
    await page.getByRole('heading', { level: 2, name: 'Dossieradministratie' }).waitFor();
    const table = page.getByRole('table', { name: 'Dossieradministratie' });
    await table.waitFor();
    expect(await page.getByText(TUCHT).count()).toBe(0);
    const first = table.getByRole('button', { name: /^Bijwerken / }).first();
    await first.click();
    const form = page.getByRole('form', { name: /^Bijwerken / });
    await form.getByLabel(/^Eerstvolgende termijn/).fill('2027-01-15');
    await form.getByRole('textbox', { name: /^Wat moet er tegen die termijn gebeuren/ }).fill('Verweer van het personeelslid ontvangen');
    await form.getByRole('button', { name: 'Bijwerken' }).click();
    await table.getByText('Verweer van het personeelslid ontvangen').waitFor();
    await table.getByText('15/01/2027').waitFor();
    await screenshotsAtTwoWidths(page, 'interne-zaken-1-administratie');
    await page.context().close();
  }, 180_000);

  it('lets the Juridische dienst read the tuchtdossier whose legal support was asked, and no other dossier', async () => {
    const page = await open(SARAH);
    await page.getByRole('heading', { level: 2, name: 'Klachten' }).waitFor();
    const rows = page.getByRole('table', { name: 'Klachten' }).getByRole('row');
    await page.getByRole('cell', { name: TUCHT }).waitFor();
    expect(await rows.count()).toBe(2);
    await page.getByRole('row', { name: new RegExp(TUCHT) }).getByRole('link').click();
    await page.getByText('Juridische bijstand gevraagd: de Juridische dienst leest dit dossier tot het afgesloten is.').first().waitFor();
    expect(await page.getByRole('button', { name: 'Notities opslaan' }).count()).toBe(0);
    await screenshotsAtTwoWidths(page, 'interne-zaken-2-juridische-dienst');
    await page.context().close();
  }, 180_000);
});
