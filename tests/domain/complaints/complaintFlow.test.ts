import {
  allowedComplaintActions,
  canViewComplaint,
  COMPLAINT_STATUSES,
  decideComplaint,
  type ComplaintAction,
  type ComplaintActor,
  type ComplaintInput,
  type ComplaintState,
  type ComplaintStatus,
} from '../../../src/domain/complaints';

const NOW = new Date('2026-05-20T10:00:00Z');

const ACTORS = {
  it: { id: 'griet', name: 'Griet Van Damme', roles: ['internToezicht'], dienst: 'TIWK' },
  kl: { id: 'marc', name: 'Marc Willems', roles: ['korpsleiding'], dienst: 'Korpsleiding' },
  chief: { id: 'hilde', name: 'Hilde Goossens', roles: ['korpsleiding', 'korpschef'], dienst: 'Korpsleiding' },
  inv: { id: 'koen', name: 'Koen Dubois', roles: ['hinp'], dienst: 'Interventie' },
  otherHinp: { id: 'ann', name: 'Ann Lambert', roles: ['hinp'], dienst: 'Verkeer' },
  dh: { id: 'karel', name: 'Karel Peeters', roles: ['diensthoofd'], dienst: 'Interventie' },
  dhOther: { id: 'els', name: 'Els Janssens', roles: ['diensthoofd'], dienst: 'Wijk' },
  member: { id: 'jonas', name: 'Jonas Maes', roles: [], dienst: 'Interventie' },
} satisfies Record<string, ComplaintActor>;
type Who = keyof typeof ACTORS;

function dossier(status: ComplaintStatus, overrides: Partial<ComplaintState> = {}): ComplaintState {
  return {
    status,
    receivedOn: '2026-05-02',
    involvedDienst: 'Interventie',
    investigator: { id: 'koen', name: 'Koen Dubois', function: 'hinp' },
    outcome: null,
    feedbackSentOn: null,
    disciplinaryOpenedOn: null,
    closedOn: null,
    ...overrides,
  };
}

/** The complaint flow as the policy reads, written out independently of the rule table. */
const SPEC: Record<ComplaintAction, { from: ComplaintStatus[]; to: ComplaintStatus; by: Who[]; roles: string[] }> = {
  assignInvestigator: { from: ['Ontvangen'], to: 'In onderzoek', by: ['it', 'kl', 'chief'], roles: ['internToezicht', 'korpsleiding'] },
  reassignInvestigator: { from: ['In onderzoek'], to: 'In onderzoek', by: ['it', 'kl', 'chief'], roles: ['korpsleiding', 'internToezicht'] },
  sendFeedback: { from: ['In onderzoek'], to: 'Terugkoppeling aan klager', by: ['it', 'kl', 'chief'], roles: ['internToezicht', 'korpsleiding'] },
  close: { from: ['Terugkoppeling aan klager'], to: 'Afgesloten', by: ['it', 'kl', 'chief'], roles: ['internToezicht', 'korpsleiding'] },
  dismiss: { from: ['Ontvangen'], to: 'Afgesloten', by: ['it', 'kl', 'chief'], roles: ['internToezicht', 'korpsleiding'] },
  // the korpschef only: "geen delegatiebevoegdheid"
  openDisciplinary: { from: ['In onderzoek', 'Terugkoppeling aan klager'], to: 'Tuchtdossier', by: ['chief'], roles: ['korpschef'] },
  closeDisciplinary: { from: ['Tuchtdossier'], to: 'Afgesloten', by: ['chief'], roles: ['korpschef'] },
};

const FULL: ComplaintInput = {
  reason: 'Na overleg met de korpschef',
  investigator: { id: 'ann', name: 'Ann Lambert', function: 'hinp' },
  outcome: 'Ongegrond',
  feedbackSentOn: '2026-05-19',
};

const WHO = Object.keys(ACTORS) as Who[];
const CASES = (Object.keys(SPEC) as ComplaintAction[]).flatMap((action) =>
  COMPLAINT_STATUSES.flatMap((status) => WHO.map((who) => [action, status, who] as const)),
);

describe('decideComplaint', () => {
  it.each(CASES)('%s from %s by %s', (action, status, who) => {
    const spec = SPEC[action];
    const result = decideComplaint(dossier(status), action, ACTORS[who], FULL, NOW);
    if (spec.from.indexOf(status) < 0) {
      expect(result).toEqual({ ok: false, error: { code: 'invalidTransition', from: status, action } });
    } else if (spec.by.indexOf(who) >= 0) {
      expect(result.ok && result.next.status).toBe(spec.to);
    } else {
      expect(result).toEqual({ ok: false, error: { code: 'notAllowed', action, roles: spec.roles } });
    }
  });

  it.each(CASES.filter(([, status]) => status === 'Ontvangen' || status === 'In onderzoek'))(
    'allowedComplaintActions agrees with decideComplaint (%s from %s by %s)',
    (action, status, who) => {
      const allowed = allowedComplaintActions(dossier(status), ACTORS[who]).indexOf(action) >= 0;
      expect(allowed).toBe(decideComplaint(dossier(status), action, ACTORS[who], FULL, NOW).ok);
    },
  );

  it('never lets the investigator take a decision on the dossier: they write findings', () => {
    const byHead = dossier('In onderzoek', { investigator: { id: 'karel', name: 'Karel Peeters', function: 'diensthoofd' } });
    expect(allowedComplaintActions(byHead, ACTORS.dh)).toEqual([]);
    expect(allowedComplaintActions(dossier('In onderzoek'), ACTORS.inv)).toEqual([]);
  });

  it.each([
    ['reassignInvestigator', 'In onderzoek'],
    ['dismiss', 'Ontvangen'],
    ['openDisciplinary', 'In onderzoek'],
  ] as const)('requires a reason to %s', (action, status) => {
    expect(decideComplaint(dossier(status), action, ACTORS.chief, { ...FULL, reason: '  ' }, NOW)).toEqual({
      ok: false,
      error: { code: 'reasonRequired', action },
    });
  });

  it.each([
    ['assignInvestigator', 'Ontvangen', { investigator: null }, 'investigatorRequired'],
    ['reassignInvestigator', 'In onderzoek', { investigator: undefined }, 'investigatorRequired'],
    ['sendFeedback', 'In onderzoek', { outcome: null }, 'outcomeRequired'],
    ['dismiss', 'Ontvangen', { outcome: null }, 'outcomeRequired'],
    ['closeDisciplinary', 'Tuchtdossier', { outcome: undefined }, 'outcomeRequired'],
    ['sendFeedback', 'In onderzoek', { feedbackSentOn: '2026-05-21' }, 'invalidFeedbackDate'],
    ['sendFeedback', 'In onderzoek', { feedbackSentOn: '2026-05-01' }, 'invalidFeedbackDate'],
    ['sendFeedback', 'In onderzoek', { feedbackSentOn: '19/05/2026' }, 'invalidFeedbackDate'],
  ] as const)('%s from %s with %p is refused: %s', (action, status, change, code) => {
    expect(decideComplaint(dossier(status), action, ACTORS.chief, { ...FULL, ...change }, NOW)).toEqual({ ok: false, error: { code } });
  });

  it('records the written feedback, today by default, and its outcome', () => {
    const result = decideComplaint(dossier('In onderzoek'), 'sendFeedback', ACTORS.it, { outcome: 'Deels gegrond' }, NOW);
    expect(result.ok && result.next).toMatchObject({ status: 'Terugkoppeling aan klager', outcome: 'Deels gegrond', feedbackSentOn: '2026-05-20' });
    expect(result.ok && result.decision).toEqual({
      action: 'sendFeedback',
      from: 'In onderzoek',
      to: 'Terugkoppeling aan klager',
      actor: { id: 'griet', name: 'Griet Van Damme' },
      actingAs: 'internToezicht',
      at: '2026-05-20T10:00:00.000Z',
      reason: null,
      outcome: 'Deels gegrond',
      investigator: { id: 'koen', name: 'Koen Dubois', function: 'hinp' },
    });
  });

  it('dates the closing and the tuchtdossier in Brussels time', () => {
    const late = new Date('2026-05-20T22:30:00Z');
    const closed = decideComplaint(dossier('Terugkoppeling aan klager'), 'close', ACTORS.it, {}, late);
    expect(closed.ok && closed.next.closedOn).toBe('2026-05-21');
    const tucht = decideComplaint(dossier('In onderzoek'), 'openDisciplinary', ACTORS.chief, { reason: 'Ernstige feiten' }, late);
    expect(tucht.ok && tucht.next.disciplinaryOpenedOn).toBe('2026-05-21');
  });
});

describe('canViewComplaint', () => {
  it('shows every dossier to the korpsleiding and Intern Toezicht', () => {
    [dossier('Ontvangen', { investigator: null }), dossier('Tuchtdossier', { disciplinaryOpenedOn: '2026-05-10' })].forEach((d) => {
      expect(canViewComplaint(d, ACTORS.kl)).toBe(true);
      expect(canViewComplaint(d, ACTORS.it)).toBe(true);
    });
  });

  it('shows a dossier to its investigator only', () => {
    const d = dossier('In onderzoek');
    expect(canViewComplaint(d, ACTORS.inv)).toBe(true);
    expect(canViewComplaint(d, ACTORS.otherHinp)).toBe(false);
    expect(canViewComplaint(d, ACTORS.dh)).toBe(false);
    expect(canViewComplaint(d, ACTORS.member)).toBe(false);
  });

  it('hands a tuchtdossier to the diensthoofd the korpschef named and takes it from the hoofdinspecteur, also once closed', () => {
    (['Tuchtdossier', 'Afgesloten'] as const).forEach((status) => {
      const d = { ...dossier(status, { disciplinaryOpenedOn: '2026-05-10' }), disciplinaryHead: { id: 'karel' } };
      expect(canViewComplaint(d, ACTORS.inv)).toBe(false);
      expect(canViewComplaint(d, ACTORS.dh)).toBe(true);
      expect(canViewComplaint(d, ACTORS.dhOther)).toBe(false);
    });
    expect(canViewComplaint(dossier('Tuchtdossier', { disciplinaryOpenedOn: '2026-05-10' }), ACTORS.dh)).toBe(false);
  });
});
