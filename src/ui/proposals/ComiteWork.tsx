import * as React from 'react';
import { Body1, Subtitle2, Title3, useId } from '@fluentui/react-components';
import { useStrings } from '../../app/contexts';
import type { ProposalStatus } from '../../domain/proposal/statuses';
import { format } from '../../loc';
import { ErrorMessage, Loading } from '../common/Status';
import { useAsync } from '../common/useAsync';
import { DecidableList } from './DecidableList';
import { Notice, type NoticeValue } from './Notice';
import { useProposalListStyles } from './ProposalList.styles';
import { useProposalsSession } from './ProposalsContext';

/** Props of {@link ComiteWork}. */
export interface ComiteWorkProps {
  now: Date;
}

/** The comité chair's work: proposals routed to the chaired comités, to assign, to start and to close. */
export function ComiteWork(props: ComiteWorkProps): React.ReactElement {
  const strings = useStrings();
  const s = strings.proposals;
  const styles = useProposalListStyles();
  const { lists, user } = useProposalsSession();
  const headingId = useId('comite-heading');
  const chairs = user.actor.chairs;
  const work = useAsync(() => lists.comiteProposals(chairs), [lists, chairs.join(',')]);
  const [notice, setNotice] = React.useState<NoticeValue | null>(null);
  const decided = (n: NoticeValue): void => {
    setNotice(n);
    work.reload();
  };
  const groups: { status: ProposalStatus; label: string }[] = [
    { status: 'Toegewezen aan comité', label: s.comiteWork.toAssign },
    { status: 'Toegewezen aan uitvoerder', label: s.comiteWork.assigned },
    { status: 'In uitvoering', label: s.comiteWork.inProgress },
  ];
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Title3 as="h2" id={headingId}>
        {format(s.comiteWork.heading, { comites: chairs.map((c) => s.comite[c]).join(', ') })}
      </Title3>
      <Body1 as="p" className={styles.intro}>
        {s.comiteWork.intro}
      </Body1>
      <Notice notice={notice} onDismiss={() => setNotice(null)} />
      {work.status === 'loading' && <Loading />}
      {work.status === 'error' && <ErrorMessage error={work.error} onRetry={work.reload} />}
      {work.status === 'ready' && work.data.length === 0 && <Body1 as="p">{s.comiteWork.empty}</Body1>}
      {work.status === 'ready' &&
        groups.map((group) => {
          const proposals = work.data.filter((p) => p.status === group.status);
          if (proposals.length === 0) return null;
          return (
            <div key={group.status} className={styles.group}>
              <Subtitle2 as="h3" className={styles.groupHeading}>
                {group.label} ({proposals.length})
              </Subtitle2>
              <DecidableList proposals={proposals} now={props.now} headingLevel={4} onDecided={decided} />
            </div>
          );
        })}
    </section>
  );
}
