import * as React from 'react';
import { useStrings } from '../../app/contexts';
import { classifyError } from '../../data/errors';
import type { ActionPoint, EvaluationInput, PlanPriority } from '../../data/plan/types';
import type { PolicyText } from '../../data/policy/types';
import { format } from '../../loc';
import { errorText } from '../common/Status';
import { usePlanRepository } from './PlanRepositoryContext';
import { WerkgroepDialog, type WerkgroepEntry } from './WerkgroepDialog';

/** What the werkgroep is recording: the priority of an objective, or input to a milestone. */
export type WerkgroepTarget = { kind: 'priority'; point: ActionPoint } | { kind: 'input'; milestone: PolicyText };

/** Props of {@link WerkgroepEditor}. */
export interface WerkgroepEditorProps {
  target: WerkgroepTarget;
  /** The objective's priority as read (updated with its ETag), if any. */
  current: PlanPriority | undefined;
  onSaved(result: { priority?: PlanPriority; input?: EvaluationInput }, message: string): void;
  /** Another member changed it meanwhile: the plan is read again. */
  onConflict(message: string): void;
  onClose(): void;
}

/** The Werkgroep Integriteit's dialog and its save: the priority of an objective, or input to a milestone. */
export function WerkgroepEditor(props: WerkgroepEditorProps): React.ReactElement {
  const { target, current } = props;
  const repository = usePlanRepository();
  const allStrings = useStrings();
  const w = allStrings.policy.werkgroep;
  const [saving, setSaving] = React.useState(false);
  const [problem, setProblem] = React.useState<string | undefined>(undefined);
  const label = target.kind === 'priority' ? target.point.code : target.milestone.title;

  const save = (entry: WerkgroepEntry): void => {
    setSaving(true);
    setProblem(undefined);
    const done =
      target.kind === 'priority'
        ? repository
            .setPriority(target.point.code, current, { priority: entry.priority || 'Gemiddeld', motivation: entry.text, meetingDate: entry.meetingDate })
            .then((priority) => props.onSaved({ priority }, format(w.prioritySaved, { code: label })))
        : repository
            .addEvaluationInput({ milestoneKey: target.milestone.key, input: entry.text, meetingDate: entry.meetingDate })
            .then((input) => props.onSaved({ input }, format(w.inputSaved, { milestone: label })));
    done.catch((error: unknown) => {
      setSaving(false);
      const kind = classifyError(error);
      if (kind === 'conflict') props.onConflict(format(w.priorityConflict, { code: label }));
      else setProblem(kind === 'forbidden' ? w.forbidden : errorText(allStrings, error));
    });
  };

  return target.kind === 'priority' ? (
    <WerkgroepDialog
      heading={format(w.priorityHeading, { code: target.point.code })}
      about={target.point.description}
      priority={current ? current.priority : null}
      initialText={current ? current.motivation : ''}
      initialMeetingDate={current ? current.meetingDate : null}
      saving={saving}
      problem={problem}
      onSave={save}
      onCancel={props.onClose}
    />
  ) : (
    <WerkgroepDialog heading={format(w.addInputHeading, { milestone: label })} about={target.milestone.title} saving={saving} problem={problem} onSave={save} onCancel={props.onClose} />
  );
}
