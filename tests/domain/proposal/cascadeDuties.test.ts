import { FEEDBACK_CASCADE, cascadeComplete, stageDone } from '../../../src/domain/proposal/cascade';
import { cascadeStepsDone, mayRecordCascadeStep, type CascadeMark } from '../../../src/domain/proposal/cascadeDuties';

const step = (key: string) => FEEDBACK_CASCADE.filter((s) => s.key === key)[0];

describe('who records the feedback cascade', () => {
  it('lets a diensthoofd or middenkader record how the own dienst passed a decision on, for the own dienst only', () => {
    const karel = { groups: ['diensthoofden'] as const, dienst: 'Interventie' as const };
    const pieter = { groups: ['middenkader'] as const, dienst: 'Interventie' as const };
    for (const key of ['middenkaderoverleg', 'nieuwsbrief', 'teamoverleg', 'team-qw']) {
      expect(mayRecordCascadeStep(step(key), karel, 'Interventie')).toBe(true);
      expect(mayRecordCascadeStep(step(key), pieter, 'Interventie')).toBe(true);
      expect(mayRecordCascadeStep(step(key), pieter, 'Wijk')).toBe(false);
      expect(mayRecordCascadeStep(step(key), karel, null)).toBe(false);
    }
  });

  it('lets Communicatie record the push message but not a dienst’s steps', () => {
    const eva = { groups: ['communicatie'] as const, dienst: 'Communicatie' as const };
    expect(mayRecordCascadeStep(step('pushbericht'), eva, null)).toBe(true);
    expect(mayRecordCascadeStep(step('team-qw'), eva, 'Communicatie')).toBe(false);
  });

  it('lets nobody tick the report: a published report that records the decision is the step', () => {
    expect(mayRecordCascadeStep(step('verslag'), { groups: ['beheerders', 'directiecomite'], dienst: 'Korpsleiding' }, null)).toBe(false);
  });

  it('lets a beheerder record any ticked step, per-dienst ones for a named dienst', () => {
    const ilse = { groups: ['beheerders'] as const, dienst: 'Logistiek' as const };
    expect(mayRecordCascadeStep(step('pushbericht'), ilse, null)).toBe(true);
    expect(mayRecordCascadeStep(step('middenkaderoverleg'), ilse, 'Wijk')).toBe(true);
    expect(mayRecordCascadeStep(step('middenkaderoverleg'), ilse, null)).toBe(false);
  });
});

describe('the feedback cascade as the source gives it: alternatives and parallel parts, not one sequence', () => {
  it('has three parts: passing on per dienst (middenkaderoverleg, newsletter and/or team meeting), korpsbreed, the teams Q&W', () => {
    expect(FEEDBACK_CASCADE.map((s) => [s.stage, s.key])).toEqual([
      ['doorgeven', 'middenkaderoverleg'],
      ['doorgeven', 'nieuwsbrief'],
      ['doorgeven', 'teamoverleg'],
      ['korpsbreed', 'pushbericht'],
      ['korpsbreed', 'verslag'],
      ['teams', 'team-qw'],
    ]);
  });

  it('counts a dienst’s step once that dienst held it, and the report once a published report records the decision', () => {
    const marks: CascadeMark[] = [
      { step: 'teamoverleg', dienst: 'Wijk' },
      { step: 'pushbericht', dienst: null },
    ];
    expect(cascadeStepsDone(marks, 'Interventie', false)).toEqual(['pushbericht']);
    expect(cascadeStepsDone(marks, 'Wijk', true)).toEqual(['teamoverleg', 'pushbericht', 'verslag']);
  });

  it('takes any one of the three ways of passing on; korpsbreed needs both the message and the report; the parts in any order', () => {
    expect(stageDone('doorgeven', ['nieuwsbrief'])).toBe(true);
    expect(stageDone('doorgeven', ['pushbericht'])).toBe(false);
    expect(stageDone('korpsbreed', ['pushbericht'])).toBe(false);
    expect(stageDone('korpsbreed', ['pushbericht', 'verslag'])).toBe(true);
    // the teams Q&W hear it in parallel: their step counts before the dienst passed it on
    expect(stageDone('teams', ['team-qw'])).toBe(true);
    expect(cascadeComplete(['team-qw', 'verslag', 'pushbericht'])).toBe(false);
    expect(cascadeComplete(['team-qw', 'verslag', 'pushbericht', 'teamoverleg'])).toBe(true);
  });
});
