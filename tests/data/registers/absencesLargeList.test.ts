import { SPRegistersRepository } from '../../../src/data/registers/SPRegistersRepository';
import { toDateField } from '../../../src/data/registers/dateFields';
import { addCalendarDays, brusselsDateOf } from '../../../src/domain/dates';
import { effectiveState } from '../../../src/domain/registers';
import { memoryOutbox, startSite, type TestSite } from './localSite';
import { HILDE, JONAS, SOFIE, WIM } from './logins';
import { requestCount } from '../localSharePoint';

const COUNT = 20000;
const today = brusselsDateOf(new Date());

let site: TestSite;
let activityId = '';

const repoAs = async (login: string): Promise<SPRegistersRepository> => new SPRegistersRepository(await site.as(login), memoryOutbox(), login);

beforeAll(async () => {
  site = await startSite();
  // 20,000 absences of years past, of another member, as HR registered them
  const jonasId = await site.userId(JONAS);
  const rows = Array.from({ length: COUNT }, (_v, i) => {
    const start = addCalendarDays('2000-01-01', i);
    return { Title: 'Ziekte', ClientId: `bulk-${i}`, MemberId: jonasId, Kind: 'Ziekte', StartDate: toDateField(start), EndDate: toDateField(start) };
  });
  site.ls.bulkInsertItemsForTests('Afwezigheden', rows, WIM);
  // Sofie's side activity from today, suspended by a sick leave HR registers through the app
  const outcome = await (await repoAs(SOFIE)).submitSideActivity({
    kader: 'CaLog',
    kind: 'andere',
    title: 'Lesgever EHBO',
    description: 'Twee avonden per maand.',
    organisation: 'Rode Kruis Vlaanderen',
    startDate: today,
    endDate: '',
    hoursPerMonth: '6',
    dienst: 'Verkeer',
  });
  if (outcome.status !== 'created') throw new Error('not created');
  activityId = outcome.id;
  const sofie = (await (await repoAs(WIM)).loadStaff()).filter((p) => p.name === 'Sofie Claes')[0];
  await (await repoAs(WIM)).registerAbsence({ member: sofie, kind: 'Ziekte', start: today, end: '' });
}, 240000);

afterAll(async () => {
  await site?.close();
});

describe('Afwezigheden at 20,000 absences', () => {
  it('gives HR the newest absences in the registers’ one round trip, and the next page in one more, nothing refused', async () => {
    const hr = await repoAs(WIM);
    let overview: Awaited<ReturnType<SPRegistersRepository['loadOverview']>> | null = null;
    expect(await requestCount(site.ls, async () => (overview = await hr.loadOverview()))).toEqual({ total: 1, refused: 0 });
    const first = overview!.absences!;
    expect(first.items).toHaveLength(25);
    expect(first.items[0].member.name).toBe('Sofie Claes');
    let next: Awaited<ReturnType<SPRegistersRepository['loadAbsences']>> | null = null;
    expect(await requestCount(site.ls, async () => (next = await hr.loadAbsences(first.nextAfter!)))).toEqual({ total: 1, refused: 0 });
    expect(next!.items).toHaveLength(25);
    expect(Number(next!.items[0].id)).toBeLessThan(Number(first.items[24].id));
  });

  it('derives the suspension for the member and the korpsleiding from a filtered read of the member’s absences', async () => {
    for (const login of [SOFIE, HILDE]) {
      let loaded: Awaited<ReturnType<SPRegistersRepository['loadSideActivity']>> | null = null;
      const requests = await requestCount(site.ls, async () => (loaded = await (await repoAs(login)).loadSideActivity(activityId)));
      expect({ login, refused: requests.refused }).toEqual({ login, refused: 0 });
      expect(loaded!.absences.map((a) => a.member.name)).toEqual(['Sofie Claes']);
      expect(effectiveState(loaded!.activity, loaded!.absences, new Date()).state).toBe('suspended');
    }
  });
});
