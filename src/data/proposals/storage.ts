import type { KeyValueStore } from '../storedJson';

/** A store that lives as long as the page (or the Node process): for seeding, tests, and browsers that refuse storage. */
export function memoryStore(): KeyValueStore {
  const values: { [key: string]: string } = {};
  return {
    getItem: (key) => (Object.prototype.hasOwnProperty.call(values, key) ? values[key] : null),
    setItem: (key, value) => {
      values[key] = value;
    },
    removeItem: (key) => {
      delete values[key];
    },
  };
}

/** The browser's localStorage, so drafts and unsent submits survive a closed tab; memory where storage is refused. */
export function browserStore(): KeyValueStore {
  try {
    const storage = window.localStorage;
    const probe = 'integriteit-carma.probe';
    storage.setItem(probe, probe);
    storage.removeItem(probe);
    return storage;
  } catch {
    return memoryStore();
  }
}
