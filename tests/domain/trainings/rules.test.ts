import type { Membership } from '../../../src/domain/membership';
import {
  checkAttendance,
  checkCancel,
  checkHeld,
  checkPlan,
  dilemmaSessionProblems,
  sessionProblems,
  trainingPlan,
  type Dilemma,
  type DilemmaSessionDraft,
  type SessionDraft,
} from '../../../src/domain/trainings';

const member = (...groups: Membership['groups']): Membership => ({ userId: 1, name: 'U', loginName: '', groups });
const HR = member('medewerkers', 'hr');
const GWB = member('medewerkers', 'celGWB');
const STAFF = member('medewerkers');
const today = '2026-03-20';

describe('a training session', () => {
  const draft: SessionDraft = { title: 'TPI', theme: 'Geweldbeheersing', dienst: '', startsOn: '2026-04-02', startsAt: '09:00', location: 'Sporthal', trainer: '', capacity: '12', description: '' };
  it('needs a title, a theme, a real date and time, a place and a sensible capacity', () => {
    expect(sessionProblems(draft)).toEqual({});
    expect(sessionProblems({ ...draft, title: '', theme: '', startsOn: '', location: ' ' })).toEqual({ title: 'required', theme: 'required', startsOn: 'required', location: 'required' });
    expect(sessionProblems({ ...draft, startsOn: '2026-02-30', startsAt: '9u', capacity: '0' })).toEqual({ startsOn: 'invalidDate', startsAt: 'invalidTime', capacity: 'invalidNumber' });
  });
  it('is planned by HR or Cel GWB, from a need or a planned session', () => {
    expect(checkPlan(HR, null)).toBeNull();
    expect(checkPlan(GWB, { status: 'Behoefte', startsOn: null })).toBeNull();
    expect(checkPlan(HR, { status: 'Gepland', startsOn: '2026-04-02' })).toBeNull();
    expect(checkPlan(STAFF, null)).toEqual({ code: 'notOrganiser' });
    expect(checkPlan(HR, { status: 'Gegeven', startsOn: '2026-03-02' })).toEqual({ code: 'wrongStatus' });
  });
  it('is held from its day on, with an evaluation', () => {
    expect(checkHeld(HR, { status: 'Gepland', startsOn: today }, 'Goed', today)).toBeNull();
    expect(checkHeld(HR, { status: 'Gepland', startsOn: '2026-03-21' }, 'Goed', today)).toEqual({ code: 'notYetHeld' });
    expect(checkHeld(HR, { status: 'Gepland', startsOn: today }, ' ', today)).toEqual({ code: 'evaluationRequired' });
    expect(checkHeld(HR, { status: 'Behoefte', startsOn: null }, 'Goed', today)).toEqual({ code: 'wrongStatus' });
    expect(checkHeld(STAFF, { status: 'Gepland', startsOn: today }, 'Goed', today)).toEqual({ code: 'notOrganiser' });
  });
  it('is cancelled while a need or planned', () => {
    expect(checkCancel(HR, { status: 'Behoefte', startsOn: null })).toBeNull();
    expect(checkCancel(HR, { status: 'Gegeven', startsOn: today })).toEqual({ code: 'wrongStatus' });
    expect(checkCancel(STAFF, { status: 'Gepland', startsOn: today })).toEqual({ code: 'notOrganiser' });
  });
  it('takes attendance: enrolled or excused before, present or absent from its day', () => {
    const planned = { status: 'Gepland' as const, startsOn: '2026-04-02' };
    expect(checkAttendance(HR, planned, 'Ingeschreven', today)).toBeNull();
    expect(checkAttendance(HR, planned, 'Verontschuldigd', today)).toBeNull();
    expect(checkAttendance(HR, planned, 'Aanwezig', today)).toEqual({ code: 'attendanceBeforeSession' });
    expect(checkAttendance(HR, { ...planned, startsOn: today }, 'Aanwezig', today)).toBeNull();
    expect(checkAttendance(HR, { status: 'Behoefte', startsOn: null }, 'Ingeschreven', today)).toEqual({ code: 'wrongStatus' });
    expect(checkAttendance(STAFF, planned, 'Ingeschreven', today)).toEqual({ code: 'notOrganiser' });
  });
});

describe('the opleidingsplan', () => {
  it('counts needs, planned and held sessions per theme for a year, a dienst getting its own and the corps-wide ones', () => {
    const trainings = [
      { theme: 'Geweldbeheersing' as const, status: 'Gegeven' as const, dienst: 'Interventie' as const, year: 2026 },
      { theme: 'Geweldbeheersing' as const, status: 'Behoefte' as const, dienst: 'Interventie' as const, year: 2026 },
      { theme: 'Bodycams' as const, status: 'Gepland' as const, dienst: null, year: 2026 },
      { theme: 'Bodycams' as const, status: 'Gepland' as const, dienst: 'Wijk' as const, year: 2026 },
      { theme: 'Bodycams' as const, status: 'Geannuleerd' as const, dienst: null, year: 2026 },
      { theme: 'Bodycams' as const, status: 'Gepland' as const, dienst: null, year: 2025 },
    ];
    const row = (plan: ReturnType<typeof trainingPlan>, theme: string) => plan.filter((r) => r.theme === theme)[0];
    const corps = trainingPlan(trainings, 2026, null);
    expect(corps).toHaveLength(7);
    expect(row(corps, 'Geweldbeheersing')).toEqual({ theme: 'Geweldbeheersing', needs: 1, planned: 0, held: 1 });
    expect(row(corps, 'Bodycams')).toEqual({ theme: 'Bodycams', needs: 0, planned: 2, held: 0 });
    const interventie = trainingPlan(trainings, 2026, 'Interventie');
    expect(row(interventie, 'Bodycams')).toEqual({ theme: 'Bodycams', needs: 0, planned: 1, held: 0 });
    expect(row(interventie, 'Geweldbeheersing').held).toBe(1);
  });
});

describe('a dilemma session record', () => {
  const dilemmas: Dilemma[] = [
    { id: 'D1.1', theme: 1, title: 'a', situation: 's', questions: ['q'] },
    { id: 'D10.1', theme: 10, title: 'b', situation: 's', questions: ['q'] },
  ];
  const draft: DilemmaSessionDraft = { heldOn: today, dienst: 'Interventie', team: 'Ploeg B', theme: 10, dilemmaIds: ['D10.1'], present: '9' };
  it('holds a past date, the dienst and team, the theme, dilemmas of that theme and a number present', () => {
    expect(dilemmaSessionProblems(draft, dilemmas, today)).toEqual({});
    expect(dilemmaSessionProblems({ ...draft, heldOn: '2026-03-21' }, dilemmas, today)).toEqual({ heldOn: 'inFuture' });
    expect(dilemmaSessionProblems({ ...draft, dilemmaIds: ['D1.1'] }, dilemmas, today)).toEqual({ dilemmaIds: 'required' });
    expect(dilemmaSessionProblems({ ...draft, dilemmaIds: [] }, dilemmas, today)).toEqual({ dilemmaIds: 'required' });
    expect(dilemmaSessionProblems({ ...draft, present: '0' }, dilemmas, today)).toEqual({ present: 'invalidNumber' });
    expect(dilemmaSessionProblems({ ...draft, present: 'negen' }, dilemmas, today)).toEqual({ present: 'invalidNumber' });
    expect(dilemmaSessionProblems({ ...draft, dienst: '', team: ' ', theme: null }, dilemmas, today)).toEqual({ dienst: 'required', team: 'required', theme: 'required', dilemmaIds: 'required' });
  });
});
