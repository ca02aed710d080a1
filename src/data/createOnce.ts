import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { httpStatus, isTransient } from './errors';

/** The fields of a new item; must carry its client-generated `ClientId`. */
export type NewItem = Record<string, unknown> & { ClientId: string };

/** An item as SharePoint returns it after creation (at least its id and ETag). */
export interface CreatedItem {
  Id: number;
  'odata.etag'?: string;
  [field: string]: unknown;
}

/** How often a create is tried before the caller's outbox keeps it for later. */
export const CREATE_ATTEMPTS = 3;

async function findByClientId(sp: SPFI, listTitle: string, clientId: string): Promise<CreatedItem | undefined> {
  const found: CreatedItem[] = await sp.web.lists
    .getByTitle(listTitle)
    .items.filter(`ClientId eq '${clientId.replace(/'/g, "''")}'`)
    .top(1)();
  return found[0];
}

/**
 * Creates an item exactly once. PnPjs already retries throttling and network errors; when a POST still fails in a
 * way that may have reached SharePoint (network, 429, 5xx) or is refused as a duplicate of the unique `ClientId`,
 * the item is looked up by its client id before anything is sent again, so a retry never makes a second item.
 */
export async function createOnce(sp: SPFI, listTitle: string, item: NewItem, attempts: number = CREATE_ATTEMPTS): Promise<CreatedItem> {
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    if (attempt > 1) {
      const existing = await findByClientId(sp, listTitle, item.ClientId);
      if (existing) return existing;
    }
    try {
      return (await sp.web.lists.getByTitle(listTitle).items.add(item)) as CreatedItem;
    } catch (error) {
      lastError = error;
      const duplicate = httpStatus(error) === 409 || /duplicate|unique/i.test(String((error as Error).message));
      if (!duplicate && !isTransient(error)) throw error;
    }
  }
  const existing = await findByClientId(sp, listTitle, item.ClientId).catch(() => undefined);
  if (existing) return existing;
  throw lastError;
}
