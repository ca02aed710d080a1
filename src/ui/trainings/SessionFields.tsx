import * as React from 'react';
import { useStrings } from '../../app/contexts';
import { useNavigation } from '../../app/navigation';
import type { Membership } from '../../domain/membership';
import type { Training } from '../../data/trainings/types';
import { brusselsDateOf } from '../../domain/dates';
import { DIENSTEN } from '../../domain/groups';
import { sessionProblems, TRAINING_THEMES, type SessionDraft } from '../../domain/trainings';
import { FormFooter } from '../registers/FormFooter';
import { ChoiceField, TextField } from '../registers/FormFields';
import { useRegisterStyles } from '../registers/registers.styles';
import { useDraft } from '../registers/useDraft';
import { useSave } from '../registers/useSave';
import { trainingRoute } from './routes';
import { useTrainingsRepository } from './useTrainings';

/** The draft of a session, from the need it plans (its title, theme, dienst, description) or empty. */
function draftOf(training: Training | null): SessionDraft {
  return {
    title: training ? training.title : '',
    theme: training ? training.theme : '',
    dienst: training && training.dienst ? training.dienst : '',
    startsOn: training && training.startsAt ? brusselsDateOf(training.startsAt) : '',
    startsAt: '',
    location: training ? training.location : '',
    trainer: training ? training.trainer : '',
    capacity: training && training.capacity ? String(training.capacity) : '',
    description: training ? training.description : '',
  };
}

/** Props of {@link SessionFields}. */
export interface SessionFieldsProps {
  me: Membership;
  /** The need (or planned session) it plans, or null for a new session. */
  training: Training | null;
}

/** The fields of a session, filled from the need it plans; saving opens the planned session. */
export function SessionFields(props: SessionFieldsProps): React.ReactElement {
  const strings = useStrings();
  const t = strings.trainings;
  const common = strings.registers.common;
  const styles = useRegisterStyles();
  const repo = useTrainingsRepository();
  const { navigate } = useNavigation();
  const [state, save] = useSave((d: SessionDraft) => repo.planTraining(props.me, d, props.training));
  const { draft, set, problems, attempt } = useDraft<SessionDraft>(() => draftOf(props.training), (x) => sessionProblems(x), state);
  return (
    <form
      className={styles.form}
      noValidate
      onSubmit={async (ev) => {
        ev.preventDefault();
        if (!attempt()) return;
        const planned = await save(draft);
        if (planned) navigate({ view: 'opleidingen', item: trainingRoute(planned.id) });
      }}
    >
      <TextField className={styles.wide} label={t.fields.title} required value={draft.title} onChange={set('title')} problem={problems.title} />
      <ChoiceField label={t.fields.theme} required value={draft.theme} options={TRAINING_THEMES} labelOf={(v) => t.themes[v]} onChange={set('theme')} problem={problems.theme} />
      <ChoiceField label={`${t.fields.dienst} (${common.optional})`} hint={t.fields.dienstHint} value={draft.dienst} options={DIENSTEN} onChange={set('dienst')} />
      <TextField label={t.fields.startsOn} required type="date" value={draft.startsOn} onChange={set('startsOn')} problem={problems.startsOn} />
      <TextField label={`${t.fields.startsAt} (${common.optional})`} type="time" value={draft.startsAt} onChange={set('startsAt')} problem={problems.startsAt} />
      <TextField label={t.fields.location} required value={draft.location} onChange={set('location')} problem={problems.location} />
      <TextField label={`${t.fields.trainer} (${common.optional})`} value={draft.trainer} onChange={set('trainer')} />
      <TextField label={`${t.fields.capacity} (${common.optional})`} inputMode="numeric" value={draft.capacity} onChange={set('capacity')} problem={problems.capacity} />
      <TextField className={styles.wide} label={`${t.fields.description} (${common.optional})`} multiline rows={3} value={draft.description} onChange={set('description')} />
      <FormFooter problems={problems} state={state} submitLabel={t.save} busyLabel={t.saving} refusals={t.refusals} onCancel={() => navigate({ view: 'opleidingen' })} />
    </form>
  );
}
