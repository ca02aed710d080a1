import * as React from 'react';
import { Badge, Button, Caption1, Field, Input, Spinner, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useStrings } from '../../app/contexts';
import { brusselsDateOf, brusselsInstant, formatDateBE, isBrusselsDate } from '../../domain/dates';
import { FEEDBACK_CASCADE, nextCascadeStep, type CascadeStep } from '../../domain/proposal/cascade';
import { cascadeStepsDone, mayRecordCascadeStep } from '../../domain/proposal/cascadeDuties';
import type { CascadeEntry, LoggedDecision, ProposalItem } from '../../data/proposals/types';
import { format } from '../../loc';
import { writeErrorText } from './labels';
import type { NoticeValue } from './Notice';
import { useProposalsSession } from './ProposalsContext';

/** Props of {@link FeedbackChecklist}. */
export interface FeedbackChecklistProps {
  proposal: ProposalItem;
  /** The decision the feedback carries (a logged one: it has an entry id). */
  decision: LoggedDecision;
  /** The steps ticked for this decision. */
  entries: readonly CascadeEntry[];
  onChanged(notice: NoticeValue): void;
}

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
  heading: { margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  step: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  line: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  tick: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', columnGap: tokens.spacingHorizontalS },
});

/**
 * The feedback cascade after a decision as a checklist (management meeting → middenkaderoverleg per dienst →
 * newsletter / team meeting → push message → team Q&W): what was done when and by whom, and for the person
 * responsible for the next step a date and a button to tick it; the decision can be published as a Bericht in one click.
 */
export function FeedbackChecklist(props: FeedbackChecklistProps): React.ReactElement {
  const strings = useStrings();
  const s = strings.proposals;
  const styles = useStyles();
  const { repo, user } = useProposalsSession();
  const { proposal, decision, entries } = props;
  const [heldOn, setHeldOn] = React.useState(() => brusselsDateOf(new Date()));
  const [busy, setBusy] = React.useState(false);
  const done = cascadeStepsDone(entries, proposal.dienst);
  const next = nextCascadeStep(done);
  const recorder = { groups: user.groups, dienst: user.actor.dienst };
  // a beheerder ticks for the proposal's dienst, everyone else for their own
  const dienstFor = (step: CascadeStep) => (!step.perDienst ? null : user.groups.indexOf('beheerders') >= 0 ? proposal.dienst : user.actor.dienst);
  const push = FEEDBACK_CASCADE.filter((step) => step.key === 'pushbericht')[0];
  const mayPublish = done.indexOf('pushbericht') < 0 && mayRecordCascadeStep(push, recorder, null);

  const run = async (work: () => Promise<void>, success: string): Promise<void> => {
    setBusy(true);
    try {
      await work();
      props.onChanged({ intent: 'success', text: success });
    } catch (error) {
      props.onChanged({ intent: 'error', text: writeErrorText(strings, error) });
    } finally {
      setBusy(false);
    }
  };

  const tick = (step: CascadeStep): Promise<void> =>
    run(
      () => repo.recordCascadeStep(proposal, decision.entryId as number, step.key, dienstFor(step), brusselsInstant(heldOn, '12:00'), user),
      format(s.feedback.recorded, { date: formatDateBE(heldOn), name: user.name }),
    );

  const publish = (): Promise<void> => {
    const status = s.status[decision.to];
    const body = [format(s.feedback.publishBody, { title: proposal.title, dienst: proposal.dienst, status }), decision.reason || ''].join('\n\n');
    return run(
      () => repo.publishDecision(proposal, decision.entryId as number, { title: format(s.feedback.publishTitle, { status, title: proposal.title }), body }, user),
      s.feedback.published,
    );
  };

  return (
    <div className={styles.root}>
      <Subtitle2 as="h4" className={styles.heading}>
        {s.feedback.heading}
      </Subtitle2>
      <ol className={styles.list}>
        {FEEDBACK_CASCADE.map((step) => {
          const marks = entries.filter((e) => e.step === step.key);
          const isNext = next !== null && next.key === step.key;
          const dienst = dienstFor(step);
          const mayTick = isNext && mayRecordCascadeStep(step, recorder, dienst);
          return (
            <li key={step.key} className={styles.step} aria-current={isNext ? 'step' : undefined}>
              <div className={styles.line}>
                <Text weight={isNext ? 'semibold' : 'regular'}>{s.cascade[step.key]}</Text>
                {step.perDienst && <Caption1>({s.feedback.perDienst})</Caption1>}
                {done.indexOf(step.key) >= 0 && (
                  <Badge appearance="tint" color="success">
                    ✓
                  </Badge>
                )}
                {isNext && (
                  <Badge appearance="outline" color="brand">
                    {s.feedback.next}
                  </Badge>
                )}
              </div>
              {marks.map((m) => (
                <Caption1 key={m.entryId}>
                  {format(s.feedback.recorded, { date: formatDateBE(m.heldOn), name: m.recordedBy })}
                  {m.dienst ? ` · ${m.dienst}` : ''}
                </Caption1>
              ))}
              {mayTick && (
                <div className={styles.tick}>
                  <Field label={dienst ? `${s.feedback.heldOn} (${dienst})` : s.feedback.heldOn} size="small">
                    <Input type="date" size="small" value={heldOn} onChange={(_ev, data) => setHeldOn(data.value)} />
                  </Field>
                  <Button size="small" appearance="primary" disabled={busy || !isBrusselsDate(heldOn)} onClick={() => void tick(step)}>
                    {s.feedback.record}
                  </Button>
                </div>
              )}
            </li>
          );
        })}
      </ol>
      {next === null && <Caption1>{s.feedback.complete}</Caption1>}
      {mayPublish && (
        <div>
          <Button onClick={() => void publish()} disabled={busy} icon={busy ? <Spinner size="tiny" /> : undefined}>
            {s.feedback.publish}
          </Button>
        </div>
      )}
    </div>
  );
}
