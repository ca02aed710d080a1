/** @jest-environment jsdom */
import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { ComplaintsApp, dossier, fakeComplaints, GRIET, JONAS, KOEN, LUC } from './complaintFakes';
import './fakes';

const history = [
  { action: 'assignInvestigator' as const, from: 'Ontvangen' as const, to: 'In onderzoek' as const, actor: { id: '30', name: 'Griet Van Damme' }, actingAs: 'internToezicht' as const, at: '2026-03-03T09:00:00Z', reason: null, outcome: null, investigator: { id: '31', name: 'Koen Dubois', function: 'hinp' as const } },
];

describe('ComplaintsView', () => {
  it('shows Intern Toezicht the register with the way to register a complaint, the listing and the figures', async () => {
    const repo = fakeComplaints(GRIET);
    render(<ComplaintsApp repo={repo} route={{ view: 'klachten' }} />);
    const table = await screen.findByRole('table', { name: 'Klachten' });
    expect(within(table).getByRole('link', { name: 'KL-5' })).toBeTruthy();
    expect(within(table).getByText('Nog niet toegewezen')).toBeTruthy();
    for (const name of ['Klacht registreren', 'Maandlijst', 'Jaarcijfers']) expect(screen.getByRole('button', { name })).toBeTruthy();
  });

  it('tells staff the dossiers are confidential and shows them nothing', async () => {
    render(<ComplaintsApp repo={fakeComplaints(JONAS, [])} route={{ view: 'klachten' }} />);
    expect(await screen.findByText('Vertrouwelijke dossiers')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Klacht registreren' })).toBeNull();
  });

  it('shows the politiecollege the published reports instead of dossiers', async () => {
    render(<ComplaintsApp repo={fakeComplaints(LUC, [])} route={{ view: 'klachten' }} />);
    expect(await screen.findByRole('link', { name: /^Maandlijst februari 2026$/ })).toBeTruthy();
  });

  it('registers a complaint: refuses an intake without facts, then stores it and opens the dossier', async () => {
    const repo = fakeComplaints(GRIET);
    render(<ComplaintsApp repo={repo} route={{ view: 'klachten', item: 'nieuw' }} />);
    await screen.findByRole('heading', { level: 2, name: 'Nieuwe klacht registreren' });
    fireEvent.change(screen.getByLabelText(/^Onderwerp/), { target: { value: 'Wachttijd aan het onthaal' } });
    fireEvent.change(screen.getByLabelText(/^Kanaal/), { target: { value: 'Onthaal' } });
    fireEvent.click(screen.getByRole('button', { name: 'Klacht registreren' }));
    expect(screen.getByText('Vul dit veld in.')).toBeTruthy();
    expect(repo.calls.filter((c) => c.method === 'createComplaint')).toHaveLength(0);
    fireEvent.change(screen.getByLabelText(/^Feiten/), { target: { value: 'Twee uur gewacht.' } });
    fireEvent.change(screen.getByLabelText(/^Aandachtspunt/), { target: { value: '8' } });
    fireEvent.click(screen.getByRole('button', { name: 'Klacht registreren' }));
    await waitFor(() => expect(repo.calls.filter((c) => c.method === 'openDossier').map((c) => c.args[0])).toEqual(['9']));
    expect(repo.calls.filter((c) => c.method === 'createComplaint')[0].args[0]).toMatchObject({ title: 'Wachttijd aan het onthaal', channel: 'Onthaal', facts: 'Twee uur gewacht.', themeId: '8' });
  });

  it('picks the staff involved as SharePoint does: type to search by word start, choose, remove; every label in Dutch', async () => {
    const repo = fakeComplaints(GRIET);
    const staff = [
      { id: '7', name: 'Jonas Maes' },
      { id: '8', name: 'Els Janssens' },
      { id: '9', name: 'Sofie Claes' },
    ];
    repo.loadIntakeChoices = async () => ({ themes: [{ id: 8, number: 8, title: 'Gewenst gedrag tijdens de functie' }], staff });
    render(<ComplaintsApp repo={repo} route={{ view: 'klachten', item: 'nieuw' }} />);
    await screen.findByRole('heading', { level: 2, name: 'Nieuwe klacht registreren' });
    const input = screen.getByRole('combobox', { name: 'Betrokken personeelsleden' });
    expect(input.getAttribute('placeholder')).toBe('Typ een naam om te zoeken');
    expect(screen.getByRole('button', { name: 'Toon alle personeelsleden' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Open/ })).toBeNull();
    fireEvent.click(input);
    fireEvent.change(input, { target: { value: 'ja' } });
    const listbox = await screen.findByRole('listbox');
    // "ja" starts Janssens, not "Jonas" nor the "ja" inside another name
    expect(within(listbox).getAllByRole('option')).toHaveLength(1);
    expect(within(listbox).getByRole('option', { name: /Els Janssens/ })).toBeTruthy();
    fireEvent.change(input, { target: { value: 'maes' } });
    fireEvent.click(await within(screen.getByRole('listbox')).findByRole('option', { name: /Jonas Maes/ }));
    // the chosen person is a tag in the field, removable with a Dutch label
    const chosen = await screen.findByRole('listbox', { name: 'Betrokken personeelsleden' });
    expect(within(chosen).getByRole('option', { name: /Jonas Maes/ })).toBeTruthy();
    expect(within(chosen).getByLabelText('Jonas Maes verwijderen')).toBeTruthy();
    fireEvent.change(input, { target: { value: 'xyz' } });
    expect(await screen.findByText('Geen personeelslid gevonden voor "xyz"')).toBeTruthy();
  });

  it('lets Intern Toezicht assign a hoofdinspecteur and shows who consulted the dossier', async () => {
    const repo = fakeComplaints(GRIET);
    render(<ComplaintsApp repo={repo} route={{ view: 'klachten', item: 'dossier/5' }} />);
    await screen.findByRole('heading', { level: 2, name: 'KL-5 · Onbeleefde bejegening' });
    expect(screen.getByText('Marie Dupont')).toBeTruthy();
    expect(within(screen.getByRole('table', { name: 'Raadplegingen' })).getByText('Geraadpleegd')).toBeTruthy();
    expect((screen.getByRole('combobox', { name: 'Beslissing' }) as HTMLSelectElement).value).toBe('assignInvestigator');
    fireEvent.change(screen.getByLabelText(/^Onderzoeker/), { target: { value: '31' } });
    fireEvent.click(screen.getByRole('button', { name: 'Onderzoeker toewijzen' }));
    await waitFor(() => expect(repo.calls.filter((c) => c.method === 'decide')).toHaveLength(1));
    expect(repo.calls.filter((c) => c.method === 'decide')[0].args[0]).toMatchObject({ action: 'assignInvestigator', investigator: { id: '31', name: 'Koen Dubois' } });
    expect(await screen.findByText('Koen Dubois (hoofdinspecteur)', { selector: 'dd' })).toBeTruthy();
  });

  it('gives the hoofdinspecteur a Dutch letter to start from and adds the feedback as a finding, never a decision', async () => {
    const repo = fakeComplaints(KOEN, [dossier({ status: 'In onderzoek', investigator: { id: '31', name: 'Koen Dubois', function: 'hinp' }, history })]);
    render(<ComplaintsApp repo={repo} route={{ view: 'klachten', item: 'dossier/5' }} />);
    await screen.findByRole('heading', { level: 2, name: 'KL-5 · Onbeleefde bejegening' });
    expect(screen.queryByRole('table', { name: 'Raadplegingen' })).toBeNull();
    expect(screen.queryByRole('form', { name: 'Beslissingen' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Notities opslaan' })).toBeNull();
    expect(screen.getByText(/Je leest dit dossier als onderzoeker/)).toBeTruthy();
    expect(screen.getByText(/Griet Van Damme: Onderzoeker toewijzen → Koen Dubois/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/^Soort/), { target: { value: 'Terugkoppeling' } });
    fireEvent.change(screen.getByLabelText(/^Resultaat/), { target: { value: 'Deels gegrond' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sjabloon invullen' }));
    const letter = screen.getByLabelText(/^Brief aan de klager/) as HTMLTextAreaElement;
    expect(letter.value).toContain('Geachte Marie Dupont,');
    expect(letter.value).toContain('Op 02/03/2026 ontvingen wij uw klacht (referentie KL-5).');
    expect(letter.value).toContain('deels gegrond');
    const written = letter.value;
    fireEvent.click(screen.getByRole('button', { name: 'Bevinding toevoegen' }));
    await waitFor(() => expect(repo.calls.filter((c) => c.method === 'addFinding')).toHaveLength(1));
    expect(repo.calls.filter((c) => c.method === 'addFinding')[0].args[0]).toMatchObject({ kind: 'Terugkoppeling', outcome: 'Deels gegrond', text: written });
    expect(repo.calls.filter((c) => c.method === 'decide')).toHaveLength(0);
    expect(await screen.findByText('Je bevinding is toegevoegd.')).toBeTruthy();
  });

  it('shows Intern Toezicht what was changed outside the app, findings that do not count and log entries in another name', async () => {
    const koen = { id: '31', name: 'Koen Dubois' };
    const repo = fakeComplaints(GRIET, [dossier({ status: 'Afgesloten', investigator: { ...koen, function: 'hinp' }, history })], {
      changes: [
        { version: 1, editor: { id: '30', name: 'Griet Van Damme' }, at: '2026-03-02T09:00:00Z', fields: ['status'], from: null, to: 'Ontvangen', investigator: null, disciplinaryHead: null, entitled: true, claimedBy: [] },
        { version: 2, editor: { id: '30', name: 'Griet Van Damme' }, at: '2026-03-03T09:00:00Z', fields: ['status', 'investigator'], from: 'Ontvangen', to: 'In onderzoek', investigator: koen, disciplinaryHead: null, entitled: true, claimedBy: [] },
        { version: 3, editor: koen, at: '2026-03-04T09:00:00Z', fields: ['status'], from: 'In onderzoek', to: 'Afgesloten', investigator: koen, disciplinaryHead: null, entitled: false, claimedBy: ['Griet Van Damme'] },
      ],
      findings: [
        { id: '1', dossierId: 5, kind: 'Bevinding', text: 'Gesprek met de betrokkene.', outcome: null, feedbackSentOn: null, author: koen, at: '2026-03-04T08:00:00Z', counts: true },
        { id: '2', dossierId: 5, kind: 'Bevinding', text: 'Alles in orde.', outcome: null, feedbackSentOn: null, author: { id: '40', name: 'Karel Peeters' }, at: '2026-03-04T08:30:00Z', counts: false },
      ],
      consultations: [{ id: '7', list: 'Klachten', dossierId: 5, action: 'Geraadpleegd', readerName: 'Jonas Maes', readerId: '7', claimedName: 'Koen Dubois', at: '2026-03-04T10:00:00Z' }],
    });
    render(<ComplaintsApp repo={repo} route={{ view: 'klachten', item: 'dossier/5' }} />);
    await screen.findByRole('heading', { level: 2, name: 'KL-5 · Onbeleefde bejegening' });
    expect(screen.getByText(/Gewijzigd buiten de app: iemand die daar niet toe bevoegd is/)).toBeTruthy();
    const versions = screen.getByRole('list', { name: 'Verloop volgens SharePoint' });
    expect(within(versions).getByText(/Koen Dubois: In onderzoek → Afgesloten/)).toBeTruthy();
    expect(within(versions).getByText('Gewijzigd buiten de app')).toBeTruthy();
    expect(within(versions).getByText(/de app-geschiedenis noemde Griet Van Damme/)).toBeTruthy();
    const findings = screen.getByRole('list', { name: 'Onderzoeksbevindingen' });
    expect(within(findings).getByText('Telt niet mee: toegevoegd door Karel Peeters, die toen niet de onderzoeker van dit dossier was.')).toBeTruthy();
    expect(within(findings).getAllByText(/^Telt niet mee/)).toHaveLength(1);
    expect(within(screen.getByRole('table', { name: 'Raadplegingen' })).getByText('Jonas Maes (in het logboek ingevuld als Koen Dubois)')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Bevinding toevoegen' })).toBeNull();
  });

  it('shows the monthly listing without personal data and publishes it', async () => {
    const month = new Date().toISOString().slice(0, 7);
    const repo = fakeComplaints(GRIET, [dossier({ receivedOn: `${month}-02`, status: 'In onderzoek', history: [{ ...history[0], at: `${month}-03T09:00:00Z` }] })]);
    render(<ComplaintsApp repo={repo} route={{ view: 'klachten', item: `maandlijst/${month}` }} />);
    const activities = await screen.findByRole('table', { name: 'Activiteiten' });
    expect(within(activities).getAllByText('KL-5')).toHaveLength(2);
    expect(within(activities).getByText('Onderzoeker toegewezen')).toBeTruthy();
    const page = document.body.textContent || '';
    for (const personal of ['Marie Dupont', 'marie@example.be', 'Koen Dubois', 'Onbeleefd aangesproken']) expect(page).not.toContain(personal);
    fireEvent.click(screen.getByRole('button', { name: 'Publiceren voor de ontvangers' }));
    await waitFor(() => expect(repo.calls.filter((c) => c.method === 'publishMonthlyListing')).toHaveLength(1));
    expect(await screen.findByText(/^Gepubliceerd op \d\d\/\d\d\/\d{4}\.$/)).toBeTruthy();
  });

  it('shows the annual figures with small counts hidden', async () => {
    const repo = fakeComplaints(GRIET, [dossier({ receivedOn: '2025-05-02', closedOn: '2025-06-01', status: 'Afgesloten', outcome: 'Gegrond' })]);
    render(<ComplaintsApp repo={repo} route={{ view: 'klachten', item: 'jaarcijfers/2025' }} />);
    const table = await screen.findByRole('table', { name: 'Per aandachtspunt' });
    expect(within(table).getAllByText('<5').length).toBeGreaterThan(0);
    expect(within(table).queryByText('1')).toBeNull();
    expect(screen.getByText('Mediane doorlooptijd: niet gepubliceerd (te weinig dossiers).')).toBeTruthy();
  });
});

describe('DashboardView', () => {
  it('shows the korpsleiding and Intern Toezicht the figures as charts, each with its table', async () => {
    const year = new Date().getUTCFullYear();
    const repo = fakeComplaints(GRIET, [
      dossier({ id: '1', receivedOn: `${year}-01-10`, closedOn: `${year}-02-10`, status: 'Afgesloten', outcome: 'Gegrond', feedbackSentOn: `${year}-02-01` }),
      dossier({ id: '2', receivedOn: `${year}-01-20`, status: 'In onderzoek' }),
    ]);
    render(<ComplaintsApp repo={repo} route={{ view: 'dashboard' }} />);
    expect(await screen.findByRole('img', { name: `In ${year}: 2 ontvangen en 1 afgesloten; meeste ontvangen in jan.` })).toBeTruthy();
    const tiles = screen.getAllByRole('definition').map((d) => d.textContent);
    expect(tiles.slice(0, 3)).toEqual(['2', '1', '1']);
    expect(screen.getByRole('img', { name: /^Lopende dossiers per status: Ontvangen 0, In onderzoek 1/ })).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Per resultaat' });
    expect(within(table).getByRole('row', { name: 'Gegrond 1' })).toBeTruthy();
  });

  it('tells a staff member calmly there is nothing for them: no error, no year to choose, no reports to load', async () => {
    const repo = fakeComplaints(JONAS, []);
    repo.loadPublished = () => Promise.reject(Object.assign(new Error('Not Found'), { status: 404 }));
    render(<ComplaintsApp repo={repo} route={{ view: 'dashboard' }} />);
    expect(await screen.findByText(/Voor jou is hier niets te zien\./)).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByText(/bestaat niet \(meer\)/)).toBeNull();
    expect(screen.queryByRole('combobox')).toBeNull();
  });

  it('shows others the published reports, not the register', async () => {
    render(<ComplaintsApp repo={fakeComplaints(LUC, [])} route={{ view: 'dashboard' }} />);
    expect(await screen.findByText(/voorbehouden aan de korpsleiding en Intern Toezicht/)).toBeTruthy();
    expect(await screen.findByRole('link', { name: /^Maandlijst / })).toBeTruthy();
    expect(screen.queryByRole('img')).toBeNull();
  });
});
