import { BENCH_COMPLAINTS, complaintRows } from '../../../bench/complaints';
import { SPComplaintsRepository } from '../../../src/data/complaints/SPComplaintsRepository';
import { toDateField } from '../../../src/data/registers/dateFields';
import { addCalendarDays, brusselsDateOf } from '../../../src/domain/dates';
import { startSite, type TestSite } from '../registers/localSite';
import { GRIET } from '../registers/logins';
import { requestCount } from '../localSharePoint';

const now = new Date();
const today = brusselsDateOf(now);
const year = Number(today.slice(0, 4));
/** A year with a burst of complaints: more than the threshold in its first quarter. */
const BURST_YEAR = year - 12;
const BURST = 6000;

let site: TestSite;
let repo: SPComplaintsRepository;

beforeAll(async () => {
  site = await startSite();
  const rows = complaintRows(BENCH_COMPLAINTS, now);
  const burst = Array.from({ length: BURST }, (_v, i) => ({
    ...rows[i],
    ClientId: `burst-${i}`,
    ReceivedAt: toDateField(addCalendarDays(`${BURST_YEAR}-01-01`, i % 80)),
    ReceivedMonth: addCalendarDays(`${BURST_YEAR}-01-01`, i % 80).slice(0, 7),
    ClosedOn: toDateField(addCalendarDays(`${BURST_YEAR}-01-01`, (i % 80) + 20)),
    ClosedMonth: addCalendarDays(`${BURST_YEAR}-01-01`, (i % 80) + 20).slice(0, 7),
    Status: 'Afgesloten',
    Outcome: 'Ongegrond',
  }));
  site.ls.bulkInsertItemsForTests('Klachten', rows.concat(burst), GRIET);
  repo = new SPComplaintsRepository(await site.as(GRIET), 'Griet Van Damme');
}, 120000);

afterAll(async () => {
  await site?.close();
});

describe('the complaints register at 26,000 dossiers', () => {
  it('loads the dashboard, the register, the listing and the figures in one round trip each, and logs it, no query refused', async () => {
    expect(await requestCount(site.ls, () => repo.loadDashboard(year))).toEqual({ total: 2, refused: 0 });
    // every read is logged before it is shown: the register's page one consultation entry per dossier shown, all in
    // one batch (a full page of 25), a report one entry
    let shown = 0;
    expect(await requestCount(site.ls, async () => (shown = (await repo.loadRegister({ kind: 'open' })).page.items.length))).toEqual({ total: 2, refused: 0 });
    expect(shown).toBeGreaterThan(20);
    expect(await requestCount(site.ls, () => repo.openListing(today.slice(0, 7)))).toEqual({ total: 2, refused: 0 });
    expect(await requestCount(site.ls, () => repo.openFigures(year - 1))).toEqual({ total: 2, refused: 0 });
    const expected = complaintRows(BENCH_COMPLAINTS, now).filter((r) => brusselsDateOf(r.ReceivedAt as string).slice(0, 4) === String(year)).length;
    const { figures } = await repo.loadDashboard(year);
    expect(figures!.receivedByMonth.reduce((a, b) => a + b, 0)).toBe(expected);
  });

  it('splits a year with more dossiers than the list view threshold until every query is under it, and counts them all', async () => {
    const { figures } = await repo.loadDashboard(BURST_YEAR);
    expect(figures!.receivedByMonth.reduce((a, b) => a + b, 0)).toBe(BURST);
    expect(figures!.closedByMonth.reduce((a, b) => a + b, 0)).toBe(BURST);
    const log = site.ls.requestLog();
    expect(log.filter((e) => e.status === 200).length).toBeGreaterThan(1);
  });
});
