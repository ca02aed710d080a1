import { Outbox } from '../outbox';
import type { KeyValueStore } from '../storedJson';

/** Where submitted proposals wait in the browser until SharePoint has them. */
const SUBMITS_KEY = 'integriteit-carma.voorstellen.outbox';

/** The outbox of submitted proposals not yet in SharePoint, in `store`. */
export function proposalSubmits(store: KeyValueStore): Outbox {
  return new Outbox(store, SUBMITS_KEY);
}

/** The proposals in `submits` that wait to be sent (read at once from the store: no request, no chunk to load). */
export function pendingSubmits(submits: Outbox): { clientId: string; title: string; queuedAt: string }[] {
  return submits.pending().map((e) => ({ clientId: e.item.ClientId, title: String(e.item.Title || ''), queuedAt: e.queuedAt }));
}
