import * as React from 'react';
import { Button, Caption1, Field, Input, MessageBar, MessageBarBody, Select, Spinner, Subtitle2 } from '@fluentui/react-components';
import { useLog, useServices, useStrings } from '../../app/contexts';
import { useNavigation } from '../../app/navigation';
import { brusselsDateOf, isBrusselsDate } from '../../domain/dates';
import type { ReportKind } from '../../domain/verslagen/kinds';
import { reportErrorText } from './reportErrors';
import { useNewDraftFormStyles } from './NewDraftForm.styles';
import { verslagenRoutes } from './routes';

/** Props of {@link NewDraftForm}. */
export interface NewDraftFormProps {
  /** The kinds the user may write. */
  kinds: readonly ReportKind[];
}

/** Starts the draft of a meeting's report or a month's newsletter, from what happened that day or month. */
export function NewDraftForm(props: NewDraftFormProps): React.ReactElement {
  const strings = useStrings();
  const v = strings.verslagen;
  const styles = useNewDraftFormStyles();
  const { verslagen } = useServices();
  const { navigate } = useNavigation();
  const log = useLog();
  const [kind, setKind] = React.useState<ReportKind>(props.kinds[0]);
  const [date, setDate] = React.useState(() => brusselsDateOf(new Date()));
  const [busy, setBusy] = React.useState(false);
  const [error, setError] = React.useState<string | null>(null);
  const start = async (ev: React.FormEvent): Promise<void> => {
    ev.preventDefault();
    if (!isBrusselsDate(date)) {
      setError(v.editor.problems.meetingDate);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const id = await verslagen.startDraft(kind, date);
      navigate(verslagenRoutes.draft(id));
    } catch (e) {
      log.log({ level: 'warning', source: 'verslagen', message: 'a draft could not be started', error: e });
      setError(reportErrorText(strings, e));
      setBusy(false);
    }
  };
  return (
    <form className={styles.form} onSubmit={(ev) => void start(ev)}>
      <Subtitle2 as="h4" className={styles.heading}>
        {v.drafts.newHeading}
      </Subtitle2>
      <Field label={v.drafts.kind} className={styles.field}>
        <Select value={kind} onChange={(_ev, data) => setKind(data.value as ReportKind)}>
          {props.kinds.map((k) => (
            <option key={k} value={k}>
              {v.kinds[k]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={v.drafts.date} className={styles.field}>
        <Input type="date" value={date} onChange={(_ev, data) => setDate(data.value)} />
      </Field>
      <Button type="submit" appearance="primary" disabled={busy} icon={busy ? <Spinner size="tiny" /> : undefined}>
        {busy ? v.drafts.starting : v.drafts.start}
      </Button>
      <Caption1 className={styles.hint}>{v.drafts.dateHint}</Caption1>
      {error && (
        <MessageBar intent="error" className={styles.hint}>
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
    </form>
  );
}
