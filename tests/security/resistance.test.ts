/**
 * Weerspannigheid, its follow-ups, the trainings' attendance, dilemma sessions and the TPI rule attacked over raw REST
 * per persona, with nothing but the persona's own bearer token (docs/security.md, "Weerspannigheid ..."): what must
 * hold is what SharePoint itself enforces, whatever the app shows.
 */
import { ADMIN_LOGIN } from '../../devserver/app';
import { SPComplaintsRepository } from '../../src/data/complaints/SPComplaintsRepository';
import { readMembership } from '../../src/data/membership';
import { SPResistanceRepository } from '../../src/data/resistance/SPResistanceRepository';
import type { FollowUp, Incident } from '../../src/data/resistance/types';
import { OPLEIDINGEN, OPLEIDINGSDEELNAMES, WEERSPANNIGHEID, WEERSPANNIGHEID_OPVOLGING, DILEMMASESSIES, KLACHTEN } from '../../src/data/schema';
import { SPTrainingsRepository } from '../../src/data/trainings/SPTrainingsRepository';
import type { Attendance, Training } from '../../src/data/trainings/types';
import { addCalendarDays, brusselsDateOf } from '../../src/domain/dates';
import { closedWithoutTpiCheck } from '../../src/domain/complaints/tpiCheck';
import { startSite, type TestSite } from '../data/registers/localSite';
import { GRIET, HILDE, JONAS, SOFIE, WIM } from '../data/registers/logins';
import { itemsOf, rawAs, refused, type RawClient } from './rest';

const STIJN = 'stijn.devos@pzcarma.be';
const PIETER = 'pieter.mertens@pzcarma.be';
const LOTTE = 'lotte.wouters@pzcarma.be';
const today = brusselsDateOf(new Date());

let site: TestSite;
let incident: Incident;
let other: Incident;
let jonasFollowUp: FollowUp;
let training: Training;
let jonasAttendance: Attendance;
let sofieAttendance: Attendance;
const clients = new Map<string, Promise<RawClient>>();
const raw = (login: string): Promise<RawClient> => {
  if (!clients.has(login)) clients.set(login, rawAs(site.ls, login));
  return clients.get(login)!;
};
const person = async (login: string, name: string) => ({ id: String(await site.userId(login)), name });

/** The ids of the records a persona's raw read of a list returns (none when the list is refused). */
async function visible(login: string, list: string): Promise<number[]> {
  const res = await (await raw(login)).get(`${itemsOf(list)}?$select=Id,FileSystemObjectType`);
  if (res.status !== 200) return [];
  // a member's attendance folder is an item too (their own): only the records count here
  const rows = ((await res.json()) as { value: { Id: number; FileSystemObjectType: number }[] }).value;
  return rows.filter((v) => v.FileSystemObjectType !== 1).map((v) => v.Id).sort((a, b) => a - b);
}

beforeAll(async () => {
  site = await startSite({ themes: true });
  const grietSp = await site.as(GRIET);
  const griet = new SPResistanceRepository(grietSp);
  const me = await readMembership(grietSp);
  const base = {
    occurredOn: addCalendarDays(today, -3),
    occurredTime: '21:00',
    place: 'Markt',
    dienst: 'Interventie' as const,
    kind: 'Ongewapend' as const,
    weapon: '',
    injuries: 'Geen letsel' as const,
    injuryNotes: '',
    pvReference: 'AN.55.L1.000001/26',
    bodycamRefs: 'BWC-1',
  };
  incident = await griet.register(me, { ...base, title: 'GEHEIM-A', facts: 'Feiten A.', members: [await person(JONAS, 'Jonas Maes'), await person(PIETER, 'Pieter Mertens')] });
  other = await griet.register(me, { ...base, title: 'GEHEIM-B', facts: 'Feiten B.', members: [await person(LOTTE, 'Lotte Wouters')] });
  const wimSp = await site.as(WIM);
  const wim = new SPResistanceRepository(wimSp);
  const wimMe = await readMembership(wimSp);
  jonasFollowUp = await wim.startFollowUp(wimMe, incident, await person(JONAS, 'Jonas Maes'), 'HR', []);
  const hr = new SPTrainingsRepository(wimSp);
  training = await hr.planTraining(wimMe, { title: 'TPI', theme: 'Geweldbeheersing', dienst: 'Interventie', startsOn: today, startsAt: '08:00', location: 'Sporthal', trainer: '', capacity: '', description: '' });
  jonasAttendance = await hr.recordAttendance(wimMe, training, await person(JONAS, 'Jonas Maes'), 'Aanwezig', null);
  sofieAttendance = await hr.recordAttendance(wimMe, training, await person(SOFIE, 'Sofie Claes'), 'Afwezig', null);
}, 120000);
afterAll(() => site.close());

describe('incidents of resistance: confidential per incident (raw REST)', () => {
  it('shows a plain staff member none of the incidents, by list, by id or by search on a field', async () => {
    const sofie = await raw(SOFIE);
    expect(await visible(SOFIE, WEERSPANNIGHEID.title)).toEqual([]);
    for (const id of [incident.id, other.id]) expect(refused(await sofie.get(itemsOf(WEERSPANNIGHEID.title, Number(id))))).toBe(true);
    const search = await sofie.get(`${itemsOf(WEERSPANNIGHEID.title)}?$filter=Title eq 'GEHEIM-A'`);
    expect(search.status === 200 ? ((await search.json()) as { value: unknown[] }).value : []).toEqual([]);
    expect(refused(await sofie.get(`${itemsOf(WEERSPANNIGHEID.title, Number(incident.id))}/versions`))).toBe(true);
  });

  it('shows a member involved their own incident only, read-only', async () => {
    const jonas = await raw(JONAS);
    expect(await visible(JONAS, WEERSPANNIGHEID.title)).toEqual([Number(incident.id)]);
    expect(refused(await jonas.get(itemsOf(WEERSPANNIGHEID.title, Number(other.id))))).toBe(true);
    expect(refused(await jonas.merge(itemsOf(WEERSPANNIGHEID.title, Number(incident.id)), { Findings: 'Alles correct.' }))).toBe(true);
    expect(refused(await jonas.remove(itemsOf(WEERSPANNIGHEID.title, Number(incident.id))))).toBe(true);
    expect(refused(await jonas.post(`${itemsOf(WEERSPANNIGHEID.title, Number(incident.id))}/breakroleinheritance(copyRoleAssignments=true,clearSubscopes=true)`))).toBe(true);
    expect((await jonas.post(itemsOf(WEERSPANNIGHEID.title), { Title: 'Zelf', ClientId: 'x1', OccurredAt: new Date().toISOString(), Place: 'x', Facts: 'x', ResistanceKind: 'Ongewapend', Injuries: 'Geen letsel' })).status).toBe(403);
  });

  it('lets TIWK, Cel GWB, HR and the korpsleiding read every incident; only TIWK and Cel GWB change them', async () => {
    for (const login of [GRIET, STIJN, WIM, HILDE]) expect(await visible(login, WEERSPANNIGHEID.title)).toEqual([Number(incident.id), Number(other.id)].sort((a, b) => a - b));
    expect(refused(await (await raw(WIM)).merge(itemsOf(WEERSPANNIGHEID.title, Number(incident.id)), { Findings: 'x' }))).toBe(true);
    expect(refused(await (await raw(HILDE)).merge(itemsOf(WEERSPANNIGHEID.title, Number(incident.id)), { Findings: 'x' }))).toBe(true);
    expect((await (await raw(STIJN)).merge(itemsOf(WEERSPANNIGHEID.title, Number(incident.id)), { Findings: 'Eerste bevindingen Cel GWB.' })).status).toBe(204);
    // nobody of them deletes an incident: only the site owner
    for (const login of [GRIET, STIJN]) expect(refused(await (await raw(login)).remove(itemsOf(WEERSPANNIGHEID.title, Number(other.id))))).toBe(true);
  });
});

describe('follow-ups: the member and the supporters only (raw REST)', () => {
  it('shows the member their own follow-up, read-only; not a fellow member involved, not TIWK, not a colleague', async () => {
    expect(await visible(JONAS, WEERSPANNIGHEID_OPVOLGING.title)).toEqual([Number(jonasFollowUp.id)]);
    expect(refused(await (await raw(JONAS)).merge(itemsOf(WEERSPANNIGHEID_OPVOLGING.title, Number(jonasFollowUp.id)), { Notes: 'x' }))).toBe(true);
    for (const login of [PIETER, GRIET, SOFIE]) {
      expect(await visible(login, WEERSPANNIGHEID_OPVOLGING.title)).toEqual([]);
      expect(refused(await (await raw(login)).get(itemsOf(WEERSPANNIGHEID_OPVOLGING.title, Number(jonasFollowUp.id))))).toBe(true);
    }
    expect(await visible(HILDE, WEERSPANNIGHEID_OPVOLGING.title)).toEqual([Number(jonasFollowUp.id)]);
    expect((await (await raw(STIJN)).merge(itemsOf(WEERSPANNIGHEID_OPVOLGING.title, Number(jonasFollowUp.id)), { Notes: 'Gebeld.' })).status).toBe(204);
  });
});

describe('trainings and attendance (raw REST)', () => {
  it('shows each member only their own attendance; nobody but HR and Cel GWB writes it', async () => {
    expect(await visible(JONAS, OPLEIDINGSDEELNAMES.title)).toEqual([Number(jonasAttendance.id)]);
    expect(await visible(SOFIE, OPLEIDINGSDEELNAMES.title)).toEqual([Number(sofieAttendance.id)]);
    expect(refused(await (await raw(JONAS)).get(itemsOf(OPLEIDINGSDEELNAMES.title, Number(sofieAttendance.id))))).toBe(true);
    expect(refused(await (await raw(SOFIE)).merge(itemsOf(OPLEIDINGSDEELNAMES.title, Number(sofieAttendance.id)), { Attendance: 'Aanwezig' }))).toBe(true);
    expect(await visible(GRIET, OPLEIDINGSDEELNAMES.title)).toEqual([]);
    expect((await (await raw(STIJN)).merge(itemsOf(OPLEIDINGSDEELNAMES.title, Number(sofieAttendance.id)), { Attendance: 'Verontschuldigd' })).status).toBe(204);
  });

  it('lets everyone read the opleidingsplan, TIWK add a need but not change one, staff change nothing', async () => {
    expect(await visible(SOFIE, OPLEIDINGEN.title)).toEqual([Number(training.id)]);
    expect(refused(await (await raw(SOFIE)).merge(itemsOf(OPLEIDINGEN.title, Number(training.id)), { Status: 'Gegeven' }))).toBe(true);
    expect(refused(await (await raw(GRIET)).merge(itemsOf(OPLEIDINGEN.title, Number(training.id)), { Status: 'Geannuleerd' }))).toBe(true);
    const added = await (await raw(GRIET)).post(itemsOf(OPLEIDINGEN.title), { Title: 'Behoefte', ClientId: 'need-1', Theme: 'Geweldbeheersing', Status: 'Behoefte', PlanYear: 2026 });
    expect(added.status).toBe(201);
    expect(refused(await (await raw(SOFIE)).post(itemsOf(OPLEIDINGEN.title), { Title: 'x', ClientId: 'need-2', Theme: 'Andere', Status: 'Behoefte', PlanYear: 2026 }))).toBe(true);
  });
});

describe('dilemma sessions: recorded by any member, changed by none (raw REST)', () => {
  it('takes the leader from SharePoint and lets nobody else change or remove the record', async () => {
    const res = await (await raw(PIETER)).post(itemsOf(DILEMMASESSIES.title), {
      Title: 'Interventie · Ploeg B',
      ClientId: 'session-1',
      HeldOn: new Date().toISOString(),
      Dienst: 'Interventie',
      Team: 'Ploeg B',
      ThemeNumber: 10,
      DilemmaKeys: 'D10.1',
      Present: 9,
      LeaderName: 'Karel Peeters',
    });
    expect(res.status).toBe(201);
    const created = (await res.json()) as { Id: number; AuthorId: number };
    expect(created.AuthorId).toBe(await site.userId(PIETER));
    expect(refused(await (await raw(SOFIE)).merge(itemsOf(DILEMMASESSIES.title, created.Id), { Present: 30 }))).toBe(true);
    expect(refused(await (await raw(PIETER)).merge(itemsOf(DILEMMASESSIES.title, created.Id), { Present: 30 }))).toBe(true);
    expect(refused(await (await raw(SOFIE)).remove(itemsOf(DILEMMASESSIES.title, created.Id)))).toBe(true);
  });
});

describe('a use-of-force complaint is not closed without its TPI check, even over raw REST', () => {
  it('is refused by the list validation, and a dossier whose flag was removed first shows as closed outside the app', async () => {
    const grietSp = await site.as(GRIET);
    const repo = new SPComplaintsRepository(grietSp, 'Griet Van Damme');
    const themes = (await repo.loadIntakeChoices()).themes;
    const force = themes.filter((t) => t.number === 10)[0];
    const dossier = await repo.createComplaint({
      title: 'Handboeien te strak',
      reference: '',
      receivedOn: today,
      channel: 'Brief',
      complainantName: 'Klager',
      complainantContact: '',
      facts: 'Pijn aan de polsen.',
      themeId: String(force.id),
      dienst: 'Interventie',
      involvedStaff: [],
      evidence: '',
    });
    expect(dossier.themeNumber).toBe(10);
    const griet = await raw(GRIET);
    const path = itemsOf(KLACHTEN.title, Number(dossier.id));
    const closing = await griet.merge(path, { Status: 'Afgesloten' });
    expect(closing.status).toBe(400);
    expect(JSON.stringify(await closing.json())).toMatch(/onderzoek van de TPI/);
    // the validation reads a flag: who may edit the dossier can clear it first; SharePoint cannot refuse that, the app detects it
    expect((await griet.merge(path, { UseOfForce: false })).status).toBe(204);
    expect((await griet.merge(path, { Status: 'Afgesloten' })).status).toBe(204);
    const reopened = (await repo.openDossier(dossier.id)).dossier;
    expect(closedWithoutTpiCheck({ status: reopened.status, themeNumber: reopened.themeNumber ?? null, tpiCheck: reopened.tpiCheck ?? null })).toBe(true);
    // and the app's own step refuses closing a use-of-force dossier without the check
    const other = await repo.createComplaint({ ...{ title: 'Slag met wapenstok', reference: '', receivedOn: today, channel: 'E-mail' as const, complainantName: '', complainantContact: '', facts: 'x', themeId: String(force.id), dienst: 'Interventie' as const, involvedStaff: [], evidence: '' } });
    const me = await readMembership(grietSp);
    await expect(repo.decide(other, me, { action: 'dismiss', reason: 'Niet ontvankelijk', outcome: 'Niet ontvankelijk' })).rejects.toMatchObject({ refusal: { code: 'tpiCheckRequired' } });
    const checked = await repo.recordTpiCheck(other, me, { examinedBy: 'Stijn De Vos (Cel GWB)', examinedOn: today, conclusion: 'TPI gevolgd en correct geëvalueerd', notes: '' });
    const closed = await repo.decide(checked, me, { action: 'dismiss', reason: 'Niet ontvankelijk', outcome: 'Niet ontvankelijk' });
    expect(closed.status).toBe('Afgesloten');
    // the site owner can always read what happened
    expect((await (await raw(ADMIN_LOGIN)).get(`${itemsOf(KLACHTEN.title, Number(other.id))}?$select=Status,TpiConclusion`)).status).toBe(200);
  });
});
