import * as React from 'react';
import { Button } from '@fluentui/react-components';
import { useStrings } from '../../app/contexts';
import { useNavigation } from '../../app/navigation';
import { brusselsDateOf } from '../../domain/dates';
import { REPORT_CHANNELS, registeredReportProblems, type RegisteredReportDraft, type ReportChannel } from '../../domain/melden';
import { Notice } from '../registers/feedback';
import { FormFooter } from '../registers/FormFooter';
import { ChoiceField, TextField } from '../registers/FormFields';
import { RegisterPage } from '../registers/RegisterPage';
import { useRegisterStyles } from '../registers/registers.styles';
import { useDraft } from '../registers/useDraft';
import { useSave } from '../registers/useSave';
import { ReportFields } from './ReportFields';
import { meldenItems } from './routes';
import { useMelden } from './useMelden';

const OFFLINE_CHANNELS = REPORT_CHANNELS.filter((c): c is Exclude<ReportChannel, 'App'> => c !== 'App');

/** A contact registers a report received in person, by letter or by telephone; the reporter's name only if they wish. */
export function RegisterForm(): React.ReactElement {
  const m = useStrings().melden;
  const styles = useRegisterStyles();
  const repo = useMelden();
  const { navigate } = useNavigation();
  const today = brusselsDateOf(new Date());
  const clientId = React.useRef(repo.newClientId());
  const [state, submit] = useSave((d: RegisteredReportDraft) => repo.registerReport(d, clientId.current));
  const { draft, set, problems, attempt } = useDraft<RegisteredReportDraft>(
    { subject: '', category: '', facts: '', whenWhere: '', involved: '', feedbackPreference: '', channel: '', receivedOn: today, reporterName: '', reporterContact: '' },
    (x) => registeredReportProblems(x, today),
    state,
  );
  const home = { view: 'melden' as const };

  if (state.status === 'done') {
    const id = state.result;
    return (
      <RegisterPage heading={m.registerForm.heading} back={home}>
        <Notice intent="success">{m.registerForm.done}</Notice>
        <div className={styles.actions}>
          <Button appearance="primary" onClick={() => navigate({ view: 'melden', item: meldenItems.report(id) })}>
            {m.form.viewReport}
          </Button>
        </div>
      </RegisterPage>
    );
  }

  const onSubmit = (ev: React.FormEvent): void => {
    ev.preventDefault();
    if (attempt()) void submit(draft);
  };

  return (
    <RegisterPage heading={m.registerForm.heading} back={home}>
      <p className={styles.muted}>{m.registerForm.intro}</p>
      <form className={styles.form} onSubmit={onSubmit} noValidate>
        <ChoiceField label={m.registerForm.channel} required value={draft.channel} options={OFFLINE_CHANNELS} labelOf={(c) => m.channels[c]} onChange={set('channel')} problem={problems.channel} />
        <TextField label={m.registerForm.receivedOn} required type="date" value={draft.receivedOn} onChange={set('receivedOn')} problem={problems.receivedOn} />
        <TextField label={m.registerForm.reporterName} hint={m.registerForm.reporterNameHint} value={draft.reporterName} onChange={set('reporterName')} />
        <TextField label={m.registerForm.reporterContact} value={draft.reporterContact} onChange={set('reporterContact')} />
        <ReportFields draft={draft} problems={problems} set={set} />
        <FormFooter problems={problems} state={state} submitLabel={m.form.submit} busyLabel={m.form.submitting} onCancel={() => navigate(home)} refusals={m.refusals} />
      </form>
    </RegisterPage>
  );
}
