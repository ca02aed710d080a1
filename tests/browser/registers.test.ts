import type { Page } from 'playwright-core';
import type { ViewKey } from '../../src/app/views';
import { brusselsDateOf, formatDateBE } from '../../src/domain/dates';
import { expectNoSeriousA11yViolations, openView, saveScreenshot, testAppPerFile } from './support';
import { DIRK, GRIET, HILDE, KAREL, KOEN, LUC, SOFIE, WIM } from '../data/registers/logins';

const app = testAppPerFile();
const today = brusselsDateOf(new Date());

/** Opens a page of the app as a persona on a view (and item) of the SharePoint page. */
const open = (login: string, view: ViewKey, item?: string): Promise<Page> => openView(app, login, view, item);

describe('the registers', () => {
  it('runs a side activity: declared, suspended by a sick leave, advised by the politiecollege', async () => {
    // 1. a CaLog member declares a side activity before it starts (today)
    const sofie = await open(SOFIE, 'registers');
    await sofie.getByRole('heading', { level: 2, name: 'Registers' }).waitFor();
    await sofie.getByRole('heading', { level: 3, name: 'Nevenactiviteiten' }).waitFor();
    await expectNoSeriousA11yViolations(sofie);
    await saveScreenshot(sofie, 'registers-1-overview');
    await sofie.getByRole('button', { name: 'Nevenactiviteit aangeven' }).click();
    await sofie.getByRole('heading', { level: 2, name: 'Nevenactiviteit aangeven' }).waitFor();
    await sofie.getByRole('radio', { name: 'CaLog (administratief en logistiek kader)' }).check();
    await sofie.getByRole('combobox', { name: /^Soort activiteit/ }).selectOption('andere');
    await sofie.getByRole('textbox', { name: /^Activiteit/ }).fill('Vrijwilliger in het dierenasiel');
    await sofie.getByRole('textbox', { name: /^Omschrijving/ }).fill('Zaterdagvoormiddag verzorging van de dieren in het asiel.');
    await sofie.getByRole('textbox', { name: /^Werkgever of organisatie/ }).fill('Dierenasiel De Ark');
    await sofie.getByLabel(/^Begindatum/).fill(today);
    await sofie.getByRole('textbox', { name: /^Uren per maand/ }).fill('12');
    await sofie.getByRole('combobox', { name: /^Dienst/ }).selectOption('Verkeer');
    await expectNoSeriousA11yViolations(sofie);
    await saveScreenshot(sofie, 'registers-2-declare');
    await sofie.getByRole('button', { name: 'Melden' }).click();
    await sofie.getByText('Je aangifte is geregistreerd als schriftelijke melding aan het politiecollege.').waitFor();
    await sofie.getByRole('link', { name: 'Bekijk je aangifte' }).click();
    await sofie.getByRole('heading', { level: 2, name: 'Vrijwilliger in het dierenasiel' }).waitFor();
    await sofie.getByText('Wordt uitgeoefend.').waitFor();
    await sofie.context().close();

    // 2. HR registers a sick leave in its own card of the registers (HR has no access to the side activity itself):
    //    the activity is suspended automatically
    const wim = await open(WIM, 'registers');
    await wim.getByRole('heading', { level: 3, name: 'Afwezigheden' }).waitFor();
    expect(await wim.getByRole('link', { name: 'Vrijwilliger in het dierenasiel' }).count()).toBe(0);
    await wim.getByRole('button', { name: 'Afwezigheid registreren' }).click();
    const absences = wim.getByRole('form', { name: 'Afwezigheid registreren' });
    const picker = absences.getByRole('combobox', { name: 'Personeelslid' });
    await picker.click();
    await picker.pressSequentially('Sofie');
    await wim.getByRole('option', { name: /Sofie Claes/ }).first().click();
    await absences.getByRole('combobox', { name: /^Soort afwezigheid/ }).selectOption('Ziekte');
    await absences.getByLabel(/^Vanaf/).fill(today);
    await absences.getByRole('button', { name: 'Afwezigheid registreren' }).click();
    await wim.getByText('De afwezigheid van Sofie Claes is geregistreerd.').waitFor();
    await wim.getByRole('table', { name: 'Afwezigheden' }).getByRole('cell', { name: 'Sofie Claes' }).first().waitFor();
    await expectNoSeriousA11yViolations(wim);
    await saveScreenshot(wim, 'registers-3-hr-absence');
    await wim.setViewportSize({ width: 390, height: 900 });
    await saveScreenshot(wim, 'registers-3-hr-absence-390');
    await wim.context().close();

    // 3. the politiecollege records its advice; it does not see the member's absences (medical), only the korpsleiding
    //    and the member do
    const luc = await open(LUC, 'registers');
    expect(await luc.getByRole('heading', { level: 3, name: 'Afwezigheden' }).count()).toBe(0);
    await luc.getByRole('link', { name: 'Vrijwilliger in het dierenasiel' }).click();
    await luc.getByRole('heading', { level: 2, name: 'Vrijwilliger in het dierenasiel' }).waitFor();
    await luc.getByText(/Of de activiteit opgeschort is, zien enkel de korpsleiding/).waitFor();
    expect(await luc.getByText(/ziekte/i).count()).toBe(0);
    await luc.getByRole('radio', { name: 'Gunstig', exact: true }).check();
    await luc.getByRole('textbox', { name: /^Motivering/ }).fill('Geen belangenvermenging met de functie.');
    await expectNoSeriousA11yViolations(luc);
    await saveScreenshot(luc, 'registers-4-advice');
    await luc.getByRole('button', { name: 'Advies registreren' }).click();
    await luc.getByText('Opgeslagen.').waitFor();
    await luc.getByText(/Luc Hermans: advies: toegestaan/).waitFor();
    await luc.context().close();

    // 4. the member sees the advice, the suspension while the sick leave lasts, and every step
    const back = await open(SOFIE, 'registers');
    await back.getByRole('link', { name: 'Vrijwilliger in het dierenasiel' }).click();
    await back.getByText(`Van ambtswege opgeschort sinds ${formatDateBE(today)} wegens ziekte. De activiteit hervat de dag na het einde van de afwezigheid.`).waitFor();
    await back.getByText('Geen belangenvermenging met de functie.').first().waitFor();
    for (const step of [/Sofie Claes: aangegeven/, /Luc Hermans: advies: toegestaan/]) await back.getByText(step).waitFor();
    await expectNoSeriousA11yViolations(back);
    await saveScreenshot(back, 'registers-5-member');
    await back.context().close();
  }, 240_000);
});

describe('the handling of declarations', () => {
  it('lets Intern Toezicht handle a gift, never kept personally, and Logistiek a damage report', async () => {
    const griet = await open(GRIET, 'registers');
    await griet.getByRole('table', { name: 'Geschenken' }).waitFor();
    await griet.getByText('Alle meldingen').first().waitFor();
    await expectNoSeriousA11yViolations(griet);
    await saveScreenshot(griet, 'registers-6-intern-toezicht');
    await griet.getByRole('link', { name: 'Aanbod van 20 % korting op een nieuwe fiets' }).click();
    await griet.getByText('Niet te aanvaarden').first().waitFor();
    const form = griet.getByRole('form', { name: 'Behandeling door Intern Toezicht' });
    // a discount is never accepted at all: not kept, not shared within the dienst either
    await form.getByRole('combobox', { name: 'Wat ermee gebeurde' }).selectOption('Gedeeld binnen de dienst');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await griet.getByText(/wordt nooit aanvaard: kies “Teruggegeven aan de schenker”/).waitFor();
    await form.getByRole('combobox', { name: 'Status' }).selectOption('Afgehandeld');
    await form.getByRole('combobox', { name: 'Wat ermee gebeurde' }).selectOption('Teruggegeven aan de schenker');
    await form.getByRole('textbox', { name: 'Opvolging door Intern Toezicht' }).fill('Aanbod schriftelijk geweigerd; handelaar op het beleid gewezen.');
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await griet.getByText('Opgeslagen.').waitFor();
    await expectNoSeriousA11yViolations(griet);
    await saveScreenshot(griet, 'registers-7-gift-handled');
    await griet.context().close();

    const dirk = await open(DIRK, 'registers');
    await dirk.getByRole('link', { name: 'Bodycam start niet meer op' }).click();
    const handling = dirk.getByRole('form', { name: 'Opvolging door Logistiek' });
    await handling.getByRole('combobox', { name: 'Status' }).selectOption('In behandeling');
    await handling.getByRole('textbox', { name: 'Opvolging' }).fill('Toestel naar de leverancier voor herstelling; reservetoestel BC-120 uitgeleend.');
    await handling.getByRole('button', { name: 'Opslaan' }).click();
    await dirk.getByText('Opgeslagen.').waitFor();
    await expectNoSeriousA11yViolations(dirk);
    await saveScreenshot(dirk, 'registers-8-damage');
    await dirk.context().close();
  }, 240_000);
});

describe('the complaints register', () => {
  const SUBJECT = 'Ongepaste opmerking tijdens een verhoor';
  const COMPLAINANT = 'Lucas Vandenberghe';

  it('runs a dossier from intake to written feedback, and lists it monthly without personal data', async () => {
    // 1. Intern Toezicht registers the complaint and assigns a hoofdinspecteur
    const griet = await open(GRIET, 'klachten');
    await griet.getByRole('heading', { level: 2, name: 'Klachten' }).waitFor();
    await griet.getByRole('button', { name: 'Klacht registreren' }).click();
    await griet.getByRole('heading', { level: 2, name: 'Nieuwe klacht registreren' }).waitFor();
    await griet.getByRole('textbox', { name: /^Onderwerp/ }).fill(SUBJECT);
    await griet.getByRole('combobox', { name: /^Kanaal/ }).selectOption('E-mail');
    await griet.getByRole('textbox', { name: /^Naam klager/ }).fill(COMPLAINANT);
    await griet.getByRole('textbox', { name: /^Contactgegevens klager/ }).fill('lucas.vdb@example.be');
    await griet.getByRole('textbox', { name: /^Feiten/ }).fill('De klager meldt een ongepaste opmerking over zijn afkomst tijdens het verhoor.');
    await griet.getByRole('combobox', { name: /^Aandachtspunt/ }).selectOption({ label: '8. Gewenst gedrag tijdens het uitvoeren van de functie' });
    await griet.getByRole('combobox', { name: /^Dienst/ }).selectOption('Interventie');
    await expectNoSeriousA11yViolations(griet);
    await saveScreenshot(griet, 'complaints-1-intake');
    await griet.getByRole('button', { name: 'Klacht registreren' }).click();
    await griet.getByRole('heading', { level: 2, name: new RegExp(`^KL-\\d+ · ${SUBJECT}$`) }).waitFor();
    await griet.getByText('Vertrouwelijk dossier. Deze raadpleging is gelogd.').waitFor();
    await griet.getByRole('combobox', { name: /^Onderzoeker/ }).selectOption({ label: 'Koen Dubois (hoofdinspecteur)' });
    await griet.getByRole('button', { name: 'Onderzoeker toewijzen' }).click();
    await griet.getByText('In onderzoek').first().waitFor();
    await griet.getByText(/Griet Van Damme: Onderzoeker toewijzen → Koen Dubois/).waitFor();
    await expectNoSeriousA11yViolations(griet);
    await saveScreenshot(griet, 'complaints-2-assigned');
    await griet.context().close();

    // 2. another diensthoofd does not see it; the hoofdinspecteur reads it and adds the written feedback as a finding
    const karel = await open(KAREL, 'klachten');
    await karel.getByRole('heading', { level: 2, name: 'Klachten' }).waitFor();
    await karel.getByRole('table', { name: 'Klachten' }).or(karel.getByText('Er zijn geen dossiers aan jou toegewezen.')).first().waitFor();
    expect(await karel.getByText(SUBJECT).count()).toBe(0);
    await karel.context().close();

    const koen = await open(KOEN, 'klachten');
    const row = koen.getByRole('row', { name: new RegExp(SUBJECT) });
    await row.waitFor();
    await row.getByRole('link', { name: /^KL-\d+$/ }).click();
    await koen.getByRole('heading', { level: 2, name: new RegExp(SUBJECT) }).waitFor();
    await koen.getByText(/Je leest dit dossier als onderzoeker/).waitFor();
    expect(await koen.getByRole('button', { name: 'Onderzoeker toewijzen' }).count()).toBe(0);
    await koen.getByRole('combobox', { name: /^Soort/ }).selectOption('Terugkoppeling');
    await koen.getByRole('combobox', { name: /^Resultaat/ }).selectOption('Deels gegrond');
    await koen.getByRole('button', { name: 'Sjabloon invullen' }).click();
    const letter = koen.getByRole('textbox', { name: /^Brief aan de klager/ }).first();
    expect(await letter.inputValue()).toContain(`Geachte ${COMPLAINANT},`);
    await expectNoSeriousA11yViolations(koen);
    await saveScreenshot(koen, 'complaints-3-feedback');
    await koen.getByRole('button', { name: 'Bevinding toevoegen' }).click();
    await koen.getByText('Je bevinding is toegevoegd.').waitFor();
    await koen.context().close();

    // Intern Toezicht records the feedback the investigator reported
    const recorder = await open(GRIET, 'klachten');
    const own = recorder.getByRole('row', { name: new RegExp(SUBJECT) });
    await own.waitFor();
    await own.getByRole('link', { name: /^KL-\d+$/ }).click();
    await recorder.getByRole('heading', { level: 2, name: new RegExp(SUBJECT) }).waitFor();
    await recorder.getByRole('combobox', { name: 'Beslissing' }).selectOption('sendFeedback');
    // the letter is the hoofdinspecteur's, as they added it: Intern Toezicht records it, never rewrites it
    await recorder.getByText(/^Schriftelijke terugkoppeling van de onderzoeker \(Koen Dubois, \d\d\/\d\d\/\d{4}\)$/).waitFor();
    expect(await recorder.getByRole('textbox', { name: /^Schriftelijke terugkoppeling/ }).count()).toBe(0);
    await expectNoSeriousA11yViolations(recorder);
    await saveScreenshot(recorder, 'complaints-3b-record-feedback');
    await recorder.getByRole('button', { name: 'Schriftelijke terugkoppeling registreren' }).click();
    await recorder.getByText('Terugkoppeling aan klager').first().waitFor();
    await recorder.getByText(/Griet Van Damme: Schriftelijke terugkoppeling registreren \(Deels gegrond\)/).waitFor();
    await recorder.context().close();

    // 3. the monthly listing shows the activities of the month without any personal data
    const listing = await open(GRIET, 'klachten', `maandlijst/${today.slice(0, 7)}`);
    await listing.getByRole('heading', { level: 2, name: /^Maandlijst Intern Toezicht: / }).waitFor();
    await listing.getByRole('table', { name: 'Activiteiten' }).waitFor();
    await listing.getByRole('cell', { name: 'Schriftelijke terugkoppeling aan de klager' }).first().waitFor();
    const text = await listing.locator('main').innerText();
    for (const personal of [COMPLAINANT, 'lucas.vdb', 'Koen Dubois', 'afkomst', SUBJECT]) expect(text).not.toContain(personal);
    await expectNoSeriousA11yViolations(listing);
    await saveScreenshot(listing, 'complaints-4-monthly-listing');
    await listing.getByRole('button', { name: 'Publiceren voor de ontvangers' }).click();
    await listing.getByText(`Gepubliceerd op ${formatDateBE(today)}.`).waitFor();
    await listing.context().close();

    // 4. the dashboard of the korpsleiding, fed from the register
    const hilde = await open(HILDE, 'dashboard');
    await hilde.getByRole('heading', { level: 2, name: 'Dashboard klachten' }).waitFor();
    await hilde.getByRole('img', { name: /^In \d{4}: \d+ ontvangen/ }).waitFor();
    await expectNoSeriousA11yViolations(hilde);
    await saveScreenshot(hilde, 'complaints-5-dashboard');
    await hilde.context().close();
  }, 240_000);
});
