import * as React from 'react';
import { Body1, Title3, useId } from '@fluentui/react-components';
import { useStrings } from '../../app/contexts';
import type { Dienst } from '../../domain/groups';
import { format } from '../../loc';
import { ErrorMessage, Loading } from '../common/Status';
import { useAsync } from '../common/useAsync';
import { DecidableList } from './DecidableList';
import { Notice, type NoticeValue } from './Notice';
import { useProposalListStyles } from './ProposalList.styles';
import { useProposalsSession } from './ProposalsContext';

/** Props of {@link ValidationQueue}. */
export interface ValidationQueueProps {
  dienst: Dienst;
  now: Date;
}

/** The diensthoofd's queue: the submitted proposals of the own dienst, each with validate, return and reject. */
export function ValidationQueue(props: ValidationQueueProps): React.ReactElement {
  const strings = useStrings();
  const s = strings.proposals;
  const styles = useProposalListStyles();
  const { lists } = useProposalsSession();
  const queue = useAsync(() => lists.validationQueue(props.dienst), [lists, props.dienst]);
  const [notice, setNotice] = React.useState<NoticeValue | null>(null);
  const headingId = useId('queue-heading');
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Title3 as="h2" id={headingId}>
        {format(s.queue.heading, { dienst: props.dienst })}
      </Title3>
      <Body1 as="p" className={styles.intro}>
        {s.queue.intro}
      </Body1>
      <Notice notice={notice} onDismiss={() => setNotice(null)} />
      {queue.status === 'loading' && <Loading />}
      {queue.status === 'error' && <ErrorMessage error={queue.error} onRetry={queue.reload} />}
      {queue.status === 'ready' &&
        (queue.data.length === 0 ? (
          <Body1 as="p">{s.queue.empty}</Body1>
        ) : (
          <DecidableList
            proposals={queue.data}
            now={props.now}
            onDecided={(n) => {
              setNotice(n);
              queue.reload();
            }}
          />
        ))}
    </section>
  );
}
