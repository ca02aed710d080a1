import type { Locator, Page } from 'playwright-core';
import { spAs } from '../../devserver/app';
import { newClientId } from '../../src/data/clientId';
import { PnpProposalRepository } from '../../src/data/proposals/pnpProposalRepository';
import { memoryStore } from '../../src/data/proposals/storage';
import { brusselsDateOf, formatDateBE } from '../../src/domain/dates';
import type { ProposalContent } from '../../src/domain/proposal/proposal';
import { openView, screenshotsAtTwoWidths, testAppPerFile, viewNav, viewPath } from './support';

const LOTTE = 'lotte.wouters@pzcarma.be';
const KAREL = 'karel.peeters@pzcarma.be';
const PIETER = 'pieter.mertens@pzcarma.be';
const ELS = 'els.janssens@pzcarma.be';
const HILDE = 'hilde.goossens@pzcarma.be';
const SARAH = 'sarah.leclercq@pzcarma.be';
const EVA = 'eva.smets@pzcarma.be';
const JONAS = 'jonas.maes@pzcarma.be';

const ROUTED = 'Nachtkijkers voor de interventieploegen';
const REJECTED = 'Eigen koffiemachine per combi';
const ROUTE_REASON = 'Aankoop: het Q-team vergelijkt eerst twee modellen.';
const REJECT_REASON = 'Valt buiten het budget van dit jaar; de wacht krijgt al een nieuwe machine.';

const app = testAppPerFile();
const ids: Record<string, number> = {};
const today = brusselsDateOf(new Date());

const content = (title: string, topic: ProposalContent['topic']): ProposalContent => ({
  title,
  problem: 'Het probleem zoals het team Q&W het ziet.',
  improvement: 'De verbetering die het team voorstelt.',
  description: '',
  topic,
  costEstimate: 2400,
});

/** The team submits and its diensthoofd validates (the flow's own repository): two proposals wait for the directiecomité. */
async function onTheAgenda(): Promise<void> {
  const repoAs = async (login: string) => new PnpProposalRepository({ sp: await spAs(app, login), siteUrl: app.siteUrl, store: memoryStore(), topic: 'Integriteit CARMA' });
  const lottes = await repoAs(LOTTE);
  const lotte = (await lottes.me()).user;
  const karels = await repoAs(KAREL);
  const karel = await karels.me();
  for (const [title, topic] of [
    [ROUTED, 'Aankoop of investering'],
    [REJECTED, 'Materiaal en uitrusting'],
  ] as const) {
    const outcome = await lottes.submit({ clientId: newClientId(), dienst: 'Interventie', content: content(title, topic) }, lotte);
    if (outcome.status !== 'created') throw new Error('not created');
    ids[title] = outcome.itemId;
    const { proposal } = await karels.detail(outcome.itemId);
    await karels.decide(proposal, 'validate', {}, karel.user, karel.organisation);
  }
}

beforeAll(onTheAgenda, 300_000);

/** A proposal's card on the agenda. */
const card = (page: Page, title: string): Locator => page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: title }) });

const reportTitle = `Verslag Directiecomité van ${formatDateBE(today)}`;

describe('meeting reports, the feedback cascade and the newsletter on the SharePoint page', () => {
  it('from the directiecomité’s decisions to the published report, the cascade per dienst and the month’s newsletter', async () => {
    // 1. the directiecomité decides on two proposals at its meeting
    const hilde = await openView(app, HILDE, 'voorstellen');
    await hilde.getByRole('heading', { level: 2, name: /^Agenda van het directiecomité van/ }).waitFor();
    const routed = card(hilde, ROUTED);
    await routed.getByRole('radio', { name: 'Verwijzen naar comité' }).check();
    await routed.getByRole('textbox', { name: /Motivering/ }).fill(ROUTE_REASON);
    await routed.getByRole('checkbox', { name: `${ROUTED} opnemen in de bevestiging` }).check();
    const rejected = card(hilde, REJECTED);
    await rejected.getByRole('radio', { name: 'Afwijzen' }).check();
    await rejected.getByRole('textbox', { name: /Motivering/ }).fill(REJECT_REASON);
    await rejected.getByRole('checkbox', { name: `${REJECTED} opnemen in de bevestiging` }).check();
    await hilde.getByRole('button', { name: 'Aangeduide beslissingen bevestigen' }).click();
    await hilde.getByText('2 beslissingen bevestigd.').waitFor();
    await hilde.context().close();

    // 2. the secretary (beleidssecretariaat) starts the report: the draft lists both decisions with their reasons
    const sarah = await openView(app, SARAH, 'verslagen');
    await sarah.getByRole('heading', { level: 2, name: 'Verslagen & nieuwsbrief' }).waitFor();
    await sarah.getByRole('combobox', { name: 'Soort' }).first().selectOption('directiecomite');
    await sarah.getByLabel('Datum van het overleg').fill(today);
    await sarah.getByRole('button', { name: 'Concept opmaken' }).click();
    await sarah.getByRole('heading', { level: 2, name: `Concept: ${reportTitle}` }).waitFor();
    await sarah.getByText(`Voorstel ${ids[ROUTED]}: ${ROUTED}`).waitFor();
    await sarah.getByText('Verwezen naar het Aankoopcomité').waitFor();
    await sarah.getByText(ROUTE_REASON).waitFor();
    await sarah.getByText(`Voorstel ${ids[REJECTED]}: ${REJECTED}`).waitFor();
    await sarah.getByText(REJECT_REASON).waitFor();
    await sarah.getByRole('textbox', { name: /^Verslag/ }).fill('Het directiecomité overliep ook de planning van de eindejaarsperiode.');
    await screenshotsAtTwoWidths(sarah, 'verslagen-2-concept');
    await sarah.getByRole('button', { name: 'Klaar voor goedkeuring' }).click();
    await sarah.getByText('Het concept wacht nu op goedkeuring.').waitFor();
    // the secretary writes; approving is the directiecomité's
    expect(await sarah.getByRole('button', { name: 'Goedkeuren en publiceren' }).count()).toBe(0);
    await sarah.context().close();

    // 3. the directiecomité approves and publishes it
    const approver = await openView(app, HILDE, 'verslagen');
    await approver.getByRole('link', { name: reportTitle }).first().click();
    await approver.getByRole('button', { name: 'Goedkeuren en publiceren' }).click();
    await approver.getByRole('heading', { level: 2, name: reportTitle }).waitFor();
    await approver.getByText(/^Goedgekeurd en gepubliceerd op .* door Hilde Goossens$/).waitFor();
    await approver.context().close();

    // 4. a staff member reads it on the SharePoint page, and never sees a draft
    const jonas = await openView(app, JONAS, 'verslagen');
    await jonas.getByRole('heading', { level: 3, name: 'Gepubliceerd' }).waitFor();
    expect(await jonas.getByRole('heading', { name: 'Concepten' }).count()).toBe(0);
    await screenshotsAtTwoWidths(jonas, 'verslagen-1-overzicht');
    await jonas.getByRole('link', { name: reportTitle }).click();
    await jonas.getByRole('heading', { level: 2, name: reportTitle }).waitFor();
    await jonas.getByText(REJECT_REASON).waitFor();
    await jonas.getByText('Opgesteld door Sarah Leclercq').waitFor();
    await jonas.getByRole('button', { name: 'Afdrukken' }).waitFor();
    await screenshotsAtTwoWidths(jonas, 'verslagen-3-verslag');
    // printed, the report stands alone: the app's navigation is hidden
    await jonas.emulateMedia({ media: 'print' });
    expect(await viewNav(jonas).evaluate((nav) => getComputedStyle(nav).visibility)).toBe('hidden');
    expect(await jonas.evaluate(() => getComputedStyle(document.querySelector('.carma-print-area h2') as Element).visibility)).toBe('visible');
    await jonas.emulateMedia({ media: 'screen' });

    // 5. … and follows the link from the proposal's timeline to it
    await jonas.goto(viewPath(app, 'voorstellen', `voorstel/${ids[ROUTED]}`));
    await jonas.getByRole('heading', { level: 2, name: ROUTED }).waitFor();
    await jonas.getByRole('link', { name: `Vastgelegd in: ${reportTitle}` }).click();
    await jonas.getByRole('heading', { level: 2, name: reportTitle }).waitFor();
    expect(jonas.url()).toContain('view=verslagen');
    await jonas.context().close();

    // 6. the cascade, ticked per dienst: Interventie passes it on in its team meeting, its middenkader tells the team
    //    Q&W, Wijk passes it on in its middenkaderoverleg
    for (const [login, step, dienst] of [
      [KAREL, 'Teamoverleg', 'Interventie'],
      [PIETER, 'Terugkoppeling aan het team Q&W', 'Interventie'],
      [ELS, 'Middenkaderoverleg per dienst', 'Wijk'],
    ] as const) {
      const page = await openView(app, login, 'voorstellen', `voorstel/${ids[ROUTED]}`);
      await page.getByRole('heading', { level: 2, name: ROUTED }).waitFor();
      // nobody ticks another dienst's step
      expect(await page.getByRole('button', { name: new RegExp(`^Afvinken: .*\\((?!${dienst}\\))`) }).count()).toBe(0);
      await page.getByRole('button', { name: `Afvinken: ${step} (${dienst})` }).click();
      await page.getByText(new RegExp(`^${formatDateBE(today)} · `)).first().waitFor();
      await page.context().close();
    }
    // the proposer sees which steps happened, when, by whom, for which dienst
    const lotte = await openView(app, LOTTE, 'voorstellen', `voorstel/${ids[ROUTED]}`);
    await lotte.getByRole('heading', { level: 2, name: ROUTED }).waitFor();
    await lotte.getByText(`${formatDateBE(today)} · Karel Peeters · Interventie`).waitFor();
    await lotte.getByText(`${formatDateBE(today)} · Pieter Mertens · Interventie`).waitFor();
    await lotte.getByText(`${formatDateBE(today)} · Els Janssens · Wijk`).waitFor();
    await lotte.getByRole('link', { name: reportTitle }).first().waitFor();
    await screenshotsAtTwoWidths(lotte, 'verslagen-4-terugkoppeling');
    await lotte.context().close();

    // 7. Communicatie composes the month's newsletter: it shows the decisions; published, everyone reads it
    const eva = await openView(app, EVA, 'verslagen');
    await eva.getByRole('heading', { level: 3, name: 'Concepten' }).waitFor();
    await eva.getByLabel('Datum van het overleg').fill(today);
    await eva.getByRole('button', { name: 'Concept opmaken' }).click();
    await eva.getByRole('heading', { level: 2, name: /^Concept: Nieuwsbrief / }).waitFor();
    await eva.getByText(`Voorstel ${ids[ROUTED]}: ${ROUTED}`).waitFor();
    await eva.getByText(`Voorstel ${ids[REJECTED]}: ${REJECTED}`).waitFor();
    await eva.getByRole('textbox', { name: /^Woord vooraf/ }).fill('Wat er deze maand beslist werd over jullie voorstellen.');
    await eva.getByRole('button', { name: 'Klaar voor goedkeuring' }).click();
    await eva.getByRole('button', { name: 'Goedkeuren en publiceren' }).click();
    await eva.getByRole('heading', { level: 2, name: /^Nieuwsbrief / }).waitFor();
    await eva.context().close();

    const reader = await openView(app, JONAS, 'verslagen');
    await reader.getByRole('combobox', { name: 'Soort' }).selectOption('nieuwsbrief');
    const month = new Intl.DateTimeFormat('nl-BE', { month: 'long', year: 'numeric', timeZone: 'Europe/Brussels' }).format(new Date());
    await reader.getByRole('link', { name: `Nieuwsbrief ${month}` }).click();
    await reader.getByText(REJECT_REASON).waitFor();
    await reader.getByText(ROUTE_REASON).waitFor();
    await screenshotsAtTwoWidths(reader, 'verslagen-5-nieuwsbrief');
    await reader.context().close();
  }, 300_000);
});
