/**
 * The resistance follow-up and the trainings end to end on the local SharePoint through the real PnPjs: an incident is
 * registered by TIWK, evaluated with Cel GWB, a member is followed up by HR, a lesson becomes a training need that is
 * planned and held with attendance; each persona sees what the permissions give them.
 */
import { readMembership } from '../../../src/data/membership';
import { SPResistanceRepository } from '../../../src/data/resistance/SPResistanceRepository';
import { SPSettingsRepository } from '../../../src/data/settings/SPSettingsRepository';
import { SPTrainingsRepository } from '../../../src/data/trainings/SPTrainingsRepository';
import { RuleRefusedError } from '../../../src/data/registers/ruleRefused';
import { addCalendarDays, brusselsDateOf } from '../../../src/domain/dates';
import { DraftInvalidError } from '../../../src/domain/registers/drafts';
import type { IncidentDraft } from '../../../src/domain/resistance';
import { startSite, type TestSite } from '../registers/localSite';
import { GRIET, JONAS, SOFIE, WIM } from '../registers/logins';

const STIJN = 'stijn.devos@pzcarma.be';
const ILSE = 'ilse.thys@pzcarma.be'; // Integriteit Beheerders
const PIETER = 'pieter.mertens@pzcarma.be';
const today = brusselsDateOf(new Date());

let site: TestSite;
const repo = async (login: string) => new SPResistanceRepository(await site.as(login));
const trainings = async (login: string) => new SPTrainingsRepository(await site.as(login));
const me = async (login: string) => readMembership(await site.as(login));
const person = async (login: string, name: string) => ({ id: String(await site.userId(login)), name });

beforeAll(async () => {
  site = await startSite();
}, 60000);
afterAll(() => site.close());

const draft = async (): Promise<IncidentDraft> => ({
  title: 'Verzet bij arrestatie na winkeldiefstal',
  occurredOn: addCalendarDays(today, -5),
  occurredTime: '22:40',
  place: 'Stationsplein',
  dienst: 'Interventie',
  members: [await person(JONAS, 'Jonas Maes'), await person(PIETER, 'Pieter Mertens')],
  kind: 'Ongewapend',
  weapon: '',
  injuries: 'Personeelslid gewond',
  injuryNotes: 'Schaafwonde aan de hand.',
  facts: 'Verdachte verzette zich bij het aanleggen van de handboeien.',
  pvReference: 'AN.55.L1.012345/26',
  bodycamRefs: 'BWC-INT-0412 22:38-22:47',
});

test('TIWK registers, evaluates with Cel GWB; HR follows a member up; a lesson becomes a need that is planned and attended', async () => {
  const griet = await repo(GRIET);
  const grietMe = await me(GRIET);
  // a plain member may not register, and bad input is refused before anything is stored
  await expect((await repo(SOFIE)).register(await me(SOFIE), await draft())).rejects.toBeInstanceOf(RuleRefusedError);
  await expect(griet.register(grietMe, { ...(await draft()), members: [] })).rejects.toBeInstanceOf(DraftInvalidError);
  const incident = await griet.register(grietMe, await draft());
  expect(incident.members.map((m) => m.name).sort()).toEqual(['Jonas Maes', 'Pieter Mertens']);
  expect(incident.evaluationStatus).toBe('Te evalueren');
  expect(incident.evaluationDue).toBe(addCalendarDays(incident.occurredOn, 30));

  // the member involved sees it; a colleague not involved does not
  expect((await (await repo(JONAS)).loadOverview()).incidents.items.map((i) => i.id)).toEqual([incident.id]);
  expect((await (await repo(SOFIE)).loadOverview()).incidents.items).toEqual([]);
  await expect((await repo(SOFIE)).openIncident(incident.id)).rejects.toBeTruthy();

  // the evaluation names TIWK and Cel GWB; the recorder must be one of them
  const opened = await griet.openIncident(incident.id);
  expect(opened.gwb.map((p) => p.name)).toContain('Stijn De Vos');
  const evaluation = {
    evaluatedOn: today,
    tiwk: await person(GRIET, 'Griet Van Damme'),
    gwb: await person(STIJN, 'Stijn De Vos'),
    findings: 'Handboeien aangelegd zonder dekking van de tweede ploegmaat.',
    lessons: [{ id: 'L1', text: 'Aanhouding met dekking oefenen in de TPI-training' }],
  };
  await expect(griet.evaluate(grietMe, incident, { ...evaluation, gwb: null })).rejects.toBeInstanceOf(RuleRefusedError);
  const evaluated = await griet.evaluate(grietMe, incident, evaluation);
  expect(evaluated.evaluationStatus).toBe('Geëvalueerd');
  expect(evaluated.gwb && evaluated.gwb.name).toBe('Stijn De Vos');

  // HR follows Jonas up; Jonas reads his own follow-up, Pieter does not read Jonas's
  const wim = await repo(WIM);
  const wimMe = await me(WIM);
  const jonas = await person(JONAS, 'Jonas Maes');
  const followUp = await wim.startFollowUp(wimMe, evaluated, jonas, 'HR', []);
  await expect(wim.startFollowUp(wimMe, evaluated, jonas, 'HR', [followUp])).rejects.toBeInstanceOf(RuleRefusedError);
  const closed = await wim.saveFollowUp(wimMe, evaluated, followUp, {
    handler: 'HR',
    firstContactOn: addCalendarDays(today, -4),
    contactKind: 'Gesprek',
    support: ['Collegiale opvang', 'Aangifte arbeidsongeval'],
    notes: 'Gesprek op het commissariaat.',
    close: true,
  });
  expect(closed.status).toBe('Afgesloten');
  expect(closed.support).toEqual(['Collegiale opvang', 'Aangifte arbeidsongeval']);
  expect((await (await repo(JONAS)).openIncident(incident.id)).followUps.map((f) => f.id)).toEqual([followUp.id]);
  expect((await (await repo(PIETER)).openIncident(incident.id)).followUps).toEqual([]);

  // the lesson becomes a training need (once), which HR plans and holds with attendance
  const need = await griet.lessonToNeed(grietMe, evaluated, 'L1', 'Geweldbeheersing', []);
  expect(need.status).toBe('Behoefte');
  await expect(griet.lessonToNeed(grietMe, evaluated, 'L1', 'Geweldbeheersing', [need])).rejects.toBeInstanceOf(RuleRefusedError);
  const hr = await trainings(WIM);
  const planned = await hr.planTraining(wimMe, {
    title: need.title,
    theme: 'Geweldbeheersing',
    dienst: 'Interventie',
    startsOn: today,
    startsAt: '08:00',
    location: 'Sporthal',
    trainer: 'Stijn De Vos',
    capacity: '12',
    description: '',
  }, need);
  expect(planned.status).toBe('Gepland');
  expect(planned.source).toEqual({ incidentId: incident.id, lessonId: 'L1' });
  const present = await hr.recordAttendance(wimMe, planned, jonas, 'Aanwezig', null);
  await hr.recordAttendance(wimMe, planned, await person(SOFIE, 'Sofie Claes'), 'Verontschuldigd', null);
  const held = await hr.markHeld(wimMe, planned, 'Goed onthaald; dekking bij aanhouding blijft een werkpunt.');
  expect(held.status).toBe('Gegeven');
  // Jonas sees his own attendance only; Sofie hers; HR sees both on the session
  const jonasView = await (await trainings(JONAS)).loadOverview(held.year);
  expect(jonasView.mine.map((a) => [a.trainingId, a.attendance])).toEqual([[held.id, 'Aanwezig']]);
  expect((await (await trainings(JONAS)).openTraining(held.id)).attendance.map((a) => a.id)).toEqual([present.id]);
  expect((await hr.openTraining(held.id)).attendance).toHaveLength(2);
}, 120000);

test("the due dates follow the zone's terms that a beheerder set in Instellingen, not fixed ones", async () => {
  const sp = await site.as(ILSE);
  const settings = new SPSettingsRepository(sp, { membership: () => readMembership(sp) });
  const { stored } = await settings.page();
  const terms: [string, number][] = [['resistanceEvaluationDays', 14], ['resistanceFirstContactDays', 1], ['resistanceFollowUpDays', 60]];
  for (const [key, value] of terms) await settings.save(stored.filter((x) => x.key === key)[0], value);

  const griet = await repo(GRIET);
  const incident = await griet.register(await me(GRIET), { ...(await draft()), title: 'Verzet bij controle' });
  expect(incident.evaluationDue).toBe(addCalendarDays(incident.occurredOn, 14));
  const wim = await repo(WIM);
  const wimMe = await me(WIM);
  const followUp = await wim.startFollowUp(wimMe, incident, await person(JONAS, 'Jonas Maes'), 'HR', []);
  expect(followUp.dueOn).toBe(addCalendarDays(incident.occurredOn, 1));
  const contacted = await wim.saveFollowUp(wimMe, incident, followUp, {
    handler: 'HR',
    firstContactOn: today,
    contactKind: 'Gesprek',
    support: [],
    notes: '',
    close: false,
  });
  expect(contacted.dueOn).toBe(addCalendarDays(today, 60));
}, 60000);
