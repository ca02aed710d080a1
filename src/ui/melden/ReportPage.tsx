import * as React from 'react';
import { useStrings } from '../../app/contexts';
import { formatDateBE } from '../../domain/dates';
import { reportClocks, type IntegrityReport } from '../../domain/melden';
import type { ReportDetail } from '../../data/melden/MeldenRepository';
import { format } from '../../loc';
import { AsyncContent } from '../common/Status';
import { useAsync } from '../common/useAsync';
import { Notice } from '../registers/feedback';
import { Details, RegisterPage } from '../registers/RegisterPage';
import { useRegisterStyles } from '../registers/registers.styles';
import { ClockBadge } from './ClockBadge';
import { HandlerActions } from './HandlerActions';
import { useMeldenStyles } from './melden.styles';
import { useMelden } from './useMelden';

/** Props of {@link ReportPage}. */
export interface ReportPageProps {
  id: number;
}

/** One report: what was reported, the receipt and the feedback the reporter reads, and for a contact the clocks and actions. */
export function ReportPage(props: ReportPageProps): React.ReactElement {
  const m = useStrings().melden;
  const repo = useMelden();
  const state = useAsync(() => repo.loadReport(props.id), [repo, props.id]);
  return (
    <RegisterPage heading={m.report.heading} back={{ view: 'melden' }}>
      <AsyncContent state={state}>{(detail) => <ReportContent detail={detail} reload={state.reload} />}</AsyncContent>
    </RegisterPage>
  );
}

function ReportContent(props: { detail: ReportDetail; reload(): void }): React.ReactElement {
  const m = useStrings().melden;
  const styles = useRegisterStyles();
  const own = useMeldenStyles();
  const [report, setReport] = React.useState<IntegrityReport>(props.detail.report);
  const { isHandler } = props.detail;
  const clocks = reportClocks(report, new Date());
  const registered = report.channel !== 'App';
  return (
    <>
      <h3 className={styles.subheading}>{report.subject}</h3>
      {!report.handlingTrusted && <Notice intent="warning">{m.report.notTrusted}</Notice>}
      <Details
        rows={[
          [m.columns.status, m.statuses[report.status]],
          [m.columns.category, m.categories[report.category] || report.category],
          [m.report.receivedOn, formatDateBE(report.receivedOn)],
          [m.report.channel, m.channels[report.channel]],
          isHandler && [m.report.reporter, registered ? report.reporterName || m.report.anonymous : report.authorName],
          isHandler && registered && [m.registerForm.reporterContact, report.reporterContact],
          isHandler && registered && [m.report.registeredBy, report.authorName],
          [m.report.facts, report.facts],
          [m.report.whenWhere, report.whenWhere],
          [m.report.involved, report.involved],
          [m.report.feedbackPreference, m.preferences[report.feedbackPreference]],
          report.outcome !== null && [m.report.outcome, m.outcomes[report.outcome]],
          report.closedOn !== null && [m.report.closedOn, formatDateBE(report.closedOn)],
        ]}
      />
      {isHandler && report.status !== 'Afgesloten' && (
        <div className={own.clocks}>
          <ClockBadge label={m.clock.receipt} clock={clocks.receipt} showLabel />
          <ClockBadge label={m.clock.feedback} clock={clocks.feedback} showLabel />
        </div>
      )}
      <section className={styles.section} aria-labelledby="melden-receipt">
        <h3 id="melden-receipt" className={styles.subheading}>{m.report.receiptHeading}</h3>
        {report.receiptConfirmedOn ? (
          <>
            <p className={styles.muted}>{format(m.report.confirmedOn, { date: formatDateBE(report.receiptConfirmedOn) })}</p>
            {report.receiptMessage && <p className={own.message}>{report.receiptMessage}</p>}
          </>
        ) : (
          <p className={styles.muted}>{m.report.receiptNone}</p>
        )}
      </section>
      <section className={styles.section} aria-labelledby="melden-feedback">
        <h3 id="melden-feedback" className={styles.subheading}>{m.report.feedbackHeading}</h3>
        {report.feedbackOn ? (
          <>
            <p className={styles.muted}>{format(m.report.givenOn, { date: formatDateBE(report.feedbackOn) })}</p>
            <p className={own.message}>{report.feedbackText}</p>
          </>
        ) : (
          <p className={styles.muted}>{m.report.feedbackNone}</p>
        )}
      </section>
      {isHandler && <HandlerActions report={report} onChanged={setReport} onConflict={props.reload} />}
    </>
  );
}
