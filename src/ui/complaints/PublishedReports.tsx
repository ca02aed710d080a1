import * as React from 'react';
import { Link } from '@fluentui/react-components';
import { useHost, useStrings } from '../../app/contexts';
import { useNavigation } from '../../app/navigation';
import { formatDateBE } from '../../domain/dates';
import { ErrorMessage, Loading } from '../common/Status';
import { useAsync } from '../common/useAsync';
import { useRegisterStyles } from '../registers/registers.styles';
import { complaintItems, monthLabel } from './routes';
import { useComplaintsRepository } from './useComplaints';

/** The monthly listings and annual figures Intern Toezicht published, for their recipients. */
export function PublishedReports(): React.ReactElement {
  const strings = useStrings();
  const r = strings.registers;
  const styles = useRegisterStyles();
  const locale = useHost().locale;
  const repo = useComplaintsRepository();
  const { navigate } = useNavigation();
  const state = useAsync(() => repo.loadPublished(), [repo]);
  const content = (): React.ReactNode => {
    if (state.status === 'loading') return <Loading />;
    if (state.status === 'error') return <ErrorMessage error={state.error} onRetry={state.reload} />;
    if (!state.data.reports.length) return <p className={styles.muted}>{r.complaints.publishedEmpty}</p>;
    return (
      <ul className={styles.list}>
        {state.data.reports.map((report) => {
          const listing = report.kind === 'Maandlijst';
          const item = listing ? complaintItems.listing(report.period) : complaintItems.figures(Number(report.period));
          const label = listing ? `${r.listing.title} ${monthLabel(report.period, locale)}` : `${r.figures.title} ${report.period}`;
          return (
            <li key={report.id}>
              <Link
                href="#"
                onClick={(ev) => {
                  ev.preventDefault();
                  navigate({ view: 'klachten', item });
                }}
              >
                {label}
              </Link>{' '}
              <span className={styles.muted}>({formatDateBE(report.publishedAt)})</span>
            </li>
          );
        })}
      </ul>
    );
  };
  return (
    <section className={styles.section} aria-label={r.complaints.publishedTitle}>
      <h3 className={styles.subheading}>{r.complaints.publishedTitle}</h3>
      <p className={styles.muted}>{r.common.recipients}</p>
      {content()}
    </section>
  );
}
