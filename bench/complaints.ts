import { BearerToken } from '@pnp/queryable';
import { spfi, SPBrowser, type SPFI } from '@pnp/sp';
import { PERSONAS } from '../devserver/auth/personas';
import { startLocalSharePoint, type LocalSharePoint } from '../devserver/http/server';
import { addCalendarDays, brusselsDateOf } from '../src/domain/dates';
import { COMPLAINT_CHANNELS, COMPLAINT_OUTCOMES, type ComplaintStatus } from '../src/domain/complaints';
import { SPComplaintsRepository } from '../src/data/complaints/SPComplaintsRepository';
import { DIENSTEN } from '../src/data/groups';
import { provision } from '../src/data/provision';
import { toDateField } from '../src/data/registers/dateFields';
import { KLACHTEN } from '../src/data/schema';
import { seedPersonaMemberships } from '../src/data/seedMembers';

/** How many dossiers the benchmark puts in the register. */
export const BENCH_COMPLAINTS = 20000;

/**
 * `count` complaint items as the list stores them, received over the `years` before `now` (deterministic), most closed
 * with an outcome and a lead time, a few still being handled: what a register looks like after years of use.
 */
export function complaintRows(count: number, now: Date, years: number = 10): Record<string, unknown>[] {
  const today = brusselsDateOf(now);
  const span = years * 365;
  return Array.from({ length: count }, (_v, i) => {
    const n = i + 1;
    const receivedOn = addCalendarDays(today, -((n * 7919) % span));
    const open = (n * 31) % 100 < 3;
    const lead = 10 + ((n * 13) % 80);
    const closedOn = addCalendarDays(receivedOn, lead);
    const closed = !open && closedOn <= today;
    const status: ComplaintStatus = closed ? 'Afgesloten' : (['Ontvangen', 'In onderzoek', 'Terugkoppeling aan klager', 'Tuchtdossier'] as const)[n % 4];
    return {
      Title: `Klacht ${n}`,
      ClientId: `bench-${n}`,
      Reference: `ISLP-${100000 + n}`,
      ReceivedAt: toDateField(receivedOn),
      ReceivedMonth: receivedOn.slice(0, 7),
      Channel: COMPLAINT_CHANNELS[n % COMPLAINT_CHANNELS.length],
      Facts: 'Feiten (bench).',
      Dienst: DIENSTEN[n % DIENSTEN.length],
      Status: status,
      Outcome: closed ? COMPLAINT_OUTCOMES[n % COMPLAINT_OUTCOMES.length] : null,
      FeedbackDate: closed ? toDateField(addCalendarDays(receivedOn, Math.max(1, lead - 3))) : null,
      ClosedOn: closed ? toDateField(closedOn) : null,
      ClosedMonth: closed ? closedOn.slice(0, 7) : null,
      History: '[]',
    };
  });
}

/** PnPjs on the local SharePoint as a persona. */
async function spAs(ls: LocalSharePoint, login: string): Promise<SPFI> {
  return spfi(ls.siteUrl).using(SPBrowser({ baseUrl: ls.siteUrl }), BearerToken(await ls.signIn(login)));
}

/** Requests, failed requests (a refused query would show here) and milliseconds of one load. */
async function measure<T>(ls: LocalSharePoint, load: () => Promise<T>): Promise<{ requests: number; failed: number; ms: number; result: T }> {
  ls.clearRequestLog();
  const started = performance.now();
  const result = await load();
  const ms = Math.round(performance.now() - started);
  const log = ls.requestLog();
  return { requests: log.length, failed: log.filter((e) => e.status >= 400).length, ms, result };
}

/**
 * The complaints dashboard, register, monthly listing and annual figures with 20,000 dossiers in the list: requests and
 * milliseconds, and whether any query was refused for the list view threshold (every query filters an indexed date
 * or status first and stays under 5,000 items).
 */
export async function benchComplaints(): Promise<Record<string, number | string>> {
  const now = new Date();
  const ls = await startLocalSharePoint();
  try {
    const admin = await spAs(ls, PERSONAS.filter((p) => p.siteAdmin)[0].login);
    await provision(admin);
    await seedPersonaMemberships(admin, PERSONAS);
    const inserted = Date.now();
    ls.bulkInsertItemsForTests(KLACHTEN.title, complaintRows(BENCH_COMPLAINTS, now), 'griet.vandamme@pzcarma.be');
    const insertMs = Date.now() - inserted;
    const repo = new SPComplaintsRepository(await spAs(ls, 'griet.vandamme@pzcarma.be'), 'Griet Van Damme');
    const today = brusselsDateOf(now);
    const year = Number(today.slice(0, 4));
    const dashboard = await measure(ls, () => repo.loadDashboard(year));
    const register = await measure(ls, () => repo.loadRegister({ kind: 'open' }));
    const listing = await measure(ls, () => repo.openListing(today.slice(0, 7)));
    const figures = await measure(ls, () => repo.openFigures(year - 1));
    const f = dashboard.result.figures;
    return {
      dossiers: BENCH_COMPLAINTS,
      'bulk insert ms': insertMs,
      'dashboard requests': dashboard.requests,
      'dashboard refused requests': dashboard.failed,
      'dashboard ms': dashboard.ms,
      'dashboard dossiers received this year': f ? f.receivedByMonth.reduce((a, b) => a + b, 0) : 'n/a',
      'dashboard open dossiers': f ? f.openByStatus.reduce((a, b) => a + b.count, 0) : 'n/a',
      'register first page requests': register.requests,
      'register first page ms': register.ms,
      'monthly listing requests': listing.requests,
      'monthly listing refused requests': listing.failed,
      'monthly listing ms': listing.ms,
      'annual figures requests': figures.requests,
      'annual figures refused requests': figures.failed,
      'annual figures ms': figures.ms,
    };
  } finally {
    await ls.close();
  }
}
