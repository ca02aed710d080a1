import * as React from 'react';
import { useLog } from '../../app/contexts';

/** The state of a load: pending, done with data, or failed. */
export type AsyncState<T> =
  | { status: 'loading' }
  | { status: 'ready'; data: T }
  | { status: 'error'; error: unknown };

/**
 * Runs a load when its dependencies (named by the caller, as for useEffect) change; exposes its state and `reload`,
 * ignoring stale runs; a failed load goes to the app's log. Show the state with `AsyncContent` or `Status` (./Status).
 */
export function useAsync<T>(load: () => Promise<T>, deps: React.DependencyList): AsyncState<T> & { reload(): void } {
  const [state, setState] = React.useState<AsyncState<T>>({ status: 'loading' });
  const [version, setVersion] = React.useState(0);
  const log = useLog();
  React.useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    load().then(
      (data) => current && setState({ status: 'ready', data }),
      (error: unknown) => {
        log.log({ level: 'warning', source: 'load', message: 'a load failed; the view shows it with a retry', error });
        if (current) setState({ status: 'error', error });
      },
    );
    return () => {
      current = false;
    };
  }, [...deps, version]);
  const reload = React.useCallback(() => setVersion((v) => v + 1), []);
  return { ...state, reload };
}
