import * as React from 'react';
import { Badge, Caption1, Card, Link, Text, mergeClasses } from '@fluentui/react-components';
import { useStrings } from '../../app/contexts';
import { useNavigation } from '../../app/navigation';
import { formatDateBE } from '../../domain/dates';
import { nextStep } from '../../domain/proposal/nextStep';
import type { ProposalItem } from '../../data/proposals/types';
import { format } from '../../loc';
import { partyLabel } from './labels';
import { useProposalsSession } from './ProposalsContext';
import { useProposalCardStyles } from './ProposalCard.styles';
import { StatusBadge } from './StatusBadge';

/** Props of {@link ProposalCard}. */
export interface ProposalCardProps {
  proposal: ProposalItem;
  /** The heading level of the title in the page's outline. */
  headingLevel?: 3 | 4;
  /** "Now", for the next step's expected date. */
  now: Date;
  /** Quick actions shown under the proposal (e.g. a diensthoofd's validation buttons). */
  children?: React.ReactNode;
  className?: string;
}

/** One proposal in a list: title (a link to its page), status, where it is and who acts next by when. */
export function ProposalCard(props: ProposalCardProps): React.ReactElement {
  const { proposal, now } = props;
  const strings = useStrings();
  const s = strings.proposals;
  const styles = useProposalCardStyles();
  const { navigate } = useNavigation();
  const { settings } = useProposalsSession();
  const step = nextStep(proposal, now, settings);
  const Heading = props.headingLevel === 4 ? 'h4' : 'h3';
  const open = (ev: React.MouseEvent): void => {
    ev.preventDefault();
    navigate({ view: 'voorstellen', item: `voorstel/${proposal.itemId}` });
  };
  return (
    <Card className={mergeClasses(styles.root, props.className)} appearance="outline">
      <div className={styles.header}>
        <Heading className={styles.title}>
          <Link href={`#voorstel/${proposal.itemId}`} onClick={open}>
            {proposal.title}
          </Link>
        </Heading>
        <StatusBadge status={proposal.status} />
      </div>
      <div className={styles.meta}>
        <Caption1>{format(s.common.number, { number: proposal.itemId })}</Caption1>
        <Caption1>{proposal.dienst}</Caption1>
        <Caption1>{s.topic[proposal.topic]}</Caption1>
        {proposal.submittedAt && <Caption1>{format(s.common.submittedOn, { date: formatDateBE(proposal.submittedAt) })}</Caption1>}
      </div>
      <div className={styles.next}>
        {step ? (
          <>
            <Text>
              {format(s.list.nextStep, { party: partyLabel(strings, step.party) })}
              {step.expectedOn ? ` · ${format(s.common.expectedOn, { date: formatDateBE(step.expectedOn) })}` : ''}
            </Text>
            {step.overdue && (
              <Badge appearance="filled" color="danger">
                {s.common.overdue}
              </Badge>
            )}
          </>
        ) : (
          <Text>
            {s.list.finished}
            {proposal.statusChangedAt ? ` · ${format(s.list.lastDecision, { date: formatDateBE(proposal.statusChangedAt) })}` : ''}
          </Text>
        )}
      </div>
      {props.children && <div className={styles.actions}>{props.children}</div>}
    </Card>
  );
}
