import * as React from 'react';
import type { RegisterPage } from '../../data/registers/RegistersRepository';

/** The items shown so far and a way to load the next page. */
export interface Paged<T> {
  items: T[];
  hasMore: boolean;
  loading: boolean;
  error: unknown;
  loadMore(): void;
}

/** Pages through a register: starts from the first page of the view's load, appends the next pages on demand. */
export function usePaged<T>(first: RegisterPage<T> | null, next: (after: number) => Promise<RegisterPage<T>>): Paged<T> {
  const [pages, setPages] = React.useState<{ items: T[]; after: number | null }>({ items: first ? first.items : [], after: first ? first.nextAfter : null });
  const [loading, setLoading] = React.useState(false);
  const [error, setError] = React.useState<unknown>(null);
  React.useEffect(() => setPages({ items: first ? first.items : [], after: first ? first.nextAfter : null }), [first]);
  const loadMore = React.useCallback(() => {
    if (pages.after === null) return;
    setLoading(true);
    setError(null);
    next(pages.after).then(
      (page) => {
        setPages((p) => ({ items: p.items.concat(page.items), after: page.nextAfter }));
        setLoading(false);
      },
      (e: unknown) => {
        setError(e);
        setLoading(false);
      },
    );
  }, [pages.after, next]);
  return { items: pages.items, hasMore: pages.after !== null, loading, error, loadMore };
}
