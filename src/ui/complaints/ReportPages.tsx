import * as React from 'react';
import { Button, Select } from '@fluentui/react-components';
import { useHost, useStrings } from '../../app/contexts';
import { useNavigation } from '../../app/navigation';
import { brusselsDateOf, formatDateBE } from '../../domain/dates';
import type { ReportPage } from '../../data/complaints/ComplaintsRepository';
import { format } from '../../loc';
import { ErrorMessage, Loading } from '../common/Status';
import { useAsync } from '../common/useAsync';
import { Notice, SaveError } from '../registers/feedback';
import { RegisterPage } from '../registers/RegisterPage';
import { useRegisterStyles } from '../registers/registers.styles';
import { useSave } from '../registers/useSave';
import { figuresDocument, listingDocument, type ReportDocument } from './reportDocuments';
import { ReportView } from './ReportView';
import { complaintItems, monthLabel, recentMonths } from './routes';
import { useComplaintsRepository } from './useComplaints';

/** Props of {@link ReportScreen}. */
interface ReportScreenProps<T> {
  heading: string;
  periodLabel: string;
  period: string;
  periods: { value: string; label: string }[];
  onPeriod(value: string): void;
  load(): Promise<ReportPage<T>>;
  deps: React.DependencyList;
  toDoc(report: T): ReportDocument;
  publish(report: T): Promise<void>;
  fileName: string;
}

/**
 * A report page: the korpsleiding and Intern Toezicht see it computed from the register and publish it; the
 * recipients (diensthoofden, directiecomité, politiecollege) read the published version.
 */
function ReportScreen<T>(props: ReportScreenProps<T>): React.ReactElement {
  const strings = useStrings();
  const common = strings.registers.common;
  const styles = useRegisterStyles();
  const state = useAsync(props.load, props.deps);
  const [published, publish] = useSave(props.publish);

  const body = (): React.ReactNode => {
    if (state.status === 'loading') return <Loading />;
    if (state.status === 'error') return <ErrorMessage error={state.error} onRetry={state.reload} />;
    const { computed } = state.data;
    const shown = computed || (state.data.published && state.data.published.content);
    const when = published.status === 'done' ? new Date().toISOString() : state.data.published && state.data.published.publishedAt;
    return (
      <>
        <p className={styles.muted}>{when ? format(common.publishedOn, { date: formatDateBE(when) }) : common.notPublished}</p>
        {published.status === 'error' && <SaveError error={published.error} />}
        {shown ? (
          <ReportView
            doc={props.toDoc(shown)}
            fileName={props.fileName}
            actions={
              computed && (
                <Button appearance="primary" disabled={published.status === 'saving'} onClick={() => void publish(computed)}>
                  {published.status === 'saving' ? common.publishing : common.publish}
                </Button>
              )
            }
          />
        ) : (
          <Notice intent="info">{common.notPublished}</Notice>
        )}
      </>
    );
  };

  return (
    <RegisterPage heading={props.heading} back={{ view: 'klachten' }}>
      <div className={styles.actions}>
        <Select aria-label={props.periodLabel} value={props.period} onChange={(_ev, data) => props.onPeriod(data.value)}>
          {props.periods.map((p) => (
            <option key={p.value} value={p.value}>
              {p.label}
            </option>
          ))}
        </Select>
      </div>
      {body()}
    </RegisterPage>
  );
}

/** Props of {@link MonthlyListingPage}. */
export interface MonthlyListingPageProps {
  month: string | null;
}

/** The monthly listing of Intern Toezicht's activities, without personal data, printable and exportable. */
export function MonthlyListingPage(props: MonthlyListingPageProps): React.ReactElement {
  const strings = useStrings();
  const locale = useHost().locale;
  const repo = useComplaintsRepository();
  const { navigate } = useNavigation();
  const months = recentMonths(brusselsDateOf(new Date()), 24);
  const month = props.month || months[0];
  const name = monthLabel(month, locale);
  return (
    <ReportScreen
      heading={format(strings.registers.listing.heading, { month: name })}
      periodLabel={strings.registers.listing.month}
      period={month}
      periods={months.map((m) => ({ value: m, label: monthLabel(m, locale) }))}
      onPeriod={(m) => navigate({ view: 'klachten', item: complaintItems.listing(m) })}
      load={() => repo.openListing(month)}
      deps={[repo, month]}
      toDoc={(listing) => listingDocument(listing, strings, name)}
      publish={(listing) => repo.publishMonthlyListing(listing)}
      fileName={`maandlijst-intern-toezicht-${month}`}
    />
  );
}

/** Props of {@link AnnualFiguresPage}. */
export interface AnnualFiguresPageProps {
  year: number | null;
}

/** The annual anonymous complaint figures for the annual report, small counts suppressed. */
export function AnnualFiguresPage(props: AnnualFiguresPageProps): React.ReactElement {
  const strings = useStrings();
  const repo = useComplaintsRepository();
  const { navigate } = useNavigation();
  const thisYear = Number(brusselsDateOf(new Date()).slice(0, 4));
  const year = props.year || thisYear - 1;
  const years = [0, 1, 2, 3, 4, 5].map((n) => thisYear - n);
  return (
    <ReportScreen
      heading={format(strings.registers.figures.heading, { year })}
      periodLabel={strings.registers.complaints.year}
      period={String(year)}
      periods={years.map((y) => ({ value: String(y), label: String(y) }))}
      onPeriod={(y) => navigate({ view: 'klachten', item: complaintItems.figures(Number(y)) })}
      load={() => repo.openFigures(year)}
      deps={[repo, year]}
      toDoc={(figures) => figuresDocument(figures, strings)}
      publish={(figures) => repo.publishAnnualFigures(figures)}
      fileName={`jaarcijfers-klachtenbeheer-${year}`}
    />
  );
}
