/**
 * Issue 13, parts 2, 5 and 6 in a real browser on the local SharePoint page: the Werkgroep Integriteit prioritises the
 * plan and feeds its evaluation, a dienst's middenkader submits from the teamoverleg, and a staff member sees on the
 * Beleid home what is still to read. Each view is checked with axe and photographed in nl-BE at 1366 and 390 px.
 */
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { ACTIEPUNTEN, BELEIDSTEKSTEN, DOELSTELLINGEN, EVALUATIE_INBRENG, PRIORITEITEN } from '../../src/data/schema';
import { contextAs, expectNoSeriousA11yViolations, recordListRequests, saveScreenshot, SCREENSHOT_DIR, testAppPerFile, viewPath } from './support';

const NINA = 'nina.verbeke@pzcarma.be';
const JONAS = 'jonas.maes@pzcarma.be';
const PIETER = 'pieter.mertens@pzcarma.be';
const KAREL = 'karel.peeters@pzcarma.be';
const HILDE = 'hilde.goossens@pzcarma.be';

const app = testAppPerFile({ now: new Date('2026-11-25T09:00:00Z') });

/** The lists the plan view reads. */
const PLAN_LISTS = [DOELSTELLINGEN, ACTIEPUNTEN, BELEIDSTEKSTEN, PRIORITEITEN, EVALUATIE_INBRENG].map((l) => l.title);

/** A page signed in as a persona, recording the requests that read the given lists. */
async function open(login: string, path: string, lists: string[] = []): Promise<{ page: Page; reads: string[] }> {
  const page = await (await contextAs(app, login)).newPage();
  const reads = recordListRequests(page, lists);
  await page.goto(path);
  return { page, reads };
}

/**
 * Screenshots of the page as it is, at a desktop width (1366 px) and a phone width (390 px), and of the parts named
 * (a long page's full screenshot is too small to read).
 */
async function photograph(page: Page, name: string, parts: Record<string, Locator> = {}): Promise<void> {
  for (const width of [1366, 390]) {
    await page.setViewportSize({ width, height: width > 400 ? 900 : 844 });
    if (width < 400) await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, `${name}-${width}`);
    for (const part of Object.keys(parts)) {
      await parts[part].scrollIntoViewIfNeeded();
      await parts[part].screenshot({ path: path.join(SCREENSHOT_DIR, `${name}-${part}-${width}.png`) });
    }
  }
  await page.setViewportSize({ width: 1366, height: 900 });
}

/** The parts of the plan the werkgroep works in: the first SD's table and the milestones. */
const planParts = (page: Page): Record<string, Locator> => ({
  sd1: page.getByRole('region', { name: /^SD1 / }).first(),
  mijlpalen: page.locator('section:has(> h3:text-is("Timing en evaluatie"))'),
});

describe('the Werkgroep Integriteit on the integrity plan', () => {
  it('sets a priority and adds evaluation input; everyone reads them, only the werkgroep writes', async () => {
    const { page, reads } = await open(NINA, viewPath(app, 'plan'), PLAN_LISTS);
    await page.getByRole('heading', { level: 2, name: 'Integriteitsplan' }).waitFor();
    await page.getByRole('button', { name: 'Prioriteit van SD1.1 vastleggen' }).waitFor();
    // the plan with the werkgroep's priorities and input: one batched round trip
    expect(reads).toEqual([`POST ${app.sitePath}/_api/$batch`]);
    // the demo: priorities from the werkgroep's meeting and input per milestone
    await page.getByRole('row').filter({ hasText: 'SD1.3' }).getByText('Hoog').waitFor();
    await page.getByText('Alle diensthoofden bevraagd; de antwoorden zijn de basis van de prioriteiten.').waitFor();
    await expectNoSeriousA11yViolations(page);

    await page.getByRole('button', { name: 'Prioriteit van SD1.1 vastleggen' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('radio', { name: 'Laag' }).check();
    await dialog.getByRole('textbox', { name: 'Motivering' }).fill('Gerealiseerd: integriteit staat in het organogram.');
    await expectNoSeriousA11yViolations(page);
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('De prioriteit van SD1.1 is vastgelegd.').waitFor();
    const row = page.getByRole('row').filter({ hasText: 'SD1.1' });
    await row.getByText('Laag').waitFor();
    await row.getByText(/^Nina Verbeke, overleg van \d\d\/\d\d\/\d{4}$/).waitFor();

    await page.getByRole('button', { name: 'Inbreng toevoegen bij Eindevaluatie' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Opslaan' }).click();
    await page.getByRole('dialog').getByText('Schrijf je inbreng.').waitFor();
    await page.getByRole('dialog').getByRole('textbox', { name: /Inbreng/ }).fill('De werkgroep stelt voor de eindevaluatie te bespreken op het operationeel comité van juni.');
    await page.getByRole('dialog').getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Je inbreng bij “Eindevaluatie” is bewaard.').waitFor();
    await photograph(page, 'flow-werkgroep', planParts(page));
    await page.context().close();

    // a staff member reads the same priorities and input, with no way to change them
    const staff = await open(JONAS, viewPath(app, 'plan'));
    await staff.page.getByRole('heading', { level: 2, name: 'Integriteitsplan' }).waitFor();
    await staff.page.getByRole('row').filter({ hasText: 'SD1.1' }).getByText('Laag').waitFor();
    await staff.page.getByText('De werkgroep stelt voor de eindevaluatie te bespreken op het operationeel comité van juni.').waitFor();
    expect(await staff.page.getByRole('button', { name: /Prioriteit van/ }).count()).toBe(0);
    expect(await staff.page.getByRole('button', { name: /Inbreng toevoegen/ }).count()).toBe(0);
    await photograph(staff.page, 'flow-plan-reader', planParts(staff.page));
    await staff.page.context().close();
  }, 240_000);
});

describe('a proposal from the teamoverleg', () => {
  it('is submitted by the middenkader with the meeting date, shown on the proposal and its timeline', async () => {
    const { page } = await open(PIETER, viewPath(app, 'voorstellen'));
    await page.getByText(/^Q&W staat voor kwaliteit en welzijn\./).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Voorstellen van Interventie' }).waitFor();
    // the demo holds the Interventie teamoverleg's proposal
    await page.getByRole('heading', { name: 'Korte debriefing na elk agressie-incident' }).waitFor();
    await page.getByRole('button', { name: 'Nieuw voorstel' }).click();
    await page.getByRole('heading', { level: 2, name: 'Nieuw verbetervoorstel' }).waitFor();
    await page.getByRole('radio', { name: /Het teamoverleg/ }).waitFor();
    expect(await page.getByRole('radio', { name: 'Het team Q&W' }).count()).toBe(0);
    await page.getByRole('textbox', { name: /^Titel/ }).fill('Vaste plaats voor het teamoverleg in de nachtploeg');
    await page.getByRole('textbox', { name: /^Het probleem vandaag/ }).fill('De nachtploeg mist het teamoverleg omdat het altijd overdag valt.');
    await page.getByRole('textbox', { name: /^Het voorstel/ }).fill('Eén teamoverleg per maand aan het begin van de nachtdienst, met Q&W als vast agendapunt.');
    await page.getByRole('combobox', { name: /^Onderwerp/ }).selectOption('Operationele werking');
    await page.getByRole('button', { name: 'Voorstel indienen' }).click();
    await page.getByText('Geef de datum van het teamoverleg.').waitFor();
    await page.getByLabel(/^Datum van het teamoverleg/).fill('2026-11-24');
    await expectNoSeriousA11yViolations(page);
    await photograph(page, 'flow-teamoverleg-form');
    await page.getByRole('button', { name: 'Voorstel indienen' }).click();
    await page.getByRole('heading', { level: 2, name: 'Vaste plaats voor het teamoverleg in de nachtploeg' }).waitFor();
    await page.getByText('Voorstel van het teamoverleg Interventie van 24/11/2026').first().waitFor();
    // the timeline says it too, with the role Pieter acted in
    await page.getByText(/Pieter Mertens .*\(als middenkader, voor het teamoverleg\)/).waitFor();
    expect(await page.getByText('Voorstel van het teamoverleg Interventie van 24/11/2026').count()).toBe(2);
    await expectNoSeriousA11yViolations(page);
    await photograph(page, 'flow-teamoverleg-proposal');
    await page.context().close();

    // the diensthoofd finds it in the queue like any proposal of the dienst
    const karel = await open(KAREL, viewPath(app, 'voorstellen'));
    await karel.page.getByRole('heading', { level: 2, name: 'Te valideren: Interventie' }).waitFor();
    await karel.page.getByRole('heading', { name: 'Vaste plaats voor het teamoverleg in de nachtploeg' }).waitFor();
    await karel.page.context().close();
  }, 240_000);
});

describe('what a staff member still has to read', () => {
  it('is on the Beleid home, and a korpsrichtlijn leaves it once acknowledged', async () => {
    const { page } = await open(JONAS, app.sitePath);
    const toRead = page.getByRole('region', { name: /^Nog te lezen \(\d+\)$/ });
    await toRead.waitFor();
    const before = Number(/\((\d+)\)/.exec(await toRead.getByRole('heading').innerText())?.[1]);
    expect(before).toBeGreaterThan(0);
    await expectNoSeriousA11yViolations(page);
    await photograph(page, 'flow-still-to-read', { 'nog-te-lezen': toRead });
    const first = toRead.getByRole('button').first();
    const title = await first.innerText();
    await first.click();
    await page.getByRole('heading', { level: 2, name: title }).waitFor();
    await page.getByRole('button', { name: 'Gelezen en begrepen' }).click();
    await page.getByText(/^Je bevestigde versie \d+ op \d\d\/\d\d\/\d{4}\.$/).waitFor();
    await page.goto(app.sitePath);
    await page.getByRole('heading', { level: 2, name: 'Ons integriteitsbeleid' }).waitFor();
    if (before === 1) await page.getByText('Je hebt alle korpsrichtlijnen gelezen en bevestigd.').waitFor();
    else await page.getByRole('region', { name: `Nog te lezen (${before - 1})` }).waitFor();
    expect(await page.getByRole('region', { name: /^Nog te lezen/ }).getByRole('button', { name: title }).count()).toBe(0);
    await page.context().close();
  }, 240_000);
});

describe('the talk with the korpschef before the college’s advice', () => {
  it('is recorded by the korpschef on the declaration, after which the college can advise', async () => {
    const { page } = await open(HILDE, viewPath(app, 'registers'));
    await page.getByRole('link', { name: 'Gastdocent verkeersveiligheid' }).first().click();
    await page.getByRole('heading', { level: 2, name: 'Gastdocent verkeersveiligheid' }).waitFor();
    await page.getByText(/steunt op een gesprek tussen het personeelslid en de korpschef; dat gesprek is nog niet vastgelegd/).waitFor();
    await page.getByRole('button', { name: 'Gesprek vastleggen' }).click();
    await page.getByText(/^Gesprek met de korpschef op \d\d\/\d\d\/\d{4}\.$/).waitFor();
    await expectNoSeriousA11yViolations(page);
    await photograph(page, 'flow-side-activity-talk');
    await page.context().close();
  }, 240_000);
});
