import * as React from 'react';
import type { ReportPage } from '../../data/melden/MeldenRepository';
import type { IntegrityReport } from '../../domain/melden';
import { useMelden } from './useMelden';

/** A list of reports that starts with the first page of the view's one read and loads the next pages on demand. */
export function usePagedReports(first: ReportPage, which: 'mine' | 'register') {
  const repo = useMelden();
  const [items, setItems] = React.useState<IntegrityReport[]>(first.items);
  const [nextAfter, setNextAfter] = React.useState<number | null>(first.nextAfter);
  const [loading, setLoading] = React.useState(false);
  const [error, setError] = React.useState<unknown>(null);
  const loadMore = React.useCallback(() => {
    if (nextAfter === null || loading) return;
    setLoading(true);
    setError(null);
    repo.loadPage(which, nextAfter).then(
      (page) => {
        setItems((current) => current.concat(page.items));
        setNextAfter(page.nextAfter);
        setLoading(false);
      },
      (e: unknown) => {
        setError(e);
        setLoading(false);
      },
    );
  }, [repo, which, nextAfter, loading]);
  return { items, loadMore: nextAfter === null ? undefined : loadMore, loading, error };
}
