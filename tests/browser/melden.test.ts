/**
 * The internal reporting channel in the browser (issue #14 part 5): a member reports a suspected breach, the
 * integrity contact confirms receipt and gives feedback within the clock, the member reads both; a plain staff member
 * sees none of the others' reports (nor the dossiers) over raw REST with their own session.
 */
import type { Page } from 'playwright-core';
import { INTEGRITEITSMELDINGEN, KLACHTEN } from '../../src/data/schema';
import { JONAS, SOFIE } from '../data/registers/logins';
import { contextAs, recordListRequests, screenshotsAtTwoWidths, testAppPerFile, viewPath } from './support';

const NADIA = 'nadia.elamrani@pzcarma.be';
const SUBJECT = "Wapenkluis staat 's nachts open";

const app = testAppPerFile();

/** A page signed in as a persona, recording the requests that read the reports' list. */
async function open(login: string, item?: string): Promise<{ page: Page; listRequests: string[] }> {
  const page = await (await contextAs(app, login)).newPage();
  const listRequests = recordListRequests(page, [INTEGRITEITSMELDINGEN.title]);
  await page.goto(viewPath(app, 'melden', item));
  return { page, listRequests };
}

describe('the reporting channel for integrity breaches', () => {
  it('a member reports, the contact confirms receipt and gives feedback within the clock, the member reads it', async () => {
    // 1. the member opens the channel: what it is for, what goes elsewhere, Comité P, and what the app promises about identity
    const { page: jonas, listRequests } = await open(JONAS);
    await jonas.getByRole('heading', { level: 2, name: 'Integriteitsmelding' }).waitFor();
    await jonas.getByRole('heading', { level: 3, name: 'Mijn meldingen' }).waitFor();
    await jonas.getByRole('heading', { name: 'Extern melden: Comité P' }).waitFor();
    await jonas.getByText(/SharePoint registreert altijd wie een item aanmaakt/).waitFor();
    await jonas.getByText('Nadia El Amrani').waitFor();
    // the first paint: one batched round trip
    expect(listRequests).toEqual([`POST ${app.sitePath}/_api/$batch`]);
    await screenshotsAtTwoWidths(jonas, 'melden-1-home-member');

    // 2. the report
    await jonas.getByRole('button', { name: 'Een schending melden' }).click();
    await jonas.getByRole('heading', { level: 2, name: 'Een integriteitsschending melden' }).waitFor();
    await jonas.getByRole('button', { name: 'Melding versturen' }).click();
    await jonas.getByText('Vul dit veld in.').first().waitFor();
    await jonas.getByRole('textbox', { name: /^Onderwerp/ }).fill(SUBJECT);
    await jonas.getByRole('combobox', { name: /^Soort schending/ }).selectOption('Risico voor leven, gezondheid, veiligheid of milieu');
    await jonas.getByRole('textbox', { name: /^Wat heb je vastgesteld/ }).fill('De wapenkluis van de nachtploeg wordt open gelaten tijdens de patrouilles; de sleutel hangt ernaast.');
    await jonas.getByRole('textbox', { name: /^Wanneer en waar/ }).fill('Nachtdiensten van deze maand, commissariaat centrum.');
    await jonas.getByRole('radio', { name: 'In de app' }).check();
    await screenshotsAtTwoWidths(jonas, 'melden-2-form');
    await jonas.getByRole('button', { name: 'Melding versturen' }).click();
    await jonas.getByText('Je melding is ontvangen.').waitFor();
    await jonas.getByRole('button', { name: 'Je melding bekijken' }).click();
    await jonas.getByRole('heading', { level: 3, name: SUBJECT }).waitFor();
    await jonas.getByText('De ontvangst is nog niet bevestigd.').waitFor();
    const reportItem = new URL(jonas.url()).searchParams.get('item') || '';
    expect(reportItem).toMatch(/^melding\/\d+$/);
    await jonas.context().close();

    // 3. the contact sees it among the running clocks (7 days to confirm) and handles it
    const { page: nadia } = await open(NADIA);
    const running = nadia.getByRole('table', { name: 'Lopende termijnen' });
    await running.getByRole('link', { name: SUBJECT }).waitFor();
    await nadia.getByText('Over tijd').first().waitFor();
    await screenshotsAtTwoWidths(nadia, 'melden-3-home-contact');
    await running.getByRole('link', { name: SUBJECT }).click();
    await nadia.getByRole('heading', { level: 3, name: SUBJECT }).waitFor();
    await nadia.getByText('Jonas Maes').waitFor();
    await nadia.getByText(/nog 7 dagen/).waitFor();
    await nadia.getByRole('button', { name: 'Ontvangst bevestigen' }).click();
    await nadia.getByRole('textbox', { name: /^Bericht aan de melder/ }).fill('Goed ontvangen. We bekijken dit met de dienst en de Cel GWB.');
    await nadia.locator('form').getByRole('button', { name: 'Ontvangst bevestigen' }).click();
    await nadia.getByText(/^Bevestigd op \d\d\/\d\d\/\d{4}$/).waitFor();
    await nadia.getByText('Tijdig').first().waitFor();
    await nadia.getByRole('button', { name: 'Feedback geven' }).click();
    await nadia.getByRole('textbox', { name: /^Feedback aan de melder/ }).fill('De kluis heeft nu een codeslot en wordt bij elke ploegwissel gecontroleerd. Dank voor je melding.');
    await nadia.locator('form').getByRole('button', { name: 'Feedback geven' }).click();
    await nadia.getByText(/^Gegeven op \d\d\/\d\d\/\d{4}$/).waitFor();
    await nadia.getByRole('button', { name: 'Afsluiten' }).waitFor();
    await screenshotsAtTwoWidths(nadia, 'melden-4-report-contact');

    // the contact's other pages: a report received by letter, and the annual figures
    await nadia.getByRole('link', { name: /Terug/ }).click();
    await nadia.getByRole('button', { name: 'Melding registreren namens een melder' }).click();
    await nadia.getByRole('heading', { level: 2, name: 'Melding registreren namens een melder' }).waitFor();
    await screenshotsAtTwoWidths(nadia, 'melden-5-on-behalf');
    await nadia.getByRole('link', { name: /Terug/ }).click();
    await nadia.getByRole('button', { name: 'Jaarcijfers' }).click();
    await nadia.getByRole('heading', { level: 2, name: 'Jaarcijfers van de meldingen' }).waitFor();
    await nadia.getByRole('heading', { level: 3, name: 'Feedback binnen 3 maanden' }).waitFor();
    await screenshotsAtTwoWidths(nadia, 'melden-6-figures');
    await nadia.context().close();

    // 4. the member reads the receipt and the feedback on their own report
    const { page: back } = await open(JONAS, reportItem);
    await back.getByText('Goed ontvangen. We bekijken dit met de dienst en de Cel GWB.').waitFor();
    await back.getByText(/De kluis heeft nu een codeslot/).waitFor();
    expect(await back.getByRole('button', { name: 'Afsluiten' }).count()).toBe(0);
    await screenshotsAtTwoWidths(back, 'melden-7-report-member');
    await back.context().close();
  }, 300_000);

  it("a plain staff member sees none of the others' reports or dossiers over raw REST", async () => {
    const context = await contextAs(app, SOFIE);
    const get = (path: string) => context.request.get(`${app.origin}${app.sitePath}/_api/${path}`, { headers: { Accept: 'application/json' } });
    const reports = await get(`web/lists/getByTitle('${INTEGRITEITSMELDINGEN.title}')/items?$select=Id,Title,AuthorId`);
    expect(reports.status()).toBe(200);
    const rows = ((await reports.json()) as { value: { Title: string }[] }).value;
    // her own demo report only: the others' (Jonas's, the ones the contact registered) never reach her
    expect(rows.map((r) => r.Title)).toEqual(['Opzoekingen in de ANG zonder dienstreden']);
    const dossiers = await get(`web/lists/getByTitle('${KLACHTEN.title}')/items?$select=Id,Title`);
    const dossierRows = dossiers.status() === 200 ? ((await dossiers.json()) as { value: unknown[] }).value : [];
    expect(dossierRows).toEqual([]);
    await context.close();
  }, 60_000);
});
