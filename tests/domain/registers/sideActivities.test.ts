import {
  decideSideActivity,
  initialSideActivityStatus,
  SIDE_ACTIVITY_STATUSES,
  type SideActivity,
  type SideActivityAction,
  type SideActivityStatus,
} from '../../../src/domain/registers';

const NOW = new Date('2026-05-20T10:00:00Z');

function activity(status: SideActivityStatus, overrides: Partial<SideActivity> = {}): SideActivity {
  return {
    id: 'n-1',
    declarant: { id: 'jonas', name: 'Jonas Maes' },
    kader: 'Ops',
    kind: 'andere',
    description: 'Lesgever zelfverdediging in een sportclub',
    status,
    declaredAt: '2026-05-01T08:00:00Z',
    startDate: '2026-07-01',
    endDate: null,
    receivedAt: null,
    // the talk with the korpschef took place (the advice rests on it); see the talk's own tests below
    korpschefTalkOn: '2026-05-10',
    decidedAt: null,
    decisionReason: null,
    ...overrides,
  };
}

const COLLEGE = { id: 'luc', politiecollege: true, korpschef: false };
const KORPSCHEF = { id: 'hilde', politiecollege: false, korpschef: true };
const DECLARANT = { id: 'jonas', politiecollege: false, korpschef: false };
const STRANGER = { id: 'sofie', politiecollege: false, korpschef: false };

const SPEC: Record<SideActivityAction, { from: SideActivityStatus[]; to: SideActivityStatus; by: ('college' | 'declarant' | 'korpschef')[] }> = {
  registerReceipt: { from: ['Aangevraagd'], to: 'Advies gevraagd', by: ['college'] },
  recordTalk: { from: ['Advies gevraagd'], to: 'Advies gevraagd', by: ['korpschef'] },
  allow: { from: ['Advies gevraagd', 'Schriftelijk gemeld'], to: 'Toegestaan', by: ['college'] },
  refuse: { from: ['Advies gevraagd', 'Schriftelijk gemeld'], to: 'Geweigerd', by: ['college'] },
  end: { from: ['Aangevraagd', 'Advies gevraagd', 'Schriftelijk gemeld', 'Toegestaan'], to: 'Beëindigd', by: ['college', 'declarant'] },
};

const ACTORS = { college: COLLEGE, korpschef: KORPSCHEF, declarant: DECLARANT, stranger: STRANGER };

describe('decideSideActivity', () => {
  it('starts Ops with a request for advice and CaLog with a written declaration', () => {
    expect(initialSideActivityStatus('Ops')).toBe('Aangevraagd');
    expect(initialSideActivityStatus('CaLog')).toBe('Schriftelijk gemeld');
  });

  const cases = (Object.keys(SPEC) as SideActivityAction[]).flatMap((action) =>
    SIDE_ACTIVITY_STATUSES.flatMap((status) => (Object.keys(ACTORS) as (keyof typeof ACTORS)[]).map((who) => [action, status, who] as const)),
  );

  it.each(cases)('%s from %s by %s', (action, status, who) => {
    const spec = SPEC[action];
    const result = decideSideActivity(activity(status), action, ACTORS[who], { reason: 'Gesprek met de korpschef gehad' }, NOW);
    if (spec.from.indexOf(status) < 0) {
      expect(result).toEqual({ ok: false, error: { code: 'invalidTransition', from: status, action } });
    } else if (who !== 'stranger' && spec.by.indexOf(who) >= 0) {
      expect(result.ok && result.next.status).toBe(spec.to);
    } else {
      const roles = action === 'end' ? ['declarant', 'politiecollege'] : action === 'recordTalk' ? ['korpschef'] : ['politiecollege'];
      expect(result).toEqual({ ok: false, error: { code: 'notAllowed', action, roles } });
    }
  });

  it('registers the receipt that starts the 45-day clock, now by default', () => {
    const byDefault = decideSideActivity(activity('Aangevraagd'), 'registerReceipt', COLLEGE, {}, NOW);
    expect(byDefault.ok && byDefault.next.receivedAt).toBe('2026-05-20T10:00:00.000Z');
    const given = decideSideActivity(activity('Aangevraagd'), 'registerReceipt', COLLEGE, { receivedAt: '2026-05-04T23:30:00+02:00' }, NOW);
    expect(given.ok && given.next.receivedAt).toBe('2026-05-04T21:30:00.000Z');
  });

  it.each(['2026-05-21T08:00:00Z', '2026-04-30T08:00:00Z', 'maandag'])('refuses a receipt on %s', (receivedAt) => {
    expect(decideSideActivity(activity('Aangevraagd'), 'registerReceipt', COLLEGE, { receivedAt }, NOW)).toEqual({
      ok: false,
      error: { code: 'invalidReceipt' },
    });
  });

  it('requires a reason to refuse, none to allow', () => {
    expect(decideSideActivity(activity('Advies gevraagd'), 'refuse', COLLEGE, { reason: ' ' }, NOW)).toEqual({
      ok: false,
      error: { code: 'reasonRequired', action: 'refuse' },
    });
    const allowed = decideSideActivity(activity('Advies gevraagd'), 'allow', COLLEGE, {}, NOW);
    expect(allowed.ok && allowed.next).toMatchObject({ status: 'Toegestaan', decidedAt: '2026-05-20T10:00:00.000Z', decisionReason: null });
  });

  it('never allows an absolute incompatibility to an Ops member, but may to a CaLog member', () => {
    expect(decideSideActivity(activity('Advies gevraagd', { kind: 'security' }), 'allow', COLLEGE, {}, NOW)).toEqual({
      ok: false,
      error: { code: 'incompatible', kind: 'security', category: 'absoluut' },
    });
    const refused = decideSideActivity(activity('Advies gevraagd', { kind: 'security' }), 'refuse', COLLEGE, { reason: 'Absoluut onverenigbaar' }, NOW);
    expect(refused.ok && refused.next.status).toBe('Geweigerd');
    const calog = decideSideActivity(activity('Schriftelijk gemeld', { kader: 'CaLog', kind: 'security' }), 'allow', COLLEGE, {}, NOW);
    expect(calog.ok && calog.next.status).toBe('Toegestaan');
  });

  it('ends on the date given, today (Brussels) by default', () => {
    const late = new Date('2026-08-31T22:30:00Z');
    const byDefault = decideSideActivity(activity('Toegestaan'), 'end', DECLARANT, {}, late);
    expect(byDefault.ok && byDefault.next.endDate).toBe('2026-09-01');
    const given = decideSideActivity(activity('Toegestaan'), 'end', DECLARANT, { endDate: '2026-08-15' }, late);
    expect(given.ok && given.next.endDate).toBe('2026-08-15');
    expect(decideSideActivity(activity('Toegestaan'), 'end', DECLARANT, { endDate: '31/08/2026' }, late)).toEqual({
      ok: false,
      error: { code: 'invalidEndDate' },
    });
  });
});

describe('the talk with the korpschef before the college’s advice (aandachtspunt 2)', () => {
  const received = (over: Partial<SideActivity> = {}) => activity('Advies gevraagd', { receivedAt: '2026-05-02T08:00:00Z', korpschefTalkOn: null, ...over });

  it('refuses the college’s advice on an Ops declaration until the korpschef recorded the talk', () => {
    expect(decideSideActivity(received(), 'allow', COLLEGE, {}, NOW)).toEqual({ ok: false, error: { code: 'talkRequired' } });
    expect(decideSideActivity(received(), 'refuse', COLLEGE, { reason: 'Te veel uren' }, NOW)).toEqual({ ok: false, error: { code: 'talkRequired' } });
    const talked = decideSideActivity(received(), 'recordTalk', KORPSCHEF, { talkOn: '2026-05-15' }, NOW);
    expect(talked.ok && talked.next).toMatchObject({ status: 'Advies gevraagd', korpschefTalkOn: '2026-05-15' });
    if (!talked.ok) throw new Error('no talk');
    expect(decideSideActivity(talked.next, 'allow', COLLEGE, {}, NOW).ok).toBe(true);
  });

  it('takes the talk from the korpschef only, between the declaration and today', () => {
    expect(decideSideActivity(received(), 'recordTalk', COLLEGE, { talkOn: '2026-05-15' }, NOW).ok).toBe(false);
    expect(decideSideActivity(received(), 'recordTalk', KORPSCHEF, { talkOn: '2026-04-30' }, NOW)).toEqual({ ok: false, error: { code: 'invalidTalkDate' } });
    expect(decideSideActivity(received(), 'recordTalk', KORPSCHEF, { talkOn: '2026-05-21' }, NOW)).toEqual({ ok: false, error: { code: 'invalidTalkDate' } });
  });

  it('asks no talk of a CaLog member, who declares in writing', () => {
    const calog = activity('Schriftelijk gemeld', { kader: 'CaLog', korpschefTalkOn: null });
    expect(decideSideActivity(calog, 'allow', COLLEGE, {}, NOW).ok).toBe(true);
  });
});
