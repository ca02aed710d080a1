import type { Page } from 'playwright-core';
import { AANDACHTSPUNTEN, ACTIEPUNTEN, BELEIDSTEKSTEN, BERICHTEN, DOELSTELLINGEN, KENNISNAMES, KORPSRICHTLIJNEN } from '../../src/data/schema';
import { contextAs, expectNoSeriousA11yViolations, recordListRequests, saveScreenshot, testAppPerFile, viewPath } from './support';

const JONAS = 'jonas.maes@pzcarma.be';
const WIM = 'wim.hendrickx@pzcarma.be';

const app = testAppPerFile({ now: new Date('2026-03-10T09:00:00Z') });

/** The lists of the Beleid and Integriteitsplan views. */
const POLICY_LISTS = [AANDACHTSPUNTEN, BELEIDSTEKSTEN, BERICHTEN, KORPSRICHTLIJNEN, KENNISNAMES, DOELSTELLINGEN, ACTIEPUNTEN].map((l) => l.title);

/** A page signed in as a persona, recording the requests that read the policy lists (other parts of the frame, such as the notification bell, are not counted). */
async function open(login: string, path: string): Promise<{ page: Page; policyRequests: string[] }> {
  const page = await (await contextAs(app, login)).newPage();
  const policyRequests = recordListRequests(page, POLICY_LISTS);
  await page.goto(path);
  return { page, policyRequests };
}

describe('the Beleid view on the SharePoint page', () => {
  it('lets a staff member read the policy, find a korpsrichtlijn and acknowledge it', async () => {
    const { page, policyRequests } = await open(JONAS, app.sitePath);
    await page.getByRole('heading', { level: 2, name: 'Ons integriteitsbeleid' }).waitFor();
    await page.getByRole('button', { name: 'Respect voor het materiaal' }).waitFor();
    // the home's first paint: one batched round trip
    expect(policyRequests).toEqual([`POST ${app.sitePath}/_api/$batch`]);
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, 'policy-home');

    await page.getByRole('button', { name: 'Attenties, aanbiedingen en incidentele vergoedingen, corruptie' }).click();
    await page.getByRole('heading', { level: 2, name: 'Aandachtspunt 1: Attenties, aanbiedingen en incidentele vergoedingen, corruptie' }).waitFor();
    await page.getByRole('button', { name: 'Een geschenk melden' }).waitFor();
    await page.getByRole('button', { name: 'Geschenken, attenties en uitnodigingen' }).waitFor();
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, 'policy-theme');

    await page.getByRole('button', { name: '← Terug naar het beleid' }).click();
    await page.getByRole('button', { name: 'Alle korpsrichtlijnen →' }).click();
    await page.getByRole('heading', { level: 2, name: 'Korpsrichtlijnen' }).waitFor();
    await page.getByRole('searchbox', { name: 'Zoeken' }).fill('whatsapp');
    await page.getByText('1 getoond').waitFor();
    await page.getByRole('button', { name: 'Sociale media en privécommunicatie' }).click();
    await page.getByRole('heading', { level: 2, name: 'Sociale media en privécommunicatie' }).waitFor();
    await page.getByText('Dit is een nieuwe hoofdversie. Je bevestigde versie 1 op 12/01/2021; lees de nieuwe versie en bevestig opnieuw.').waitFor();
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, 'policy-directive');

    await page.getByRole('button', { name: 'Gelezen en begrepen' }).click();
    await page.getByText(/^Je bevestigde versie 2 op \d\d\/\d\d\/\d{4}\.$/).waitFor();
    // a reload stays on the korpsrichtlijn (its address), with the acknowledgement kept
    await page.reload();
    await page.getByText(/^Je bevestigde versie 2 op \d\d\/\d\d\/\d{4}\.$/).waitFor();
    await page.context().close();
  }, 120_000);

  it('lets an owner update an operational objective of the integrity plan', async () => {
    const { page, policyRequests } = await open(WIM, viewPath(app, 'plan'));
    await page.getByRole('heading', { level: 2, name: 'Integriteitsplan' }).waitFor();
    await page.getByRole('button', { name: 'SD4.1 bijwerken' }).waitFor();
    expect(policyRequests).toEqual([`POST ${app.sitePath}/_api/$batch`]);
    expect(await page.getByRole('button', { name: 'SD1.1 bijwerken' }).count()).toBe(0);
    await expectNoSeriousA11yViolations(page);

    await page.getByRole('button', { name: 'SD4.1 bijwerken' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: 'Status' }).click();
    await page.getByRole('option', { name: 'Lopend' }).click();
    await dialog.getByRole('textbox', { name: 'Evaluatie' }).fill('Integriteitsvragen zitten in elke selectieproef voor leidinggevenden.');
    await expectNoSeriousA11yViolations(page);
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('SD4.1 is bijgewerkt.').waitFor();
    const row = page.getByRole('row').filter({ hasText: 'SD4.1' });
    await row.getByText('Lopend').waitFor();
    await saveScreenshot(page, 'plan-owner');
    await page.context().close();
  }, 120_000);
});
