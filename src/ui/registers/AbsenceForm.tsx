import * as React from 'react';
import { Button, Field } from '@fluentui/react-components';
import { useStrings } from '../../app/contexts';
import { brusselsDateOf } from '../../domain/dates';
import { ABSENCE_KINDS } from '../../domain/registers';
import { absenceProblems, isValid } from '../../domain/registers/drafts';
import type { AbsenceDraft, AbsenceRecord } from '../../data/registers/RegistersRepository';
import { format } from '../../loc';
import { ErrorMessage, Loading } from '../common/Status';
import { useAsync } from '../common/useAsync';
import { PeoplePicker } from '../complaints/PeoplePicker';
import { isDraftError, Notice, problemsOf, SaveError } from './feedback';
import { ChoiceField, TextField } from './FormFields';
import { useRegisterStyles } from './registers.styles';
import { useRegistersRepository } from './useRegisters';
import { useSave } from './useSave';

/** Props of {@link AbsenceForm}. */
export interface AbsenceFormProps {
  onRegistered(absence: AbsenceRecord): void;
  onClose(): void;
}

/** HR registers an absence of a staff member: who, which kind, from and (if known) until; the staff are read on opening. */
export function AbsenceForm(props: AbsenceFormProps): React.ReactElement {
  const s = useStrings().registers;
  const a = s.absences;
  const styles = useRegisterStyles();
  const repo = useRegistersRepository();
  const staff = useAsync(() => repo.loadStaff(), [repo]);
  const today = brusselsDateOf(new Date());
  const empty: AbsenceDraft = { member: null, kind: '', start: today, end: '' };
  const [draft, setDraft] = React.useState<AbsenceDraft>(empty);
  const [tried, setTried] = React.useState(false);
  const [added, add] = useSave((d: AbsenceDraft) => repo.registerAbsence(d));
  const problems = { ...(tried ? absenceProblems(draft, today) : {}), ...problemsOf<AbsenceDraft>(added.status === 'error' ? added.error : null) };

  const onSubmit = async (ev: React.FormEvent): Promise<void> => {
    ev.preventDefault();
    setTried(true);
    if (!isValid(absenceProblems(draft, today))) return;
    const created = await add(draft);
    if (created) {
      props.onRegistered(created);
      setDraft(empty);
      setTried(false);
    }
  };

  return (
    <form onSubmit={onSubmit} className={styles.form} aria-label={a.register} noValidate>
      <Field
        className={styles.wide}
        label={a.member}
        required
        validationState={problems.member ? 'error' : 'none'}
        validationMessage={problems.member ? s.common.problems[problems.member] : undefined}
      >
        {staff.status === 'loading' && <Loading />}
        {staff.status === 'error' && <ErrorMessage error={staff.error} onRetry={staff.reload} />}
        {staff.status === 'ready' && (
          <PeoplePicker
            label={a.member}
            people={staff.data}
            value={draft.member ? [draft.member] : []}
            onChange={(picked) => setDraft((d) => ({ ...d, member: picked[picked.length - 1] || null }))}
          />
        )}
      </Field>
      <ChoiceField label={a.kind} required value={draft.kind} options={ABSENCE_KINDS} labelOf={(k) => a.kinds[k]} onChange={(kind) => setDraft((d) => ({ ...d, kind }))} problem={problems.kind} />
      <TextField label={a.start} required type="date" value={draft.start} onChange={(start) => setDraft((d) => ({ ...d, start }))} problem={problems.start} />
      <TextField label={`${a.end} (${s.common.optional})`} type="date" value={draft.end} onChange={(end) => setDraft((d) => ({ ...d, end }))} problem={problems.end} />
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={added.status === 'saving'}>
          {a.register}
        </Button>
        <Button onClick={props.onClose}>{a.close}</Button>
      </div>
      {added.status === 'error' && !isDraftError(added.error) && (
        <div className={styles.wide}>
          <SaveError error={added.error} />
        </div>
      )}
      {added.status === 'done' && (
        <div className={styles.wide}>
          <Notice intent="success">{format(a.registered, { name: added.result.member.name })}</Notice>
        </div>
      )}
    </form>
  );
}
