import * as React from 'react';
import { Body1, Caption1, Dropdown, Field, MessageBar, MessageBarBody, Option, ProgressBar } from '@fluentui/react-components';
import { useStrings } from '../../app/contexts';
import { classifyError } from '../../data/errors';
import { canUpdateActionPoint } from '../../domain/plan/planRules';
import { isWerkgroepIntegriteit } from '../../domain/plan/werkgroep';
import type { ActionPoint, ActionPointStatus, ActionPointUpdate, EvaluationInput, Plan, PlanPriority } from '../../data/plan/types';
import { ACTION_POINT_STATUSES } from '../../data/schema';
import { format } from '../../loc';
import { ErrorMessage, errorText, Loading } from '../common/Status';
import { useAsync } from '../common/useAsync';
import { ActionPointDialog } from './ActionPointDialog';
import { Milestones } from './Milestones';
import { ObjectiveSection } from './ObjectiveSection';
import { usePlanRepository } from './PlanRepositoryContext';
import { usePlanViewStyles } from './PlanView.styles';
import { WerkgroepEditor, type WerkgroepTarget } from './WerkgroepEditor';

/** What the view says after an update. */
type Feedback = { intent: 'success' | 'warning'; text: string };

/** The integrity plan: the 7 SDs with their operational objectives, filters, the owners' updates and the milestones. */
export function PlanView(): React.ReactElement {
  const repository = usePlanRepository();
  const state = useAsync(() => repository.loadPlan(), [repository]);
  const strings = useStrings().policy.plan;
  const styles = usePlanViewStyles();
  // kept here: a conflict reloads the plan and its message must outlive the reload
  const [feedback, setFeedback] = React.useState<Feedback | undefined>(undefined);
  return (
    <div className={styles.root}>
      <div className={styles.header}>
        <h2 className={styles.heading}>{strings.heading}</h2>
        <Body1 className={styles.intro}>{strings.intro}</Body1>
      </div>
      {feedback && (
        <MessageBar intent={feedback.intent} role="status">
          <MessageBarBody>{feedback.text}</MessageBarBody>
        </MessageBar>
      )}
      {state.status === 'loading' && <Loading />}
      {state.status === 'error' && <ErrorMessage error={state.error} onRetry={state.reload} />}
      {state.status === 'ready' && <PlanContent plan={state.data} onFeedback={setFeedback} reload={state.reload} />}
    </div>
  );
}

/** Props of {@link PlanContent}. */
export interface PlanContentProps {
  plan: Plan;
  onFeedback(feedback: Feedback | undefined): void;
  reload(): void;
}

/** The loaded plan: filters, progress, one section per SD, the milestones, and the update dialog. */
export function PlanContent(props: PlanContentProps): React.ReactElement {
  const { plan, onFeedback } = props;
  const repository = usePlanRepository();
  const allStrings = useStrings();
  const strings = allStrings.policy;
  const p = strings.plan;
  const styles = usePlanViewStyles();
  const [points, setPoints] = React.useState<ActionPoint[]>(plan.actionPoints);
  const [status, setStatus] = React.useState<ActionPointStatus | ''>('');
  const [owner, setOwner] = React.useState('');
  const [editing, setEditing] = React.useState<ActionPoint | undefined>(undefined);
  const [saving, setSaving] = React.useState(false);
  const [problem, setProblem] = React.useState<string | undefined>(undefined);
  const [priorities, setPriorities] = React.useState<PlanPriority[]>(plan.priorities);
  const [inputs, setInputs] = React.useState<EvaluationInput[]>(plan.evaluationInputs);
  const [werkgroepTarget, setWerkgroepTarget] = React.useState<WerkgroepTarget | undefined>(undefined);
  const werkgroep = isWerkgroepIntegriteit(plan.me);
  const priorityOf = (point: ActionPoint): PlanPriority | undefined => priorities.filter((x) => x.actionPointCode === point.code)[0];
  const owners = points.map((x) => x.ownerGroup).filter((g, i, all) => all.indexOf(g) === i).sort();
  const shown = points.filter((x) => (!status || x.status === status) && (!owner || x.ownerGroup === owner));
  const done = points.filter((x) => x.status === 'Gerealiseerd').length;

  const save = (update: ActionPointUpdate): void => {
    if (!editing) return;
    const point = editing;
    setSaving(true);
    setProblem(undefined);
    repository.updateActionPoint(point, update).then(
      (stored) => {
        setSaving(false);
        setEditing(undefined);
        setPoints((all) => all.map((x) => (x.id === stored.id ? stored : x)));
        onFeedback({ intent: 'success', text: format(p.saved, { code: point.code }) });
      },
      (error: unknown) => {
        setSaving(false);
        const kind = classifyError(error);
        if (kind === 'conflict') {
          setEditing(undefined);
          onFeedback({ intent: 'warning', text: format(p.conflict, { code: point.code }) });
          props.reload();
        } else {
          setProblem(kind === 'forbidden' ? format(p.forbidden, { code: point.code }) : errorText(allStrings, error));
        }
      },
    );
  };

  return (
    <>
      <Body1 className={styles.werkgroep}>{strings.werkgroep.about}</Body1>
      <div className={styles.toolbar}>
        <Field label={p.statusFilter} className={styles.filter}>
          <Dropdown
            value={status ? strings.actionStatus[status] : p.allStatuses}
            selectedOptions={[status]}
            onOptionSelect={(_ev, data) => setStatus((data.optionValue || '') as ActionPointStatus | '')}
          >
            <Option value="">{p.allStatuses}</Option>
            {ACTION_POINT_STATUSES.map((s) => (
              <Option key={s} value={s}>
                {strings.actionStatus[s]}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field label={p.ownerFilter} className={styles.filter}>
          <Dropdown value={owner || p.allOwners} selectedOptions={[owner]} onOptionSelect={(_ev, data) => setOwner(data.optionValue || '')}>
            <Option value="">{p.allOwners}</Option>
            {owners.map((g) => (
              <Option key={g} value={g}>
                {g}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <div className={styles.progress}>
          <Caption1>{format(p.progress, { done, total: points.length })}</Caption1>
          <ProgressBar value={points.length ? done / points.length : 0} thickness="large" aria-label={format(p.progress, { done, total: points.length })} />
        </div>
      </div>
      {shown.length === 0 && <Body1 className={styles.muted}>{p.noMatches}</Body1>}
      {plan.objectives.map((objective) => {
        const own = points.filter((x) => x.objectiveId === objective.id);
        const visible = shown.filter((x) => x.objectiveId === objective.id);
        if (!visible.length) return null;
        return (
          <ObjectiveSection
            key={objective.id}
            objective={objective}
            points={visible}
            total={own}
            canUpdate={(point) => canUpdateActionPoint(point, plan.me)}
            priorityOf={priorityOf}
            canPrioritise={werkgroep}
            onPrioritise={(point) => {
              onFeedback(undefined);
              setWerkgroepTarget({ kind: 'priority', point });
            }}
            onUpdate={(point) => {
              setProblem(undefined);
              onFeedback(undefined);
              setEditing(point);
            }}
          />
        );
      })}
      <Milestones
        milestones={plan.milestones}
        inputs={inputs}
        canAddInput={werkgroep}
        onAddInput={(milestone) => {
          onFeedback(undefined);
          setWerkgroepTarget({ kind: 'input', milestone });
        }}
      />
      {werkgroepTarget && (
        <WerkgroepEditor
          target={werkgroepTarget}
          current={werkgroepTarget.kind === 'priority' ? priorityOf(werkgroepTarget.point) : undefined}
          onSaved={(result, message) => {
            const saved = result.priority;
            if (saved) setPriorities((all) => all.filter((x) => x.actionPointCode !== saved.actionPointCode).concat([saved]));
            if (result.input) setInputs((all) => [result.input as EvaluationInput].concat(all));
            setWerkgroepTarget(undefined);
            onFeedback({ intent: 'success', text: message });
          }}
          onConflict={(message) => {
            setWerkgroepTarget(undefined);
            onFeedback({ intent: 'warning', text: message });
            props.reload();
          }}
          onClose={() => setWerkgroepTarget(undefined)}
        />
      )}
      {editing && <ActionPointDialog point={editing} saving={saving} problem={problem} onSave={save} onCancel={() => setEditing(undefined)} />}
    </>
  );
}
