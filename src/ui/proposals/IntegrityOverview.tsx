import * as React from 'react';
import { Body1, Button, Link, MessageBar, MessageBarBody, ProgressBar, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { useStrings } from '../../app/contexts';
import { useNavigation } from '../../app/navigation';
import type { IntegrityReport } from '../../data/proposals/repository';
import { format } from '../../loc';
import { ErrorMessage } from '../common/Status';
import { IntegrityFindings } from './IntegrityFindings';
import { useProposalsSession } from './ProposalsContext';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  item: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, overflowWrap: 'anywhere' },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
});

/**
 * The korpsleiding's oversight of the proposals: runs the check of every proposal in the flow against its decision
 * log and version history on request (it reads two histories per proposal) and lists what was changed outside the app.
 */
export function IntegrityOverview(): React.ReactElement {
  const strings = useStrings();
  const s = strings.proposals;
  const styles = useStyles();
  const { repo } = useProposalsSession();
  const { navigate } = useNavigation();
  const [progress, setProgress] = React.useState<{ checked: number; total: number } | null>(null);
  const [report, setReport] = React.useState<IntegrityReport | null>(null);
  const [error, setError] = React.useState<unknown>(null);

  const run = (): void => {
    setError(null);
    setReport(null);
    setProgress({ checked: 0, total: 0 });
    repo.integrityCheck((checked, total) => setProgress({ checked, total })).then(
      (r) => {
        setProgress(null);
        setReport(r);
      },
      (e: unknown) => {
        setProgress(null);
        setError(e);
      },
    );
  };

  return (
    <section className={styles.root} aria-label={s.sections.oversight}>
      <Body1 as="p">{s.oversight.intro}</Body1>
      <div>
        <Button appearance="primary" onClick={run} disabled={progress !== null}>
          {s.oversight.run}
        </Button>
      </div>
      {progress && (
        <ProgressBar
          value={progress.total ? progress.checked / progress.total : undefined}
          aria-label={format(s.oversight.running, { checked: progress.checked, total: progress.total })}
        />
      )}
      {error !== null && <ErrorMessage error={error} onRetry={run} />}
      {report && (
        <MessageBar intent={report.flagged.length ? 'warning' : 'success'} role="status">
          <MessageBarBody>
            {report.flagged.length
              ? format(s.oversight.flagged, { flagged: report.flagged.length, count: report.checked })
              : format(s.oversight.none, { count: report.checked })}
          </MessageBarBody>
        </MessageBar>
      )}
      {report && report.flagged.length > 0 && (
        <ul className={styles.list}>
          {report.flagged.map(({ proposal, findings }) => (
            <li key={proposal.itemId} className={styles.item}>
              <Subtitle2>
                <Link
                  href={`#voorstel/${proposal.itemId}`}
                  onClick={(ev) => {
                    ev.preventDefault();
                    navigate({ view: 'voorstellen', item: `voorstel/${proposal.itemId}` });
                  }}
                >
                  {proposal.title}
                </Link>
              </Subtitle2>
              <IntegrityFindings findings={findings} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
