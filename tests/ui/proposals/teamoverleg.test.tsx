/** @jest-environment jsdom */
import { screen } from '@testing-library/react';
import type { Locale } from '../../../src/loc';
import { FakeProposalRepository, KAREL, proposalItem } from './fakeRepository';
import { renderProposals } from './render';

/** A proposal of the Interventie teamoverleg, sent back with a question: the teamoverleg is to act, not a team Q&W. */
const fromMeeting = () => proposalItem(1, { title: 'Briefing bij ploegwissel', origin: 'Teamoverleg', meetingDate: '2026-11-18', status: 'Teruggestuurd' });

/** The steps of the progress strip (the list that marks the current step). */
const strip = (): string[] => Array.from(document.querySelector('li[aria-current="step"]')?.parentElement?.children || []).map((li) => li.textContent || '');

describe('a proposal from a teamoverleg', () => {
  it.each<[Locale, string, RegExp, string]>([
    ['nl-BE', 'Teamoverleg', /^Teamoverleg Interventie is aan zet/, 'Team Q&W'],
    ['fr-BE', "Réunion d'équipe", /^Réunion d'équipe Interventie/, 'Équipe Q&W'],
    ['en-US', 'Team meeting', /^Team meeting Interventie/, 'Q&W team'],
  ])('names the teamoverleg, not a team Q&W, in its progress and next step (%s)', async (locale, phase, next, teamQW) => {
    renderProposals(new FakeProposalRepository(KAREL, [fromMeeting()]), { item: 'voorstel/1', locale });
    await screen.findByRole('heading', { level: 2, name: 'Briefing bij ploegwissel' });
    expect(document.querySelector('li[aria-current="step"]')?.textContent).toBe(phase);
    expect(strip()).toHaveLength(6);
    expect(strip()).not.toContain(teamQW);
    expect(screen.getByText(next)).toBeTruthy();
    expect(screen.queryByText(new RegExp(`^${teamQW} Interventie`))).toBeNull();
  });

  it('still names the team Q&W for a proposal of the team Q&W', async () => {
    renderProposals(new FakeProposalRepository(KAREL, [proposalItem(1, { title: 'Bodycams', status: 'Teruggestuurd' })]), { item: 'voorstel/1' });
    await screen.findByRole('heading', { level: 2, name: 'Bodycams' });
    expect(document.querySelector('li[aria-current="step"]')?.textContent).toBe('Team Q&W');
    expect(screen.getByText(/^Team Q&W Interventie is aan zet/)).toBeTruthy();
  });
});
