import * as React from 'react';
import { classifyError } from '../../data/errors';

/** The state of a save: nothing yet, busy, done with its result, or failed. */
export type SaveState<R> = { status: 'idle' } | { status: 'saving' } | { status: 'done'; result: R } | { status: 'error'; error: unknown };

/** Runs a save once at a time and keeps its outcome for the form to show. */
export function useSave<A extends unknown[], R>(save: (...args: A) => Promise<R>): [SaveState<R>, (...args: A) => Promise<R | undefined>, () => void] {
  const [state, setState] = React.useState<SaveState<R>>({ status: 'idle' });
  const busy = React.useRef(false);
  const run = React.useCallback(
    async (...args: A): Promise<R | undefined> => {
      if (busy.current) return undefined;
      busy.current = true;
      setState({ status: 'saving' });
      try {
        const result = await save(...args);
        setState({ status: 'done', result });
        return result;
      } catch (error) {
        setState({ status: 'error', error });
        return undefined;
      } finally {
        busy.current = false;
      }
    },
    [save],
  );
  const reset = React.useCallback(() => setState({ status: 'idle' }), []);
  return [state, run, reset];
}

/** After a save refused because someone else changed the item (412), reloads the fresh state; the message stays. */
export function useReloadOnConflict(state: SaveState<unknown>, reload: () => void): void {
  React.useEffect(() => {
    if (state.status === 'error' && classifyError(state.error) === 'conflict') reload();
  }, [state]);
}
