/** The members of `T` that return at once (no promise): a lazily loaded repository must give them without its chunk. */
export type SyncMembers<T> = { [K in keyof T]: T[K] extends (...args: never[]) => Promise<unknown> ? never : K }[keyof T];

/** A repository implementation that is its own chunk: its module, loaded once (again after a failed load). */
export interface RepositoryChunk<M> {
  (): Promise<M>;
}

/** `load` once: the module promise is kept, and forgotten when the load failed (the network) so the next use retries. */
export function repositoryChunk<M>(load: () => Promise<M>): RepositoryChunk<M> {
  let loading: Promise<M> | undefined;
  return () => {
    if (!loading) {
      const attempt = load();
      loading = attempt;
      attempt.catch(() => {
        if (loading === attempt) loading = undefined;
      });
    }
    return loading;
  };
}

/**
 * A repository whose implementation loads on first use: an object with `T`'s methods, each awaiting the module and
 * the instance `build` makes of it, then calling it. Every method of a repository returns a promise, so nothing
 * changes for the caller; a member that answers at once (see {@link SyncMembers}) must be given in `sync`, built
 * without the chunk (the type asks for exactly those). Once the chunk is in (the view's loader fetches it with the
 * view, src/app/viewRegistry.tsx), a call only waits a few microtasks: its reads still join the round trip of the tick.
 */
export function lazyRepository<T extends object, M>(
  chunk: RepositoryChunk<M>,
  build: (module: M) => T,
  ...sync: SyncMembers<T> extends never ? [] : [Pick<T, SyncMembers<T>>]
): T {
  let instance: T | undefined;
  const loaded = (): Promise<T> => (instance ? Promise.resolve(instance) : chunk().then((m) => (instance = instance || build(m))));
  const given = (sync[0] || {}) as Record<PropertyKey, unknown>;
  return new Proxy(given, {
    get(target, name) {
      if (name in target) return target[name];
      // not a promise itself, and no other property than the methods (symbols: inspection, React's dev checks)
      if (typeof name !== 'string' || name === 'then') return undefined;
      return (...args: unknown[]) =>
        loaded().then((repository) => {
          const method = (repository as Record<string, unknown>)[name];
          if (typeof method !== 'function') throw new TypeError(`the repository has no method ${name}`);
          return (method as (...a: unknown[]) => unknown).apply(repository, args);
        });
    },
  }) as T;
}
