import type { Locator, Page } from 'playwright-core';
import { expectNoSeriousA11yViolations, openAs, openView, saveScreenshot, testAppPerFile } from './support';

const LOTTE = 'lotte.wouters@pzcarma.be';
const KAREL = 'karel.peeters@pzcarma.be';
const HILDE = 'hilde.goossens@pzcarma.be';
const TOM = 'tom.vermeulen@pzcarma.be';
const TITLE = 'Houders voor bodycams op de kogelwerende vesten';

const app = testAppPerFile({ now: new Date('2026-11-25T09:00:00Z') });

/** The card of the journey's proposal in a list. */
const card = (page: Page): Locator => page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: TITLE }) });

describe('an improvement proposal from the Teams tab to the werkgroep and back to the team', () => {
  it('goes through every step with the right person and the team sees the whole way', async () => {
    // 1. the team Q&W of Interventie proposes in the Teams tab
    const lotte = await openAs(app, LOTTE, '/teams/?view=voorstellen');
    await lotte.getByRole('heading', { level: 2, name: 'Voorstellen van Interventie' }).waitFor();
    await expectNoSeriousA11yViolations(lotte);
    await saveScreenshot(lotte, 'proposals-1-team-list');
    await lotte.getByRole('button', { name: 'Nieuw voorstel' }).click();
    await lotte.getByRole('heading', { level: 2, name: 'Nieuw verbetervoorstel' }).waitFor();
    await lotte.getByRole('textbox', { name: /^Titel/ }).fill(TITLE);
    await lotte.getByRole('textbox', { name: /^Het probleem vandaag/ }).fill('De bodycams schuiven los van de vesten en vallen tijdens interventies op de grond.');
    await lotte.getByRole('textbox', { name: /^Het voorstel/ }).fill('Vaste klikhouders aankopen voor alle kogelwerende vesten van de interventieploegen.');
    await lotte.getByRole('combobox', { name: /^Onderwerp/ }).selectOption('Aankoop of investering');
    await lotte.getByRole('textbox', { name: /^Geschatte kost/ }).fill('3.400');
    await expectNoSeriousA11yViolations(lotte);
    await saveScreenshot(lotte, 'proposals-2-form');
    await lotte.getByRole('button', { name: 'Voorstel indienen' }).click();
    await lotte.getByText('Je voorstel is ingediend. Het diensthoofd van Interventie is verwittigd.').waitFor();
    await lotte.getByRole('heading', { level: 2, name: TITLE }).waitFor();
    const itemId = Number(/Voorstel (\d+)/.exec(await lotte.getByText(/^Voorstel \d+$/).first().innerText())?.[1]);
    expect(itemId).toBeGreaterThan(0);
    await lotte.getByText(/Het diensthoofd van Interventie is aan zet: valideren, terugsturen met vraag, afwijzen\. Verwacht tegen \d\d\/\d\d\/\d{4}\./).waitFor();
    await saveScreenshot(lotte, 'proposals-3-submitted');
    await lotte.context().close();

    // 2. the diensthoofd validates it on the SharePoint page
    const karel = await openView(app, KAREL, 'voorstellen');
    await karel.getByRole('heading', { level: 2, name: 'Te valideren: Interventie' }).waitFor();
    await card(karel).getByRole('button', { name: 'Valideren' }).click();
    await karel.getByRole('dialog').getByRole('button', { name: 'Valideren' }).click();
    await karel.getByText(/^Beslissing opgeslagen: Gevalideerd\./).waitFor();
    await expectNoSeriousA11yViolations(karel);
    await saveScreenshot(karel, 'proposals-4-validated');
    await karel.context().close();

    // 3. the directiecomité routes it to the Aankoopcomité as the app suggests (with the Q-team as executor)
    const hilde = await openView(app, HILDE, 'voorstellen');
    await hilde.getByRole('heading', { level: 2, name: /^Agenda van het directiecomité van \d\d\/\d\d\/\d{4}$/ }).waitFor();
    const row = card(hilde);
    expect(await row.getByRole('combobox', { name: 'Comité' }).inputValue()).toBe('aankoopcomite');
    await row.getByText(/Waarom: .*Aankoopcomité.*Q-team/).waitFor();
    await row.getByRole('checkbox', { name: `${TITLE} opnemen in de bevestiging` }).check();
    await expectNoSeriousA11yViolations(hilde);
    await saveScreenshot(hilde, 'proposals-5-agenda');
    await hilde.getByRole('button', { name: 'Aangeduide beslissingen bevestigen' }).click();
    await hilde.getByText('1 beslissing bevestigd.').waitFor();
    await hilde.context().close();

    // 4. the chair of the Aankoopcomité assigns it to the Q-team
    const tom = await openView(app, TOM, 'voorstellen');
    await tom.getByRole('heading', { level: 2, name: 'Voorstellen voor Aankoopcomité' }).waitFor();
    await card(tom).getByRole('button', { name: 'Toewijzen' }).click();
    const dialog = tom.getByRole('dialog');
    await dialog.getByRole('radio', { name: 'Q-team' }).waitFor();
    expect(await dialog.getByRole('radio', { name: 'Q-team' }).isChecked()).toBe(true);
    await dialog.getByRole('textbox', { name: /Motivering/ }).fill('Het Q-team test twee modellen houders op het terrein.');
    await expectNoSeriousA11yViolations(tom);
    await saveScreenshot(tom, 'proposals-6-assign');
    await dialog.getByRole('button', { name: 'Toewijzen' }).click();
    await tom.getByText(/^Beslissing opgeslagen: Toegewezen aan uitvoerder\./).waitFor();
    await tom.context().close();

    // 5. the proposer sees the notification and the whole way, with who, when and why
    const back = await openAs(app, LOTTE, '/teams/?view=voorstellen');
    const bell = back.getByRole('button', { name: /^Meldingen, \d+\+? ongelezen$/ });
    await bell.waitFor();
    await bell.click();
    await back.getByRole('button', { name: new RegExp(`Tom Vermeulen besliste over "${TITLE}": Toegewezen aan uitvoerder`) }).waitFor();
    await expectNoSeriousA11yViolations(back);
    await saveScreenshot(back, 'proposals-7-notifications');
    // Escape closes the list: the focus is back on the bell and the page is no longer hidden from screen readers
    await back.keyboard.press('Escape');
    await back.getByRole('heading', { level: 2, name: 'Voorstellen van Interventie' }).waitFor();
    expect(await bell.evaluate((el) => el === document.activeElement)).toBe(true);
    await bell.click();
    await back.getByRole('button', { name: new RegExp(`Tom Vermeulen besliste over "${TITLE}"`) }).click();
    await back.getByRole('heading', { level: 2, name: TITLE }).waitFor();
    for (const line of [
      'Lotte Wouters heeft het voorstel ingediend',
      'Karel Peeters heeft het voorstel gevalideerd',
      'Hilde Goossens heeft het voorstel verwezen naar een comité',
      'Tom Vermeulen heeft het voorstel toegewezen',
    ]) {
      await back.getByText(line).waitFor();
    }
    await back.getByText('Naar Aankoopcomité').waitFor();
    await back.getByText('Aan Q-team').waitFor();
    await back.getByText('Het Q-team test twee modellen houders op het terrein.').waitFor();
    await expectNoSeriousA11yViolations(back);
    await saveScreenshot(back, 'proposals-8-timeline');
    await back.context().close();

    // every step also reached the Teams activity feed of the people who act next, with a deep link to the proposal
    const feed = (app.notifications() as { recipient: string; activityType: string; topic: { webUrl: string } }[]).filter(
      (n) => decodeURIComponent(n.topic.webUrl).indexOf(`voorstellen:voorstel/${itemId}`) >= 0,
    );
    expect(feed.filter((n) => n.recipient === KAREL).map((n) => n.activityType)).toEqual(['proposalSubmitted', 'proposalDecided']);
    expect(feed.filter((n) => n.recipient === TOM).map((n) => n.activityType)).toEqual(['proposalAssigned']);
    expect(feed.filter((n) => n.recipient === 'joris.michiels@pzcarma.be').map((n) => n.activityType)).toEqual(['proposalAssigned']);
    expect(feed.filter((n) => n.recipient === LOTTE).map((n) => n.activityType)).toEqual(['proposalDecided', 'proposalDecided', 'proposalDecided']);
  }, 240_000);
});
