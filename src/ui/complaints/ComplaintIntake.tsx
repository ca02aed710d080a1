import * as React from 'react';
import { Field } from '@fluentui/react-components';
import { useStrings } from '../../app/contexts';
import { useNavigation } from '../../app/navigation';
import { brusselsDateOf } from '../../domain/dates';
import { COMPLAINT_CHANNELS } from '../../domain/complaints';
import { complaintProblems } from '../../domain/complaints/drafts';
import type { ComplaintDraft } from '../../data/complaints/ComplaintsRepository';
import { DIENSTEN } from '../../domain/groups';
import { ErrorMessage, Loading } from '../common/Status';
import { useAsync } from '../common/useAsync';
import { Notice } from '../registers/feedback';
import { FormFooter } from '../registers/FormFooter';
import { ChoiceField, TextField } from '../registers/FormFields';
import { RegisterPage } from '../registers/RegisterPage';
import { useRegisterStyles } from '../registers/registers.styles';
import { useDraft } from '../registers/useDraft';
import { useSave } from '../registers/useSave';
import { PeoplePicker } from './PeoplePicker';
import { complaintItems } from './routes';
import { useComplaintsRepository } from './useComplaints';

const EMPTY: ComplaintDraft = {
  title: '',
  reference: '',
  receivedOn: '',
  channel: '',
  complainantName: '',
  complainantContact: '',
  facts: '',
  themeId: '',
  dienst: '',
  involvedStaff: [],
  evidence: '',
};

/** Intern Toezicht registers a complaint as it comes in; the dossier gets its own permissions at once. */
export function ComplaintIntake(): React.ReactElement {
  const strings = useStrings();
  const r = strings.registers;
  const c = r.complaints;
  const styles = useRegisterStyles();
  const repo = useComplaintsRepository();
  const { navigate } = useNavigation();
  const choices = useAsync(() => repo.loadIntakeChoices(), [repo]);
  const today = brusselsDateOf(new Date());
  const [state, create] = useSave((d: ComplaintDraft) => repo.createComplaint(d));
  const { draft, setDraft, set, problems, attempt } = useDraft<ComplaintDraft>({ ...EMPTY, receivedOn: today }, (x) => complaintProblems(x, today), state);

  if (choices.status === 'loading') return <Loading />;
  if (choices.status === 'error') return <ErrorMessage error={choices.error} onRetry={choices.reload} />;
  const { themes, staff } = choices.data;

  const onSubmit = async (ev: React.FormEvent): Promise<void> => {
    ev.preventDefault();
    if (!attempt()) return;
    const created = await create(draft);
    if (created) navigate({ view: 'klachten', item: complaintItems.dossier(created.id) });
  };

  return (
    <RegisterPage heading={c.intakeTitle} back={{ view: 'klachten' }}>
      <Notice intent="info">{c.intakeNote}</Notice>
      <form className={styles.form} onSubmit={onSubmit} noValidate>
        <TextField className={styles.wide} label={c.subject} required value={draft.title} onChange={set('title')} problem={problems.title} />
        <TextField label={c.receivedOn} required type="date" value={draft.receivedOn} onChange={set('receivedOn')} problem={problems.receivedOn} />
        <ChoiceField label={c.channel} required value={draft.channel} options={COMPLAINT_CHANNELS} labelOf={(v) => c.channels[v]} onChange={set('channel')} problem={problems.channel} />
        <TextField label={`${c.reference} (${r.common.optional})`} hint={c.referenceHint} value={draft.reference} onChange={set('reference')} />
        <TextField label={c.complainantName} value={draft.complainantName} onChange={set('complainantName')} />
        <TextField className={styles.wide} label={c.complainantContact} multiline value={draft.complainantContact} onChange={set('complainantContact')} />
        <TextField className={styles.wide} label={c.facts} required multiline value={draft.facts} onChange={set('facts')} problem={problems.facts} />
        <ChoiceField
          label={c.theme}
          value={draft.themeId}
          options={themes.map((t) => String(t.id))}
          labelOf={(id) => {
            const theme = themes.filter((t) => String(t.id) === id)[0];
            return theme ? `${theme.number}. ${theme.title}` : id;
          }}
          onChange={set('themeId')}
        />
        <ChoiceField label={r.common.dienst} value={draft.dienst} options={DIENSTEN} onChange={set('dienst')} />
        <Field className={styles.wide} label={c.involvedStaff}>
          <PeoplePicker label={c.involvedStaff} people={staff} value={draft.involvedStaff} onChange={(involvedStaff) => setDraft((d) => ({ ...d, involvedStaff }))} />
        </Field>
        <TextField className={styles.wide} label={c.evidence} hint={c.evidenceHint} multiline value={draft.evidence} onChange={set('evidence')} />
        <FormFooter problems={problems} state={state} submitLabel={c.register} busyLabel={r.common.saving} onCancel={() => navigate({ view: 'klachten' })} />
      </form>
    </RegisterPage>
  );
}
