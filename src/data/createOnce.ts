import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { httpStatus, isTransient } from './errors';
import { addInFolder, FormValuesRefusedError } from './folders';

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

/** Where an item is created: the list's root, or one of its folders (whose permissions it then inherits). */
export interface CreateOptions {
  /** The folder (its name under the list's root); the item inherits its permissions from the first moment. */
  folder?: string;
  attempts?: number;
}

async function findByClientId(sp: SPFI, listTitle: string, clientId: string): Promise<CreatedItem | undefined> {
  // a writer who may add but not read (a notification for a colleague) cannot look: a duplicate then tells it was stored
  const found: CreatedItem[] = await sp.web.lists
    .getByTitle(listTitle)
    .items.filter(`ClientId eq '${clientId.replace(/'/g, "''")}'`)
    .top(1)()
    .catch(() => []);
  return found[0];
}

/** Whether a refused create says the unique `ClientId` is already there. */
function isDuplicate(error: unknown): boolean {
  if (error instanceof FormValuesRefusedError) return error.duplicate;
  return httpStatus(error) === 409 || /duplicate|unique/i.test(String((error as Error).message));
}

/**
 * Creates an item exactly once. PnPjs already retries throttling and network errors; when a POST still fails in a
 * way that may have reached SharePoint (network, 429, 5xx) or is refused as a duplicate of the unique `ClientId`,
 * the item is looked up by its client id before anything is sent again, so a retry never makes a second item.
 */
export async function createOnce(sp: SPFI, listTitle: string, item: NewItem, options: CreateOptions = {}): Promise<CreatedItem> {
  const attempts = options.attempts || CREATE_ATTEMPTS;
  const folder = options.folder;
  let lastError: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    if (attempt > 1) {
      const existing = await findByClientId(sp, listTitle, item.ClientId);
      if (existing) return existing;
    }
    try {
      if (folder) return await addInFolder(sp, listTitle, folder, item);
      return (await sp.web.lists.getByTitle(listTitle).items.add(item)) as CreatedItem;
    } catch (error) {
      lastError = error;
      if (folder && isDuplicate(error)) {
        const existing = await findByClientId(sp, listTitle, item.ClientId);
        // stored before; the writer may not be allowed to read it back (id 0: unknown to the writer)
        return existing || { ...item, Id: 0 };
      }
      if (!isDuplicate(error) && !isTransient(error)) throw error;
    }
  }
  const existing = await findByClientId(sp, listTitle, item.ClientId);
  if (existing) return existing;
  throw lastError;
}
