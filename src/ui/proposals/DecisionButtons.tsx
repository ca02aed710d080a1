import * as React from 'react';
import { Button } from '@fluentui/react-components';
import { useStrings } from '../../app/contexts';
import type { ProposalAction } from '../../domain/proposal/proposal';
import { PROPOSAL_RULES } from '../../domain/proposal/rules';
import type { ProposalItem } from '../../data/proposals/types';
import { errorText } from '../common/Status';
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

/** Actions that undo the team's own step: offered, but never as the page's main button. */
const BACKING_OUT: readonly ProposalAction[] = ['withdraw'];

/**
 * One button per action the user may take; each opens the decision dialog for that action. The first action that
 * moves the proposal on is the primary button; withdrawing is a quiet one, last.
 */
export function DecisionButtons(props: DecisionButtonsProps): React.ReactElement {
  const strings = useStrings();
  const [action, setAction] = React.useState<ProposalAction | null>(null);
  const { user } = useProposalsSession();
  const { navigate } = useNavigation();
  const forward = props.actions.filter((a) => BACKING_OUT.indexOf(a) < 0);
  const ordered = forward.concat(props.actions.filter((a) => BACKING_OUT.indexOf(a) >= 0));
  return (
    <>
      {ordered.map((a, i) => {
        const appearance = BACKING_OUT.indexOf(a) >= 0 ? 'subtle' : i === 0 ? 'primary' : 'secondary';
        return (
          <Button key={a} appearance={appearance} data-appearance={appearance} onClick={() => setAction(a)}>
            {strings.proposals.action[a]}
          </Button>
        );
      })}
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
