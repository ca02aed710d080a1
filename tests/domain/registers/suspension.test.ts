import {
  ABSENCE_KINDS,
  effectiveState,
  SUSPENDING_ABSENCE_KINDS,
  suspensionPeriods,
  type Absence,
  type AbsenceKind,
  type SideActivity,
} from '../../../src/domain/registers';

function activity(overrides: Partial<SideActivity> = {}): SideActivity {
  return {
    id: 'n-1',
    declarant: { id: 'jonas', name: 'Jonas Maes' },
    kader: 'Ops',
    kind: 'andere',
    description: 'Lesgever zelfverdediging',
    status: 'Toegestaan',
    declaredAt: '2025-11-01T08:00:00Z',
    startDate: '2026-01-01',
    endDate: null,
    receivedAt: '2025-11-02T08:00:00Z',
    korpschefTalkOn: '2025-11-20',
    decidedAt: '2025-12-01T08:00:00Z',
    decisionReason: null,
    ...overrides,
  };
}

const absence = (kind: AbsenceKind, start: string, end: string | null): Absence => ({ kind, start, end });
const at = (date: string) => new Date(`${date}T10:00:00Z`);

describe('which absences suspend', () => {
  it('are illness, work accident, accident on the way to or from work, occupational disease, disponibiliteit, reduced performance', () => {
    expect(SUSPENDING_ABSENCE_KINDS).toEqual(ABSENCE_KINDS.filter((k) => k !== 'Verlof' && k !== 'Andere afwezigheid'));
  });

  it.each(ABSENCE_KINDS)('%s', (kind) => {
    const state = effectiveState(activity(), [absence(kind, '2026-02-01', '2026-02-10')], at('2026-02-05'));
    expect(state.state).toBe(SUSPENDING_ABSENCE_KINDS.indexOf(kind) >= 0 ? 'suspended' : 'active');
  });
});

describe('effectiveState', () => {
  const sick = absence('Ziekte', '2026-02-01', '2026-02-10');

  it('suspends during the absence and resumes the day after', () => {
    expect(effectiveState(activity(), [sick], at('2026-01-31')).state).toBe('active');
    expect(effectiveState(activity(), [sick], at('2026-02-01'))).toEqual({
      state: 'suspended',
      current: { start: '2026-02-01', end: '2026-02-10', resumesOn: '2026-02-11', causes: ['Ziekte'] },
      suspensions: [{ start: '2026-02-01', end: '2026-02-10', resumesOn: '2026-02-11', causes: ['Ziekte'] }],
    });
    expect(effectiveState(activity(), [sick], at('2026-02-10')).state).toBe('suspended');
    const after = effectiveState(activity(), [sick], at('2026-02-11'));
    expect(after.state).toBe('active');
    expect(after.current).toBeNull();
    expect(after.suspensions).toHaveLength(1);
  });

  it('takes the Brussels date of now', () => {
    // 00:30 Brussels on 11/02 is 23:30 UTC on 10/02
    expect(effectiveState(activity(), [sick], new Date('2026-02-10T23:30:00Z')).state).toBe('active');
    expect(effectiveState(activity(), [sick], new Date('2026-02-10T22:30:00Z')).state).toBe('suspended');
  });

  it('suspends until further notice during an open-ended absence', () => {
    const state = effectiveState(activity(), [absence('Disponibiliteit wegens ziekte', '2026-03-01', null)], at('2027-06-01'));
    expect(state.state).toBe('suspended');
    expect(state.current).toEqual({ start: '2026-03-01', end: null, resumesOn: null, causes: ['Disponibiliteit wegens ziekte'] });
  });

  it('is inactive when not allowed, before the start, or after the end', () => {
    (['Aangevraagd', 'Advies gevraagd', 'Geweigerd'] as const).forEach((status) => {
      expect(effectiveState(activity({ status, decidedAt: null }), [sick], at('2026-02-05'))).toEqual({
        state: 'inactive',
        current: null,
        suspensions: [],
      });
    });
    expect(effectiveState(activity(), [], at('2025-12-31')).state).toBe('inactive');
    expect(effectiveState(activity({ endDate: '2026-06-30' }), [], at('2026-07-01')).state).toBe('inactive');
    expect(effectiveState(activity({ endDate: '2026-06-30' }), [], at('2026-06-30')).state).toBe('active');
  });

  it('counts a CaLog written declaration as a cumulation', () => {
    const calog = activity({ kader: 'CaLog', status: 'Schriftelijk gemeld', receivedAt: null, decidedAt: null });
    expect(effectiveState(calog, [sick], at('2026-02-05')).state).toBe('suspended');
  });

  it('keeps the history of an ended activity that was exercised, not of one that never was', () => {
    const ended = activity({ status: 'Beëindigd', endDate: '2026-03-31' });
    expect(effectiveState(ended, [sick], at('2026-05-01'))).toEqual({
      state: 'inactive',
      current: null,
      suspensions: [{ start: '2026-02-01', end: '2026-02-10', resumesOn: '2026-02-11', causes: ['Ziekte'] }],
    });
    const calogEnded = activity({ kader: 'CaLog', status: 'Beëindigd', decidedAt: null, endDate: '2026-03-31' });
    expect(effectiveState(calogEnded, [sick], at('2026-05-01')).suspensions).toHaveLength(1);
    const withdrawn = activity({ status: 'Beëindigd', decidedAt: null, endDate: '2026-03-31' });
    expect(effectiveState(withdrawn, [sick], at('2026-05-01')).suspensions).toEqual([]);
  });
});

describe('suspensionPeriods', () => {
  const life = { startDate: '2026-01-01', endDate: null };

  it('merges overlapping absences of different kinds into one period', () => {
    expect(
      suspensionPeriods(life, [absence('Arbeidsongeval', '2026-03-10', '2026-03-20'), absence('Ziekte', '2026-03-01', '2026-03-15')]),
    ).toEqual([{ start: '2026-03-01', end: '2026-03-20', resumesOn: '2026-03-21', causes: ['Ziekte', 'Arbeidsongeval'] }]);
  });

  it('merges an absence contained in another', () => {
    expect(suspensionPeriods(life, [absence('Ziekte', '2026-03-01', '2026-03-31'), absence('Ziekte', '2026-03-05', '2026-03-06')])).toEqual([
      { start: '2026-03-01', end: '2026-03-31', resumesOn: '2026-04-01', causes: ['Ziekte'] },
    ]);
  });

  it('merges back-to-back absences but keeps a day of work in between apart', () => {
    expect(
      suspensionPeriods(life, [absence('Ziekte', '2026-04-01', '2026-04-05'), absence('Beroepsziekte', '2026-04-06', '2026-04-08')]),
    ).toEqual([{ start: '2026-04-01', end: '2026-04-08', resumesOn: '2026-04-09', causes: ['Ziekte', 'Beroepsziekte'] }]);
    expect(suspensionPeriods(life, [absence('Ziekte', '2026-04-01', '2026-04-05'), absence('Ziekte', '2026-04-07', '2026-04-08')])).toEqual([
      { start: '2026-04-01', end: '2026-04-05', resumesOn: '2026-04-06', causes: ['Ziekte'] },
      { start: '2026-04-07', end: '2026-04-08', resumesOn: '2026-04-09', causes: ['Ziekte'] },
    ]);
  });

  it('lets an open-ended absence swallow what comes after it', () => {
    expect(
      suspensionPeriods(life, [
        absence('Ziekte', '2026-05-10', '2026-05-20'),
        absence('Verminderde prestaties om medische redenen', '2026-05-01', null),
        absence('Ziekte', '2026-09-01', '2026-09-03'),
      ]),
    ).toEqual([
      { start: '2026-05-01', end: null, resumesOn: null, causes: ['Verminderde prestaties om medische redenen', 'Ziekte'] },
    ]);
  });

  it('clips to the life of the activity; one that ends while suspended does not resume', () => {
    expect(
      suspensionPeriods({ startDate: '2026-01-01', endDate: '2026-06-30' }, [
        absence('Ziekte', '2025-12-20', '2026-01-05'),
        absence('Ongeval op de weg naar of van het werk', '2026-06-20', null),
        absence('Ziekte', '2026-08-01', '2026-08-05'),
        absence('Ziekte', '2025-10-01', '2025-10-05'),
      ]),
    ).toEqual([
      { start: '2026-01-01', end: '2026-01-05', resumesOn: '2026-01-06', causes: ['Ziekte'] },
      { start: '2026-06-20', end: '2026-06-30', resumesOn: null, causes: ['Ongeval op de weg naar of van het werk'] },
    ]);
  });

  it('ignores leave, other absences and absences that end before they start', () => {
    expect(
      suspensionPeriods(life, [
        absence('Verlof', '2026-07-01', '2026-07-21'),
        absence('Andere afwezigheid', '2026-08-01', '2026-08-02'),
        absence('Ziekte', '2026-09-10', '2026-09-01'),
      ]),
    ).toEqual([]);
  });
});
