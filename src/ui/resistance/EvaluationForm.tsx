import * as React from 'react';
import { Button } from '@fluentui/react-components';
import { useStrings } from '../../app/contexts';
import type { Incident } from '../../data/resistance/types';
import { brusselsDateOf } from '../../domain/dates';
import type { Membership } from '../../domain/membership';
import { nextLessonId, type EvaluationDraft, type PersonRef } from '../../domain/resistance';
import { format } from '../../loc';
import { FormFooter } from '../registers/FormFooter';
import { ChoiceField, TextField } from '../registers/FormFields';
import { useRegisterStyles } from '../registers/registers.styles';
import { useReloadOnConflict, useSave } from '../registers/useSave';
import { useResistanceRepository } from './useResistance';

/** Props of {@link EvaluationForm}. */
export interface EvaluationFormProps {
  me: Membership;
  incident: Incident;
  tiwk: PersonRef[];
  gwb: PersonRef[];
  onEvaluated(incident: Incident): void;
  onConflict(): void;
}

/** TIWK and Cel GWB record the tactical evaluation: who of each evaluated, when, the findings and the lessons. */
export function EvaluationForm(props: EvaluationFormProps): React.ReactElement {
  const r = useStrings().resistance;
  const styles = useRegisterStyles();
  const repo = useResistanceRepository();
  const mine = String(props.me.userId);
  const pick = (people: PersonRef[]): PersonRef | null => people.filter((p) => p.id === mine)[0] || null;
  const [draft, setDraft] = React.useState<EvaluationDraft>({
    evaluatedOn: brusselsDateOf(new Date()),
    tiwk: pick(props.tiwk),
    gwb: pick(props.gwb),
    findings: '',
    lessons: [],
  });
  const [state, save] = useSave((d: EvaluationDraft) => repo.evaluate(props.me, props.incident, d));
  useReloadOnConflict(state, props.onConflict);
  const person = (people: PersonRef[], key: 'tiwk' | 'gwb', label: string) => (
    <ChoiceField
      label={label}
      required
      value={draft[key] ? (draft[key] as PersonRef).id : ''}
      options={people.map((p) => p.id)}
      labelOf={(id) => (people.filter((p) => p.id === id)[0] || { name: id }).name}
      onChange={(id) => setDraft((d) => ({ ...d, [key]: people.filter((p) => p.id === id)[0] || null }))}
    />
  );
  const setLesson = (id: string, text: string): void => setDraft((d) => ({ ...d, lessons: d.lessons.map((l) => (l.id === id ? { ...l, text } : l)) }));
  return (
    <form
      className={styles.form}
      noValidate
      onSubmit={async (ev) => {
        ev.preventDefault();
        const next = await save(draft);
        if (next) props.onEvaluated(next);
      }}
    >
      <p className={`${styles.muted} ${styles.wide}`}>{r.evaluation.intro}</p>
      <TextField label={r.evaluation.evaluatedOn} required type="date" value={draft.evaluatedOn} onChange={(evaluatedOn) => setDraft((d) => ({ ...d, evaluatedOn }))} />
      {person(props.tiwk, 'tiwk', r.evaluation.tiwk)}
      {person(props.gwb, 'gwb', r.evaluation.gwb)}
      <TextField className={styles.wide} label={r.evaluation.findings} required multiline value={draft.findings} onChange={(findings) => setDraft((d) => ({ ...d, findings }))} />
      {draft.lessons.map((lesson, i) => (
        <div key={lesson.id} className={`${styles.wide} ${styles.actions}`}>
          <TextField label={format(r.evaluation.lessonLabel, { n: i + 1 })} value={lesson.text} onChange={(text) => setLesson(lesson.id, text)} />
          <Button onClick={() => setDraft((d) => ({ ...d, lessons: d.lessons.filter((l) => l.id !== lesson.id) }))}>{format(r.evaluation.removeLesson, { n: i + 1 })}</Button>
        </div>
      ))}
      <div className={`${styles.wide} ${styles.actions}`}>
        <Button onClick={() => setDraft((d) => ({ ...d, lessons: d.lessons.concat([{ id: nextLessonId(d.lessons), text: '' }]) }))}>{r.evaluation.addLesson}</Button>
      </div>
      <FormFooter problems={{}} state={state} submitLabel={r.evaluation.save} busyLabel={r.evaluation.saving} refusals={r.refusals} />
    </form>
  );
}
