import { isOnAgenda } from '../../../src/domain/proposal/agenda';
import type { ProposalState } from '../../../src/domain/proposal/proposal';

const meeting = '2026-12-01T08:00:00.000Z';
const state = (over: Partial<ProposalState>): ProposalState => ({
  status: 'Gevalideerd',
  dienst: 'Interventie',
  origin: 'Team Q&W',
  comite: null,
  uitvoerder: null,
  agendaMeeting: meeting,
  submittedAt: '2026-11-20T10:00:00.000Z',
  statusChangedAt: '2026-11-25T10:00:00.000Z',
  ...over,
});

describe('the agenda of a directiecomité meeting', () => {
  it('holds the validated proposals for that meeting', () => {
    expect(isOnAgenda(state({}), meeting)).toBe(true);
  });

  it('keeps a proposal validated directly in the list (no meeting set)', () => {
    expect(isOnAgenda(state({ agendaMeeting: null }), meeting)).toBe(true);
  });

  it('carries over a proposal an earlier meeting left undecided', () => {
    expect(isOnAgenda(state({ status: 'Op agenda directiecomité', agendaMeeting: '2026-11-24T08:00:00.000Z' }), meeting)).toBe(true);
  });

  it('leaves out a proposal put on a later meeting', () => {
    expect(isOnAgenda(state({ status: 'Op agenda directiecomité', agendaMeeting: '2026-12-08T08:00:00.000Z' }), meeting)).toBe(false);
  });

  it('leaves out proposals that do not wait for the directiecomité', () => {
    for (const status of ['Ingediend', 'Toegewezen aan comité', 'Afgewezen'] as const) {
      expect(isOnAgenda(state({ status }), meeting)).toBe(false);
    }
  });
});
