import * as React from 'react';
import { useHost, useStrings } from '../../app/contexts';
import { brusselsDateOf } from '../../domain/dates';
import { mayUseView } from '../../domain/viewAccess';
import { NO_DIENST_LABEL, OPEN_OUTCOME_LABEL, type ComplaintOutcome, type ProtectedBreakdown } from '../../domain/complaints';
import type { DashboardFigures } from '../../data/complaints/dashboardFigures';
import { format } from '../../loc';
import { ErrorMessage, Loading } from '../common/Status';
import { useAsync } from '../common/useAsync';
import { PublishedReports } from '../complaints/PublishedReports';
import { useComplaintsRepository } from '../complaints/useComplaints';
import { Notice } from '../registers/feedback';
import { RegisterPage } from '../registers/RegisterPage';
import { useRegisterStyles } from '../registers/registers.styles';
import { YearSelect } from '../registers/YearSelect';
import { DashboardClocks } from '../resistance/DashboardClocks';
import { isIn } from '../../domain/membership';
import { BarChart } from './BarChart';
import { useDashboardStyles } from './DashboardView.styles';

/** The counts of a breakdown (the internal dashboard hides nothing, so every cell has its value). */
const counts = (b: ProtectedBreakdown): number[] => b.items.map((i) => i.cell.value || 0);

/** The dashboard of complaints and their handling, fed automatically from the register (korpsleiding, Intern Toezicht). */
export function DashboardView(): React.ReactElement {
  const strings = useStrings();
  const d = strings.registers.dashboard;
  const c = strings.registers.complaints;
  const styles = useRegisterStyles();
  const dash = useDashboardStyles();
  const locale = useHost().locale;
  const repo = useComplaintsRepository();
  const thisYear = Number(brusselsDateOf(new Date()).slice(0, 4));
  const [year, setYear] = React.useState(thisYear);
  const state = useAsync(() => repo.loadDashboard(year), [repo, year]);
  const months = React.useMemo(
    () => [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map((m) => new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, m, 15)))),
    [locale],
  );

  const charts = (f: DashboardFigures): React.ReactNode => {
    const received = f.receivedByMonth.reduce((a, b) => a + b, 0);
    const closed = f.closedByMonth.reduce((a, b) => a + b, 0);
    const open = f.openByStatus.reduce((a, b) => a + b.count, 0);
    const peak = f.receivedByMonth.indexOf(Math.max(...f.receivedByMonth));
    const summary = (title: string, labels: string[], values: number[]): string =>
      format(d.chartSummary, { title, items: labels.map((l, i) => `${l} ${values[i]}`).join(', ') || d.notAvailable });
    const breakdown = (title: string, label: string, b: ProtectedBreakdown, name: (l: string) => string) => {
      const labels = b.items.map((i) => name(i.label));
      const values = counts(b);
      return <BarChart title={title} categoryLabel={label} orientation="bars" categories={labels} series={[{ name: d.count, values }]} summary={summary(title, labels, values)} />;
    };
    const tiles: [string, string][] = [
      [d.received, String(received)],
      [d.closed, String(closed)],
      [d.open, String(open)],
      [d.medianLead, f.annual.leadTime.medianDays === null ? d.notAvailable : String(f.annual.leadTime.medianDays).replace('.', ',')],
      [d.averageFeedback, f.averageFeedbackDays === null ? d.notAvailable : String(f.averageFeedbackDays).replace('.', ',')],
      [d.disciplinary, String(f.annual.disciplinary.value || 0)],
    ];
    const statusLabels = f.openByStatus.map((s) => c.statuses[s.status]);
    const statusValues = f.openByStatus.map((s) => s.count);
    return (
      <>
        <dl className={dash.tiles}>
          {tiles.map(([label, value]) => (
            <div key={label} className={dash.tile}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        <div className={dash.charts}>
          <div className={dash.wide}>
            <BarChart
              title={d.perMonth}
              categoryLabel={d.month}
              orientation="columns"
              categories={months}
              series={[
                { name: d.received, values: f.receivedByMonth },
                { name: d.closed, values: f.closedByMonth },
              ]}
              summary={format(d.perMonthSummary, { year: f.year, received, closed, peak: received ? months[peak] : d.notAvailable })}
            />
          </div>
          <BarChart
            title={d.openByStatus}
            categoryLabel={strings.registers.common.status}
            orientation="bars"
            categories={statusLabels}
            series={[{ name: d.count, values: statusValues }]}
            summary={summary(d.openByStatus, statusLabels, statusValues)}
          />
          {breakdown(d.byOutcome, c.outcome, f.annual.byOutcome, (l) => (l === OPEN_OUTCOME_LABEL ? strings.registers.figures.open : c.outcomes[l as ComplaintOutcome] || l))}
          {breakdown(d.byTheme, c.theme, f.annual.byTheme, (l) => l || strings.registers.common.none)}
          {breakdown(d.byDienst, strings.registers.common.dienst, f.annual.byDienst, (l) => (l === NO_DIENST_LABEL ? strings.registers.figures.noDienst : l))}
        </div>
      </>
    );
  };

  const body = (): React.ReactNode => {
    if (state.status === 'loading') return <Loading />;
    if (state.status === 'error') return <ErrorMessage error={state.error} onRetry={state.reload} />;
    // who may use the dashboard without its figures reads the published reports (the list Rapportages)
    if (!state.data.figures && !mayUseView('dashboard', state.data.me)) {
      return <Notice intent="info">{d.notForYou}</Notice>;
    }
    if (!state.data.figures) {
      return (
        <>
          <Notice intent="info">{d.restricted}</Notice>
          <PublishedReports />
        </>
      );
    }
    return charts(state.data.figures);
  };

  return (
    <RegisterPage heading={d.title}>
      <p>{d.intro}</p>
      {!(state.status === 'ready' && !state.data.figures) && (
        <div className={styles.actions}>
          <YearSelect label={d.year} value={year} latest={thisYear} count={5} onChange={setYear} />
        </div>
      )}
      {body()}
      {/* the clocks of resistance incidents, for who keeps them: read in the dashboard's round trip, shown once the user is known */}
      <DashboardClocks
        shown={state.status === 'ready' && isIn(state.data.me, 'internToezicht', 'celGWB', 'hr', 'korpsleiding')}
        showFollowUps={state.status === 'ready' && isIn(state.data.me, 'celGWB', 'hr', 'korpsleiding')}
      />
    </RegisterPage>
  );
}
