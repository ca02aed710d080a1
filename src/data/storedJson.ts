/** The part of `Storage` (localStorage) the app's stores need; tests pass an in-memory one. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** The value stored as JSON under `key`: a refused storage, or an edited or unreadable value, reads as undefined. */
export function readStoredJson(store: KeyValueStore, key: string): unknown {
  try {
    const text = store.getItem(key);
    return text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    return undefined;
  }
}

/** The object stored as JSON under `key`, if there is one (see {@link readStoredJson}). */
export function readStoredObject(store: KeyValueStore, key: string): { [field: string]: unknown } | undefined {
  const value = readStoredJson(store, key);
  return value && typeof value === 'object' ? (value as { [field: string]: unknown }) : undefined;
}

/** Stores `value` as JSON under `key`; a full or refused storage keeps nothing (what reads it then finds none). */
export function writeStoredJson(store: KeyValueStore, key: string, value: unknown): void {
  try {
    store.setItem(key, JSON.stringify(value));
  } catch {
    // nothing kept: the next visit does without, as a first one does
  }
}
