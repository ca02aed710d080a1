import type { ProposalActor, ProposalState } from '../../../src/domain/proposal';

/** Actors of the proposal tests: one per role, in and out of scope, plus a member without any role. */
export const ACTORS = {
  team: { id: 'lotte', name: 'Lotte Wouters', roles: ['teamQW'], dienst: 'Interventie', chairs: [] },
  teamOther: { id: 'bram', name: 'Bram Jacobs', roles: ['teamQW'], dienst: 'Wijk', chairs: [] },
  dh: { id: 'karel', name: 'Karel Peeters', roles: ['diensthoofd'], dienst: 'Interventie', chairs: [] },
  dhOther: { id: 'els', name: 'Els Janssens', roles: ['diensthoofd'], dienst: 'Wijk', chairs: [] },
  dc: { id: 'hilde', name: 'Hilde Goossens', roles: ['directiecomite'], dienst: 'Korpsleiding', chairs: [] },
  chair: { id: 'tom', name: 'Tom Vermeulen', roles: ['comitevoorzitter'], dienst: 'Logistiek', chairs: ['aankoopcomite'] },
  chairOther: { id: 'nathalie', name: 'Nathalie De Smet', roles: ['comitevoorzitter'], dienst: 'HR', chairs: ['hr-comite'] },
  admin: { id: 'ilse', name: 'Ilse Thys', roles: ['beheerder'], dienst: 'Logistiek', chairs: [] },
  member: { id: 'jonas', name: 'Jonas Maes', roles: [], dienst: 'Interventie', chairs: [] },
} satisfies Record<string, ProposalActor>;

/** The key of a test actor. */
export type ActorKey = keyof typeof ACTORS;

/** A proposal of the Interventie dienst in a given status, routed to the Aankoopcomité and assigned to the Q-team. */
export function proposalIn(status: ProposalState['status'], overrides: Partial<ProposalState> = {}): ProposalState {
  return {
    status,
    dienst: 'Interventie',
    origin: 'Team Q&W',
    comite: 'aankoopcomite',
    uitvoerder: { kind: 'q-team' },
    agendaMeeting: '2026-12-01T08:00:00.000Z',
    submittedAt: '2026-11-20T10:00:00.000Z',
    statusChangedAt: '2026-11-20T10:00:00.000Z',
    ...overrides,
  };
}

/** Wednesday 25/11/2026 10:00 Brussels time. */
export const NOW = new Date('2026-11-25T09:00:00Z');
