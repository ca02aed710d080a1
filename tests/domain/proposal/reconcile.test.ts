import { actionBetween, unloggedChange } from '../../../src/domain/proposal/reconcile';
import { PROPOSAL_ACTIONS, PROPOSAL_RULES } from '../../../src/domain/proposal/rules';

describe('reconciling the decision log with the list', () => {
  it('finds the one action behind every step of the flow', () => {
    for (const action of PROPOSAL_ACTIONS) {
      const rule = PROPOSAL_RULES[action];
      for (const from of rule.from) {
        if (from !== rule.to) expect({ from, to: rule.to, action: actionBetween(from, rule.to) }).toEqual({ from, to: rule.to, action });
      }
    }
  });

  it('names no action for a jump the flow does not know', () => {
    expect(actionBetween('Concept', 'Gerealiseerd')).toBeNull();
    expect(actionBetween('Ingediend', 'In uitvoering')).toBeNull();
  });

  it('sees the change a diensthoofd made in the list itself', () => {
    expect(unloggedChange('Gevalideerd', 'Ingediend')).toEqual({ from: 'Ingediend', to: 'Gevalideerd', action: 'validate' });
    expect(unloggedChange('Afgewezen', 'Gevalideerd')).toEqual({ from: 'Gevalideerd', to: 'Afgewezen', action: 'rejectByDirectiecomite' });
  });

  it('starts an empty log at Concept', () => {
    expect(unloggedChange('Ingediend', null)).toEqual({ from: 'Concept', to: 'Ingediend', action: 'submit' });
    expect(unloggedChange('Concept', null)).toBeNull();
  });

  it('reports nothing when the log holds the current status', () => {
    expect(unloggedChange('Toegewezen aan comité', 'Toegewezen aan comité')).toBeNull();
  });
});
