import * as React from 'react';

/** A part of the app in its own chunk: a component, and a way to load its code before it is first shown. */
export type LazyPart<P> = React.ComponentType<P> & {
  /** Loads the part's code (no request to SharePoint); once loaded, the part renders at once, without suspending. */
  preload(): Promise<void>;
  /** Whether the code is loaded. */
  loaded(): boolean;
  /** The loaded component, once loaded. */
  component(): React.ComponentType<P> | undefined;
};

/**
 * A part of the app whose code is its own chunk (webpack and esbuild split at `import()`), loaded the first time the
 * part is shown (with `fallback` meanwhile) or before, by `preload`. A part whose code is loaded renders in the same
 * commit as its parent, so the reads its effects start join the parent's round trip (src/data/oneRoundTrip.ts). A
 * failed load (the network) reaches the nearest error boundary; its retry loads the chunk again.
 */
export function lazyPart<P extends object = Record<string, never>>(
  load: () => Promise<React.ComponentType<P>>,
  fallback: React.ReactElement | null,
): LazyPart<P> {
  let component: React.ComponentType<P> | undefined;
  let loading: Promise<React.ComponentType<P>> | undefined;
  const loadOnce = (): Promise<React.ComponentType<P>> => {
    if (!loading) {
      loading = load().then(
        (loadedComponent) => (component = loadedComponent),
        (error: unknown) => {
          loading = undefined;
          Chunk = lazy();
          throw error;
        },
      );
    }
    return loading;
  };
  // (typed as the component it stands for: React 17's types do not pass generic props through React.lazy)
  const lazy = (): React.ComponentType<P> =>
    React.lazy(() => loadOnce().then((loadedComponent) => ({ default: loadedComponent }))) as unknown as React.ComponentType<P>;
  let Chunk = lazy();
  function LazyPart(props: P): React.ReactElement {
    if (component) {
      const Loaded = component;
      return <Loaded {...props} />;
    }
    return (
      <React.Suspense fallback={fallback}>
        <Chunk {...props} />
      </React.Suspense>
    );
  }
  return Object.assign(LazyPart, {
    preload: () => loadOnce().then(() => undefined),
    loaded: () => component !== undefined,
    component: () => component,
  });
}
