import * as React from 'react';
import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  Radio,
  RadioGroup,
  Spinner,
  Textarea,
} from '@fluentui/react-components';
import { useStrings } from '../../app/contexts';
import { brusselsDateOf, type BrusselsDate } from '../../domain/dates';
import { WERKGROEP_TEXT_MAX, werkgroepInputProblems, type WerkgroepInputProblem } from '../../domain/plan/werkgroep';
import type { PlanPriorityLevel } from '../../data/plan/types';
import { PLAN_PRIORITIES } from '../../data/schema';
import { format } from '../../loc';
import { useWerkgroepDialogStyles } from './WerkgroepDialog.styles';

/** What the werkgroep enters: a text, the meeting's date and, for a priority, the level. */
export interface WerkgroepEntry {
  priority?: PlanPriorityLevel;
  text: string;
  meetingDate: BrusselsDate;
}

/** Props of {@link WerkgroepDialog}. */
export interface WerkgroepDialogProps {
  heading: string;
  /** What the entry is about (the objective's or the milestone's text). */
  about: string;
  /** The level chosen so far: the dialog then asks for a priority (the text is its optional motivation). */
  priority?: PlanPriorityLevel | null;
  initialText?: string;
  initialMeetingDate?: BrusselsDate | null;
  saving: boolean;
  /** What went wrong with the last save, in the user's language. */
  problem?: string;
  onSave(entry: WerkgroepEntry): void;
  onCancel(): void;
}

/** The Werkgroep Integriteit records a priority of an operational objective, or its input to a milestone. */
export function WerkgroepDialog(props: WerkgroepDialogProps): React.ReactElement {
  const strings = useStrings().policy;
  const w = strings.werkgroep;
  const styles = useWerkgroepDialogStyles();
  const asksPriority = props.priority !== undefined;
  const [priority, setPriority] = React.useState<PlanPriorityLevel>(props.priority || 'Gemiddeld');
  const [text, setText] = React.useState(props.initialText || '');
  const [meetingDate, setMeetingDate] = React.useState<string>(props.initialMeetingDate || brusselsDateOf(new Date()));
  const [shown, setShown] = React.useState<WerkgroepInputProblem[]>([]);
  const message = (problem: WerkgroepInputProblem | undefined): string | undefined => (problem ? format(w.problems[problem], { max: WERKGROEP_TEXT_MAX }) : undefined);
  const textProblem = shown.filter((p) => p === 'inputRequired' || p === 'textTooLong')[0];
  const dateProblem = shown.filter((p) => p === 'meetingDateInvalid' || p === 'meetingDateInFuture')[0];
  const submit = (ev: React.FormEvent): void => {
    ev.preventDefault();
    const problems = werkgroepInputProblems({ text, meetingDate }, !asksPriority, brusselsDateOf(new Date()));
    setShown(problems);
    if (!problems.length) props.onSave({ priority: asksPriority ? priority : undefined, text, meetingDate });
  };
  return (
    <Dialog open modalType="modal" onOpenChange={(_ev, data) => !data.open && props.onCancel()}>
      <DialogSurface>
        <form onSubmit={submit} noValidate>
          <DialogBody>
            <DialogTitle>{props.heading}</DialogTitle>
            <DialogContent className={styles.content}>
              <Body1 className={styles.description}>{props.about}</Body1>
              {props.problem && (
                <Body1 role="alert" className={styles.problem}>
                  {props.problem}
                </Body1>
              )}
              {asksPriority && (
                <Field label={w.priorityField} required>
                  <RadioGroup layout="horizontal" value={priority} onChange={(_ev, data) => setPriority(data.value as PlanPriorityLevel)}>
                    {PLAN_PRIORITIES.map((level) => (
                      <Radio key={level} value={level} label={strings.priority[level]} />
                    ))}
                  </RadioGroup>
                </Field>
              )}
              <Field
                label={asksPriority ? w.motivation : w.inputField}
                required={!asksPriority}
                validationMessage={message(textProblem)}
                validationState={textProblem ? 'error' : 'none'}
              >
                <Textarea value={text} resize="vertical" rows={5} onChange={(_ev, data) => setText(data.value)} />
              </Field>
              <Field label={w.meetingDate} required className={styles.date} validationMessage={message(dateProblem)} validationState={dateProblem ? 'error' : 'none'}>
                <Input type="date" value={meetingDate} onChange={(_ev, data) => setMeetingDate(data.value)} />
              </Field>
            </DialogContent>
            <DialogActions>
              <Button type="submit" appearance="primary" disabled={props.saving} icon={props.saving ? <Spinner size="tiny" /> : undefined}>
                {props.saving ? strings.plan.saving : strings.plan.save}
              </Button>
              <Button onClick={props.onCancel}>{strings.plan.cancel}</Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
