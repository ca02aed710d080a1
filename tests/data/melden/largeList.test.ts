import { SPMeldenRepository } from '../../../src/data/melden/SPMeldenRepository';
import { toDateField } from '../../../src/data/registers/dateFields';
import { addCalendarDays, brusselsDateOf } from '../../../src/domain/dates';
import { startSite, type TestSite } from '../registers/localSite';
import { JONAS } from '../registers/logins';
import { requestCount } from '../localSharePoint';

const NADIA = 'nadia.elamrani@pzcarma.be';
const COUNT = 20000;
const now = new Date();
const thisYear = Number(brusselsDateOf(now).slice(0, 4));

let site: TestSite;

beforeAll(async () => {
  site = await startSite();
  // 20,000 reports over 40 years, all handled and closed but the last 12, which wait for a receipt
  const rows = Array.from({ length: COUNT }, (_v, i) => {
    const receivedOn = addCalendarDays(`${thisYear - 40}-01-01`, Math.floor((i * 40 * 365) / COUNT));
    const open = i >= COUNT - 12;
    return {
      Title: `Melding ${i}`,
      ClientId: `bulk-${i}`,
      Category: 'Inbreuk op regels of procedures',
      Facts: 'Feiten.',
      Channel: 'Brief',
      FeedbackPreference: 'Geen terugkoppeling',
      ReceivedOn: toDateField(open ? brusselsDateOf(now) : receivedOn),
      ReceivedYear: (open ? brusselsDateOf(now) : receivedOn).slice(0, 4),
      Status: open ? 'Ontvangen' : 'Afgesloten',
      ReceiptConfirmedOn: open ? null : toDateField(addCalendarDays(receivedOn, 3)),
      FeedbackOn: open ? null : toDateField(addCalendarDays(receivedOn, 40)),
      ClosedOn: open ? null : toDateField(addCalendarDays(receivedOn, 45)),
      Outcome: open ? null : 'Ongegrond',
    };
  });
  site.ls.bulkInsertItemsForTests('Integriteitsmeldingen', rows, NADIA);
}, 180000);

afterAll(async () => {
  await site?.close();
});

describe('the reporting channel at 20,000 reports', () => {
  it('loads the contact’s home, a page further, a report and a year’s figures in one round trip each, no query refused', async () => {
    const nadia = new SPMeldenRepository(await site.as(NADIA));
    let home: Awaited<ReturnType<SPMeldenRepository['loadHome']>> | null = null;
    expect(await requestCount(site.ls, async () => (home = await nadia.loadHome()))).toEqual({ total: 1, refused: 0 });
    expect(home!.running).toHaveLength(12);
    expect(home!.register!.items).toHaveLength(25);
    let next: Awaited<ReturnType<SPMeldenRepository['loadPage']>> | null = null;
    expect(await requestCount(site.ls, async () => (next = await nadia.loadPage('register', home!.register!.nextAfter!)))).toEqual({ total: 1, refused: 0 });
    // the next 25, right after the first page
    expect(next!.items.map((r) => r.id)).toEqual(Array.from({ length: 25 }, (_v, i) => home!.register!.nextAfter! - 1 - i));
    expect(await requestCount(site.ls, () => nadia.loadReport(home!.register!.items[0].id))).toEqual({ total: 1, refused: 0 });
    let figures: Awaited<ReturnType<SPMeldenRepository['figures']>> | null = null;
    expect(await requestCount(site.ls, async () => (figures = await nadia.figures(thisYear - 20)))).toEqual({ total: 1, refused: 0 });
    expect(figures!.byStatus.total.value).toBe(500);
  });

  it('gives a member their own (none) without scanning past the threshold', async () => {
    const jonas = new SPMeldenRepository(await site.as(JONAS));
    let mine: unknown = null;
    expect(await requestCount(site.ls, async () => (mine = (await jonas.loadHome()).mine.items))).toEqual({ total: 1, refused: 0 });
    expect(mine).toEqual([]);
  });
});
