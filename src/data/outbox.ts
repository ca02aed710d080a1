import type { SPFI } from '@pnp/sp';
import { createOnce, type CreatedItem, type NewItem } from './createOnce';
import { isTransient } from './errors';
import type { KeyValueStore } from './storedJson';
import { StoredList } from './storedList';

/** A create waiting to reach SharePoint. */
export interface OutboxEntry {
  listTitle: string;
  item: NewItem;
  queuedAt: string;
  /** The folder the item is created in (it inherits the folder's permissions), if not the list's root. */
  folder?: string;
}

/** The result of a submit: created now, or kept in the outbox to be sent when SharePoint is reachable again. */
export type SubmitResult = { status: 'created'; item: CreatedItem } | { status: 'queued'; clientId: string };

/**
 * Submitted items that have not reached SharePoint yet, kept in the browser's storage so that nothing submitted is
 * lost when the network drops or the tab closes; every send goes through {@link createOnce}, so nothing is duplicated.
 */
export class Outbox {
  private readonly entries: StoredList<OutboxEntry>;

  public constructor(store: KeyValueStore, key: string = 'integriteit-carma.outbox') {
    this.entries = new StoredList(store, key);
  }

  /** The entries still waiting. */
  public pending(): OutboxEntry[] {
    return this.entries.read();
  }

  private put(entry: OutboxEntry): void {
    this.entries.write(this.pending().filter((e) => e.item.ClientId !== entry.item.ClientId).concat([entry]));
  }

  private drop(clientId: string): void {
    this.entries.write(this.pending().filter((e) => e.item.ClientId !== clientId));
  }

  /** Keeps the item first, then sends it; a transient failure leaves it queued, a refusal removes it and throws. */
  public async submit(sp: SPFI, listTitle: string, item: NewItem, now: Date = new Date(), folder?: string): Promise<SubmitResult> {
    this.put({ listTitle, item, queuedAt: now.toISOString(), ...(folder ? { folder } : {}) });
    try {
      const created = await createOnce(sp, listTitle, item, { folder });
      this.drop(item.ClientId);
      return { status: 'created', item: created };
    } catch (error) {
      if (isTransient(error)) return { status: 'queued', clientId: item.ClientId };
      this.drop(item.ClientId);
      throw error;
    }
  }

  /** Sends what is waiting (on start-up and when the browser is back online); returns what got through. */
  public async flush(sp: SPFI): Promise<CreatedItem[]> {
    const sent: CreatedItem[] = [];
    for (const entry of this.pending()) {
      try {
        sent.push(await createOnce(sp, entry.listTitle, entry.item, { folder: entry.folder }));
        this.drop(entry.item.ClientId);
      } catch (error) {
        if (!isTransient(error)) this.drop(entry.item.ClientId);
      }
    }
    return sent;
  }
}
