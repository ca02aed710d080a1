import type { SPFI } from '@pnp/sp';
import '@pnp/sp/batching';

/**
 * The most requests one `$batch` carries: SharePoint Online takes up to 100 per batch; PnPjs's default (20) would
 * split a view's first paint (its reads, the user's groups, the bell's) into several round trips.
 */
export const MAX_BATCH_REQUESTS = 100;

/** The batch that gathers the reads started on one PnPjs root during the current tick. */
interface OpenBatch {
  batched: SPFI;
  /** Settles once the batch went out and every part came back. */
  sent: Promise<void>;
}

const openBatches = new WeakMap<SPFI, OpenBatch>();

/** The batch on `sp` that is still gathering reads, or a new one that goes out when the current tick's work is done. */
function openBatch(sp: SPFI): OpenBatch {
  const open = openBatches.get(sp);
  if (open) return open;
  const [batched, execute] = sp.batched({ maxRequests: MAX_BATCH_REQUESTS });
  let release: () => void = () => undefined;
  const closed = new Promise<void>((resolve) => {
    release = resolve;
  });
  // a macrotask: the reads that components, the bell and the repositories start while React commits a render (and
  // their promise continuations) all join before it goes out
  setTimeout(() => {
    openBatches.delete(sp);
    release();
  }, 0);
  const batch: OpenBatch = { batched, sent: closed.then(() => execute()) };
  openBatches.set(sp, batch);
  return batch;
}

/**
 * Runs the reads `build` queues on a batched root in one `$batch` round trip and returns what its promise yields.
 * Every read started on the same root in the same tick (a view's, the user's groups, the notification bell's) shares
 * that round trip. `build` must queue its reads at once (not after an await: a read queued after the batch went out
 * would never be sent) and combine them, e.g. with `Promise.all`, so a failed part rejects with SharePoint's own error
 * (its status intact for the UI) and no part is left unhandled. PnPjs's behaviors (retry on 429, caching, the ETag
 * headers) apply to the batch and to its parts as to single requests.
 */
export async function inOneRoundTrip<T>(sp: SPFI, build: (batched: SPFI) => Promise<T>): Promise<T> {
  const [batched, sent] = sharedRoundTrip(sp);
  const result = build(batched);
  const [value] = await Promise.all([result, sent()]);
  return value;
}

/**
 * The batched root of the current tick's round trip on `sp` and a function that waits until it went out and came
 * back: for a read that queues its parts one by one (`const [b, sent] = sharedRoundTrip(sp); …; await sent();`), under
 * the same rule as {@link inOneRoundTrip} (queue everything before the first await).
 */
export function sharedRoundTrip(sp: SPFI): [SPFI, () => Promise<void>] {
  const { batched, sent } = openBatch(sp);
  return [batched, () => sent];
}
