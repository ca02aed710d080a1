import * as React from 'react';
import { Button } from '@fluentui/react-components';
import { useStrings } from '../../app/contexts';
import type { ProposalAction } from '../../domain/proposal/proposal';
import { PROPOSAL_RULES } from '../../domain/proposal/rules';
import type { ProposalItem } from '../../data/proposals/types';
import { errorText } from '../common/ErrorMessage';
import { useNavigation } from '../../app/navigation';
import { newClientId } from '../../data/clientId';
import { browserStore } from '../../data/proposals/storage';
import { DecisionDialog } from './DecisionDialog';
import { draftKey, saveDraft } from './draftStore';
import { fieldsOf } from './ProposalForm';
import { useProposalsSession } from './ProposalsContext';
import { decisionDoneText } from './labels';
import type { NoticeValue } from './Notice';

/** Props of {@link DecisionButtons}. */
export interface DecisionButtonsProps {
  proposal: ProposalItem;
  actions: readonly ProposalAction[];
  now: Date;
  /** After a decision or a conflict: what to tell the user; the caller reloads the proposals. */
  onChanged(notice: NoticeValue): void;
}

/** One button per action the user may take; each opens the decision dialog for that action. */
export function DecisionButtons(props: DecisionButtonsProps): React.ReactElement {
  const strings = useStrings();
  const [action, setAction] = React.useState<ProposalAction | null>(null);
  const { user } = useProposalsSession();
  const { navigate } = useNavigation();
  return (
    <>
      {props.actions.map((a, i) => (
        <Button key={a} appearance={i === 0 ? 'primary' : 'secondary'} onClick={() => setAction(a)}>
          {strings.proposals.action[a]}
        </Button>
      ))}
      {action && (
        <DecisionDialog
          proposal={props.proposal}
          action={action}
          now={props.now}
          onClose={() => setAction(null)}
          onDecided={(outcome, done) => {
            setAction(null);
            if (done === 'withdraw') {
              // the withdrawn proposal went to the recycle bin: its text comes back as the team's draft, to edit or delete
              saveDraft(browserStore(), draftKey(user.login), { clientId: newClientId(), fields: fieldsOf(props.proposal), savedAt: new Date().toISOString() });
              navigate({ view: 'voorstellen', item: 'nieuw' });
              return;
            }
            props.onChanged({ intent: 'success', text: decisionDoneText(strings, outcome, PROPOSAL_RULES[done].to) });
          }}
          onConflict={(error) => {
            setAction(null);
            props.onChanged({ intent: 'warning', text: errorText(strings, error) });
          }}
        />
      )}
    </>
  );
}
