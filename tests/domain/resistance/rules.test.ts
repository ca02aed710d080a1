import type { Membership } from '../../../src/domain/membership';
import { DEFAULT_ZONE_SETTINGS } from '../../../src/domain/settings';
import {
  checkEvaluation,
  checkFollowUp,
  checkLessonToNeed,
  checkOpenFollowUp,
  clockOf,
  evaluationDue,
  followUpDue,
  incidentProblems,
  nextLessonId,
  type EvaluationDraft,
  type FollowUpDraft,
  type IncidentDraft,
} from '../../../src/domain/resistance';

const member = (userId: number, ...groups: Membership['groups']): Membership => ({ userId, name: `U${userId}`, loginName: '', groups });
const TIWK = member(1, 'medewerkers', 'internToezicht');
const GWB = member(2, 'medewerkers', 'celGWB');
const HR = member(3, 'medewerkers', 'hr');
const STAFF = member(4, 'medewerkers');
const today = '2026-03-20';

const incident: IncidentDraft = {
  title: 'Verzet bij aanhouding',
  occurredOn: '2026-03-18',
  occurredTime: '22:40',
  place: 'Stationsplein',
  dienst: 'Interventie',
  members: [{ id: '4', name: 'U4' }],
  kind: 'Ongewapend',
  weapon: '',
  injuries: 'Geen letsel',
  injuryNotes: '',
  facts: 'Verzet bij het boeien.',
  pvReference: '',
  bodycamRefs: '',
};

describe('an incident of resistance', () => {
  it('is complete with members involved, a date not in the future, and a weapon when armed', () => {
    expect(incidentProblems(incident, today)).toEqual({});
    expect(incidentProblems({ ...incident, members: [] }, today)).toEqual({ members: 'required' });
    expect(incidentProblems({ ...incident, occurredOn: '2026-03-21' }, today)).toEqual({ occurredOn: 'inFuture' });
    expect(incidentProblems({ ...incident, occurredTime: '25:00' }, today)).toEqual({ occurredTime: 'invalidTime' });
    expect(incidentProblems({ ...incident, kind: 'Gewapend' }, today)).toEqual({ weapon: 'required' });
    expect(incidentProblems({ ...incident, kind: 'Gewapend', weapon: 'Mes' }, today)).toEqual({});
    expect(Object.keys(incidentProblems({ ...incident, title: ' ', place: '', dienst: '', kind: '', injuries: '', facts: '' }, today)).sort()).toEqual(
      ['dienst', 'facts', 'injuries', 'kind', 'place', 'title'],
    );
  });
});

describe('the clocks (the zone terms)', () => {
  it("counts from the zone's own terms, not fixed ones", () => {
    const zone = { resistanceEvaluationDays: 14, resistanceFirstContactDays: 1, resistanceFollowUpDays: 60 };
    expect(evaluationDue('2026-03-18', zone)).toBe('2026-04-01');
    expect(followUpDue('2026-03-18', null, zone)).toBe('2026-03-19');
    expect(followUpDue('2026-03-18', '2026-03-19', zone)).toBe('2026-05-18');
  });

  it('puts the evaluation and the follow-up steps at the zone terms and says how they stand', () => {
    expect(evaluationDue('2026-03-18', DEFAULT_ZONE_SETTINGS)).toBe('2026-04-17');
    expect(followUpDue('2026-03-18', null, DEFAULT_ZONE_SETTINGS)).toBe('2026-03-21');
    expect(followUpDue('2026-03-18', '2026-03-19', DEFAULT_ZONE_SETTINGS)).toBe('2026-04-18');
    expect(clockOf('2026-03-22', today)).toEqual({ due: '2026-03-22', daysLeft: 2, overdue: false });
    expect(clockOf('2026-03-19', today)).toEqual({ due: '2026-03-19', daysLeft: -1, overdue: true });
  });
});

describe('the tactical evaluation (TIWK with Cel GWB)', () => {
  const draft: EvaluationDraft = { evaluatedOn: today, tiwk: { id: '1', name: 'U1' }, gwb: { id: '2', name: 'U2' }, findings: 'Correct.', lessons: [{ id: 'L1', text: 'Dekking oefenen' }] };
  it('is recorded by TIWK or Cel GWB, one of the two named evaluators', () => {
    expect(checkEvaluation(draft, TIWK, '2026-03-18', today)).toBeNull();
    expect(checkEvaluation(draft, GWB, '2026-03-18', today)).toBeNull();
    expect(checkEvaluation(draft, HR, '2026-03-18', today)).toEqual({ code: 'notEvaluator' });
    expect(checkEvaluation(draft, STAFF, '2026-03-18', today)).toEqual({ code: 'notEvaluator' });
    expect(checkEvaluation(draft, member(9, 'internToezicht'), '2026-03-18', today)).toEqual({ code: 'notAParticipant' });
  });
  it('names both parties, has findings, a date between the incident and today, and no empty lesson', () => {
    expect(checkEvaluation({ ...draft, gwb: null }, TIWK, '2026-03-18', today)).toEqual({ code: 'bothPartiesRequired' });
    expect(checkEvaluation({ ...draft, tiwk: null }, GWB, '2026-03-18', today)).toEqual({ code: 'bothPartiesRequired' });
    expect(checkEvaluation({ ...draft, findings: ' ' }, TIWK, '2026-03-18', today)).toEqual({ code: 'findingsRequired' });
    expect(checkEvaluation({ ...draft, evaluatedOn: '2026-03-17' }, TIWK, '2026-03-18', today)).toEqual({ code: 'invalidDate' });
    expect(checkEvaluation({ ...draft, evaluatedOn: '2026-03-21' }, TIWK, '2026-03-18', today)).toEqual({ code: 'invalidDate' });
    expect(checkEvaluation({ ...draft, lessons: [{ id: 'L1', text: '' }] }, TIWK, '2026-03-18', today)).toEqual({ code: 'emptyLesson' });
    expect(checkEvaluation({ ...draft, lessons: [] }, TIWK, '2026-03-18', today)).toBeNull();
  });
  it('numbers new lessons after the highest, so a need keeps pointing at its lesson', () => {
    expect(nextLessonId([])).toBe('L1');
    expect(nextLessonId([{ id: 'L1', text: 'a' }, { id: 'L3', text: 'b' }])).toBe('L4');
  });
});

describe('the follow-up of the members involved (Cel GWB and HR)', () => {
  const involved = [{ id: '4', name: 'U4' }];
  it('is started by Cel GWB or HR, for a member involved, once per member', () => {
    expect(checkOpenFollowUp(HR, involved[0], involved, [])).toBeNull();
    expect(checkOpenFollowUp(GWB, involved[0], involved, [])).toBeNull();
    expect(checkOpenFollowUp(TIWK, involved[0], involved, [])).toEqual({ code: 'notSupporter' });
    expect(checkOpenFollowUp(HR, { id: '8', name: 'U8' }, involved, [])).toEqual({ code: 'notInvolved' });
    expect(checkOpenFollowUp(HR, involved[0], involved, ['4'])).toEqual({ code: 'alreadyFollowedUp' });
  });
  const draft: FollowUpDraft = { handler: 'HR', firstContactOn: '2026-03-19', contactKind: 'Gesprek', support: ['Collegiale opvang'], notes: '', close: true };
  it('records the contact with its kind and concludes only with a contact and the support offered', () => {
    expect(checkFollowUp(draft, HR, 'Open', '2026-03-18', today)).toBeNull();
    expect(checkFollowUp(draft, STAFF, 'Open', '2026-03-18', today)).toEqual({ code: 'notSupporter' });
    expect(checkFollowUp(draft, HR, 'Afgesloten', '2026-03-18', today)).toEqual({ code: 'closed' });
    expect(checkFollowUp({ ...draft, handler: '' }, HR, 'Open', '2026-03-18', today)).toEqual({ code: 'handlerRequired' });
    expect(checkFollowUp({ ...draft, firstContactOn: '2026-03-17' }, HR, 'Open', '2026-03-18', today)).toEqual({ code: 'invalidDate' });
    expect(checkFollowUp({ ...draft, contactKind: '' }, HR, 'Open', '2026-03-18', today)).toEqual({ code: 'contactKindRequired' });
    expect(checkFollowUp({ ...draft, firstContactOn: '', contactKind: '' }, HR, 'Open', '2026-03-18', today)).toEqual({ code: 'closeNeedsContact' });
    expect(checkFollowUp({ ...draft, support: [] }, HR, 'Open', '2026-03-18', today)).toEqual({ code: 'closeNeedsSupport' });
    expect(checkFollowUp({ ...draft, firstContactOn: '', contactKind: '', support: [], close: false }, GWB, 'Open', '2026-03-18', today)).toBeNull();
  });
});

describe('a lesson becomes a training need', () => {
  const evaluated = { evaluationStatus: 'Geëvalueerd' as const, lessons: [{ id: 'L1', text: 'Dekking oefenen' }] };
  it('once, from an evaluated incident, by TIWK, Cel GWB or HR, with a theme', () => {
    expect(checkLessonToNeed(TIWK, evaluated, 'L1', 'Geweldbeheersing', [], '7')).toBeNull();
    expect(checkLessonToNeed(HR, evaluated, 'L1', 'Geweldbeheersing', [], '7')).toBeNull();
    expect(checkLessonToNeed(STAFF, evaluated, 'L1', 'Geweldbeheersing', [], '7')).toEqual({ code: 'notAllowed' });
    expect(checkLessonToNeed(TIWK, { ...evaluated, evaluationStatus: 'Te evalueren' }, 'L1', 'Geweldbeheersing', [], '7')).toEqual({ code: 'notEvaluated' });
    expect(checkLessonToNeed(TIWK, evaluated, 'L2', 'Geweldbeheersing', [], '7')).toEqual({ code: 'unknownLesson' });
    expect(checkLessonToNeed(TIWK, evaluated, 'L1', 'Geweldbeheersing', [{ incidentId: '7', lessonId: 'L1' }], '7')).toEqual({ code: 'alreadyANeed' });
    expect(checkLessonToNeed(TIWK, evaluated, 'L1', 'Geweldbeheersing', [{ incidentId: '8', lessonId: 'L1' }], '7')).toBeNull();
    expect(checkLessonToNeed(TIWK, evaluated, 'L1', '', [], '7')).toEqual({ code: 'themeRequired' });
  });
});
