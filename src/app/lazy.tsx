import * as React from 'react';

/**
 * A part of the app whose code is its own chunk (webpack and esbuild split at `import()`), loaded the first time the
 * part is shown, with `fallback` meanwhile. A failed load (the network) reaches the nearest error boundary; its retry
 * loads the chunk again.
 */
export function lazyPart<P extends object = Record<string, never>>(
  load: () => Promise<React.ComponentType<P>>,
  fallback: React.ReactElement | null,
): React.ComponentType<P> {
  // (typed as the component it stands for: React 17's types do not pass generic props through React.lazy)
  const lazy = (): React.ComponentType<P> =>
    React.lazy(() =>
      load().then(
        (component) => ({ default: component }),
        (error: unknown) => {
          Chunk = lazy();
          throw error;
        },
      ),
    ) as unknown as React.ComponentType<P>;
  let Chunk = lazy();
  return function LazyPart(props: P): React.ReactElement {
    return (
      <React.Suspense fallback={fallback}>
        <Chunk {...props} />
      </React.Suspense>
    );
  };
}
