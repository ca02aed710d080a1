import type { IItems } from '@pnp/sp/items';
import type { RegisterPage } from './RegistersRepository';

/** Items per page of a register or the complaints register. */
export const PAGE_SIZE = 25;

/**
 * A page of items newest first: ordered on the always-indexed ID and continued with `ID lt <last>`, so no page ever
 * scans past the list view threshold. One extra item is read to know whether a next page exists.
 */
export function newestFirst(items: IItems, after: number | null, size: number = PAGE_SIZE, filter?: string): IItems {
  const conditions = [filter, after !== null ? `ID lt ${after}` : undefined].filter((c): c is string => !!c);
  const query = items.orderBy('ID', false).top(size + 1);
  return conditions.length ? query.filter(conditions.join(' and ')) : query;
}

/** The page of mapped items and where the next one starts. */
export function toPage<J extends { Id: number }, T>(rows: J[], map: (row: J) => T, size: number = PAGE_SIZE): RegisterPage<T> {
  const shown = rows.slice(0, size);
  return { items: shown.map(map), nextAfter: rows.length > size ? shown[shown.length - 1].Id : null };
}
