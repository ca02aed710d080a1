import * as React from 'react';
import { Body1, Caption1, Checkbox, Field, Radio, RadioGroup, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useStrings } from '../../app/contexts';
import type { ComiteKey } from '../../domain/proposal/bodies';
import type { RouteSuggestion } from '../../domain/proposal/routing';
import type { ProposalItem } from '../../data/proposals/types';
import { format } from '../../loc';
import { ComitePicker } from './ComitePicker';
import { ProposalCard } from './ProposalCard';

/** What the directiecomité decides on one proposal of its agenda. */
export type AgendaChoice = 'route' | 'reject' | 'postpone';

/** The decision prepared on one agenda row. */
export interface AgendaRowState {
  selected: boolean;
  choice: AgendaChoice;
  comite: ComiteKey;
  reason: string;
  error?: string;
}

/** Props of {@link AgendaRow}. */
export interface AgendaRowProps {
  proposal: ProposalItem;
  suggestion: RouteSuggestion;
  state: AgendaRowState;
  onChange(state: AgendaRowState): void;
  now: Date;
}

const useStyles = makeStyles({
  texts: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, maxWidth: '80ch' },
  decision: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(260px, 1fr))',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalS,
    width: '100%',
  },
  label: { fontWeight: tokens.fontWeightSemibold },
});

/** One proposal on the directiecomité's agenda: its texts, the suggested comité with the reasons, and the decision to confirm. */
export function AgendaRow(props: AgendaRowProps): React.ReactElement {
  const strings = useStrings();
  const s = strings.proposals;
  const styles = useStyles();
  const { proposal, state } = props;
  const set = (change: Partial<AgendaRowState>): void => props.onChange({ ...state, ...change, error: undefined });
  const overriding = state.choice === 'route' && state.comite !== props.suggestion.comite;
  return (
    <ProposalCard proposal={proposal} now={props.now}>
      <div className={styles.texts}>
        <Caption1 className={styles.label}>{s.detail.problem}</Caption1>
        <Body1>{proposal.problem}</Body1>
        <Caption1 className={styles.label}>{s.detail.improvement}</Caption1>
        <Body1>{proposal.improvement}</Body1>
        <Caption1>{proposal.costEstimate !== null ? `${s.common.cost}: € ${proposal.costEstimate.toLocaleString('nl-BE')}` : s.common.noCost}</Caption1>
      </div>
      <div className={styles.decision}>
        <Field label={s.agenda.decisionLabel}>
          <RadioGroup value={state.choice} onChange={(_ev, data) => set({ choice: data.value as AgendaChoice })}>
            <Radio value="route" label={s.agenda.decideRoute} />
            <Radio value="reject" label={s.agenda.decideReject} />
            <Radio value="postpone" label={s.agenda.decidePostpone} />
          </RadioGroup>
        </Field>
        <div>
          {state.choice === 'route' && <ComitePicker value={state.comite} onChange={(comite) => set({ comite })} suggestion={props.suggestion} />}
          <Field
            label={
              state.choice === 'reject' ? s.decision.reasonRequired : overriding ? s.decision.overrideReason : s.decision.reasonOptional
            }
            required={state.choice === 'reject' || overriding}
            validationMessage={state.error}
          >
            <Textarea value={state.reason} onChange={(_ev, data) => set({ reason: data.value })} resize="vertical" />
          </Field>
        </div>
      </div>
      <Checkbox
        checked={state.selected}
        onChange={(_ev, data) => set({ selected: data.checked === true })}
        label={format(s.agenda.select, { title: proposal.title })}
      />
    </ProposalCard>
  );
}
