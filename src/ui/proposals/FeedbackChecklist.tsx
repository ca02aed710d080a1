import * as React from 'react';
import { Badge, Button, Caption1, Field, Input, Spinner, Subtitle2, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useStrings } from '../../app/contexts';
import { brusselsDateOf, brusselsInstant, formatDateBE, isBrusselsDate } from '../../domain/dates';
import { CASCADE_STAGES, FEEDBACK_CASCADE, cascadeComplete, stageDone, stageSteps, type CascadeStep } from '../../domain/proposal/cascade';
import { cascadeStepsDone, mayRecordCascadeStep } from '../../domain/proposal/cascadeDuties';
import type { CascadeEntry, LoggedDecision, ProposalItem } from '../../data/proposals/types';
import type { ReportLink } from '../../data/verslagen/types';
import { format } from '../../loc';
import { RouteLink } from '../common/RouteLink';
import { reportTitle } from '../verslagen/labels';
import { verslagenRoutes } from '../verslagen/routes';
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
  /** The published reports that record this decision. */
  reports: readonly ReportLink[];
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
  stage: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  stageHeading: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS, margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  step: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  line: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  date: { maxWidth: '220px' },
});

/**
 * The feedback cascade after a decision as the source gives it: the diensthoofden pass the decision on (middenkaderoverleg,
 * newsletter and/or team meeting: at least one, per dienst), korpsbreed through a push message and the published report,
 * and the middenkaders' feedback to the teams Q&W, side by side. Every tick says when, by whom and for which dienst;
 * each responsible person ticks for their own dienst; the decision can be published as a Bericht in one click.
 */
export function FeedbackChecklist(props: FeedbackChecklistProps): React.ReactElement {
  const strings = useStrings();
  const s = strings.proposals;
  const styles = useStyles();
  const { repo, user } = useProposalsSession();
  const { proposal, decision, entries, reports } = props;
  const [heldOn, setHeldOn] = React.useState(() => brusselsDateOf(new Date()));
  const [busy, setBusy] = React.useState(false);
  const done = cascadeStepsDone(entries, proposal.dienst, reports.length > 0);
  const recorder = { groups: user.groups, dienst: user.actor.dienst };
  // a beheerder ticks for the proposal's dienst, everyone else for their own
  const dienstFor = (step: CascadeStep) => (!step.perDienst ? null : user.groups.indexOf('beheerders') >= 0 ? proposal.dienst : user.actor.dienst);
  const ticked = (step: CascadeStep) => entries.some((e) => e.step === step.key && e.dienst === dienstFor(step));
  const mayTick = (step: CascadeStep) => step.key !== 'pushbericht' && !ticked(step) && mayRecordCascadeStep(step, recorder, dienstFor(step));
  const push = FEEDBACK_CASCADE.filter((step) => step.key === 'pushbericht')[0];
  const mayPublish = done.indexOf('pushbericht') < 0 && mayRecordCascadeStep(push, recorder, null);
  const anyTick = FEEDBACK_CASCADE.some(mayTick);

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

  const stepRow = (step: CascadeStep): React.ReactElement => {
    const marks = entries.filter((e) => e.step === step.key);
    return (
      <li key={step.key} className={styles.step}>
        <div className={styles.line}>
          <Text>{s.cascade[step.key]}</Text>
          {step.perDienst && <Caption1>({s.feedback.perDienst})</Caption1>}
          {done.indexOf(step.key) >= 0 && (
            <Badge appearance="tint" color="success" aria-label={s.feedback.complete}>
              ✓
            </Badge>
          )}
        </div>
        {marks.map((m) => (
          <Caption1 key={m.entryId}>
            {format(s.feedback.recorded, { date: formatDateBE(m.heldOn), name: m.recordedBy })}
            {m.dienst ? ` · ${m.dienst}` : ''}
          </Caption1>
        ))}
        {step.key === 'verslag' &&
          (reports.length === 0 ? (
            <Caption1>{s.feedback.noReport}</Caption1>
          ) : (
            reports.map((r) => (
              <RouteLink key={r.id} route={verslagenRoutes.report(r.id)}>
                {reportTitle(strings, r.kind, r.meetingDate)}
              </RouteLink>
            ))
          ))}
        {step.key === 'pushbericht' && mayPublish && (
          <div>
            <Button size="small" onClick={() => void publish()} disabled={busy} icon={busy ? <Spinner size="tiny" /> : undefined}>
              {s.feedback.publish}
            </Button>
          </div>
        )}
        {mayTick(step) && (
          <div>
            <Button size="small" appearance="primary" disabled={busy || !isBrusselsDate(heldOn)} onClick={() => void tick(step)} aria-label={`${s.feedback.record}: ${s.cascade[step.key]}${dienstFor(step) ? ` (${dienstFor(step)})` : ''}`}>
              {s.feedback.record}
            </Button>
          </div>
        )}
      </li>
    );
  };

  return (
    <div className={styles.root}>
      <Subtitle2 as="h4" className={styles.heading}>
        {s.feedback.heading}
      </Subtitle2>
      {anyTick && (
        <Field label={user.actor.dienst ? `${s.feedback.heldOn} (${user.actor.dienst})` : s.feedback.heldOn} size="small" className={styles.date}>
          <Input type="date" size="small" value={heldOn} onChange={(_ev, data) => setHeldOn(data.value)} />
        </Field>
      )}
      {CASCADE_STAGES.map((stage) => (
        <div key={stage.key} className={styles.stage}>
          <Text as="h5" weight="semibold" className={styles.stageHeading}>
            {s.feedback.stages[stage.key]}
            {stageDone(stage.key, done) ? (
              <Badge appearance="tint" color="success">
                ✓
              </Badge>
            ) : (
              <Badge appearance="outline" color="informative">
                {s.feedback.notYet}
              </Badge>
            )}
          </Text>
          <ul className={styles.list}>{stageSteps(stage.key).map(stepRow)}</ul>
        </div>
      ))}
      {cascadeComplete(done) && <Caption1>{s.feedback.complete}</Caption1>}
    </div>
  );
}
