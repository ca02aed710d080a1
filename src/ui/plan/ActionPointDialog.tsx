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
  Dropdown,
  Field,
  Option,
  Spinner,
  Textarea,
} from '@fluentui/react-components';
import { useStrings } from '../../app/contexts';
import { EVALUATION_NOTES_MAX } from '../../domain/plan/planRules';
import type { ActionPoint, ActionPointHorizon, ActionPointStatus, ActionPointUpdate } from '../../data/plan/types';
import { ACTION_POINT_HORIZONS, ACTION_POINT_STATUSES } from '../../data/schema';
import { format } from '../../loc';
import { useActionPointDialogStyles } from './ActionPointDialog.styles';

/** Props of {@link ActionPointDialog}. */
export interface ActionPointDialogProps {
  point: ActionPoint;
  saving: boolean;
  /** What went wrong with the last save, in the user's language. */
  problem?: string;
  onSave(update: ActionPointUpdate): void;
  onCancel(): void;
}

/** The owner's update of an operational objective: status, horizon and evaluation. */
export function ActionPointDialog(props: ActionPointDialogProps): React.ReactElement {
  const { point } = props;
  const strings = useStrings().policy;
  const p = strings.plan;
  const styles = useActionPointDialogStyles();
  const [status, setStatus] = React.useState<ActionPointStatus>(point.status);
  const [horizon, setHorizon] = React.useState<ActionPointHorizon | undefined>(point.horizon);
  const [notes, setNotes] = React.useState(point.evaluationNotes);
  const tooLong = notes.length > EVALUATION_NOTES_MAX;
  const submit = (ev: React.FormEvent): void => {
    ev.preventDefault();
    if (!tooLong) props.onSave({ status, horizon, evaluationNotes: notes });
  };
  return (
    <Dialog open modalType="modal" onOpenChange={(_ev, data) => !data.open && props.onCancel()}>
      <DialogSurface>
        <form onSubmit={submit} noValidate>
          <DialogBody>
            <DialogTitle>{format(p.updateHeading, { code: point.code })}</DialogTitle>
            <DialogContent className={styles.content}>
              <Body1 className={styles.description}>{point.description}</Body1>
              {props.problem && (
                <Body1 role="alert" className={styles.problem}>
                  {props.problem}
                </Body1>
              )}
              <Field label={p.statusColumn} required>
                <Dropdown value={strings.actionStatus[status]} selectedOptions={[status]} onOptionSelect={(_ev, data) => setStatus(data.optionValue as ActionPointStatus)}>
                  {ACTION_POINT_STATUSES.map((s) => (
                    <Option key={s} value={s}>
                      {strings.actionStatus[s]}
                    </Option>
                  ))}
                </Dropdown>
              </Field>
              <Field label={p.horizonColumn}>
                <Dropdown
                  value={horizon ? strings.horizon[horizon] : p.noHorizon}
                  selectedOptions={[horizon ?? '']}
                  onOptionSelect={(_ev, data) => setHorizon((data.optionValue || undefined) as ActionPointHorizon | undefined)}
                >
                  <Option value="">{p.noHorizon}</Option>
                  {ACTION_POINT_HORIZONS.map((h) => (
                    <Option key={h} value={h}>
                      {strings.horizon[h]}
                    </Option>
                  ))}
                </Dropdown>
              </Field>
              <Field
                label={p.evaluation}
                hint={p.evaluationHint}
                validationMessage={tooLong ? format(p.notesTooLong, { max: EVALUATION_NOTES_MAX }) : undefined}
              >
                <Textarea value={notes} resize="vertical" rows={6} onChange={(_ev, data) => setNotes(data.value)} />
              </Field>
            </DialogContent>
            <DialogActions>
              <Button type="submit" appearance="primary" disabled={props.saving || tooLong} icon={props.saving ? <Spinner size="tiny" /> : undefined}>
                {props.saving ? p.saving : p.save}
              </Button>
              <Button onClick={props.onCancel}>{p.cancel}</Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
