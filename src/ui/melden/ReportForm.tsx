import * as React from 'react';
import { Button } from '@fluentui/react-components';
import { useStrings } from '../../app/contexts';
import { useNavigation } from '../../app/navigation';
import { reportProblems, type ReportDraft } from '../../domain/melden';
import { Notice } from '../registers/feedback';
import { FormFooter } from '../registers/FormFooter';
import { RegisterPage } from '../registers/RegisterPage';
import { useRegisterStyles } from '../registers/registers.styles';
import { useDraft } from '../registers/useDraft';
import { useSave } from '../registers/useSave';
import { ReportFields } from './ReportFields';
import { meldenItems } from './routes';
import { useMelden } from './useMelden';

const EMPTY: ReportDraft = { subject: '', category: '', facts: '', whenWhere: '', involved: '', feedbackPreference: '' };

/** A member reports a suspected integrity breach; the form says first who will read it and under whose name. */
export function ReportForm(): React.ReactElement {
  const m = useStrings().melden;
  const styles = useRegisterStyles();
  const repo = useMelden();
  const { navigate } = useNavigation();
  // one client id per report, kept across retries: a report that reached SharePoint before a failure is not stored twice
  const clientId = React.useRef(repo.newClientId());
  const [state, submit] = useSave((d: ReportDraft) => repo.submitReport(d, clientId.current));
  const { draft, set, problems, attempt } = useDraft<ReportDraft>(EMPTY, (x) => reportProblems(x), state);
  const home = { view: 'melden' as const };

  if (state.status === 'done') {
    const id = state.result;
    return (
      <RegisterPage heading={m.form.heading} back={home} backLabel={m.form.another}>
        <Notice intent="success" title={m.form.done}>
          {m.form.doneBody}
        </Notice>
        <div className={styles.actions}>
          <Button appearance="primary" onClick={() => navigate({ view: 'melden', item: meldenItems.report(id) })}>
            {m.form.viewReport}
          </Button>
          <Button onClick={() => navigate(home)}>{m.form.another}</Button>
        </div>
      </RegisterPage>
    );
  }

  const onSubmit = (ev: React.FormEvent): void => {
    ev.preventDefault();
    if (attempt()) void submit(draft);
  };

  return (
    <RegisterPage heading={m.form.heading} back={home}>
      <Notice intent="warning" title={m.about.identityHeading}>
        {m.form.identityNotice} {m.about.identityAlternative}
      </Notice>
      <form className={styles.form} onSubmit={onSubmit} noValidate>
        <ReportFields draft={draft} problems={problems} set={set} />
        <FormFooter problems={problems} state={state} submitLabel={m.form.submit} busyLabel={m.form.submitting} onCancel={() => navigate(home)} />
      </form>
    </RegisterPage>
  );
}
