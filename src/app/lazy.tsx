import * as React from 'react';

/**
 * A part of the app whose code is its own chunk (webpack and esbuild split at `import()`), loaded the first time the
 * part is shown, with `fallback` meanwhile. A failed load (the network) reaches the nearest error boundary; its retry
 * loads the chunk again.
 */
export function lazyPart(load: () => Promise<React.ComponentType>, fallback: React.ReactElement | null): React.ComponentType {
  const lazy = (): React.LazyExoticComponent<React.ComponentType> =>
    React.lazy(() =>
      load().then(
        (component) => ({ default: component }),
        (error: unknown) => {
          Chunk = lazy();
          throw error;
        },
      ),
    );
  let Chunk = lazy();
  return function LazyPart(): React.ReactElement {
    return (
      <React.Suspense fallback={fallback}>
        <Chunk />
      </React.Suspense>
    );
  };
}
