import * as React from 'react';
import { Badge, Body1, Button, Caption1 } from '@fluentui/react-components';
import { useLog, useStrings } from '../../app/contexts';
import type { ReportPage as Page, ReportSummary } from '../../data/verslagen/types';
import { formatDateBE } from '../../domain/dates';
import { format } from '../../loc';
import { RouteLink } from '../common/RouteLink';
import { ErrorMessage } from '../common/Status';
import { reportTitle } from './labels';
import { usePublishedListStyles } from './PublishedList.styles';
import { verslagenRoutes } from './routes';

/** Props of {@link PublishedList}. */
export interface PublishedListProps {
  page: Page;
}

/** The published reports and newsletters, newest meeting first, a page at a time. */
export function PublishedList(props: PublishedListProps): React.ReactElement {
  const strings = useStrings();
  const v = strings.verslagen;
  const styles = usePublishedListStyles();
  const log = useLog();
  const [items, setItems] = React.useState<ReportSummary[]>(props.page.items);
  const [next, setNext] = React.useState(() => props.page.next);
  const [busy, setBusy] = React.useState(false);
  const [error, setError] = React.useState<unknown>(null);
  React.useEffect(() => {
    setItems(props.page.items);
    setNext(() => props.page.next);
  }, [props.page]);
  const more = async (): Promise<void> => {
    if (!next) return;
    setBusy(true);
    setError(null);
    try {
      const page = await next();
      setItems((shown) => shown.concat(page.items));
      setNext(() => page.next);
    } catch (e) {
      log.log({ level: 'warning', source: 'load', message: 'the next page of reports failed', error: e });
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  if (items.length === 0) return <Body1>{v.noReports}</Body1>;
  return (
    <>
      <ul className={styles.list}>
        {items.map((r) => (
          <li key={r.id} className={styles.row}>
            <RouteLink route={verslagenRoutes.report(r.id)}>{reportTitle(strings, r.kind, r.meetingDate)}</RouteLink>
            <Badge appearance="tint" color={r.kind === 'nieuwsbrief' ? 'brand' : 'informative'}>
              {v.kinds[r.kind]}
            </Badge>
            {!r.counts && (
              <Badge appearance="filled" color="danger">
                {v.notCounted}
              </Badge>
            )}
            <Caption1>{format(v.publishedBy, { date: formatDateBE(r.publishedAt), name: r.publishedBy.name })}</Caption1>
          </li>
        ))}
      </ul>
      {error !== null && <ErrorMessage error={error} onRetry={() => void more()} />}
      {next && (
        <Button className={styles.more} disabled={busy} onClick={() => void more()}>
          {v.loadMore}
        </Button>
      )}
    </>
  );
}
