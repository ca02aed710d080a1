/**
 * Side activities and the absences that suspend them, attacked over raw REST per persona with nothing but the persona's
 * own bearer token (docs/security.md, "Nevenactiviteiten and Afwezigheden"): HR has no step and no right in the flow
 * of a side activity (declaration → receipt → talk → advice); it registers absences in their own list, which only HR
 * writes and only the member concerned and the korpsleiding read; the suspension follows from that list by itself.
 */
import { ADMIN_LOGIN } from '../../devserver/app';
import { SPRegistersRepository } from '../../src/data/registers/SPRegistersRepository';
import { GROUPS } from '../../src/data/groups';
import { AFWEZIGHEDEN, NEVENACTIVITEITEN } from '../../src/data/schema';
import { brusselsDateOf } from '../../src/domain/dates';
import { effectiveState } from '../../src/domain/registers';
import { HILDE, JONAS, LUC, SOFIE, WIM } from '../data/registers/logins';
import { memoryOutbox, startSite, type TestSite } from '../data/registers/localSite';
import { itemsOf, rawAs, refused } from './rest';

const NATHALIE = 'nathalie.desmet@pzcarma.be'; // HR, chair of the HR-comité

let site: TestSite;
let activityId = 0;
let absenceId = 0;
let sofieId = 0;
let jonasId = 0;
const today = brusselsDateOf(new Date());

const repoAs = async (login: string): Promise<SPRegistersRepository> => new SPRegistersRepository(await site.as(login), memoryOutbox(), login);

/** The rows a persona reads from a list (none when SharePoint hides or refuses it). */
async function rowsOf(login: string, list: string): Promise<{ Id: number }[]> {
  const res = await (await rawAs(site.ls, login)).get(`${itemsOf(list)}?$select=Id`);
  return res.status === 200 ? ((await res.json()) as { value: { Id: number }[] }).value : [];
}

const absence = (memberId: number, kind = 'Ziekte') => ({
  Title: kind,
  ClientId: `aanval-${Math.random().toString(36).slice(2)}`,
  MemberId: memberId,
  Kind: kind,
  StartDate: `${today}T00:00:00Z`,
});

beforeAll(async () => {
  site = await startSite();
  sofieId = await site.userId(SOFIE);
  jonasId = await site.userId(JONAS);
  // Sofie (CaLog) declares a side activity from today: a written declaration, exercised at once
  const outcome = await (await repoAs(SOFIE)).submitSideActivity({
    kader: 'CaLog',
    kind: 'andere',
    title: 'Vrijwilliger in het dierenasiel',
    description: 'Zaterdagvoormiddag verzorging van de dieren.',
    organisation: 'Dierenasiel De Ark',
    startDate: today,
    endDate: '',
    hoursPerMonth: '12',
    dienst: 'Verkeer',
  });
  if (outcome.status !== 'created') throw new Error('not created');
  activityId = Number(outcome.id);
  // HR registers her sick leave through the app: the item is narrowed to HR, the korpsleiding and Sofie
  const registered = await (await repoAs(WIM)).registerAbsence({ member: { id: String(sofieId), name: 'Sofie Claes' }, kind: 'Ziekte', start: today, end: '' });
  absenceId = Number(registered.id);
}, 120000);

afterAll(() => site?.close());

describe('Nevenactiviteiten: HR has no step in the flow (raw REST)', () => {
  it('grants the HR group nothing on the list', async () => {
    const res = await (await rawAs(site.ls, ADMIN_LOGIN)).get(`web/lists/getByTitle('${NEVENACTIVITEITEN.title}')/roleassignments?$expand=Member`);
    const members = ((await res.json()) as { value: { Member: { Title: string } }[] }).value.map((a) => a.Member.Title);
    expect(members).toEqual(expect.arrayContaining([GROUPS.medewerkers, GROUPS.politiecollege, GROUPS.korpsleiding]));
    expect(members).not.toContain(GROUPS.hr);
  });

  it.each([WIM, NATHALIE])('lets %s (HR) neither read, list, edit nor delete a colleague’s declaration', async (login) => {
    const raw = await rawAs(site.ls, login);
    expect(refused(await raw.get(itemsOf(NEVENACTIVITEITEN.title, activityId)))).toBe(true);
    expect((await rowsOf(login, NEVENACTIVITEITEN.title)).map((r) => r.Id)).not.toContain(activityId);
    expect(refused(await raw.merge(itemsOf(NEVENACTIVITEITEN.title, activityId), { Status: 'Beëindigd' }))).toBe(true);
    expect(refused(await raw.remove(itemsOf(NEVENACTIVITEITEN.title, activityId)))).toBe(true);
    const item = (await (await rawAs(site.ls, SOFIE)).get(`${itemsOf(NEVENACTIVITEITEN.title, activityId)}?$select=Status`)).json() as Promise<{ Status: string }>;
    expect((await item).Status).toBe('Schriftelijk gemeld');
  });

  it('lets an HR member add a declaration only as their own (SharePoint sets the author), never one for a colleague', async () => {
    const raw = await rawAs(site.ls, WIM);
    const res = await raw.post(itemsOf(NEVENACTIVITEITEN.title), {
      Title: 'Aangifte voor een collega',
      ClientId: `aanval-${Math.random().toString(36).slice(2)}`,
      Kader: 'CaLog',
      ActivityKind: 'Andere activiteit',
      Description: 'Namens Sofie.',
      StartDate: `${today}T00:00:00Z`,
    });
    expect(res.status).toBe(201);
    const created = (await res.json()) as { Id: number };
    const row = (await (await rawAs(site.ls, ADMIN_LOGIN)).get(`${itemsOf(NEVENACTIVITEITEN.title, created.Id)}?$select=Author/Title&$expand=Author`)).json() as Promise<{
      Author: { Title: string };
    }>;
    expect((await row).Author.Title).toBe('Wim Hendrickx');
    // Sofie does not see it among her declarations: it is Wim's own, as a staff member
    expect((await rowsOf(SOFIE, NEVENACTIVITEITEN.title)).map((r) => r.Id)).toEqual([activityId]);
  });
});

describe('Afwezigheden: only HR writes, only the member and the korpsleiding read (raw REST)', () => {
  it('lets HR register an absence and its last day', async () => {
    const raw = await rawAs(site.ls, NATHALIE);
    const res = await raw.post(itemsOf(AFWEZIGHEDEN.title), absence(jonasId, 'Arbeidsongeval'));
    expect(res.status).toBe(201);
    const id = ((await res.json()) as { Id: number }).Id;
    const ended = await raw.merge(itemsOf(AFWEZIGHEDEN.title, id), { EndDate: `${today}T00:00:00Z` });
    expect(ended.status).toBeLessThan(300);
  });

  it.each([JONAS, SOFIE, LUC, HILDE])('refuses %s adding, changing or deleting an absence', async (login) => {
    const raw = await rawAs(site.ls, login);
    expect(refused(await raw.post(itemsOf(AFWEZIGHEDEN.title), absence(jonasId)))).toBe(true);
    expect(refused(await raw.merge(itemsOf(AFWEZIGHEDEN.title, absenceId), { EndDate: null, Kind: 'Verlof' }))).toBe(true);
    expect(refused(await raw.remove(itemsOf(AFWEZIGHEDEN.title, absenceId)))).toBe(true);
  });

  it('never lets a plain member or the politiecollege read another member’s absences', async () => {
    for (const login of [JONAS, LUC]) {
      const raw = await rawAs(site.ls, login);
      expect({ login, refused: refused(await raw.get(itemsOf(AFWEZIGHEDEN.title, absenceId))) }).toEqual({ login, refused: true });
      expect({ login, rows: (await rowsOf(login, AFWEZIGHEDEN.title)).map((r) => r.Id) }).toEqual({ login, rows: [] });
    }
    // filtering on the member does not help either
    const res = await (await rawAs(site.ls, JONAS)).get(`${itemsOf(AFWEZIGHEDEN.title)}?$filter=MemberId eq ${sofieId}`);
    expect(res.status === 200 ? ((await res.json()) as { value: unknown[] }).value : []).toEqual([]);
  });

  it('lets the member read her own absence and nobody else’s, and the korpsleiding read all of them', async () => {
    expect((await rowsOf(SOFIE, AFWEZIGHEDEN.title)).map((r) => r.Id)).toEqual([absenceId]);
    expect((await rowsOf(HILDE, AFWEZIGHEDEN.title)).map((r) => r.Id)).toContain(absenceId);
    expect((await rowsOf(HILDE, AFWEZIGHEDEN.title)).length).toBeGreaterThan(1);
  });

  it('still suspends the side activity: the member and the korpsleiding see it suspended, derived from the absence', async () => {
    for (const login of [SOFIE, HILDE]) {
      const { activity, absences } = await (await repoAs(login)).loadSideActivity(String(activityId));
      const state = effectiveState(activity, absences, new Date());
      expect({ login, state: state.state, causes: state.current && state.current.causes }).toEqual({ login, state: 'suspended', causes: ['Ziekte'] });
    }
  });
});
