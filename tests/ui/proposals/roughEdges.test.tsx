/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { draftKey } from '../../../src/ui/proposals/draftStore';
import { FakeProposalRepository, LOTTE, proposalItem } from './fakeRepository';
import { renderProposals } from './render';

beforeEach(() => window.localStorage.clear());

describe('a proposal right after submitting', () => {
  it('puts who acts next up front and keeps withdrawing a quiet, last button', async () => {
    renderProposals(new FakeProposalRepository(LOTTE, [proposalItem(1, { title: 'Bodycams' })]), { item: 'voorstel/1' });
    await screen.findByRole('heading', { level: 2, name: 'Bodycams' });
    const next = screen.getByText(/Het diensthoofd van Interventie is aan zet/);
    expect(next.closest('.fui-MessageBar')).toBeTruthy();
    const withdraw = screen.getByRole('button', { name: 'Terugtrekken' });
    // Fluent marks neither appearance in the DOM; a primary button has the brand background, a subtle one none
    const primaries = Array.from(document.querySelectorAll('button')).filter((b) => b.className.indexOf('fui-Button') >= 0 && /primary/i.test(b.getAttribute('data-appearance') || ''));
    expect(primaries).toHaveLength(0);
    expect(withdraw.getAttribute('data-appearance')).toBe('subtle');
  });

  it('brings a withdrawn proposal back as the draft, which the form offers to delete', async () => {
    const repo = new FakeProposalRepository(LOTTE, [proposalItem(1, { title: 'Bodycams' })]);
    const view = renderProposals(repo, { item: 'voorstel/1' });
    fireEvent.click(await screen.findByRole('button', { name: 'Terugtrekken' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Terugtrekken' }));
    await waitFor(() => expect(view.routes[view.routes.length - 1]).toEqual({ view: 'voorstellen', item: 'nieuw' }));
    await screen.findByRole('heading', { name: 'Nieuw verbetervoorstel' });
    expect((screen.getByLabelText(/^Titel/) as HTMLInputElement).value).toBe('Bodycams');
    expect(window.localStorage.getItem(draftKey(LOTTE.login))).not.toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Concept verwijderen' }));
    expect(window.localStorage.getItem(draftKey(LOTTE.login))).toBeNull();
  });
});

describe('long texts', () => {
  it('folds a very long description behind "Toon meer" and opens it on request', async () => {
    const description = `${'Een lange uitleg. '.repeat(1100)}Het einde.`;
    renderProposals(new FakeProposalRepository(LOTTE, [proposalItem(1, { title: 'Lang', description })]), { item: 'voorstel/1' });
    await screen.findByRole('heading', { level: 2, name: 'Lang' });
    expect(description.length).toBeGreaterThan(19000);
    expect(screen.queryByText(/Het einde\./)).toBeNull();
    const more = screen.getByRole('button', { name: 'Toon meer' });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(more);
    expect(screen.getByText(/Het einde\./)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Toon minder' }).getAttribute('aria-expanded')).toBe('true');
  });

  it('wraps a long unbroken title inside its card and on its page', async () => {
    const title = 'X'.repeat(200);
    renderProposals(new FakeProposalRepository(LOTTE, [proposalItem(1, { title })]), { item: 'voorstel/1' });
    const heading = await screen.findByRole('heading', { level: 2, name: title });
    expect(getComputedStyle(heading).overflowWrap).toBe('anywhere');
  });
});

describe('focus', () => {
  it('moves to the heading of the new view after "Nieuw voorstel"', async () => {
    renderProposals(new FakeProposalRepository(LOTTE, [proposalItem(1)]));
    fireEvent.click(await screen.findByRole('button', { name: 'Nieuw voorstel' }));
    const heading = await screen.findByRole('heading', { name: 'Nieuw verbetervoorstel' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
  });

  it("moves to the proposal's title when its page opens", async () => {
    renderProposals(new FakeProposalRepository(LOTTE, [proposalItem(1, { title: 'Bodycams' })]), { item: 'voorstel/1' });
    const heading = await screen.findByRole('heading', { level: 2, name: 'Bodycams' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
  });
});
