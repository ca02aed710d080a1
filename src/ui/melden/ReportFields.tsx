import * as React from 'react';
import { useStrings } from '../../app/contexts';
import { FEEDBACK_PREFERENCES, REPORT_CATEGORIES, type ReportDraft } from '../../domain/melden';
import type { DraftProblems } from '../../domain/registers/drafts';
import { ChoiceField, RadioField, TextField } from '../registers/FormFields';
import { useRegisterStyles } from '../registers/registers.styles';

/** Props of {@link ReportFields}. */
export interface ReportFieldsProps<D extends ReportDraft> {
  draft: D;
  problems: DraftProblems<ReportDraft>;
  set<K extends keyof D>(key: K): (value: D[K]) => void;
}

/** What every report says, whoever enters it: subject, kind, facts, when and where, who, and the feedback wanted. */
export function ReportFields<D extends ReportDraft>(props: ReportFieldsProps<D>): React.ReactElement {
  const m = useStrings().melden;
  const styles = useRegisterStyles();
  const { draft, problems, set } = props;
  return (
    <>
      <TextField className={styles.wide} label={m.form.subject} hint={m.form.subjectHint} required value={draft.subject} onChange={set('subject')} problem={problems.subject} />
      <ChoiceField
        className={styles.wide}
        label={m.form.category}
        hint={m.form.categoryHint}
        required
        value={draft.category}
        options={REPORT_CATEGORIES}
        labelOf={(c) => m.categories[c]}
        onChange={set('category')}
        problem={problems.category}
      />
      <TextField className={styles.wide} label={m.form.facts} hint={m.form.factsHint} required multiline rows={6} value={draft.facts} onChange={set('facts')} problem={problems.facts} />
      <TextField label={m.form.whenWhere} multiline rows={3} value={draft.whenWhere} onChange={set('whenWhere')} />
      <TextField label={m.form.involved} hint={m.form.involvedHint} multiline rows={3} value={draft.involved} onChange={set('involved')} />
      <RadioField
        className={styles.wide}
        label={m.form.feedbackPreference}
        required
        value={draft.feedbackPreference}
        options={FEEDBACK_PREFERENCES.map((p) => ({ value: p, label: m.preferences[p] }))}
        onChange={set('feedbackPreference')}
        problem={problems.feedbackPreference}
      />
    </>
  );
}
