/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { draftKey } from '../../../src/ui/proposals/draftStore';
import { FakeProposalRepository, LOTTE } from './fakeRepository';
import { renderProposals } from './render';

const fill = (label: RegExp, value: string): void => {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
};

beforeEach(() => window.localStorage.clear());

describe('the team Q&W proposal form', () => {
  it('submits a complete proposal once and shows it with the diensthoofd told', async () => {
    const repo = new FakeProposalRepository(LOTTE);
    const view = renderProposals(repo, { item: 'nieuw' });
    await screen.findByRole('heading', { name: 'Nieuw verbetervoorstel' });
    await screen.findByRole('heading', { name: 'Nieuw verbetervoorstel' });
    fill(/^Titel/, 'Bodycams voor de interventieploegen');
    fill(/^Het probleem vandaag/, 'Geen objectieve beelden bij agressie.');
    fill(/^Het voorstel/, 'Twee bodycams per ploeg.');
    fireEvent.change(screen.getByLabelText(/^Onderwerp/), { target: { value: 'Materiaal en uitrusting' } });
    fill(/^Geschatte kost/, '1.250,50');
    fireEvent.click(screen.getByRole('button', { name: 'Voorstel indienen' }));
    await waitFor(() => expect(view.routes).toEqual([{ view: 'voorstellen', item: 'voorstel/100' }]));
    expect(repo.calls.submit).toHaveLength(1);
    const [draft] = repo.calls.submit[0] as [{ dienst: string; content: { costEstimate: number; topic: string } }];
    expect(draft).toMatchObject({ dienst: 'Interventie', content: { costEstimate: 1250.5, topic: 'Materiaal en uitrusting' } });
    expect(await screen.findByText('Je voorstel is ingediend. Het diensthoofd van Interventie is verwittigd.')).toBeTruthy();
    expect(window.localStorage.getItem(draftKey(LOTTE.login))).toBeNull();
  });

  it('says what is missing and stores nothing', async () => {
    const repo = new FakeProposalRepository(LOTTE);
    renderProposals(repo, { item: 'nieuw' });
    await screen.findByRole('heading', { name: 'Nieuw verbetervoorstel' });
    fill(/^Titel/, 'Een titel');
    fill(/^Geschatte kost/, 'twee euro');
    fireEvent.click(screen.getByRole('button', { name: 'Voorstel indienen' }));
    expect(await screen.findByText('Het voorstel is nog niet volledig. Bekijk de gemarkeerde velden.')).toBeTruthy();
    expect(screen.getAllByText('Vul dit veld in.')).toHaveLength(3);
    expect(screen.getByText(/Geef een bedrag in euro/)).toBeTruthy();
    expect(repo.calls.submit).toBeUndefined();
  });

  it('keeps the draft when the tab closes and sends it with the same client id', async () => {
    const repo = new FakeProposalRepository(LOTTE);
    const first = renderProposals(repo, { item: 'nieuw' });
    await screen.findByRole('heading', { name: 'Nieuw verbetervoorstel' });
    await screen.findByRole('heading', { name: 'Nieuw verbetervoorstel' });
    fill(/^Titel/, 'Checklist bij de start van de dienst');
    fill(/^Het probleem vandaag/, 'Radio en EHBO-kit worden niet gecontroleerd.');
    const stored = JSON.parse(window.localStorage.getItem(draftKey(LOTTE.login)) as string);
    first.unmount();

    renderProposals(repo, { item: 'nieuw' });
    await screen.findByRole('heading', { name: 'Nieuw verbetervoorstel' });
    expect((screen.getByLabelText(/^Titel/) as HTMLInputElement).value).toBe('Checklist bij de start van de dienst');
    expect(screen.getByText(/Je concept van .* is teruggezet/)).toBeTruthy();
    fill(/^Het voorstel/, 'Een vaste checklist in de wagen.');
    fireEvent.change(screen.getByLabelText(/^Onderwerp/), { target: { value: 'Operationele werking' } });
    fireEvent.click(screen.getByRole('button', { name: 'Voorstel indienen' }));
    await waitFor(() => expect(repo.calls.submit).toHaveLength(1));
    expect((repo.calls.submit[0][0] as { clientId: string }).clientId).toBe(stored.clientId);
  });

  it('keeps a submit made offline in the browser and says it will be sent once', async () => {
    const repo = new FakeProposalRepository(LOTTE);
    repo.offline = true;
    const view = renderProposals(repo, { item: 'nieuw' });
    await screen.findByRole('heading', { name: 'Nieuw verbetervoorstel' });
    await screen.findByRole('heading', { name: 'Nieuw verbetervoorstel' });
    fill(/^Titel/, 'Tweede combi voor de nachtdienst');
    fill(/^Het probleem vandaag/, 'Eén combi in het weekend.');
    fill(/^Het voorstel/, 'Een tweede combi.');
    fireEvent.change(screen.getByLabelText(/^Onderwerp/), { target: { value: 'Voertuigen' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Voorstel indienen' }));
    });
    await waitFor(() => expect(view.routes).toEqual([{ view: 'voorstellen' }]));
    expect(await screen.findByText(/Je voorstel is bewaard en wordt automatisch ingediend/)).toBeTruthy();
    expect(screen.getByText(/1 voorstel wacht op de verbinding/)).toBeTruthy();
    expect(screen.getByText(/"Tweede combi voor de nachtdienst"/)).toBeTruthy();
  });
});
