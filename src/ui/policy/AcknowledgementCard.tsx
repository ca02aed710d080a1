import * as React from 'react';
import { Body1, Button, mergeClasses, Spinner, Subtitle1 } from '@fluentui/react-components';
import { useStrings } from '../../app/contexts';
import { currentAcknowledgement, earlierAcknowledgement, needsAcknowledgement } from '../../domain/policy/directiveRules';
import type { Acknowledgement, Directive } from '../../data/policy/types';
import { formatDateBE } from '../../domain/dates';
import { format } from '../../loc';
import { ErrorMessage } from '../common/Status';
import { useAcknowledgementCardStyles } from './AcknowledgementCard.styles';
import { usePageLayoutStyles } from './PageLayout.styles';

/** Props of {@link AcknowledgementCard}. */
export interface AcknowledgementCardProps {
  directive: Directive;
  acknowledgements: readonly Acknowledgement[];
  /** Records the acknowledgement of the current major version. */
  onAcknowledge(): Promise<void>;
}

/**
 * "Gelezen en begrepen" for a published korpsrichtlijn: asks the reader to confirm the current major version (again,
 * after a new major version; a minor version does not ask again) and says when they did.
 */
export function AcknowledgementCard(props: AcknowledgementCardProps): React.ReactElement | null {
  const { directive, acknowledgements } = props;
  const strings = useStrings().policy.directive;
  const styles = useAcknowledgementCardStyles();
  const layout = usePageLayoutStyles();
  const [busy, setBusy] = React.useState(false);
  const [error, setError] = React.useState<unknown>(undefined);
  if (directive.status !== 'Gepubliceerd') return null;
  if (!directive.requiresAcknowledgement) return <Body1>{strings.ackNotRequired}</Body1>;
  const done = currentAcknowledgement(directive, acknowledgements);
  const earlier = earlierAcknowledgement(directive, acknowledgements);
  const acknowledge = (): void => {
    setBusy(true);
    setError(undefined);
    props.onAcknowledge().then(
      () => setBusy(false),
      (e: unknown) => {
        setBusy(false);
        setError(e);
      },
    );
  };
  return (
    <section className={mergeClasses(layout.panel, done && styles.done)} aria-live="polite">
      <Subtitle1 as="h3" className={layout.heading}>
        {strings.ackHeading}
      </Subtitle1>
      {done ? (
        <Body1>{format(strings.ackDone, { version: done.versionMajor, date: formatDateBE(done.acknowledgedAt) })}</Body1>
      ) : (
        <>
          <Body1>
            {earlier ? format(strings.ackAgain, { version: earlier.versionMajor, date: formatDateBE(earlier.acknowledgedAt) }) : strings.ackExplain}
          </Body1>
          {error !== undefined && <ErrorMessage error={error} onRetry={acknowledge} />}
          {needsAcknowledgement(directive, acknowledgements) && (
            <Button appearance="primary" size="large" disabled={busy} onClick={acknowledge} icon={busy ? <Spinner size="tiny" /> : undefined}>
              {busy ? strings.ackSaving : strings.ackButton}
            </Button>
          )}
        </>
      )}
    </section>
  );
}
