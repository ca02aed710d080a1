import type { KeyValueStore } from './outbox';

/** The object stored as JSON under `key`, if there is one: a refused storage, or an edited or unreadable value, reads as none. */
export function readStoredObject(store: KeyValueStore, key: string): { [field: string]: unknown } | undefined {
  try {
    const value: unknown = JSON.parse(store.getItem(key) || 'null');
    return value && typeof value === 'object' ? (value as { [field: string]: unknown }) : undefined;
  } catch {
    return undefined;
  }
}

/** Stores `value` as JSON under `key`; a full or refused storage keeps nothing (what reads it then finds none). */
export function writeStoredJson(store: KeyValueStore, key: string, value: unknown): void {
  try {
    store.setItem(key, JSON.stringify(value));
  } catch {
    // nothing kept: the next visit does without, as a first one does
  }
}
