import { readStoredJson, type KeyValueStore } from './storedJson';

/**
 * A list of entries kept as JSON under one key of the browser's storage (the outboxes): what is stored there and is
 * not such a list (edited by hand, written by an older version) reads as empty rather than failing.
 */
export class StoredList<T> {
  public constructor(
    private readonly store: KeyValueStore,
    private readonly key: string,
  ) {}

  /** The entries kept. */
  public read(): T[] {
    const stored = readStoredJson(this.store, this.key);
    return Array.isArray(stored) ? (stored as T[]) : [];
  }

  /** Keeps exactly these entries; none removes the key. */
  public write(entries: readonly T[]): void {
    if (entries.length) this.store.setItem(this.key, JSON.stringify(entries));
    else this.store.removeItem(this.key);
  }
}
