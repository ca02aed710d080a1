import * as React from 'react';
import { useStrings } from '../../app/contexts';
import { brusselsDateOf } from '../../domain/dates';
import { administrationProblems } from '../../domain/complaints/drafts';
import type { AdministrationChanges, DossierAdministration } from '../../data/complaints/ComplaintsRepository';
import { FormFooter } from '../registers/FormFooter';
import { TextField } from '../registers/FormFields';
import { useRegisterStyles } from '../registers/registers.styles';
import { useDraft } from '../registers/useDraft';
import { useSave } from '../registers/useSave';
import { useComplaintsRepository } from './useComplaints';

/** Props of {@link AdministrationForm}. */
export interface AdministrationFormProps {
  record: DossierAdministration;
  onSaved(next: DossierAdministration): void;
  onCancel(): void;
  /** Someone else saved it meanwhile (412): reload the list. */
  onConflict(): void;
}

/** The CaLog support role updates a dossier's administration: the next deadline, what it is for, the documents, archiving. */
export function AdministrationForm(props: AdministrationFormProps): React.ReactElement {
  const c = useStrings().registers.complaints;
  const styles = useRegisterStyles();
  const repo = useComplaintsRepository();
  const { record } = props;
  const today = brusselsDateOf(new Date());
  const [state, save] = useSave((x: AdministrationChanges) => repo.saveAdministration(record, x));
  const { draft: changes, set, problems, attempt } = useDraft<AdministrationChanges>(
    { nextDeadline: record.nextDeadline || '', deadlineNote: record.deadlineNote, documents: record.documents, archivedOn: record.archivedOn || '' },
    (x) => administrationProblems(x, today),
    state,
  );
  React.useEffect(() => {
    if (state.status === 'error' && (state.error as { status?: number }).status === 412) props.onConflict();
  }, [state]);
  const onSubmit = async (ev: React.FormEvent): Promise<void> => {
    ev.preventDefault();
    if (!attempt()) return;
    const next = await save(changes);
    if (next) props.onSaved(next);
  };
  return (
    <form className={styles.form} onSubmit={onSubmit} aria-label={`${c.adminEdit} ${record.number}`} noValidate>
      <TextField label={c.adminNextDeadline} type="date" value={changes.nextDeadline} onChange={set('nextDeadline')} problem={problems.nextDeadline} />
      <TextField label={c.adminDeadlineNote} value={changes.deadlineNote} onChange={set('deadlineNote')} />
      <TextField className={styles.wide} label={c.adminDocuments} hint={c.adminDocumentsHint} multiline value={changes.documents} onChange={set('documents')} />
      <TextField label={c.adminArchivedOn} type="date" value={changes.archivedOn} onChange={set('archivedOn')} problem={problems.archivedOn} />
      <FormFooter problems={problems} state={state} submitLabel={c.adminEdit} busyLabel={c.adminEdit} onCancel={props.onCancel} />
    </form>
  );
}
