import * as React from 'react';
import { Button, Caption1, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useServices, useStrings } from '../../app/contexts';
import { formatDateBE } from '../../domain/dates';
import { format } from '../../loc';
import { AsyncContent } from '../common/Status';
import { useAsync } from '../common/useAsync';
import { PageHeader } from '../policy/PageHeader';
import { reportTitle } from './labels';
import { ReportSections } from './ReportSections';
import { PRINT_AREA, usePrintStyles, useReportPageStyles } from './ReportPage.styles';
import { verslagenRoutes } from './routes';

/** Props of {@link ReportPage}. */
export interface ReportPageProps {
  id: number;
}

/** A published report or newsletter as every staff member reads it: who approved it, what it records; printable. */
export function ReportPage(props: ReportPageProps): React.ReactElement {
  const strings = useStrings();
  const v = strings.verslagen;
  const styles = useReportPageStyles();
  usePrintStyles();
  const { verslagen } = useServices();
  const state = useAsync(() => verslagen.report(props.id), [verslagen, props.id]);
  return (
    <AsyncContent state={state}>
      {({ report }) => (
        <article className={PRINT_AREA}>
          <PageHeader heading={reportTitle(strings, report.kind, report.meetingDate)} back={{ label: v.back, route: verslagenRoutes.home() }} />
          <div className={styles.meta}>
            {report.kind !== 'nieuwsbrief' && <Caption1>{format(v.meetingOf, { date: formatDateBE(report.meetingDate) })}</Caption1>}
            <Caption1>{format(v.publishedBy, { date: formatDateBE(report.publishedAt), name: report.publishedBy.name })}</Caption1>
            {report.writtenBy && report.writtenBy !== report.publishedBy.name && <Caption1>{format(v.writtenBy, { name: report.writtenBy })}</Caption1>}
          </div>
          {!report.counts && (
            <MessageBar intent="error">
              <MessageBarBody>{format(v.notEntitled, { name: report.publishedBy.name })}</MessageBarBody>
            </MessageBar>
          )}
          <div className={styles.actions} data-print="hide">
            <Button onClick={() => window.print()}>{v.print}</Button>
          </div>
          <ReportSections kind={report.kind} content={report.content} text={report.text} />
        </article>
      )}
    </AsyncContent>
  );
}
