/** @jest-environment jsdom */
import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { DraftInvalidError } from '../../../src/domain/registers/drafts';
import { activity, damage, fakeRegisters, gift, member, page, RegistersApp } from './fakes';

const type = (label: RegExp | string, value: string): void => {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
};

describe('RegistersView', () => {
  beforeEach(() => window.localStorage.clear());

  it('shows a member their own declarations of the three registers with their status, and the three ways to declare', async () => {
    const repo = fakeRegisters();
    render(<RegistersApp repo={repo} route={{ view: 'registers' }} />);
    expect(await screen.findByRole('heading', { level: 3, name: 'Geschenken' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: 'Nevenactiviteiten' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: 'Materiaalschade' })).toBeTruthy();
    expect(screen.getAllByText('Jouw meldingen')).toHaveLength(3);
    const gifts = screen.getByRole('table', { name: 'Geschenken' });
    expect(within(gifts).getByRole('link', { name: 'Fles wijn' })).toBeTruthy();
    expect(within(gifts).getByText('een nieuwjaarsgeschenk')).toBeTruthy();
    expect(within(gifts).queryByText('Jonas Maes')).toBeNull();
    for (const name of ['Geschenk melden', 'Nevenactiviteit aangeven', 'Schade melden']) expect(screen.getByRole('button', { name })).toBeTruthy();
    expect(repo.calls.map((c) => c.method)).toEqual(['loadOverview']);
  });

  it('shows the politiecollege only the side activities, all of them with who declared them, and no way to declare', async () => {
    const repo = fakeRegisters({ me: member('Luc Hermans', 20, 'politiecollege'), gifts: null, damage: null });
    render(<RegistersApp repo={repo} route={{ view: 'registers' }} />);
    expect(await screen.findByRole('heading', { level: 3, name: 'Nevenactiviteiten' })).toBeTruthy();
    expect(screen.queryByRole('heading', { level: 3, name: 'Geschenken' })).toBeNull();
    expect(screen.getByText('Alle meldingen')).toBeTruthy();
    expect(within(screen.getByRole('table', { name: 'Nevenactiviteiten' })).getByText('Sofie Claes')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Geschenk melden' })).toBeNull();
  });

  it('reminds the politiecollege of advice terms running out, the earliest first', async () => {
    const received = (daysAgo: number) => new Date(Date.now() - daysAgo * 86400000).toISOString();
    const awaitingAdvice = [
      activity({ id: '21', kader: 'Ops', status: 'Advies gevraagd', declaredAt: received(60), receivedAt: received(50) }),
      activity({ id: '22', kader: 'Ops', status: 'Advies gevraagd', declaredAt: received(60), receivedAt: received(40) }),
      activity({ id: '23', kader: 'Ops', status: 'Advies gevraagd', declaredAt: received(60), receivedAt: received(5) }),
    ];
    render(<RegistersApp repo={fakeRegisters({ me: member('Luc Hermans', 20, 'politiecollege'), gifts: null, damage: null, awaitingAdvice })} route={{ view: 'registers' }} />);
    expect(await screen.findByText('Herinnering: adviezen over nevenactiviteiten')).toBeTruthy();
    expect(screen.getByText(/^1 advies vervalt binnen 10 dagen, 1 termijn is verstreken\./)).toBeTruthy();
  });

  it('opens the gift form from the theme route, flags a New Year gift and submits once', async () => {
    const repo = fakeRegisters();
    render(<RegistersApp repo={repo} route={{ view: 'registers', item: 'nieuw/geschenk' }} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Geschenk, aanbieding of vergoeding melden' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/^Soort/), { target: { value: 'Nieuwjaarsgeschenk' } });
    expect(screen.getByText(/Een nieuwjaarsgeschenk wordt nooit persoonlijk aanvaard; Intern Toezicht beslist/)).toBeTruthy();
    type(/^Wat/, 'Kerstpakket');
    type(/^Van wie/, 'Bakkerij De Molen');
    type(/^Geschatte waarde/, '30,00');
    type(/^Waarom weigeren/, 'Aan de balie achtergelaten.');
    fireEvent.change(screen.getByLabelText(/^Dienst/), { target: { value: 'Interventie' } });
    fireEvent.click(screen.getByRole('button', { name: 'Melden' }));
    expect(await screen.findByText('Je melding is ontvangen door Intern Toezicht.')).toBeTruthy();
    const submits = repo.calls.filter((c) => c.method === 'submitGift');
    expect(submits).toHaveLength(1);
    expect(submits[0].args[0]).toMatchObject({ kind: 'Nieuwjaarsgeschenk', what: 'Kerstpakket', estimatedValue: '30,00', dienst: 'Interventie' });
  });

  it('says what is wrong in Dutch and sends nothing while the form has problems', async () => {
    const repo = fakeRegisters();
    render(<RegistersApp repo={repo} route={{ view: 'registers', item: 'nieuw/geschenk' }} />);
    type(/^Geschatte waarde/, 'veel');
    fireEvent.click(screen.getByRole('button', { name: 'Melden' }));
    expect(screen.getByText('Niet alles is correct ingevuld. Verbeter de aangeduide velden; er is nog niets opgeslagen.')).toBeTruthy();
    expect(screen.getByText('Geef een getal, bijvoorbeeld 25 of 12,50.')).toBeTruthy();
    expect(screen.getAllByText('Vul dit veld in.').length).toBeGreaterThan(0);
    expect(repo.calls.filter((c) => c.method === 'submitGift')).toHaveLength(0);
  });

  it('flags an absolute incompatibility of the Ops-kader at entry', async () => {
    render(<RegistersApp repo={fakeRegisters()} route={{ view: 'registers', item: 'nieuw/nevenactiviteit' }} />);
    fireEvent.click(screen.getByRole('radio', { name: 'Ops (operationeel kader)' }));
    fireEvent.change(screen.getByLabelText(/^Soort activiteit/), { target: { value: 'andere' } });
    type(/^Omschrijving/, 'Weekendwerk als portier in een discotheek');
    expect(screen.getByText('Mogelijk onverenigbaar')).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/^Soort activiteit/), { target: { value: 'security' } });
    expect(screen.getByText('Absoluut onverenigbaar voor het Ops-kader')).toBeTruthy();
  });

  it('shows the member their suspended side activity, with the absence that suspends it', async () => {
    const repo = fakeRegisters({ me: member('Sofie Claes', 8, 'medewerkers') });
    repo.loadSideActivity = async () => ({
      me: member('Sofie Claes', 8, 'medewerkers'),
      activity: activity({ startDate: '2020-01-01' }),
      absences: [{ id: '3', member: { id: '8', name: 'Sofie Claes' }, kind: 'Ziekte', start: '2021-01-04', end: null, etag: '"1"' }],
    });
    render(<RegistersApp repo={repo} route={{ view: 'registers', item: 'nevenactiviteit/4' }} />);
    expect(await screen.findByText(/Van ambtswege opgeschort sinds 04\/01\/2021 wegens ziekte/)).toBeTruthy();
    expect(screen.getByText(/Sinds 04\/01\/2021 \(ziekte\); loopt nog/)).toBeTruthy();
    // the suspension is shown read-only: absences are registered by HR elsewhere, never on the side activity
    expect(screen.queryByRole('table', { name: 'Afwezigheden' })).toBeNull();
    // the member may end the activity, not advise on it
    expect(screen.getByRole('button', { name: 'Beëindiging registreren' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Advies registreren' })).toBeNull();
    expect(screen.queryByRole('form', { name: 'Afwezigheid registreren' })).toBeNull();
  });

  it('lets the politiecollege record its advice, without showing it the absences', async () => {
    const repo = fakeRegisters({ me: member('Luc Hermans', 20, 'politiecollege') });
    repo.loadSideActivity = async () => ({ me: member('Luc Hermans', 20, 'politiecollege'), activity: activity(), absences: [] });
    render(<RegistersApp repo={repo} route={{ view: 'registers', item: 'nevenactiviteit/4' }} />);
    expect(await screen.findByText(/zien enkel de korpsleiding en het personeelslid zelf/)).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Afwezigheden' })).toBeNull();
    fireEvent.click(screen.getByRole('radio', { name: 'Gunstig onder voorwaarden' }));
    type(/^Voorwaarden of motivering/, 'Niet tijdens wachtdiensten.');
    fireEvent.click(screen.getByRole('button', { name: 'Advies registreren' }));
    await waitFor(() => expect(repo.calls.filter((c) => c.method === 'decideSideActivity')).toHaveLength(1));
    expect(repo.calls.filter((c) => c.method === 'decideSideActivity')[0].args[2]).toEqual({
      action: 'allow',
      advice: 'Gunstig onder voorwaarden',
      reason: 'Niet tijdens wachtdiensten.',
    });
  });

  it('gives HR no step on a side activity: no absence form, no advice, no suspension (medical data stays in HR\'s list)', async () => {
    const wim = member('Wim Hendrickx', 21, 'medewerkers', 'hr');
    const repo = fakeRegisters({ me: wim });
    repo.loadSideActivity = async () => ({ me: wim, activity: activity(), absences: [] });
    render(<RegistersApp repo={repo} route={{ view: 'registers', item: 'nevenactiviteit/4' }} />);
    expect(await screen.findByText(/zien enkel de korpsleiding en het personeelslid zelf/)).toBeTruthy();
    expect(screen.queryByRole('form', { name: 'Afwezigheid registreren' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Beslissingen' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Advies registreren' })).toBeNull();
  });

  it('lets HR register an absence of a staff member in the registers, and its last day', async () => {
    const repo = fakeRegisters({
      me: member('Wim Hendrickx', 21, 'medewerkers', 'hr'),
      absences: page([{ id: '3', member: { id: '9', name: 'Bram Jacobs' }, kind: 'Ziekte', start: '2026-03-01', end: null, etag: '"1"' }]),
    });
    render(<RegistersApp repo={repo} route={{ view: 'registers' }} />);
    const table = await screen.findByRole('table', { name: 'Afwezigheden' });
    expect(within(table).getByText('Bram Jacobs')).toBeTruthy();
    // the staff are read only when HR opens the form (not in the view's first round trip)
    expect(repo.calls.filter((c) => c.method === 'loadStaff')).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: 'Afwezigheid registreren' }));
    const form = await screen.findByRole('form', { name: 'Afwezigheid registreren' });
    // nobody chosen: refused in Dutch, nothing sent
    fireEvent.change(within(form).getByLabelText(/^Soort afwezigheid/), { target: { value: 'Arbeidsongeval' } });
    fireEvent.change(within(form).getByLabelText(/^Vanaf/), { target: { value: '2026-03-02' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Afwezigheid registreren' }));
    expect(await within(form).findByText('Vul dit veld in.')).toBeTruthy();
    expect(repo.calls.filter((c) => c.method === 'registerAbsence')).toHaveLength(0);
    const picker = await within(form).findByRole('combobox', { name: 'Personeelslid' });
    fireEvent.click(picker);
    fireEvent.change(picker, { target: { value: 'sofie' } });
    fireEvent.click(await within(screen.getByRole('listbox')).findByRole('option', { name: /Sofie Claes/ }));
    fireEvent.click(within(form).getByRole('button', { name: 'Afwezigheid registreren' }));
    await waitFor(() => expect(repo.calls.filter((c) => c.method === 'registerAbsence')).toHaveLength(1));
    expect(repo.calls.filter((c) => c.method === 'registerAbsence')[0].args).toEqual([
      { member: { id: '8', name: 'Sofie Claes' }, kind: 'Arbeidsongeval', start: '2026-03-02', end: '' },
    ]);
    expect(await screen.findByText('De afwezigheid van Sofie Claes is geregistreerd.')).toBeTruthy();
    expect(within(screen.getByRole('table', { name: 'Afwezigheden' })).getByText('Arbeidsongeval')).toBeTruthy();
    // the last day of Bram's sick leave
    const row = within(screen.getByRole('table', { name: 'Afwezigheden' })).getByText('Bram Jacobs').closest('tr') as HTMLElement;
    fireEvent.change(within(row).getByLabelText(/^Laatste dag van de afwezigheid/), { target: { value: '2026-03-08' } });
    fireEvent.click(within(row).getByRole('button', { name: 'Einde registreren' }));
    await waitFor(() => expect(repo.calls.filter((c) => c.method === 'endAbsence')).toHaveLength(1));
    expect(await within(row).findByText('08/03/2026')).toBeTruthy();
  });

  it('shows no absences card to whoever is not HR, not even to the korpsleiding', async () => {
    const repo = fakeRegisters({ me: member('Hilde Goossens', 3, 'medewerkers', 'korpsleiding'), absences: page([]) });
    render(<RegistersApp repo={repo} route={{ view: 'registers' }} />);
    await screen.findByRole('heading', { level: 3, name: 'Nevenactiviteiten' });
    expect(screen.queryByRole('heading', { name: 'Afwezigheden' })).toBeNull();
  });

  it('lets Intern Toezicht record what happened to a gift, and shows the refusal to keep a flagged gift', async () => {
    const repo = fakeRegisters();
    repo.loadGift = async () => ({ me: member('Griet Van Damme', 30, 'medewerkers', 'internToezicht'), gift: gift() });
    repo.handleGift = async () => {
      const { RuleRefusedError } = await import('../../../src/data/registers/ruleRefused');
      throw new RuleRefusedError({ code: 'neverAcceptPersonally' });
    };
    render(<RegistersApp repo={repo} route={{ view: 'registers', item: 'geschenk/1' }} />);
    expect(await screen.findByRole('heading', { level: 2, name: 'Fles wijn' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Wat ermee gebeurde'), { target: { value: 'Persoonlijk behouden' } });
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText('Een nieuwjaarsgeschenk wordt nooit persoonlijk aanvaard.')).toBeTruthy();
  });

  it('shows the reporter the handling of a damage report with its photo, and lets Logistiek record it', async () => {
    // jsdom has no object URLs for blobs
    Object.assign(URL, { createObjectURL: () => 'blob:photo', revokeObjectURL: () => undefined });
    const reporter = fakeRegisters();
    reporter.loadDamageReport = async () => ({ me: member('Jonas Maes', 7, 'medewerkers'), report: damage({ photos: [{ name: 'kras.png' }] }) });
    const { unmount } = render(<RegistersApp repo={reporter} route={{ view: 'registers', item: 'materiaalschade/9' }} />);
    expect(await screen.findByRole('img', { name: 'Kras op de achterdeur (kras.png)' })).toBeTruthy();
    expect(screen.getByText('Afspraak carrosserie.')).toBeTruthy();
    expect(screen.queryByRole('form', { name: 'Opvolging door Logistiek' })).toBeNull();
    unmount();

    const logistiek = fakeRegisters();
    logistiek.loadDamageReport = async () => ({ me: member('Dirk Aerts', 9, 'medewerkers', 'logistiek'), report: damage() });
    render(<RegistersApp repo={logistiek} route={{ view: 'registers', item: 'materiaalschade/9' }} />);
    const form = await screen.findByRole('form', { name: 'Opvolging door Logistiek' });
    fireEvent.change(within(form).getByLabelText('Status'), { target: { value: 'Afgehandeld' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText('Opgeslagen.')).toBeTruthy();
    expect(logistiek.calls.filter((c) => c.method === 'handleDamage')[0].args[1]).toEqual({ status: 'Afgehandeld', notes: 'Afspraak carrosserie.' });
  });

  it('keeps the form and marks the fields the repository refused', async () => {
    const repo = fakeRegisters();
    repo.submitDamage = async () => {
      throw new DraftInvalidError({ location: 'required' });
    };
    render(<RegistersApp repo={repo} route={{ view: 'registers', item: 'nieuw/materiaalschade' }} />);
    type(/^Wat is beschadigd/, 'Laptop');
    fireEvent.change(screen.getByLabelText(/^Categorie/), { target: { value: 'Materiaal' } });
    type(/^Waar/, 'Bureau 2');
    fireEvent.change(screen.getByLabelText(/^Dienst/), { target: { value: 'Interventie' } });
    type(/^Wat is er gebeurd/, 'Gevallen.');
    fireEvent.click(screen.getByRole('button', { name: 'Melden' }));
    expect(await screen.findByText('Niet alles is correct ingevuld. Verbeter de aangeduide velden; er is nog niets opgeslagen.')).toBeTruthy();
    expect((screen.getByLabelText(/^Wat is beschadigd/) as HTMLInputElement).value).toBe('Laptop');
    expect(screen.getByText('Vul dit veld in.')).toBeTruthy();
  });
});
