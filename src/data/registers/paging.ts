import type { IItems } from '@pnp/sp/items';
import type { RegisterPage } from './RegistersRepository';

/** Items per page of a register or the complaints register. */
export const PAGE_SIZE = 25;

/**
 * A page of items newest first: ordered on the always-indexed ID and continued after the last one, so no page ever
 * scans past the list view threshold: with a filter (which must narrow first) by `ID lt <last>`, without one by
 * SharePoint's own paging token (`$skiptoken=Paged=TRUE&p_ID=<last>`), since `ID lt <last>` alone would match more than
 * the threshold on a large list. One extra item is read to know whether a next page exists.
 */
export function newestFirst(items: IItems, after: number | null, size: number = PAGE_SIZE, filter?: string): IItems {
  const query = items.orderBy('ID', false).top(size + 1);
  if (!filter) return after !== null ? query.skip(after) : query;
  return query.filter(after !== null ? `${filter} and ID lt ${after}` : filter);
}

/** The page of mapped items and where the next one starts. */
export function toPage<J extends { Id: number }, T>(rows: J[], map: (row: J) => T, size: number = PAGE_SIZE): RegisterPage<T> {
  const shown = rows.slice(0, size);
  return { items: shown.map(map), nextAfter: rows.length > size ? shown[shown.length - 1].Id : null };
}
