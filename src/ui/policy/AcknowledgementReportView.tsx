import * as React from 'react';
import { Body1, Button, Caption1, ProgressBar, Subtitle1, Text } from '@fluentui/react-components';
import { useStrings } from '../../app/contexts';
import type { AcknowledgementReport } from '../../data/policy/types';
import { format } from '../../loc';
import { ErrorMessage, Loading } from '../common/Status';
import { useAcknowledgementReportStyles } from './AcknowledgementReportView.styles';

/** Props of {@link AcknowledgementReportView}. */
export interface AcknowledgementReportViewProps {
  /** Reads the report; called when the author asks for it (it reads every staff member). */
  load(): Promise<AcknowledgementReport>;
}

/**
 * For the Juridische dienst: per dienst, how many acknowledged the current major version and who has not yet. Each
 * person counts by the acknowledgements they added themselves (SharePoint's `Author`); an entry that names someone
 * else is listed plainly, with the person it counts for.
 */
export function AcknowledgementReportView(props: AcknowledgementReportViewProps): React.ReactElement {
  const strings = useStrings().policy.report;
  const styles = useAcknowledgementReportStyles();
  const [state, setState] = React.useState<{ status: 'idle' | 'loading' } | { status: 'ready'; report: AcknowledgementReport } | { status: 'error'; error: unknown }>({
    status: 'idle',
  });
  const show = (): void => {
    setState({ status: 'loading' });
    props.load().then(
      (report) => setState({ status: 'ready', report }),
      (error: unknown) => setState({ status: 'error', error }),
    );
  };
  return (
    <section className={styles.root}>
      <Subtitle1 as="h3" className={styles.heading}>
        {strings.heading}
      </Subtitle1>
      {state.status === 'idle' && (
        <Button className={styles.show} onClick={show}>
          {strings.show}
        </Button>
      )}
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && <ErrorMessage error={state.error} onRetry={show} />}
      {state.status === 'ready' && (
        <>
          <Body1>{format(strings.summary, { done: state.report.acknowledged, total: state.report.total, version: state.report.versionMajor })}</Body1>
          <ul className={styles.list}>
            {state.report.perDienst.map((group) => {
              const total = group.acknowledged.length + group.missing.length;
              const dienst = group.dienst || strings.unknownDienst;
              return (
                <li key={dienst} className={styles.dienst}>
                  <span className={styles.dienstLine}>
                    <Text weight="semibold">{format(strings.dienst, { dienst, done: group.acknowledged.length, total })}</Text>
                  </span>
                  <ProgressBar value={total ? group.acknowledged.length / total : 1} thickness="large" aria-label={dienst} />
                  {group.missing.length ? (
                    <Caption1 className={styles.names}>
                      {strings.missing} {group.missing.map((m) => m.title).join(', ')}
                    </Caption1>
                  ) : (
                    <Caption1 className={styles.names}>{strings.allDone}</Caption1>
                  )}
                </li>
              );
            })}
          </ul>
          {state.report.misattributed.length > 0 && (
            <div role="note" aria-label={strings.misattributedHeading}>
              <Text weight="semibold">{strings.misattributedHeading}</Text>
              <ul className={styles.list}>
                {state.report.misattributed.map((m) => (
                  <li key={m.id}>
                    <Caption1 className={styles.names}>{format(strings.misattributed, { author: m.author.title, named: m.named })}</Caption1>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}
    </section>
  );
}
