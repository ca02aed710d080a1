import {
  CASCADE_ACTIONS,
  decide,
  needsFeedbackCascade,
  notificationTargets,
  PROPOSAL_ACTIONS,
  type DecisionInput,
  type Party,
  type ProposalAction,
  type ProposalStatus,
} from '../../../src/domain/proposal';
import { ACTORS, NOW, proposalIn, type ActorKey } from './fixtures';

const TEAM: Party[] = [{ kind: 'proposer' }, { kind: 'teamQW', dienst: 'Interventie' }];
const HEAD: Party = { kind: 'diensthoofd', dienst: 'Interventie' };
const DC: Party = { kind: 'directiecomite' };

const CASES: [ProposalAction, ProposalStatus, ActorKey, DecisionInput, Party[]][] = [
  ['submit', 'Concept', 'team', {}, [HEAD, ...TEAM]],
  ['withdraw', 'Ingediend', 'team', {}, [HEAD, ...TEAM]],
  ['resubmit', 'Teruggestuurd', 'team', {}, [HEAD, ...TEAM]],
  ['validate', 'Ingediend', 'dh', {}, [...TEAM, DC]],
  ['return', 'Ingediend', 'dh', { reason: 'Vraag' }, TEAM],
  ['reject', 'Ingediend', 'dh', { reason: 'Nee' }, TEAM],
  ['scheduleForDirectiecomite', 'Gevalideerd', 'dc', {}, TEAM],
  ['route', 'Gevalideerd', 'dc', { comite: 'hr-comite' }, [{ kind: 'comitevoorzitter', comite: 'hr-comite' }, ...TEAM, HEAD]],
  ['rejectByDirectiecomite', 'Gevalideerd', 'dc', { reason: 'Geen budget' }, [...TEAM, HEAD]],
  ['assign', 'Toegewezen aan comité', 'chair', { uitvoerder: { kind: 'voertuigcomite' } }, [{ kind: 'uitvoerder', uitvoerder: { kind: 'voertuigcomite' } }, ...TEAM]],
  ['start', 'Toegewezen aan uitvoerder', 'chair', {}, TEAM],
  ['realise', 'In uitvoering', 'chair', {}, [...TEAM, HEAD, DC]],
  ['notRetain', 'In uitvoering', 'chair', { reason: 'Niet haalbaar' }, [...TEAM, HEAD, DC]],
];

describe('notificationTargets', () => {
  it('covers every action', () => {
    expect(CASES.map((c) => c[0]).sort()).toEqual(PROPOSAL_ACTIONS.slice().sort());
  });

  it.each(CASES)('after %s', (action, from, actor, input, expected) => {
    const result = decide(proposalIn(from), action, ACTORS[actor], input, NOW);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(notificationTargets(result)).toEqual(expected);
  });

  it('always tells the proposing team', () => {
    CASES.forEach(([action, from, actor, input]) => {
      const result = decide(proposalIn(from), action, ACTORS[actor], input, NOW);
      if (!result.ok) throw new Error(JSON.stringify(result.error));
      expect(notificationTargets(result)).toEqual(expect.arrayContaining(TEAM));
    });
  });

  it('tells the teamoverleg (its middenkader), not the team Q&W, about a proposal from the teamoverleg', () => {
    const result = decide(proposalIn('Ingediend', { origin: 'Teamoverleg' }), 'return', ACTORS.dh, { reason: 'Vraag' }, NOW);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(notificationTargets(result)).toEqual([{ kind: 'proposer' }, { kind: 'teamoverleg', dienst: 'Interventie' }]);
  });
});

describe('the feedback cascade', () => {
  it('starts after the decisions of the directiecomité and the comités only', () => {
    expect(CASCADE_ACTIONS).toEqual(['route', 'rejectByDirectiecomite', 'assign', 'realise', 'notRetain']);
    expect(needsFeedbackCascade('route')).toBe(true);
    expect(needsFeedbackCascade('notRetain')).toBe(true);
    expect(needsFeedbackCascade('validate')).toBe(false);
    expect(needsFeedbackCascade('submit')).toBe(false);
  });
});
