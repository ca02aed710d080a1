/**
 * The journeys of weerspannigheid, the trainings and the TPI check in Chromium on the local SharePoint page (the real
 * web part from the built package): an incident is registered by TIWK, evaluated with Cel GWB, a member followed up by
 * HR, a lesson becomes a training need that HR plans with attendance, the member sees their own; a use-of-force
 * complaint cannot be closed until its TPI check is recorded; a team leader records a dilemma session. Screenshots of
 * every new view in nl-BE at 1366 and 390 px.
 */
import type { Page } from 'playwright-core';
import type { ViewKey } from '../../src/app/views';
import { spAs } from '../../devserver/app';
import { SPComplaintsRepository } from '../../src/data/complaints/SPComplaintsRepository';
import { brusselsDateOf } from '../../src/domain/dates';
import { expectNoSeriousA11yViolations, openView, screenshotsAtTwoWidths, testAppPerFile, viewPath } from './support';
import { GRIET, JONAS, WIM } from '../data/registers/logins';

const PIETER = 'pieter.mertens@pzcarma.be';
const app = testAppPerFile();
const today = brusselsDateOf(new Date());

const open = (login: string, view: ViewKey, item?: string): Promise<Page> => openView(app, login, view, item);

describe('weerspannigheid and trainings', () => {
  it('registers an incident, evaluates it with Cel GWB, follows a member up, turns a lesson into a planned training with attendance', async () => {
    // 1. TIWK registers the incident (the demo's incidents are there too)
    const griet = await open(GRIET, 'weerspannigheid');
    await griet.getByRole('heading', { level: 2, name: 'Weerspannigheid' }).waitFor();
    await griet.getByRole('heading', { level: 3, name: 'Openstaand werk' }).waitFor();
    await screenshotsAtTwoWidths(griet, 'weerspannigheid-overzicht');
    await griet.getByRole('button', { name: 'Incident registreren' }).click();
    await griet.getByRole('heading', { level: 2, name: 'Incident registreren' }).waitFor();
    await griet.getByRole('textbox', { name: /^Korte omschrijving/ }).fill('Verzet bij controle in het uitgaansleven');
    await griet.getByLabel(/^Datum/).fill(today);
    await griet.getByLabel(/^Uur/).fill('01:30');
    await griet.getByRole('textbox', { name: /^Plaats/ }).fill('Vismarkt');
    await griet.getByRole('combobox', { name: /^Dienst/ }).selectOption('Interventie');
    const picker = griet.getByRole('combobox', { name: 'Betrokken personeelsleden' });
    await picker.click();
    await picker.pressSequentially('Jonas');
    await griet.getByRole('option', { name: /Jonas Maes/ }).first().click();
    await griet.getByRole('radio', { name: 'Ongewapend' }).check();
    await griet.getByRole('combobox', { name: /^Letsel/ }).selectOption('Geen letsel');
    await griet.getByRole('textbox', { name: /^Feiten/ }).fill('Betrokkene weigerde zich te identificeren en duwde de inspecteur weg; na een waarschuwing geboeid.');
    await griet.getByRole('textbox', { name: /^PV \/ ISLP-referentie/ }).fill('AN.55.L1.009999/26');
    await screenshotsAtTwoWidths(griet, 'weerspannigheid-registreren');
    await griet.getByRole('button', { name: 'Registreren' }).click();
    await griet.getByRole('heading', { level: 2, name: 'Verzet bij controle in het uitgaansleven' }).waitFor();

    // 2. the evaluation, by TIWK with Cel GWB, and a lesson that becomes a training need
    await griet.getByRole('combobox', { name: /^Cel GWB/ }).selectOption({ label: 'Stijn De Vos' });
    await griet.getByRole('textbox', { name: /^Bevindingen/ }).fill('Tussenkomst wettig en in verhouding; de waarschuwing staat op beeld.');
    await griet.getByRole('button', { name: 'Les toevoegen' }).click();
    await griet.getByRole('textbox', { name: /^Les 1/ }).fill('Identiteitscontrole met weerstand in het uitgaansleven oefenen');
    await griet.getByRole('button', { name: 'Evaluatie vastleggen' }).click();
    await griet.getByText('Geëvalueerd', { exact: true }).first().waitFor();
    await griet.getByRole('combobox', { name: /^Thema van de opleiding/ }).selectOption('Geweldbeheersing');
    await griet.getByRole('button', { name: 'Opleidingsbehoefte maken' }).click();
    await griet.getByText('Opleidingsbehoefte: Geweldbeheersing (Behoefte)').waitFor();
    await screenshotsAtTwoWidths(griet, 'weerspannigheid-incident');
    await griet.context().close();

    // 3. HR follows Jonas up and closes the follow-up
    const wim = await open(WIM, 'weerspannigheid');
    await wim.getByRole('link', { name: 'Verzet bij controle in het uitgaansleven' }).first().click();
    await wim.getByRole('heading', { level: 2, name: 'Verzet bij controle in het uitgaansleven' }).waitFor();
    await wim.getByRole('button', { name: 'Opvolging starten' }).click();
    const form = wim.getByRole('form', { name: 'Opvolging opslaan: Jonas Maes' });
    await form.getByLabel(/^Eerste contact op/).fill(today);
    await form.getByRole('combobox', { name: /^Soort contact/ }).selectOption('Gesprek');
    await form.getByRole('checkbox', { name: 'Collegiale opvang' }).check();
    await form.getByRole('checkbox', { name: 'Opvolging afsluiten' }).check();
    await form.getByRole('button', { name: 'Opvolging opslaan' }).click();
    await wim.getByText('Afgesloten', { exact: true }).first().waitFor();
    await expectNoSeriousA11yViolations(wim);

    // 4. HR plans the need and records Jonas's attendance
    await wim.goto(viewPath(app, 'opleidingen'));
    await wim.getByRole('heading', { level: 3, name: /^Opleidingsplan/ }).waitFor();
    await screenshotsAtTwoWidths(wim, 'opleidingen-plan');
    await wim.getByRole('link', { name: 'Identiteitscontrole met weerstand in het uitgaansleven oefenen' }).click();
    await wim.getByRole('button', { name: 'Sessie plannen voor deze behoefte' }).click();
    await wim.getByRole('heading', { level: 2, name: 'Sessie plannen voor deze behoefte' }).waitFor();
    await wim.getByLabel(/^Datum/).fill(today);
    await wim.getByRole('textbox', { name: 'Plaats', exact: true }).fill('Sporthal commissariaat');
    await screenshotsAtTwoWidths(wim, 'opleidingen-plannen');
    await wim.getByRole('button', { name: 'Plannen' }).click();
    await wim.getByText('Gepland', { exact: true }).first().waitFor();
    const attendance = wim.getByRole('form', { name: 'Aanwezigheid vastleggen' });
    await attendance.getByRole('combobox', { name: /^Personeelslid/ }).selectOption({ label: 'Jonas Maes' });
    await attendance.getByRole('combobox', { name: /^Aanwezigheid/ }).selectOption('Aanwezig');
    await attendance.getByRole('button', { name: 'Aanwezigheid vastleggen' }).click();
    await wim.getByRole('cell', { name: 'Jonas Maes' }).waitFor();
    await screenshotsAtTwoWidths(wim, 'opleidingen-sessie');
    await wim.context().close();

    // 5. Jonas sees his own incident, his follow-up and his training
    const jonas = await open(JONAS, 'opleidingen');
    await jonas.getByRole('heading', { level: 3, name: 'Je opleidingen' }).waitFor();
    await jonas.getByRole('link', { name: 'Identiteitscontrole met weerstand in het uitgaansleven oefenen' }).first().waitFor();
    await jonas.goto(viewPath(app, 'weerspannigheid'));
    await jonas.getByRole('link', { name: 'Verzet bij controle in het uitgaansleven' }).click();
    await jonas.getByRole('heading', { level: 4, name: 'Je opvolging' }).waitFor();
    expect(await jonas.getByRole('button', { name: 'Evaluatie vastleggen' }).count()).toBe(0);
    await screenshotsAtTwoWidths(jonas, 'weerspannigheid-eigen-incident');
    await jonas.context().close();
  }, 240_000);

  it('lets a team leader run dilemmas of an aandachtspunt and record that the session took place', async () => {
    const pieter = await open(PIETER, 'opleidingen', 'dilemmas');
    await pieter.getByRole('heading', { level: 3, name: "Dilemma's voor je teamoverleg" }).waitFor();
    await pieter.getByRole('combobox', { name: 'Aandachtspunt' }).selectOption('10');
    await pieter.getByRole('heading', { level: 4, name: /D10\.1/ }).waitFor();
    await pieter.getByRole('checkbox', { name: /^Besproken: Verzet bij het boeien/ }).check();
    const form = pieter.getByRole('form', { name: 'Sessie vastleggen' });
    await form.getByRole('combobox', { name: /^Dienst/ }).selectOption('Interventie');
    await form.getByRole('textbox', { name: /^Team of ploeg/ }).fill('Ploeg C (laat)');
    await form.getByRole('textbox', { name: /^Aantal aanwezigen/ }).fill('8');
    await form.getByRole('button', { name: 'Sessie vastleggen' }).click();
    await pieter.getByText('De sessie is vastgelegd.').waitFor();
    await pieter.getByText(/Ploeg C \(laat\) · aandachtspunt 10 · 8 aanwezig/).waitFor();
    await screenshotsAtTwoWidths(pieter, 'opleidingen-dilemmas');
    await pieter.context().close();
  }, 120_000);
});

describe('a use-of-force complaint', () => {
  it('cannot be closed until its TPI check is recorded', async () => {
    const repo = new SPComplaintsRepository(await spAs(app, GRIET), 'Griet Van Damme');
    const force = (await repo.loadIntakeChoices()).themes.filter((t) => t.number === 10)[0];
    const dossier = await repo.createComplaint({
      title: 'Slag met de wapenstok bij een betoging',
      reference: '',
      receivedOn: today,
      channel: 'E-mail',
      complainantName: 'Klager (test)',
      complainantContact: '',
      facts: 'De klager meldt een slag met de wapenstok zonder waarschuwing.',
      themeId: String(force.id),
      dienst: 'Interventie',
      involvedStaff: [],
      evidence: 'Bodycambeelden aangevraagd',
    });
    const griet = await open(GRIET, 'klachten', `dossier/${dossier.id}`);
    await griet.getByRole('heading', { level: 3, name: 'Onderzoek van de TPI (aandachtspunt 10)' }).waitFor();
    await griet.getByText('Het onderzoek van de TPI is nog niet vastgelegd: dit dossier kan nog niet afgesloten worden.').waitFor();
    const decisions = griet.getByRole('form', { name: 'Beslissingen' });
    await decisions.getByRole('combobox', { name: /^Beslissing/ }).selectOption({ label: 'Afsluiten zonder onderzoek' });
    await decisions.getByRole('combobox', { name: /^Resultaat/ }).selectOption('Niet ontvankelijk');
    await decisions.getByRole('textbox', { name: /^Motivering/ }).fill('Geen feiten die een onderzoek verantwoorden.');
    await decisions.getByRole('button', { name: 'Afsluiten zonder onderzoek' }).click();
    await griet.getByText('Een klacht over de aangewende dwangmiddelen kan pas afgesloten worden als het onderzoek van de TPI is vastgelegd.').waitFor();
    await screenshotsAtTwoWidths(griet, 'klacht-tpi-geweigerd');
    const tpi = griet.getByRole('form', { name: 'Onderzoek TPI vastleggen' });
    await tpi.getByRole('textbox', { name: /^Onderzocht door/ }).fill('Stijn De Vos (Cel GWB)');
    await tpi.getByRole('combobox', { name: /^Besluit/ }).selectOption('TPI gevolgd en correct geëvalueerd');
    await tpi.getByRole('button', { name: 'Onderzoek TPI vastleggen' }).click();
    await griet.getByText('TPI gevolgd en correct geëvalueerd', { exact: true }).waitFor();
    const again = griet.getByRole('form', { name: 'Beslissingen' });
    await again.getByRole('combobox', { name: /^Beslissing/ }).selectOption({ label: 'Afsluiten zonder onderzoek' });
    await again.getByRole('combobox', { name: /^Resultaat/ }).selectOption('Niet ontvankelijk');
    await again.getByRole('textbox', { name: /^Motivering/ }).fill('Geen feiten die een onderzoek verantwoorden.');
    await again.getByRole('button', { name: 'Afsluiten zonder onderzoek' }).click();
    await griet.getByText('Afgesloten', { exact: true }).first().waitFor();
    await screenshotsAtTwoWidths(griet, 'klacht-tpi-vastgelegd');
    await griet.context().close();
  }, 120_000);
});
