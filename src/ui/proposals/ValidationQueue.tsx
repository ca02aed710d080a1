import * as React from 'react';
import { Body1, Title3, useId } from '@fluentui/react-components';
import { useStrings } from '../../app/contexts';
import { allowedActions } from '../../domain/proposal/decide';
import type { Dienst } from '../../domain/groups';
import { format } from '../../loc';
import { ErrorMessage, Loading } from '../common/Status';
import { useAsync } from '../common/useAsync';
import { DecisionButtons } from './DecisionButtons';
import { Notice, type NoticeValue } from './Notice';
import { ProposalCard } from './ProposalCard';
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
  const { lists, user } = useProposalsSession();
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
          <ul className={styles.list}>
            {queue.data.map((proposal) => (
              <li key={proposal.itemId}>
                <ProposalCard proposal={proposal} now={props.now}>
                  <DecisionButtons
                    proposal={proposal}
                    actions={allowedActions(proposal, user.actor)}
                    now={props.now}
                    onChanged={(n) => {
                      setNotice(n);
                      queue.reload();
                    }}
                  />
                </ProposalCard>
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
