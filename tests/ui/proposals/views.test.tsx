/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { FakeProposalRepository, HILDE, KAREL, LOTTE, TOM, proposalItem } from './fakeRepository';
import { renderProposals } from './render';

describe("the diensthoofd's queue", () => {
  it('validates a submitted proposal of the own dienst', async () => {
    const repo = new FakeProposalRepository(KAREL, [proposalItem(1, { title: 'Overdrachtsformulier' }), proposalItem(2, { dienst: 'Wijk', title: 'Van Wijk' })]);
    renderProposals(repo);
    expect(await screen.findByRole('heading', { name: 'Te valideren: Interventie' })).toBeTruthy();
    expect(screen.queryByText('Van Wijk')).toBeNull();
    fireEvent.click(await screen.findByRole('button', { name: 'Valideren' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Valideren' }));
    expect(await screen.findByText(/Beslissing opgeslagen: Gevalideerd\. 2 betrokkenen verwittigd\./)).toBeTruthy();
    expect(repo.calls.decide).toEqual([[1, 'validate', expect.objectContaining({ reason: '' })]]);
    expect(await screen.findByText('Er wachten geen voorstellen op jouw validatie.')).toBeTruthy();
  });

  it('asks for the question before returning a proposal, and sends nothing without it', async () => {
    const repo = new FakeProposalRepository(KAREL, [proposalItem(1)]);
    renderProposals(repo);
    fireEvent.click(await screen.findByRole('button', { name: 'Terugsturen met vraag' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Terugsturen met vraag' }));
    expect(await within(dialog).findByText('Geef een motivering: het team moet weten waarom.')).toBeTruthy();
    expect(repo.calls.decide).toBeUndefined();
    fireEvent.change(within(dialog).getByLabelText(/Je vraag aan het team/), { target: { value: 'Wie houdt de checklist bij?' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Terugsturen met vraag' }));
    await waitFor(() => expect(repo.proposals[0].status).toBe('Teruggestuurd'));
    expect(repo.decisions.get(1)?.[0]).toMatchObject({ action: 'return', reason: 'Wie houdt de checklist bij?', actor: { name: 'Karel Peeters' } });
  });

  it('shows the fresh state when another diensthoofd decided first (412)', async () => {
    const repo = new FakeProposalRepository(KAREL, [proposalItem(1)]);
    renderProposals(repo);
    fireEvent.click(await screen.findByRole('button', { name: 'Valideren' }));
    // meanwhile someone else rejects it: the ETag the page read is stale now
    Object.assign(repo.proposals[0], { status: 'Afgewezen', etag: '"2"' });
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Valideren' }));
    expect(await screen.findByText(/Iemand anders heeft dit intussen gewijzigd/)).toBeTruthy();
    expect(await screen.findByText('Er wachten geen voorstellen op jouw validatie.')).toBeTruthy();
    expect(repo.decisions.get(1)).toBeUndefined();
  });
});

describe("the directiecomité's agenda", () => {
  const validated = (itemId: number, over = {}) => proposalItem(itemId, { status: 'Gevalideerd', agendaMeeting: null, ...over });

  it('pre-fills the suggested comité with its reasons and confirms the marked decisions together', async () => {
    const repo = new FakeProposalRepository(HILDE, [
      validated(1, { title: 'Bodycams', topic: 'Materiaal en uitrusting', costEstimate: 48000, problem: 'Geen beelden.', improvement: 'Bodycams aankopen.' }),
      validated(2, { title: 'Onthaalbrochure', topic: 'Personeel', problem: 'Nieuwe collega’s zoeken lang.', improvement: 'Een brochure.' }),
    ]);
    renderProposals(repo);
    expect(await screen.findByRole('heading', { name: /^Agenda van het directiecomité van \d\d\/\d\d\/\d{4}$/ })).toBeTruthy();
    const pickers = await screen.findAllByLabelText('Comité');
    expect((pickers[0] as HTMLSelectElement).value).toBe('aankoopcomite');
    expect((pickers[1] as HTMLSelectElement).value).toBe('hr-comite');
    expect(screen.getAllByText(/Waarom: .*aankoop of investering.*Aankoopcomité/).length).toBe(1);
    // the suggestion names the words that led to it
    expect(screen.getByText('Voorstel van de app: HR-comité. Waarom: personeel en opleiding (onderwerp "Personeel", het woord "onthaal") → HR-comité')).toBeTruthy();
    fireEvent.change(pickers[1], { target: { value: 'communicatiecomite' } });
    fireEvent.click(screen.getByLabelText('Bodycams opnemen in de bevestiging'));
    fireEvent.click(screen.getByLabelText('Onthaalbrochure opnemen in de bevestiging'));
    fireEvent.click(screen.getByRole('button', { name: 'Aangeduide beslissingen bevestigen' }));
    // overriding the suggestion asks why, and stores nothing until the reason is there
    expect(await screen.findByText('Je kiest een ander comité dan de app voorstelt: zeg waarom, zodat het team het begrijpt.')).toBeTruthy();
    expect(repo.calls.decide).toBeUndefined();
    fireEvent.change(screen.getByLabelText(/Waarom een ander comité dan de app voorstelt\?/), { target: { value: 'Eerst een campagne.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Aangeduide beslissingen bevestigen' }));
    expect(await screen.findByText('2 beslissingen bevestigd.')).toBeTruthy();
    expect(repo.proposals.map((p) => [p.status, p.comite])).toEqual([
      ['Toegewezen aan comité', 'aankoopcomite'],
      ['Toegewezen aan comité', 'communicatiecomite'],
    ]);
  });

  it('stores none of the marked decisions while one is incomplete', async () => {
    const repo = new FakeProposalRepository(HILDE, [validated(1, { title: 'Drone' }), validated(2, { title: 'Fietsen' })]);
    renderProposals(repo);
    await screen.findAllByLabelText('Comité');
    const rejects = screen.getAllByLabelText('Afwijzen');
    fireEvent.click(rejects[0]);
    fireEvent.click(screen.getByLabelText('Drone opnemen in de bevestiging'));
    fireEvent.click(screen.getByLabelText('Fietsen opnemen in de bevestiging'));
    fireEvent.click(screen.getByRole('button', { name: 'Aangeduide beslissingen bevestigen' }));
    expect(await screen.findByText('Geef een motivering: het team moet weten waarom.')).toBeTruthy();
    expect(repo.calls.decide).toBeUndefined();
  });
});

describe("the comité chair's work", () => {
  it('assigns a routed proposal to the Q-team the suggestion names', async () => {
    const repo = new FakeProposalRepository(TOM, [
      proposalItem(1, { title: 'Bodycams', status: 'Toegewezen aan comité', comite: 'aankoopcomite', topic: 'Materiaal en uitrusting', costEstimate: 48000 }),
    ]);
    renderProposals(repo);
    expect(await screen.findByRole('heading', { name: 'Voorstellen voor Aankoopcomité' })).toBeTruthy();
    fireEvent.click(await screen.findByRole('button', { name: 'Toewijzen' }));
    const dialog = await screen.findByRole('dialog');
    const qteam = (await within(dialog).findByLabelText('Q-team')) as HTMLInputElement;
    expect(qteam.checked).toBe(true);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Toewijzen' }));
    await waitFor(() => expect(repo.proposals[0].status).toBe('Toegewezen aan uitvoerder'));
    expect(repo.calls.decide[0]).toEqual([1, 'assign', expect.objectContaining({ uitvoerder: { kind: 'q-team' }, werkgroepId: 1 })]);
  });

  it('creates a new ad hoc werkgroep and assigns to it', async () => {
    const repo = new FakeProposalRepository(TOM, [proposalItem(1, { title: 'Opslag', status: 'Toegewezen aan comité', comite: 'aankoopcomite', topic: 'Andere' })]);
    renderProposals(repo);
    fireEvent.click(await screen.findByRole('button', { name: 'Toewijzen' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(await within(dialog).findByLabelText('Nieuwe werkgroep (ad hoc)'));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Toewijzen' }));
    expect(await within(dialog).findByText('Geef de werkgroep een naam.')).toBeTruthy();
    expect(repo.calls.createWerkgroep).toBeUndefined();
    // a user's click and typing put the focus in the dialog (fireEvent does not), which keeps it the active modal
    const name = within(dialog).getByLabelText(/Naam van de nieuwe werkgroep/);
    name.focus();
    fireEvent.change(name, { target: { value: 'Werkgroep opslag' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Toewijzen' }));
    await waitFor(() => expect(repo.proposals[0].status).toBe('Toegewezen aan uitvoerder'));
    expect(repo.calls.createWerkgroep[0][0]).toMatchObject({ comite: 'aankoopcomite', kind: 'werkgroep', name: 'Werkgroep opslag' });
  });
});

describe('the page of a proposal', () => {
  it('shows the team where its proposal is, who acts next by when, and every decision with who, when and why', async () => {
    const repo = new FakeProposalRepository(LOTTE, [proposalItem(1, { title: 'Bodycams', status: 'Toegewezen aan comité', comite: 'aankoopcomite', statusChangedAt: '2026-11-25T10:00:00.000Z' })]);
    repo.decisions.set(1, [
      { entryId: 1, clientId: 'a', action: 'submit', from: 'Concept', to: 'Ingediend', actor: { id: '4', name: 'Lotte Wouters' }, actingAs: 'teamQW', at: '2026-11-20T09:00:00.000Z', reason: null, comite: null, uitvoerder: null, agendaMeeting: null, inList: false, namedAs: null, counts: true },
      { entryId: 2, clientId: 'b', action: 'validate', from: 'Ingediend', to: 'Gevalideerd', actor: { id: '7', name: 'Karel Peeters' }, actingAs: 'diensthoofd', at: '2026-11-21T09:00:00.000Z', reason: null, comite: null, uitvoerder: null, agendaMeeting: '2026-11-24T08:00:00.000Z', inList: false, namedAs: null, counts: true },
      { entryId: 3, clientId: 'c', action: 'route', from: 'Gevalideerd', to: 'Toegewezen aan comité', actor: { id: '9', name: 'Hilde Goossens' }, actingAs: 'directiecomite', at: '2026-11-25T10:00:00.000Z', reason: 'Aankoop: eerst testen.', comite: 'aankoopcomite', uitvoerder: null, agendaMeeting: null, inList: false, namedAs: null, counts: true },
    ]);
    renderProposals(repo, { item: 'voorstel/1' });
    expect(await screen.findByRole('heading', { level: 2, name: 'Bodycams' })).toBeTruthy();
    expect(screen.getByText('De voorzitter van het Aankoopcomité is aan zet: toewijzen, niet weerhouden. Verwacht tegen 25/12/2026.')).toBeTruthy();
    expect(screen.getByText(/Hilde Goossens heeft het voorstel verwezen naar een comité \(als lid van het directiecomité\)/)).toBeTruthy();
    expect(screen.getByText('Aankoop: eerst testen.')).toBeTruthy();
    expect(screen.getByText('Naar Aankoopcomité')).toBeTruthy();
    // when each decision was taken, to the minute, in Brussels time
    expect(screen.getByText('25/11/2026 11:00')).toBeTruthy();
    expect(screen.getAllByRole('listitem', { current: 'step' }).map((li) => li.textContent)).toEqual(['Comité']);
    // the feedback after the routing: three parts side by side, none done yet
    expect(screen.getByText('De diensthoofden geven de beslissing door (minstens één manier, per dienst)')).toBeTruthy();
    expect(screen.getByText('Middenkaderoverleg per dienst')).toBeTruthy();
    expect(screen.getByText('Nog in geen gepubliceerd verslag opgenomen.')).toBeTruthy();
  });

  it('shows a status changed directly in the list to everyone; only who changed it completes the log', async () => {
    const seenByLotte = new FakeProposalRepository(LOTTE, [proposalItem(1, { status: 'Gevalideerd' })]);
    seenByLotte.decisions.set(1, [
      { entryId: null, clientId: 'besl-1-2', action: 'validate', from: 'Ingediend', to: 'Gevalideerd', actor: { id: '7', name: 'Karel Peeters' }, actingAs: null, at: '2026-11-22T09:00:00.000Z', reason: null, comite: null, uitvoerder: null, agendaMeeting: null, inList: true, namedAs: null, counts: true },
    ]);
    const first = renderProposals(seenByLotte, { item: 'voorstel/1' });
    expect(await screen.findByText(/Rechtstreeks gewijzigd in de SharePoint-lijst door Karel Peeters/)).toBeTruthy();
    expect(seenByLotte.calls.writeReconciled).toBeUndefined();
    first.unmount();
    const repo = new FakeProposalRepository(KAREL, [proposalItem(1, { status: 'Gevalideerd' })]);
    repo.decisions.set(1, [
      { entryId: null, clientId: 'besl-1-2', action: 'validate', from: 'Ingediend', to: 'Gevalideerd', actor: { id: '7', name: 'Karel Peeters' }, actingAs: null, at: '2026-11-22T09:00:00.000Z', reason: null, comite: null, uitvoerder: null, agendaMeeting: null, inList: true, namedAs: null, counts: true },
    ]);
    renderProposals(repo, { item: 'voorstel/1' });
    expect(await screen.findByText(/Rechtstreeks gewijzigd in de SharePoint-lijst door Karel Peeters/)).toBeTruthy();
    await waitFor(() => expect(repo.calls.writeReconciled).toEqual([['besl-1-2']]));
  });

  it('lets a diensthoofd tick how the own dienst passed the decision on, and the directiecomité publish it as a bericht', async () => {
    const rejected = { entryId: 5, clientId: 'd', action: 'rejectByDirectiecomite' as const, from: 'Gevalideerd' as const, to: 'Afgewezen' as const, actor: { id: '9', name: 'Hilde Goossens' }, actingAs: 'directiecomite' as const, at: '2026-11-25T10:00:00.000Z', reason: 'Federale luchtsteun volstaat.', comite: null, uitvoerder: null, agendaMeeting: null, inList: false, namedAs: null, counts: true };
    const karels = new FakeProposalRepository(KAREL, [proposalItem(1, { title: 'Drone', status: 'Afgewezen' })]);
    karels.decisions.set(1, [rejected]);
    const first = renderProposals(karels, { item: 'voorstel/1' });
    fireEvent.change(await screen.findByLabelText('Datum (Interventie)'), { target: { value: '2026-11-26' } });
    // the alternatives: any of the three ways counts; only the own dienst's steps, never the push message or the report
    expect(screen.getAllByRole('button', { name: /^Afvinken/ }).map((b) => b.getAttribute('aria-label'))).toEqual([
      'Afvinken: Middenkaderoverleg per dienst (Interventie)',
      'Afvinken: Maandelijkse nieuwsbrief (Interventie)',
      'Afvinken: Teamoverleg (Interventie)',
      'Afvinken: Terugkoppeling aan het team Q&W (Interventie)',
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Afvinken: Teamoverleg (Interventie)' }));
    await waitFor(() => expect(karels.calls.recordCascadeStep).toEqual([[1, 5, 'teamoverleg', 'Interventie', '2026-11-26T11:00:00.000Z']]));
    expect(screen.queryByRole('button', { name: 'Publiceren als bericht' })).toBeNull();
    first.unmount();

    const repo = new FakeProposalRepository(HILDE, [proposalItem(1, { title: 'Drone', status: 'Afgewezen' })]);
    repo.decisions.set(1, [rejected]);
    renderProposals(repo, { item: 'voorstel/1' });
    fireEvent.click(await screen.findByRole('button', { name: 'Publiceren als bericht' }));
    await waitFor(() => expect(repo.calls.publishDecision).toHaveLength(1));
    expect(repo.calls.publishDecision[0][2]).toEqual({
      title: 'Verbetervoorstel Afgewezen: Drone',
      body: 'Het voorstel "Drone" van het team Q&W Interventie: Afgewezen.\n\nFederale luchtsteun volstaat.',
    });
    expect(await screen.findByText('Gepubliceerd als bericht op de SharePoint-pagina.')).toBeTruthy();
  });
});

describe('a proposal returned with a question', () => {
  it('lets the team rework its texts (with the ETag read) and resubmit it', async () => {
    const repo = new FakeProposalRepository(LOTTE, [proposalItem(1, { title: 'Checklist', status: 'Teruggestuurd', lastDecisionReason: 'Wie houdt ze bij?' })]);
    const view = renderProposals(repo, { item: 'voorstel/1' });
    fireEvent.click(await screen.findByRole('button', { name: 'Voorstel aanpassen' }));
    expect(await screen.findByRole('heading', { name: 'Voorstel aanpassen' })).toBeTruthy();
    expect((screen.getByLabelText(/^Titel/) as HTMLInputElement).value).toBe('Checklist');
    fireEvent.change(screen.getByLabelText(/^Toelichting/), { target: { value: 'De ploegverantwoordelijke houdt de checklist bij.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Wijzigingen opslaan' }));
    expect(await screen.findByText('Wijzigingen opgeslagen.')).toBeTruthy();
    expect(repo.calls.saveContent[0]).toEqual([1, 'Interventie', expect.objectContaining({ description: 'De ploegverantwoordelijke houdt de checklist bij.' })]);
    expect(view.routes.map((r) => r.item)).toEqual(['voorstel/1/bewerken', 'voorstel/1']);
    fireEvent.click(await screen.findByRole('button', { name: 'Opnieuw indienen' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Opnieuw indienen' }));
    await waitFor(() => expect(repo.proposals[0].status).toBe('Ingediend'));
    expect(repo.calls.decide[0]).toEqual([1, 'resubmit', expect.anything()]);
  });
});

describe("the team's proposals", () => {
  it('lists the dienst proposals newest first and pages', async () => {
    const many = Array.from({ length: 30 }, (_v, i) => proposalItem(i + 1, { title: `Voorstel nummer ${i + 1}` }));
    const repo = new FakeProposalRepository(LOTTE, many);
    renderProposals(repo);
    expect(await screen.findByRole('heading', { name: 'Voorstellen van Interventie' })).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(25);
    expect(screen.getAllByRole('heading', { level: 3 })[0].textContent).toBe('Voorstel nummer 30');
    fireEvent.click(screen.getByRole('button', { name: 'Meer voorstellen laden' }));
    await waitFor(() => expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(30));
    expect(screen.queryByRole('button', { name: 'Meer voorstellen laden' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Nieuw voorstel' })).toBeTruthy();
  });

  it('speaks French in a French host', async () => {
    const repo = new FakeProposalRepository(LOTTE, [proposalItem(1, { title: 'Bodycams' })]);
    renderProposals(repo, { locale: 'fr-BE' });
    expect(await screen.findByRole('heading', { name: 'Propositions de Interventie' })).toBeTruthy();
    expect(screen.getByText('Introduite')).toBeTruthy();
  });
});

describe("the korpsleiding's oversight", () => {
  it('is offered to the korpsleiding only, runs on request and lists what was changed outside the app', async () => {
    const team = renderProposals(new FakeProposalRepository(LOTTE, [proposalItem(1)]));
    await screen.findByRole('heading', { name: 'Voorstellen van Interventie' });
    expect(screen.queryByRole('tab', { name: 'Controle' })).toBeNull();
    team.unmount();

    const repo = new FakeProposalRepository(HILDE, [proposalItem(1, { title: 'Bodycams', status: 'Gerealiseerd' })]);
    repo.integrity = {
      checked: 12,
      flagged: [{ proposal: repo.proposals[0], findings: [{ kind: 'statusOutsideApp', from: 'Ingediend', to: 'Gerealiseerd', editorName: 'Karel Peeters', at: '2026-11-20T09:00:00.000Z' }] }],
    };
    renderProposals(repo);
    fireEvent.click(await screen.findByRole('tab', { name: 'Controle' }));
    fireEvent.click(screen.getByRole('button', { name: 'Controle uitvoeren' }));
    expect(await screen.findByText('1 van 12 nagekeken voorstellen zijn gewijzigd buiten de app.')).toBeTruthy();
    expect(screen.getByText('Status "Gerealiseerd" gezet door Karel Peeters op 20/11/2026 zonder beslissing van iemand die dat mocht.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Bodycams' })).toBeTruthy();
  });
});

describe("the view's first list", () => {
  it('is asked for with who the user is, on the lists', async () => {
    const repo = new FakeProposalRepository(KAREL, [proposalItem(1)]);
    renderProposals(repo);
    expect(await screen.findByRole('heading', { name: 'Te valideren: Interventie' })).toBeTruthy();
    expect(repo.calls.openLists).toEqual([[]]);
  });

  it("is not read on a proposal's page", async () => {
    const repo = new FakeProposalRepository(KAREL, [proposalItem(1, { title: 'Overdrachtsformulier' })]);
    renderProposals(repo, { item: 'voorstel/1' });
    expect(await screen.findByRole('heading', { name: /Overdrachtsformulier/ })).toBeTruthy();
    expect(repo.calls.openLists).toBeUndefined();
  });
});
