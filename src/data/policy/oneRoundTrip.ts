import type { SPFI } from '@pnp/sp';
import '@pnp/sp/batching';

/**
 * Runs the reads `build` queues on a batched root as one `$batch` round trip and returns what its promise yields.
 * `build` combines its parts (e.g. with `Promise.all`) so that a failed part rejects with SharePoint's own error
 * (its status intact for the UI) and no part is ever left unhandled.
 */
export async function inOneRoundTrip<T>(sp: SPFI, build: (batched: SPFI) => Promise<T>): Promise<T> {
  const [batched, execute] = sp.batched();
  const result = build(batched);
  const [value] = await Promise.all([result, execute()]);
  return value;
}
