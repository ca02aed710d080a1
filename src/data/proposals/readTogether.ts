import type { SPFI } from '@pnp/sp';
import '@pnp/sp/batching';
import { settle } from '../provisioning/batch';

/**
 * Sends the reads `build` makes on a batched root in one `$batch` round trip and returns their values in order; the
 * first failed read is thrown (after every part settled, so none is left unhandled).
 */
export async function readTogether<T extends unknown[]>(sp: SPFI, build: (batched: SPFI) => { [K in keyof T]: Promise<T[K]> }): Promise<T> {
  const [batched, execute] = sp.batched();
  const parts = (build(batched) as Promise<unknown>[]).map((p) => settle(p));
  await execute();
  const outcomes = await Promise.all(parts);
  return outcomes.map((o) => {
    if (!o.ok) throw o.error;
    return o.value;
  }) as T;
}
