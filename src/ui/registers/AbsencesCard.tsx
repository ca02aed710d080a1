import * as React from 'react';
import { Button } from '@fluentui/react-components';
import { useStrings } from '../../app/contexts';
import { brusselsDateOf, formatDateBE } from '../../domain/dates';
import { ABSENCE_KINDS } from '../../domain/registers';
import { absenceProblems, isValid } from '../../domain/registers/drafts';
import type { AbsenceDraft, AbsenceRecord } from '../../data/registers/RegistersRepository';
import { isDraftError, Notice, problemsOf, SaveError } from './feedback';
import { ChoiceField, TextField } from './FormFields';
import { RecordTable } from './RecordTable';
import { useRegisterStyles } from './registers.styles';
import { useRegistersRepository } from './useRegisters';
import { useSave } from './useSave';

/** Props of {@link AbsencesCard}. */
export interface AbsencesCardProps {
  member: { id: string; name: string };
  absences: readonly AbsenceRecord[];
  /** HR registers absences and their end. */
  canRegister: boolean;
  onChange(absences: AbsenceRecord[]): void;
}

/** The absences of the member that suspend their side activities; HR registers them and their end. */
export function AbsencesCard(props: AbsencesCardProps): React.ReactElement {
  const s = useStrings().registers;
  const a = s.absences;
  const styles = useRegisterStyles();
  const repo = useRegistersRepository();
  const today = brusselsDateOf(new Date());
  const [draft, setDraft] = React.useState<AbsenceDraft>({ kind: '', start: today, end: '' });
  const [tried, setTried] = React.useState(false);
  const [ends, setEnds] = React.useState<{ [id: string]: string }>({});
  const [added, add] = useSave((d: AbsenceDraft) => repo.registerAbsence(props.member, d));
  const [ended, end] = useSave((absence: AbsenceRecord, day: string) => repo.endAbsence(absence, day));
  const problems = { ...(tried ? absenceProblems(draft, today) : {}), ...problemsOf<AbsenceDraft>(added.status === 'error' ? added.error : null) };

  const onAdd = async (ev: React.FormEvent): Promise<void> => {
    ev.preventDefault();
    setTried(true);
    if (!isValid(absenceProblems(draft, today))) return;
    const created = await add(draft);
    if (created) {
      props.onChange(props.absences.concat([created]));
      setDraft({ kind: '', start: today, end: '' });
      setTried(false);
    }
  };
  const onEnd = async (absence: AbsenceRecord): Promise<void> => {
    const changed = await end(absence, ends[absence.id] || today);
    if (changed) props.onChange(props.absences.map((x) => (x.id === changed.id ? changed : x)));
  };

  return (
    <section className={styles.card} aria-label={a.title}>
      <h3 className={styles.subheading}>{a.title}</h3>
      <p className={styles.muted}>{a.intro}</p>
      <RecordTable
        caption={a.title}
        items={props.absences}
        rowKey={(x) => x.id}
        empty={a.empty}
        columns={[
          { key: 'kind', header: a.kind, render: (x) => a.kinds[x.kind] },
          { key: 'start', header: a.start, render: (x) => formatDateBE(x.start) },
          {
            key: 'end',
            header: a.end,
            render: (x) =>
              x.end ? (
                formatDateBE(x.end)
              ) : props.canRegister ? (
                <div className={styles.actions}>
                  <TextField label={a.endOn} type="date" value={ends[x.id] || today} onChange={(v) => setEnds((e) => ({ ...e, [x.id]: v }))} />
                  <Button onClick={() => void onEnd(x)} disabled={ended.status === 'saving'}>
                    {a.registerEnd}
                  </Button>
                </div>
              ) : (
                a.ongoing
              ),
          },
        ]}
      />
      {ended.status === 'error' && <SaveError error={ended.error} />}
      {props.canRegister && (
        <form onSubmit={onAdd} className={styles.form} aria-label={a.register} noValidate>
          <ChoiceField label={a.kind} required value={draft.kind} options={ABSENCE_KINDS} labelOf={(k) => a.kinds[k]} onChange={(kind) => setDraft((d) => ({ ...d, kind }))} problem={problems.kind} />
          <TextField label={a.start} required type="date" value={draft.start} onChange={(start) => setDraft((d) => ({ ...d, start }))} problem={problems.start} />
          <TextField label={`${a.end} (${s.common.optional})`} type="date" value={draft.end} onChange={(v) => setDraft((d) => ({ ...d, end: v }))} problem={problems.end} />
          <div className={styles.actions}>
            <Button type="submit" appearance="primary" disabled={added.status === 'saving'}>
              {a.register}
            </Button>
          </div>
          {added.status === 'error' && !isDraftError(added.error) && (
            <div className={styles.wide}>
              <SaveError error={added.error} />
            </div>
          )}
          {added.status === 'done' && (
            <div className={styles.wide}>
              <Notice intent="success">{s.common.saved}</Notice>
            </div>
          )}
        </form>
      )}
    </section>
  );
}
