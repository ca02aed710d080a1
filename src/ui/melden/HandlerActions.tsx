import * as React from 'react';
import { Button } from '@fluentui/react-components';
import { useStrings } from '../../app/contexts';
import { allowedActions, REPORT_OUTCOMES, type IntegrityReport, type ReportAction, type ReportOutcome } from '../../domain/melden';
import { FormFooter } from '../registers/FormFooter';
import { ChoiceField, TextField } from '../registers/FormFields';
import { useRegisterStyles } from '../registers/registers.styles';
import { useReloadOnConflict, useSave } from '../registers/useSave';
import { useMelden } from './useMelden';

/** Props of {@link HandlerActions}. */
export interface HandlerActionsProps {
  report: IntegrityReport;
  /** The report as SharePoint holds it after the action. */
  onChanged(report: IntegrityReport): void;
  /** Someone else acted meanwhile (412): reload the report. */
  onConflict(): void;
}

/** What a contact does next: confirm receipt (with a message), give feedback, or close with the outcome. */
export function HandlerActions(props: HandlerActionsProps): React.ReactElement | null {
  const m = useStrings().melden;
  const styles = useRegisterStyles();
  const repo = useMelden();
  const { report } = props;
  const actions = allowedActions(report.status, true);
  const [action, setAction] = React.useState<ReportAction | null>(null);
  const [message, setMessage] = React.useState('');
  const [outcome, setOutcome] = React.useState<ReportOutcome | ''>('');
  const [state, save, reset] = useSave(async (a: ReportAction): Promise<IntegrityReport> => {
    const next = a === 'confirmReceipt' ? await repo.confirmReceipt(report, message) : a === 'giveFeedback' ? await repo.giveFeedback(report, message) : await repo.close(report, outcome);
    props.onChanged(next);
    setAction(null);
    return next;
  });
  useReloadOnConflict(state, props.onConflict);
  if (actions.length === 0) return null;

  const open = (a: ReportAction): void => {
    reset();
    setAction(a);
    setMessage(a === 'confirmReceipt' ? m.actions.receiptTemplate : a === 'giveFeedback' ? report.feedbackText : '');
    setOutcome('');
  };
  const label: Record<ReportAction, string> = { confirmReceipt: m.actions.confirmReceipt, giveFeedback: m.actions.giveFeedback, close: m.actions.close };

  return (
    <section className={styles.card} aria-labelledby="melden-actions">
      <h3 id="melden-actions" className={styles.subheading}>{m.actions.heading}</h3>
      <div className={styles.actions}>
        {actions.map((a) => (
          <Button key={a} appearance={action === a ? 'primary' : 'secondary'} onClick={() => open(a)} aria-pressed={action === a}>
            {label[a]}
          </Button>
        ))}
      </div>
      {action && (
        <form
          className={styles.form}
          noValidate
          onSubmit={(ev) => {
            ev.preventDefault();
            void save(action);
          }}
        >
          {action === 'close' ? (
            <ChoiceField<ReportOutcome> className={styles.wide} label={m.actions.outcome} required value={outcome} options={REPORT_OUTCOMES} labelOf={(o) => m.outcomes[o]} onChange={setOutcome} />
          ) : (
            <TextField
              className={styles.wide}
              label={action === 'confirmReceipt' ? m.actions.receiptMessage : m.actions.feedbackText}
              hint={action === 'giveFeedback' ? m.actions.feedbackHint : undefined}
              required
              multiline
              rows={5}
              value={message}
              onChange={setMessage}
            />
          )}
          <FormFooter problems={{}} state={state} submitLabel={label[action]} busyLabel={m.actions.saving} onCancel={() => setAction(null)} refusals={m.refusals} />
        </form>
      )}
    </section>
  );
}
