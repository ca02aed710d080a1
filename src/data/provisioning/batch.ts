import type { SPFI } from '@pnp/sp';
import '@pnp/sp/batching';

/** The outcome of one request of a batch. */
export type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

/** Captures a promise's outcome at once, so a failed batch part is never an unhandled rejection. */
export function settle<T>(promise: Promise<T>): Promise<Settled<T>> {
  return promise.then(
    (value): Settled<T> => ({ ok: true, value }),
    (error: unknown): Settled<T> => ({ ok: false, error }),
  );
}

/** True for SharePoint's 404 (list, field or item does not exist). */
export function isNotFound(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { status?: number }).status === 404;
}

/**
 * Sends the requests `build` makes on a batched root as `$batch` calls (PnPjs splits them by 20; SharePoint runs the
 * parts in order) and returns their outcomes in order.
 */
export async function batch<T>(sp: SPFI, build: (batched: SPFI) => Promise<T>[]): Promise<Settled<T>[]> {
  const [batched, execute] = sp.batched();
  const pending = build(batched).map((p) => settle(p));
  await execute();
  return Promise.all(pending);
}

/** Like {@link batch}, for writes: every part must succeed; the first failure is thrown with what it was. */
export async function batchAll<T>(sp: SPFI, build: (batched: SPFI) => { what: string; run: Promise<T> }[]): Promise<T[]> {
  const [batched, execute] = sp.batched();
  const parts = build(batched).map((part) => ({ what: part.what, outcome: settle(part.run) }));
  await execute();
  const results: T[] = [];
  for (const part of parts) {
    const outcome = await part.outcome;
    if (!outcome.ok) throw new Error(`${part.what}: ${outcome.error instanceof Error ? outcome.error.message : String(outcome.error)}`);
    results.push(outcome.value);
  }
  return results;
}
