import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { httpStatus } from '../errors';

/** The most items SharePoint returns per request (`$top`), and the list view threshold. */
export const MAX_PAGE = 5000;

/** A query for the items whose month column (`yyyy-mm`, indexed) is one of the given months. */
export interface MonthQuery {
  listTitle: string;
  /** An indexed text column holding `yyyy-mm`. */
  field: string;
  months: string[];
  select: string[];
  expand: string[];
}

/** Whether SharePoint refused a query for passing the list view threshold. */
export function isThresholdError(error: unknown): boolean {
  return httpStatus(error) === 500 && /threshold|SPQueryThrottled/i.test(String((error as Error).message));
}

/** The `yyyy-mm` months from `from` to `to`, both included. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  while (`${year}-${month < 10 ? '0' : ''}${month}` <= to) {
    months.push(`${year}-${month < 10 ? '0' : ''}${month}`);
    month += 1;
    if (month === 13) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

/** The months of a year. */
export const monthsOf = (year: number): string[] => monthsBetween(`${year}-01`, `${year}-12`);

function monthItems(sp: SPFI, q: MonthQuery) {
  // one group of `eq` on the indexed month: SharePoint narrows the query to exactly these months' items
  const filter = `(${q.months.map((m) => `${q.field} eq '${m}'`).join(' or ')})`;
  return sp.web.lists.getByTitle(q.listTitle).items.select(...q.select).expand(...q.expand).filter(filter).top(MAX_PAGE);
}

/**
 * The items of some months. The first request may be queued on a batched root (`first`). When those months hold more
 * items than the list view threshold allows, SharePoint refuses the query; the months are then split in halves on the
 * unbatched root `sp`, down to single months, so no query ever covers more than 5,000 items, and every query within
 * the threshold comes back whole in one page.
 */
export function loadMonths<T>(first: SPFI, sp: SPFI, q: MonthQuery): Promise<T[]> {
  if (!q.months.length) return Promise.resolve([]);
  return monthItems(first, q)<T[]>().catch((error: unknown) => {
    if (!isThresholdError(error) || q.months.length < 2) throw error;
    const middle = Math.ceil(q.months.length / 2);
    return Promise.all([
      loadMonths<T>(sp, sp, { ...q, months: q.months.slice(0, middle) }),
      loadMonths<T>(sp, sp, { ...q, months: q.months.slice(middle) }),
    ]).then(([a, b]) => a.concat(b));
  });
}
