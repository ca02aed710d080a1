import * as React from 'react';
import { useStrings } from '../../app/contexts';
import type { DilemmaSession } from '../../data/trainings/types';
import { brusselsDateOf } from '../../domain/dates';
import { DIENSTEN, type Dienst } from '../../domain/groups';
import type { Membership } from '../../domain/membership';
import { isValid } from '../../domain/registers/drafts';
import { dilemmaSessionProblems, type Dilemma, type DilemmaSessionDraft } from '../../domain/trainings';
import { Notice, problemsOf } from '../registers/feedback';
import { FormFooter } from '../registers/FormFooter';
import { ChoiceField, TextField } from '../registers/FormFields';
import { useRegisterStyles } from '../registers/registers.styles';
import { useSave } from '../registers/useSave';
import { useTrainingsRepository } from './useTrainings';

/** Props of {@link DilemmaSessionForm}. */
export interface DilemmaSessionFormProps {
  me: Membership;
  theme: number;
  dilemmaIds: string[];
  dilemmas: Dilemma[];
  onRecorded(session: DilemmaSession): void;
}

/** The team leader records that the session took place: date, dienst, team, number present; never what anyone said. */
export function DilemmaSessionForm(props: DilemmaSessionFormProps): React.ReactElement {
  const strings = useStrings();
  const d = strings.trainings.dilemmas;
  const styles = useRegisterStyles();
  const repo = useTrainingsRepository();
  const today = brusselsDateOf(new Date());
  const [fields, setFields] = React.useState({ heldOn: today, dienst: '' as Dienst | '', team: '', present: '' });
  const [tried, setTried] = React.useState(false);
  const draft: DilemmaSessionDraft = { ...fields, theme: props.theme, dilemmaIds: props.dilemmaIds };
  const [state, save, reset] = useSave((x: DilemmaSessionDraft) => repo.recordDilemmaSession(props.me, x, props.dilemmas));
  const problems = { ...(tried ? dilemmaSessionProblems(draft, props.dilemmas, today) : {}), ...problemsOf<DilemmaSessionDraft>(state.status === 'error' ? state.error : null) };
  const set = (key: keyof typeof fields) => (value: string) => {
    if (state.status === 'done') reset();
    setFields((f) => ({ ...f, [key]: value }));
  };
  return (
    <form
      className={`${styles.card} ${styles.form}`}
      aria-label={d.recordHeading}
      noValidate
      onSubmit={async (ev) => {
        ev.preventDefault();
        setTried(true);
        if (!isValid(dilemmaSessionProblems(draft, props.dilemmas, today))) return;
        const recorded = await save(draft);
        if (recorded) {
          setTried(false);
          setFields((f) => ({ ...f, present: '' }));
          props.onRecorded(recorded);
        }
      }}
    >
      <h3 className={`${styles.subheading} ${styles.wide}`}>{d.recordHeading}</h3>
      <p className={`${styles.muted} ${styles.wide}`}>{d.recordIntro}</p>
      {problems.dilemmaIds && (
        <div className={styles.wide}>
          <Notice intent="error">{d.pickDilemmas}</Notice>
        </div>
      )}
      <TextField label={d.heldOn} required type="date" value={fields.heldOn} onChange={set('heldOn')} problem={problems.heldOn} />
      <ChoiceField label={strings.registers.common.dienst} required value={fields.dienst} options={DIENSTEN} onChange={set('dienst')} problem={problems.dienst} />
      <TextField label={d.team} required value={fields.team} onChange={set('team')} problem={problems.team} />
      <TextField label={d.present} required inputMode="numeric" value={fields.present} onChange={set('present')} problem={problems.present} />
      {state.status === 'done' && (
        <div className={styles.wide}>
          <Notice intent="success">{d.recorded}</Notice>
        </div>
      )}
      <FormFooter problems={problems} state={state.status === 'done' ? { status: 'idle' } : state} submitLabel={d.record} busyLabel={d.recording} />
    </form>
  );
}
