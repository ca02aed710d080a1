import { recipientsOf, type RecipientSources } from '../../../src/data/proposals/recipients';
import { decide, notificationTargets, type Transition } from '../../../src/domain/proposal';
import { ACTORS, NOW, proposalIn } from '../../domain/proposal/fixtures';

/** Interventie: head 7, middenkader 12 and 13, team Q&W 4 and 5; the proposer is 4 or 12. */
const sources = (proposerId: number): RecipientSources => ({
  organisation: { comites: [], rosters: [{ dienst: 'Interventie', headId: 7, middleManagerIds: [12, 13], teamQWIds: [4, 5] }] },
  proposerId,
  directiecomiteIds: [],
  uitvoerderChairId: null,
});

const returned = (origin: 'Team Q&W' | 'Teamoverleg'): Transition => {
  const result = decide(proposalIn('Ingediend', { origin }), 'return', ACTORS.dh, { reason: 'Wie houdt het bij?' }, NOW);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result;
};

describe('who learns that a proposal was sent back', () => {
  it('is the team Q&W for a proposal of the team Q&W', () => {
    expect(recipientsOf(notificationTargets(returned('Team Q&W')), sources(4), 7).map((r) => r.userId)).toEqual([4, 5]);
  });

  it("is the teamoverleg's middenkader, not the team Q&W, for a proposal of the teamoverleg", () => {
    expect(recipientsOf(notificationTargets(returned('Teamoverleg')), sources(12), 7).map((r) => [r.userId, r.party.kind])).toEqual([
      [12, 'proposer'],
      [13, 'teamoverleg'],
    ]);
  });
});
