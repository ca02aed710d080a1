import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { addCalendarDays, daysBetween, type BrusselsDate } from '../../domain/dates';
import { httpStatus } from '../errors';
import { odataDate, toDateField } from '../registers/dateFields';

/** The most items SharePoint returns per request (`$top`), and the list view threshold. */
export const MAX_PAGE = 5000;

/** A query for the items with a date column in `[from, to)` (Brussels days), on an indexed column. */
export interface DateRangeQuery {
  listTitle: string;
  /** An indexed date column. */
  field: string;
  from: BrusselsDate;
  /** Exclusive. */
  to: BrusselsDate;
  select: string[];
  expand: string[];
}

/** Whether SharePoint refused a query for passing the list view threshold. */
export function isThresholdError(error: unknown): boolean {
  return httpStatus(error) === 500 && /threshold|SPQueryThrottled/i.test(String((error as Error).message));
}

function rangeItems(sp: SPFI, q: DateRangeQuery) {
  return sp.web.lists
    .getByTitle(q.listTitle)
    .items.select(...q.select)
    .expand(...q.expand)
    .filter(`${q.field} ge ${odataDate(toDateField(q.from))} and ${q.field} lt ${odataDate(toDateField(q.to))}`)
    .top(MAX_PAGE);
}

/**
 * The items of a date range. The first request may be queued on a batched root (`first`). A range that passes the
 * list view threshold is refused by SharePoint; it is then split in halves on the unbatched root `sp`, so no query
 * ever covers more than 5,000 items, and a range within the threshold comes back whole in one page of 5,000.
 */
export function loadDateRange<T>(first: SPFI, sp: SPFI, q: DateRangeQuery): Promise<T[]> {
  return rangeItems(first, q)<T[]>().catch((error: unknown) => {
    const days = daysBetween(q.from, q.to);
    if (!isThresholdError(error) || days < 2) throw error;
    const middle = addCalendarDays(q.from, Math.floor(days / 2));
    return Promise.all([loadDateRange<T>(sp, sp, { ...q, to: middle }), loadDateRange<T>(sp, sp, { ...q, from: middle })]).then(([a, b]) => a.concat(b));
  });
}

/** Splits `[from, to)` into `parts` consecutive ranges of about equal length. */
export function partition(from: BrusselsDate, to: BrusselsDate, parts: number): { from: BrusselsDate; to: BrusselsDate }[] {
  const days = daysBetween(from, to);
  const out: { from: BrusselsDate; to: BrusselsDate }[] = [];
  for (let i = 0; i < parts; i++) {
    const a = addCalendarDays(from, Math.round((days * i) / parts));
    const b = i === parts - 1 ? to : addCalendarDays(from, Math.round((days * (i + 1)) / parts));
    if (a < b) out.push({ from: a, to: b });
  }
  return out;
}
