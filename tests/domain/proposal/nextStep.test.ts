import { nextStep, type ProposalStatus } from '../../../src/domain/proposal';
import { NOW, proposalIn } from './fixtures';

describe('nextStep', () => {
  it('leaves a draft and a returned proposal with the team, without a term', () => {
    (['Concept', 'Teruggestuurd'] as const).forEach((status) => {
      expect(nextStep(proposalIn(status), NOW)).toEqual({
        party: { kind: 'teamQW', dienst: 'Interventie' },
        actions: status === 'Concept' ? ['submit'] : ['resubmit'],
        expectedOn: null,
        overdue: false,
      });
    });
  });

  it('expects the diensthoofd within 14 days of submission, counted in Brussels dates', () => {
    // submitted on 02/07/2026 at 00:30 Brussels time, still 01/07 in UTC
    const proposal = proposalIn('Ingediend', { submittedAt: '2026-07-01T22:30:00Z', statusChangedAt: '2026-07-01T22:30:00Z' });
    const step = nextStep(proposal, new Date('2026-07-16T12:00:00Z'));
    expect(step).toEqual({
      party: { kind: 'diensthoofd', dienst: 'Interventie' },
      actions: ['validate', 'return', 'reject'],
      expectedOn: '2026-07-16',
      overdue: false,
    });
    expect(nextStep(proposal, new Date('2026-07-16T21:59:00Z'))?.overdue).toBe(false);
    expect(nextStep(proposal, new Date('2026-07-16T22:00:00Z'))?.overdue).toBe(true);
  });

  it('expects the directiecomité at the meeting on whose agenda the proposal is', () => {
    (['Gevalideerd', 'Op agenda directiecomité'] as const).forEach((status) => {
      const step = nextStep(proposalIn(status, { agendaMeeting: '2026-12-08T08:00:00.000Z' }), NOW);
      expect(step).toEqual({
        party: { kind: 'directiecomite' },
        actions: ['scheduleForDirectiecomite', 'route', 'rejectByDirectiecomite'],
        expectedOn: '2026-12-08',
        overdue: false,
      });
    });
    expect(nextStep(proposalIn('Gevalideerd', { agendaMeeting: '2026-11-24T08:00:00.000Z' }), NOW)?.overdue).toBe(true);
  });

  it('computes the meeting from the validation time when none was stored', () => {
    const proposal = proposalIn('Gevalideerd', { agendaMeeting: null, statusChangedAt: '2026-11-30T11:30:00Z' });
    expect(nextStep(proposal, NOW)?.expectedOn).toBe('2026-12-08');
  });

  it.each([
    ['Toegewezen aan comité', ['assign', 'notRetain'], '2026-12-20'],
    ['Toegewezen aan uitvoerder', ['assign', 'start', 'notRetain'], '2026-12-20'],
    ['In uitvoering', ['realise', 'notRetain'], null],
  ] as const)('expects the comité chair on %s', (status, actions, expectedOn) => {
    const proposal = proposalIn(status, { statusChangedAt: '2026-11-20T10:00:00Z' });
    expect(nextStep(proposal, NOW)).toEqual({
      party: { kind: 'comitevoorzitter', comite: 'aankoopcomite' },
      actions,
      expectedOn,
      overdue: false,
    });
    expect(nextStep(proposal, new Date('2026-12-21T10:00:00Z'))?.overdue).toBe(expectedOn !== null);
  });

  it('sends a comité status without a comité back to the directiecomité', () => {
    expect(nextStep(proposalIn('Toegewezen aan comité', { comite: null }), NOW)).toEqual({
      party: { kind: 'directiecomite' },
      actions: ['route'],
      expectedOn: null,
      overdue: false,
    });
  });

  it.each(['Afgewezen', 'Gerealiseerd', 'Niet weerhouden'] as ProposalStatus[])('has no next step once %s', (status) => {
    expect(nextStep(proposalIn(status), NOW)).toBeNull();
  });
});
