import { decideComplaint, type ComplaintActor, type ComplaintState } from '../../../src/domain/complaints';
import { closedWithoutTpiCheck, isUseOfForce, tpiAllowsClosing, tpiCheckProblems, type TpiCheck } from '../../../src/domain/complaints/tpiCheck';

const TIWK: ComplaintActor = { id: '1', name: 'Griet', roles: ['internToezicht'], dienst: 'TIWK' };
const CHIEF: ComplaintActor = { id: '2', name: 'Hilde', roles: ['korpsleiding', 'korpschef'], dienst: 'Korpsleiding' };
const check: TpiCheck = { examinedBy: 'Stijn De Vos (Cel GWB)', examinedOn: '2026-03-10', conclusion: 'TPI gevolgd en correct geëvalueerd', notes: '' };
const base: ComplaintState = {
  status: 'Terugkoppeling aan klager',
  receivedOn: '2026-03-01',
  involvedDienst: 'Interventie',
  investigator: { id: '5', name: 'Koen', function: 'hinp' },
  outcome: 'Ongegrond',
  feedbackSentOn: '2026-03-15',
  disciplinaryOpenedOn: null,
  closedOn: null,
  themeNumber: 10,
  tpiCheck: null,
};
const now = new Date('2026-03-20T10:00:00Z');

describe('aandachtspunt 10: a use-of-force complaint and its TPI check', () => {
  it('knows a use-of-force complaint by its theme', () => {
    expect(isUseOfForce({ themeNumber: 10 })).toBe(true);
    expect(isUseOfForce({ themeNumber: 8 })).toBe(false);
    expect(isUseOfForce({ themeNumber: null })).toBe(false);
  });

  it('is not closed before its TPI check is recorded, by any closing step', () => {
    expect(decideComplaint(base, 'close', TIWK, {}, now)).toEqual({ ok: false, error: { code: 'tpiCheckRequired' } });
    expect(decideComplaint({ ...base, status: 'Ontvangen' }, 'dismiss', TIWK, { reason: 'Geen feiten', outcome: 'Niet ontvankelijk' }, now)).toEqual({ ok: false, error: { code: 'tpiCheckRequired' } });
    expect(decideComplaint({ ...base, status: 'Tuchtdossier' }, 'closeDisciplinary', CHIEF, { outcome: 'Gegrond' }, now)).toEqual({ ok: false, error: { code: 'tpiCheckRequired' } });
    const closed = decideComplaint({ ...base, tpiCheck: check }, 'close', TIWK, {}, now);
    expect(closed.ok && closed.next.status).toBe('Afgesloten');
  });

  it('leaves other steps and other complaints alone', () => {
    expect(decideComplaint({ ...base, themeNumber: 8 }, 'close', TIWK, {}, now).ok).toBe(true);
    expect(decideComplaint({ ...base, themeNumber: undefined, tpiCheck: undefined }, 'close', TIWK, {}, now).ok).toBe(true);
    expect(decideComplaint({ ...base, status: 'In onderzoek', outcome: null, feedbackSentOn: null }, 'sendFeedback', TIWK, { outcome: 'Ongegrond', feedbackSentOn: '2026-03-15' }, now).ok).toBe(true);
    expect(tpiAllowsClosing({ themeNumber: 10, tpiCheck: check })).toBe(true);
  });

  it('records who examined, when (between receipt and today) and the conclusion', () => {
    expect(tpiCheckProblems({ examinedBy: 'Stijn', examinedOn: '2026-03-10', conclusion: 'TPI-evaluatie onvoldoende' }, '2026-03-01', '2026-03-20')).toEqual({});
    expect(tpiCheckProblems({ examinedBy: ' ', examinedOn: '', conclusion: 'Goed' }, '2026-03-01', '2026-03-20')).toEqual({ examinedBy: 'required', examinedOn: 'required', conclusion: 'required' });
    expect(tpiCheckProblems({ examinedBy: 'S', examinedOn: '2026-02-28', conclusion: 'TPI-deelname onvoldoende' }, '2026-03-01', '2026-03-20')).toEqual({ examinedOn: 'invalidDate' });
    expect(tpiCheckProblems({ examinedBy: 'S', examinedOn: '2026-03-21', conclusion: 'TPI-deelname onvoldoende' }, '2026-03-01', '2026-03-20')).toEqual({ examinedOn: 'inFuture' });
  });

  it('detects a use-of-force dossier closed without its check (outside the app)', () => {
    expect(closedWithoutTpiCheck({ status: 'Afgesloten', themeNumber: 10, tpiCheck: null })).toBe(true);
    expect(closedWithoutTpiCheck({ status: 'Afgesloten', themeNumber: 10, tpiCheck: check })).toBe(false);
    expect(closedWithoutTpiCheck({ status: 'In onderzoek', themeNumber: 10, tpiCheck: null })).toBe(false);
    expect(closedWithoutTpiCheck({ status: 'Afgesloten', themeNumber: 4, tpiCheck: null })).toBe(false);
  });
});
