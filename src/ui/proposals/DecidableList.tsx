import * as React from 'react';
import { allowedActions } from '../../domain/proposal/decide';
import type { ProposalItem } from '../../data/proposals/types';
import { DecisionButtons } from './DecisionButtons';
import type { NoticeValue } from './Notice';
import { ProposalCard } from './ProposalCard';
import { useProposalListStyles } from './ProposalList.styles';
import { useProposalsSession } from './ProposalsContext';

/** Props of {@link DecidableList}. */
export interface DecidableListProps {
  proposals: readonly ProposalItem[];
  now: Date;
  /** The heading level of each proposal's title in the page's outline. */
  headingLevel?: 3 | 4;
  /** After a decision: what to tell the user (the list reloads). */
  onDecided(notice: NoticeValue): void;
}

/** A work list of proposals, each card with the decisions the signed-in user may take on it. */
export function DecidableList(props: DecidableListProps): React.ReactElement {
  const styles = useProposalListStyles();
  const { user } = useProposalsSession();
  return (
    <ul className={styles.list}>
      {props.proposals.map((proposal) => (
        <li key={proposal.itemId}>
          <ProposalCard proposal={proposal} now={props.now} headingLevel={props.headingLevel}>
            <DecisionButtons proposal={proposal} actions={allowedActions(proposal, user.actor)} now={props.now} onChanged={props.onDecided} />
          </ProposalCard>
        </li>
      ))}
    </ul>
  );
}
