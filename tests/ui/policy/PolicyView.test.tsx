/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { FakePolicyRepository, JURIST } from './fakes';
import { renderRoute } from './render';

const conflict = () => Object.assign(new Error('Precondition Failed'), { status: 412 });

describe('the Beleid home', () => {
  it('shows the vision, the themes, the messages, the korpsrichtlijnen and the framework from one load', async () => {
    const repo = new FakePolicyRepository();
    renderRoute({ view: 'beleid' }, { policy: repo });
    expect(await screen.findByRole('heading', { level: 2, name: 'Ons integriteitsbeleid' })).toBeTruthy();
    expect(screen.getByText('“Integrity is doing the right thing when no one is watching”')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: 'De 10 aandachtspunten' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Respect voor het materiaal' })).toBeTruthy();
    expect(screen.getByText('Kick-off communicatiecampagne 10 thema’s')).toBeTruthy();
    const latest = screen.getByRole('region', { name: 'Korpsrichtlijnen' });
    expect(within(latest).getByRole('button', { name: 'Korpsrichtlijn integriteitsbeleid' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Gebruik van geweld' })).toBeNull();
    // the framework: one disclosure per part (details and summary), the part's heading in its summary, closed at first
    const parts = ['Inleiding', 'Wettelijk kader', 'De 9 beleidslijnen van het beleidsplan 2023-2027', 'Complementaire instrumenten'].map((name) => {
      const summary = screen.getByRole('heading', { level: 4, name }).closest('summary') as HTMLElement;
      expect({ name, summary: summary?.parentElement?.tagName }).toEqual({ name, summary: 'DETAILS' });
      return summary;
    });
    const open = (): boolean[] => parts.map((summary) => (summary.parentElement as HTMLDetailsElement).open);
    expect(open()).toEqual([false, false, false, false]);
    expect(screen.queryByText('Het KB van 10.05.2006 houdende vaststelling van de deontologische code.')?.closest('details')?.open).toBe(false);
    // several open at once
    fireEvent.click(parts[1]);
    fireEvent.click(parts[3]);
    await waitFor(() => expect(open()).toEqual([false, true, false, true]));
    fireEvent.click(parts[1]);
    await waitFor(() => expect(open()).toEqual([false, false, false, true]));
    expect(repo.calls).toEqual(['loadHome']);
  });

  it('shows a staff member the korpsrichtlijnen still to acknowledge, and none once they are read', async () => {
    const repo = new FakePolicyRepository();
    renderRoute({ view: 'beleid' }, { policy: repo });
    const toRead = await screen.findByRole('region', { name: /Nog te lezen/ });
    const titles = within(toRead).getAllByRole('button').map((b) => b.textContent);
    expect(titles.length).toBeGreaterThan(0);
    expect(titles).not.toContain('Oude richtlijn dienstvoertuigen');
    fireEvent.click(within(toRead).getByRole('button', { name: titles[0] as string }));
    fireEvent.click(await screen.findByRole('button', { name: 'Gelezen en begrepen' }));
    await screen.findByText(/^Je bevestigde versie/);
    expect(repo.calls).toEqual(['loadHome', expect.stringMatching(/^loadDirective /), expect.stringMatching(/^acknowledge /)]);
  });

  it('says so when everything is read', async () => {
    const repo = new FakePolicyRepository();
    repo.items.forEach((d) => repo.acknowledgements.push({ id: d.id, directiveId: d.id, versionMajor: d.versionMajor, authorId: repo.me.userId, acknowledgedAt: '2026-01-01T00:00:00Z' }));
    renderRoute({ view: 'beleid' }, { policy: repo });
    expect(await screen.findByText('Je hebt alle korpsrichtlijnen gelezen en bevestigd.')).toBeTruthy();
    expect(screen.queryByRole('region', { name: /Nog te lezen/ })).toBeNull();
  });

  it('opens the rest of the vision on request', async () => {
    renderRoute({ view: 'beleid' }, { policy: new FakePolicyRepository() });
    const toggle = await screen.findByRole('button', { name: 'Lees de volledige visie' });
    expect(screen.getByText('Integriteit is essentieel.').closest('[hidden]')).toBeTruthy();
    fireEvent.click(toggle);
    expect(screen.getByRole('button', { name: 'Toon minder' }).getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByText('Integriteit is essentieel.').closest('[hidden]')).toBeNull();
  });

  it('goes to a theme page from its card', async () => {
    const view = renderRoute({ view: 'beleid' }, { policy: new FakePolicyRepository() });
    fireEvent.click(await screen.findByRole('button', { name: 'Onverenigbare functies' }));
    expect(view.routes).toEqual([{ view: 'beleid', item: 'thema/2' }]);
    expect(await screen.findByRole('heading', { level: 2, name: 'Aandachtspunt 2: Onverenigbare functies' })).toBeTruthy();
  });

  it('speaks French for a French host', async () => {
    renderRoute({ view: 'beleid' }, { policy: new FakePolicyRepository() }, 'fr-BE');
    expect(await screen.findByRole('heading', { level: 2, name: "Notre politique d'intégrité" })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: "Les 10 points d'attention" })).toBeTruthy();
  });

  it('says what went wrong and retries', async () => {
    const repo = new FakePolicyRepository();
    const load = repo.loadHome.bind(repo);
    let first = true;
    repo.loadHome = () => (first ? ((first = false), Promise.reject(Object.assign(new Error('down'), { status: 503 }))) : load());
    renderRoute({ view: 'beleid' }, { policy: repo });
    expect((await screen.findByRole('alert')).textContent).toContain('SharePoint is even druk');
    fireEvent.click(screen.getByRole('button', { name: 'Opnieuw proberen' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Ons integriteitsbeleid' })).toBeTruthy();
  });
});

describe('a theme page', () => {
  it.each([
    [1, 'Een geschenk melden', 'nieuw/geschenk'],
    [2, 'Een nevenactiviteit aangeven', 'nieuw/nevenactiviteit'],
    [3, 'Schade melden', 'nieuw/materiaalschade'],
  ])('theme %i offers its declaration as the primary action', async (number, label, item) => {
    const view = renderRoute({ view: 'beleid', item: `thema/${number}` }, { policy: new FakePolicyRepository() });
    fireEvent.click(await screen.findByRole('button', { name: label }));
    expect(view.routes).toEqual([{ view: 'registers', item }]);
  });

  it('renders the full text as paragraphs and lists, with the related korpsrichtlijnen', async () => {
    renderRoute({ view: 'beleid', item: 'thema/2' }, { policy: new FakePolicyRepository() });
    const heading = await screen.findByRole('heading', { level: 2, name: 'Aandachtspunt 2: Onverenigbare functies' });
    expect(document.activeElement).toBe(heading);
    expect(screen.getByText('bijzonder veldwachter').tagName).toBe('LI');
    const related = screen.getByRole('heading', { level: 3, name: 'Korpsrichtlijnen bij dit aandachtspunt' }).parentElement!;
    expect(within(related).getAllByRole('listitem').map((li) => li.textContent)).toEqual([expect.stringContaining('KR-2015-01')]);
  });

  it('shows sanitized text and no action for a theme without one', async () => {
    const { container } = renderRoute({ view: 'beleid', item: 'thema/7' }, { policy: new FakePolicyRepository() });
    expect(await screen.findByText('Elke raadpleging van operationele databanken wordt geregistreerd')).toBeTruthy();
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('img')).toBeNull();
    expect((window as { hacked?: boolean }).hacked).toBeUndefined();
    expect(screen.queryByRole('heading', { name: 'Wat doe je?' })).toBeNull();
    expect(screen.getByText('Raadplegingen worden gelogd.')).toBeTruthy();
  });

  it('says so for a theme that does not exist', async () => {
    renderRoute({ view: 'beleid', item: 'thema/42' }, { policy: new FakePolicyRepository() });
    expect((await screen.findByRole('alert')).textContent).toContain('bestaat niet');
  });
});

describe('the korpsrichtlijnen list', () => {
  it('shows staff the published ones only, without the authors’ controls', async () => {
    renderRoute({ view: 'beleid', item: 'richtlijnen' }, { policy: new FakePolicyRepository() });
    await screen.findByRole('heading', { level: 2, name: 'Korpsrichtlijnen' });
    const titles = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(titles).toHaveLength(3);
    expect(titles.join(' ')).not.toContain('Gebruik van geweld');
    expect(screen.queryByRole('button', { name: 'Nieuwe korpsrichtlijn' })).toBeNull();
    expect(screen.queryByRole('combobox', { name: 'Status' })).toBeNull();
    expect(screen.getByText('3 getoond')).toBeTruthy();
  });

  it('searches the text of the korpsrichtlijnen when typing pauses', async () => {
    const repo = new FakePolicyRepository();
    renderRoute({ view: 'beleid', item: 'richtlijnen' }, { policy: repo });
    const search = await screen.findByRole('searchbox', { name: 'Zoeken' });
    fireEvent.change(search, { target: { value: 'facébook' } });
    await waitFor(() => expect(screen.getByText('1 getoond')).toBeTruthy());
    expect(screen.getByRole('button', { name: 'Gebruik van sociale media' })).toBeTruthy();
    expect(repo.calls[repo.calls.length - 1]).toBe('findDirectives {"status":"Gepubliceerd","text":"facébook"}');
  });

  it('matches whole words or word starts, not letters inside a word', async () => {
    renderRoute({ view: 'beleid', item: 'richtlijnen' }, { policy: new FakePolicyRepository() });
    const search = await screen.findByRole('searchbox', { name: 'Zoeken' });
    // its clear button speaks Dutch too (Fluent's default is "clear")
    expect(screen.getByRole('button', { name: 'Zoekterm wissen' })).toBeTruthy();
    fireEvent.change(search, { target: { value: 'ventie' } });
    expect(await screen.findByText('Geen korpsrichtlijnen gevonden.')).toBeTruthy();
    fireEvent.change(search, { target: { value: 'interv' } });
    await waitFor(() => expect(screen.getByText('1 getoond')).toBeTruthy());
    expect(screen.getByRole('button', { name: 'Gebruik van sociale media' })).toBeTruthy();
  });

  it('filters on a theme and pages on', async () => {
    const repo = new FakePolicyRepository();
    repo.pageSize = 2;
    renderRoute({ view: 'beleid', item: 'richtlijnen' }, { policy: repo });
    fireEvent.click(await screen.findByRole('button', { name: 'Meer tonen' }));
    await waitFor(() => expect(screen.getByText('3 getoond')).toBeTruthy());
    expect(screen.queryByRole('button', { name: 'Meer tonen' })).toBeNull();
    fireEvent.click(screen.getByRole('combobox', { name: 'Aandachtspunt' }));
    fireEvent.click(screen.getByRole('option', { name: '1. Attenties, aanbiedingen en incidentele vergoedingen, corruptie' }));
    await waitFor(() => expect(screen.getByText('2 getoond')).toBeTruthy());
    expect(repo.calls).toContain('findDirectives {"status":"Gepubliceerd","themeId":1}');
  });

  it('lets authors see concepts and start a new korpsrichtlijn', async () => {
    const repo = new FakePolicyRepository();
    repo.me = JURIST;
    const view = renderRoute({ view: 'beleid', item: 'richtlijnen' }, { policy: repo });
    fireEvent.click(await screen.findByRole('combobox', { name: 'Status' }));
    fireEvent.click(screen.getByRole('option', { name: 'Concept' }));
    expect(await screen.findByRole('button', { name: 'Gebruik van geweld' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Nieuwe korpsrichtlijn' }));
    expect(view.routes).toEqual([{ view: 'beleid', item: 'richtlijn/nieuw' }]);
    expect(await screen.findByRole('heading', { level: 2, name: 'Nieuwe korpsrichtlijn' })).toBeTruthy();
  });
});

describe('a korpsrichtlijn page', () => {
  it('asks a reader to acknowledge and records it once', async () => {
    const repo = new FakePolicyRepository();
    renderRoute({ view: 'beleid', item: 'richtlijn/1' }, { policy: repo });
    expect(await screen.findByRole('heading', { level: 2, name: 'Korpsrichtlijn integriteitsbeleid' })).toBeTruthy();
    expect(screen.getByText('Versie 1.0')).toBeTruthy();
    expect(screen.getByText('Gepubliceerd op 24/09/2015')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Gelezen en begrepen' }));
    expect(await screen.findByText('Je bevestigde versie 1 op 10/03/2026.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Gelezen en begrepen' })).toBeNull();
    expect(repo.calls.filter((c) => c.startsWith('acknowledge'))).toEqual(['acknowledge 1 v1']);
    expect(screen.queryByRole('heading', { name: 'Beheer door de Juridische dienst' })).toBeNull();
  });

  it('asks again after a new major version, not after a minor one', async () => {
    const repo = new FakePolicyRepository();
    repo.acknowledgements = [
      { id: 1, directiveId: 2, versionMajor: 1, authorId: 7, acknowledgedAt: '2020-02-03T10:00:00Z' },
      { id: 2, directiveId: 3, versionMajor: 1, authorId: 7, acknowledgedAt: '2021-05-06T10:00:00Z' },
    ];
    const major = renderRoute({ view: 'beleid', item: 'richtlijn/2' }, { policy: repo });
    expect(await screen.findByText(/Dit is een nieuwe hoofdversie. Je bevestigde versie 1 op 03\/02\/2020/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Gelezen en begrepen' })).toBeTruthy();
    major.unmount();
    renderRoute({ view: 'beleid', item: 'richtlijn/3' }, { policy: repo });
    expect(await screen.findByText('Je bevestigde versie 1 op 06/05/2021.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Gelezen en begrepen' })).toBeNull();
  });

  it('keeps the button when the acknowledgement fails, with the reason', async () => {
    const repo = new FakePolicyRepository();
    repo.failNext = new TypeError('Failed to fetch');
    renderRoute({ view: 'beleid', item: 'richtlijn/1' }, { policy: repo });
    fireEvent.click(await screen.findByRole('button', { name: 'Gelezen en begrepen' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Geen verbinding met SharePoint');
    fireEvent.click(screen.getByRole('button', { name: 'Opnieuw proberen' }));
    expect(await screen.findByText('Je bevestigde versie 1 op 10/03/2026.')).toBeTruthy();
  });

  it('does not show a concept to staff', async () => {
    renderRoute({ view: 'beleid', item: 'concept/4' }, { policy: new FakePolicyRepository() });
    expect((await screen.findByRole('alert')).textContent).toContain('bestaat niet (meer)');
  });

  it('lets the Juridische dienst publish a concept after confirming, and opens the published korpsrichtlijn', async () => {
    const repo = new FakePolicyRepository();
    repo.me = JURIST;
    const view = renderRoute({ view: 'beleid', item: 'concept/4' }, { policy: repo });
    expect(await screen.findByText('Dit is een concept. Alleen de Juridische dienst ziet het, tot het gepubliceerd wordt.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Archiveren' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Publiceren' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Korpsrichtlijn publiceren?')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Bevestigen' }));
    expect(await screen.findByText('De korpsrichtlijn is gepubliceerd.')).toBeTruthy();
    expect(await screen.findByRole('button', { name: 'Archiveren' })).toBeTruthy();
    expect(view.routes).toEqual([{ view: 'beleid', item: 'richtlijn/6' }]);
    expect(repo.calls.filter((c) => /publish|load(Directive|Concept) /.test(c))).toEqual(['loadConcept 4', 'publishDirective 4', 'loadDirective 6']);
    expect(repo.concepts).toEqual([]);
  });

  it('drafts a new version as a concept and publishes it over the published text', async () => {
    const repo = new FakePolicyRepository();
    repo.me = JURIST;
    const view = renderRoute({ view: 'beleid', item: 'richtlijn/3' }, { policy: repo });
    expect(screen.queryByRole('button', { name: 'Bewerken' })).toBeNull();
    fireEvent.click(await screen.findByRole('button', { name: 'Nieuwe versie opstellen' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Nieuwe versie van KR-2020-01' })).toBeTruthy();
    expect(view.routes).toEqual([{ view: 'beleid', item: 'concept/5/bewerken' }]);
    expect((screen.getByRole('textbox', { name: /Nummer/ }) as HTMLInputElement).disabled).toBe(true);
    expect(repo.items[2]).toMatchObject({ versionMajor: 1, versionMinor: 1, body: '<p>Tekst van Geschenken en attenties.</p>' });
    fireEvent.change(screen.getByRole('textbox', { name: /Tekst/ }), { target: { value: 'Nieuwe regels.' } });
    fireEvent.click(screen.getByRole('radio', { name: 'Inhoudelijke wijziging (versie 2.0): iedereen bevestigt opnieuw' }));
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText(/Dit is een concept van een nieuwe versie van KR-2020-01. Alleen de Juridische dienst ziet het; medewerkers lezen versie 1.1/)).toBeTruthy();
    expect(screen.getByText('Versie 2.0')).toBeTruthy();
    // the published text has not changed yet
    expect(repo.items[2]).toMatchObject({ versionMajor: 1, versionMinor: 1, body: '<p>Tekst van Geschenken en attenties.</p>' });
    fireEvent.click(screen.getByRole('button', { name: 'Publiceren' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Nieuwe versie publiceren?')).toBeTruthy();
    expect(within(dialog).getByText(/versie 2.0\). Iedereen wordt gevraagd de nieuwe versie te bevestigen./)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Bevestigen' }));
    expect(await screen.findByText('De nieuwe versie is gepubliceerd.')).toBeTruthy();
    expect(view.routes[view.routes.length - 1]).toEqual({ view: 'beleid', item: 'richtlijn/3' });
    expect(repo.items[2]).toMatchObject({ id: 3, status: 'Gepubliceerd', versionMajor: 2, versionMinor: 0, body: '<p>Nieuwe regels.</p>' });
    expect(repo.calls).toContain('saveConcept 5 major');
  });

  it('removes a concept after confirming', async () => {
    const repo = new FakePolicyRepository();
    repo.me = JURIST;
    const view = renderRoute({ view: 'beleid', item: 'concept/4' }, { policy: repo });
    fireEvent.click(await screen.findByRole('button', { name: 'Concept verwijderen' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Bevestigen' }));
    await waitFor(() => expect(view.routes).toEqual([{ view: 'beleid', item: 'richtlijnen' }]));
    expect(repo.concepts).toEqual([]);
  });

  it('shows the fresh state with a clear message when someone else changed it meanwhile', async () => {
    const repo = new FakePolicyRepository();
    repo.me = JURIST;
    repo.failNext = conflict();
    renderRoute({ view: 'beleid', item: 'richtlijn/1' }, { policy: repo });
    fireEvent.click(await screen.findByRole('button', { name: 'Archiveren' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Bevestigen' }));
    expect(await screen.findByText('Iemand anders heeft deze korpsrichtlijn intussen gewijzigd. We tonen de nieuwste versie; bekijk ze en probeer opnieuw.')).toBeTruthy();
    expect(repo.calls.filter((c) => c === 'loadDirective 1')).toHaveLength(2);
    expect(repo.items[0].status).toBe('Gepubliceerd');
  });

  it('shows the Juridische dienst who has not acknowledged yet, per dienst', async () => {
    const repo = new FakePolicyRepository();
    repo.me = JURIST;
    repo.acknowledgements = [
      { id: 1, directiveId: 1, versionMajor: 1, authorId: 8, claimedEmployeeId: 8, acknowledgedAt: '2026-03-01T10:00:00Z' },
      // added by Lotte in Jonas's name: it counts for Lotte (already counted), not for Jonas
      { id: 2, directiveId: 1, versionMajor: 1, authorId: 8, claimedEmployeeId: 7, claimedName: 'Jonas Maes', acknowledgedAt: '2026-03-01T10:05:00Z' },
    ];
    renderRoute({ view: 'beleid', item: 'richtlijn/1' }, { policy: repo });
    fireEvent.click(await screen.findByRole('button', { name: 'Toon wie nog moet bevestigen' }));
    expect(await screen.findByText('1 van 4 medewerkers bevestigden versie 1.')).toBeTruthy();
    expect(screen.getByText('Interventie: 1 van 2')).toBeTruthy();
    expect(screen.getByText('Nog niet bevestigd: Jonas Maes')).toBeTruthy();
    expect(screen.getByText('Juridische dienst: 0 van 1')).toBeTruthy();
    expect(screen.getByText('Dienst niet gekend: 0 van 1')).toBeTruthy();
    const note = screen.getByRole('note', { name: 'Kennisnames op naam van iemand anders' });
    expect(note.textContent).toContain('Toegevoegd door Lotte Wouters, maar op naam van Jonas Maes. Ze telt alleen voor Lotte Wouters.');
  });
});

describe('the korpsrichtlijn editor', () => {
  it('stores nothing while fields are wrong, and says which', async () => {
    const repo = new FakePolicyRepository();
    repo.me = JURIST;
    renderRoute({ view: 'beleid', item: 'richtlijn/nieuw' }, { policy: repo });
    fireEvent.click(await screen.findByRole('button', { name: 'Opslaan' }));
    expect(screen.getByText('Verbeter de aangeduide velden. Er is niets opgeslagen.')).toBeTruthy();
    expect(screen.getByText('Vul het nummer in.')).toBeTruthy();
    expect(screen.getByText('Vul de titel in.')).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: /Nummer/ }), { target: { value: 'kr 2026' } });
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(screen.getByText('Schrijf het nummer als KR-2015-01: letters, het jaar en een volgnummer.')).toBeTruthy();
    expect(repo.calls.filter((c) => c.startsWith('create'))).toEqual([]);
  });

  it('refuses a number that exists and creates a concept with a free one', async () => {
    const repo = new FakePolicyRepository();
    repo.me = JURIST;
    const view = renderRoute({ view: 'beleid', item: 'richtlijn/nieuw' }, { policy: repo });
    fireEvent.change(await screen.findByRole('textbox', { name: /Nummer/ }), { target: { value: 'KR-2015-01' } });
    fireEvent.change(screen.getByRole('textbox', { name: /Titel/ }), { target: { value: 'Cameragebruik' } });
    fireEvent.click(screen.getByRole('checkbox', { name: '3. Respect voor het materiaal' }));
    fireEvent.change(screen.getByRole('textbox', { name: /Tekst/ }), { target: { value: 'Eerste alinea.\n\n- punt een\n- punt twee' } });
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText('Korpsrichtlijn KR-2015-01 bestaat al. Kies een ander nummer.')).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: /Nummer/ }), { target: { value: 'kr-2026-02' } });
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(view.routes).toEqual([{ view: 'beleid', item: 'concept/5' }]));
    expect(repo.concepts[1]).toMatchObject({ number: 'KR-2026-02', status: 'Concept', themeIds: [3], body: '<p>Eerste alinea.</p><ul><li>punt een</li><li>punt twee</li></ul>' });
    expect(repo.items.map((d) => d.number)).not.toContain('KR-2026-02');
  });

  it('asks what kind of change the concept of a new version is, and keeps its number', async () => {
    const repo = new FakePolicyRepository();
    repo.me = JURIST;
    const conceptId = await repo.reviseDirective(repo.items[2]);
    const view = renderRoute({ view: 'beleid', item: `concept/${conceptId}/bewerken` }, { policy: repo });
    expect(await screen.findByRole('heading', { level: 2, name: 'Nieuwe versie van KR-2020-01' })).toBeTruthy();
    expect((screen.getByRole('textbox', { name: /Nummer/ }) as HTMLInputElement).disabled).toBe(true);
    expect((screen.getByRole('textbox', { name: /Tekst/ }) as HTMLTextAreaElement).value).toBe('Tekst van Geschenken en attenties.');
    expect(screen.getByRole('radio', { name: 'Kleine correctie (versie 1.2): er wordt niet opnieuw bevestigd' })).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: 'Inhoudelijke wijziging (versie 2.0): iedereen bevestigt opnieuw' }));
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(view.routes).toEqual([{ view: 'beleid', item: `concept/${conceptId}` }]));
    expect(repo.calls).toContain(`saveConcept ${conceptId} major`);
    expect(repo.concepts[1]).toMatchObject({ versionMajor: 2, versionMinor: 0 });
    expect(repo.items[2]).toMatchObject({ versionMajor: 1, versionMinor: 1 });
  });

  it('reloads the fresh state with a clear message on a conflict', async () => {
    const repo = new FakePolicyRepository();
    repo.me = JURIST;
    repo.failNext = conflict();
    renderRoute({ view: 'beleid', item: 'concept/4/bewerken' }, { policy: repo });
    fireEvent.change(await screen.findByRole('textbox', { name: /Titel/ }), { target: { value: 'Mijn titel' } });
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await screen.findByText('Iemand anders heeft deze korpsrichtlijn intussen gewijzigd. We tonen de nieuwste versie; bekijk ze en probeer opnieuw.')).toBeTruthy();
    expect((screen.getByRole('textbox', { name: /Titel/ }) as HTMLInputElement).value).toBe('Gebruik van geweld');
  });
});
