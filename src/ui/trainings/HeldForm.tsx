import * as React from 'react';
import { useStrings } from '../../app/contexts';
import type { Training } from '../../data/trainings/types';
import type { Membership } from '../../domain/membership';
import { FormFooter } from '../registers/FormFooter';
import { TextField } from '../registers/FormFields';
import { useRegisterStyles } from '../registers/registers.styles';
import { useReloadOnConflict, useSave } from '../registers/useSave';
import { useTrainingsRepository } from './useTrainings';

/** Props of {@link HeldForm}. */
export interface HeldFormProps {
  me: Membership;
  training: Training;
  onHeld(training: Training): void;
  onConflict(): void;
}

/** HR or Cel GWB records that a planned session was held, with its evaluation. */
export function HeldForm(props: HeldFormProps): React.ReactElement {
  const t = useStrings().trainings;
  const styles = useRegisterStyles();
  const repo = useTrainingsRepository();
  const [evaluation, setEvaluation] = React.useState('');
  const [state, save] = useSave((text: string) => repo.markHeld(props.me, props.training, text));
  useReloadOnConflict(state, props.onConflict);
  return (
    <form
      className={styles.card}
      aria-label={t.heldHeading}
      noValidate
      onSubmit={async (ev) => {
        ev.preventDefault();
        const held = await save(evaluation);
        if (held) props.onHeld(held);
      }}
    >
      <h3 className={styles.subheading}>{t.heldHeading}</h3>
      <TextField label={t.fields.evaluation} hint={t.heldHint} required multiline rows={3} value={evaluation} onChange={setEvaluation} />
      <FormFooter problems={{}} state={state} submitLabel={t.markHeld} busyLabel={t.saving} refusals={t.refusals} />
    </form>
  );
}

