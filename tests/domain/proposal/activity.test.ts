import { activityFor } from '../../../src/domain/proposal/activity';

describe('the Teams activity type of a notification', () => {
  it('asks the diensthoofd to validate a (re)submitted proposal', () => {
    expect(activityFor('submit', { kind: 'diensthoofd', dienst: 'Interventie' })).toBe('proposalSubmitted');
    expect(activityFor('resubmit', { kind: 'diensthoofd', dienst: 'Wijk' })).toBe('proposalSubmitted');
  });

  it('assigns the proposal to the comité chair it is routed to and to the executor', () => {
    expect(activityFor('route', { kind: 'comitevoorzitter', comite: 'aankoopcomite' })).toBe('proposalAssigned');
    expect(activityFor('assign', { kind: 'uitvoerder', uitvoerder: { kind: 'q-team' } })).toBe('proposalAssigned');
  });

  it('tells everyone else about the decision', () => {
    expect(activityFor('submit', { kind: 'proposer' })).toBe('proposalDecided');
    expect(activityFor('route', { kind: 'teamQW', dienst: 'Interventie' })).toBe('proposalDecided');
    expect(activityFor('validate', { kind: 'directiecomite' })).toBe('proposalDecided');
    expect(activityFor('realise', { kind: 'diensthoofd', dienst: 'Interventie' })).toBe('proposalDecided');
  });
});
