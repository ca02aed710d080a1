import { FEEDBACK_CASCADE, nextCascadeStep } from '../../../src/domain/proposal/cascade';
import { cascadeStepsDone, mayRecordCascadeStep, type CascadeMark } from '../../../src/domain/proposal/cascadeDuties';

const step = (key: string) => FEEDBACK_CASCADE.filter((s) => s.key === key)[0];

describe('who records the feedback cascade', () => {
  it('lets the directiecomité record its management meeting, not a diensthoofd', () => {
    expect(mayRecordCascadeStep(step('managementoverleg'), { groups: ['directiecomite'], dienst: 'Korpsleiding' }, null)).toBe(true);
    expect(mayRecordCascadeStep(step('managementoverleg'), { groups: ['diensthoofden'], dienst: 'Interventie' }, null)).toBe(false);
  });

  it('lets a diensthoofd record the middenkaderoverleg of the own dienst only', () => {
    const karel = { groups: ['diensthoofden'] as const, dienst: 'Interventie' as const };
    expect(mayRecordCascadeStep(step('middenkaderoverleg'), karel, 'Interventie')).toBe(true);
    expect(mayRecordCascadeStep(step('middenkaderoverleg'), karel, 'Wijk')).toBe(false);
    expect(mayRecordCascadeStep(step('middenkaderoverleg'), karel, null)).toBe(false);
  });

  it('lets Communicatie record the push message but not the team feedback', () => {
    const eva = { groups: ['communicatie'] as const, dienst: 'Communicatie' as const };
    expect(mayRecordCascadeStep(step('pushbericht'), eva, null)).toBe(true);
    expect(mayRecordCascadeStep(step('team-qw'), eva, null)).toBe(false);
  });

  it('lets a beheerder record any step, per-dienst ones for a named dienst', () => {
    const ilse = { groups: ['beheerders'] as const, dienst: 'Logistiek' as const };
    expect(mayRecordCascadeStep(step('team-qw'), ilse, null)).toBe(true);
    expect(mayRecordCascadeStep(step('middenkaderoverleg'), ilse, 'Wijk')).toBe(true);
    expect(mayRecordCascadeStep(step('middenkaderoverleg'), ilse, null)).toBe(false);
  });

  it('counts a per-dienst step done once the proposal’s dienst held it', () => {
    const marks: CascadeMark[] = [
      { step: 'managementoverleg', dienst: null },
      { step: 'middenkaderoverleg', dienst: 'Wijk' },
    ];
    expect(cascadeStepsDone(marks, 'Interventie')).toEqual(['managementoverleg']);
    expect(nextCascadeStep(cascadeStepsDone(marks, 'Interventie'))?.key).toBe('middenkaderoverleg');
    expect(cascadeStepsDone(marks.concat([{ step: 'middenkaderoverleg', dienst: 'Interventie' }]), 'Interventie')).toEqual([
      'managementoverleg',
      'middenkaderoverleg',
    ]);
  });
});
