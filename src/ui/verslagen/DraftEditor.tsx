import * as React from 'react';
import { Badge, Button, Field, MessageBar, MessageBarBody, Textarea } from '@fluentui/react-components';
import { useLog, useServices, useStrings } from '../../app/contexts';
import { useNavigation } from '../../app/navigation';
import type { DraftDetail } from '../../data/verslagen/types';
import type { ReportText } from '../../domain/verslagen/content';
import { mayPublishReport, mayWriteReport, reportKind } from '../../domain/verslagen/kinds';
import { useDraftEditorStyles } from './DraftEditor.styles';
import { reportErrorText } from './reportErrors';
import { ReportSections } from './ReportSections';
import { verslagenRoutes } from './routes';

/** Props of {@link DraftEditor}. */
export interface DraftEditorProps {
  detail: DraftDetail;
  /** After a change: what happened (shown above the reloaded draft). */
  onChanged(notice: string): void;
}

/** The editor of one draft: its texts, and the steps the user may take (save, for approval, publish). */
export function DraftEditor(props: DraftEditorProps): React.ReactElement {
  const strings = useStrings();
  const v = strings.verslagen;
  const styles = useDraftEditorStyles();
  const { verslagen } = useServices();
  const { navigate } = useNavigation();
  const log = useLog();
  const { draft, me } = props.detail;
  const info = reportKind(draft.kind);
  const [text, setText] = React.useState<ReportText>(draft.text);
  const [busy, setBusy] = React.useState(false);
  const [error, setError] = React.useState<string | null>(null);
  const writer = mayWriteReport(draft.kind, me.groups);
  const publisher = mayPublishReport(draft.kind, me.groups);
  const edited = text.body !== draft.text.body || text.fixedItem !== draft.text.fixedItem || text.comiteFeedback !== draft.text.comiteFeedback;
  const set = (key: keyof ReportText) => (_ev: unknown, data: { value: string }) => setText((t) => ({ ...t, [key]: data.value }));

  const run = async (work: () => Promise<void>, success: string): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      await work();
      props.onChanged(success);
    } catch (e) {
      log.log({ level: 'warning', source: 'verslagen', message: 'a draft action failed', error: e });
      setError(reportErrorText(strings, e));
      setBusy(false);
    }
  };
  const publish = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      // what the approver reads is what is published: their own edits are saved first, with the ETag read
      const etag = edited ? await verslagen.saveDraft(draft, text) : draft.etag;
      const id = await verslagen.publish({ ...draft, etag, text });
      navigate(verslagenRoutes.report(id));
    } catch (e) {
      log.log({ level: 'warning', source: 'verslagen', message: 'a report could not be published', error: e });
      setError(reportErrorText(strings, e));
      setBusy(false);
    }
  };

  return (
    <>
      <MessageBar intent="info" className={styles.notice}>
        <MessageBarBody>
          <Badge appearance="outline">{v.drafts.status[draft.status]}</Badge> {draft.status === 'Ter goedkeuring' ? v.editor.waiting : v.editor.draftNotice}
        </MessageBarBody>
      </MessageBar>
      <form className={styles.form} onSubmit={(ev) => ev.preventDefault()}>
        {info.fixedItem && (
          <Field label={v.sections.fixedItem[info.fixedItem]} hint={v.editor.fixedItemHint}>
            <Textarea value={text.fixedItem} onChange={set('fixedItem')} resize="vertical" rows={4} disabled={!writer && !publisher} />
          </Field>
        )}
        {info.comiteFeedback && (
          <Field label={v.sections.comiteFeedback} hint={v.editor.comiteFeedbackHint}>
            <Textarea value={text.comiteFeedback} onChange={set('comiteFeedback')} resize="vertical" rows={4} disabled={!writer && !publisher} />
          </Field>
        )}
        <Field label={draft.kind === 'nieuwsbrief' ? v.sections.newsletterIntro : v.sections.body} hint={v.editor.bodyHint}>
          <Textarea value={text.body} onChange={set('body')} resize="vertical" rows={6} disabled={!writer && !publisher} />
        </Field>
        {error && (
          <MessageBar intent="error" role="alert">
            <MessageBarBody>{error}</MessageBarBody>
          </MessageBar>
        )}
        <div className={styles.actions}>
          {(writer || publisher) && (
            <Button disabled={busy || !edited} onClick={() => void run(async () => void (await verslagen.saveDraft(draft, text)), v.editor.saved)}>
              {v.editor.save}
            </Button>
          )}
          {(writer || publisher) && info.generated !== null && (
            <Button disabled={busy || edited} onClick={() => void run(async () => void (await verslagen.refreshDraft(draft)), v.editor.refreshed)}>
              {v.editor.refresh}
            </Button>
          )}
          {writer && draft.status === 'Concept' && (
            <Button appearance="primary" disabled={busy} onClick={() => void run(async () => void (await verslagen.submitDraft(draft, text)), v.editor.submitted)}>
              {v.editor.submit}
            </Button>
          )}
          {publisher && draft.status === 'Ter goedkeuring' && (
            <Button appearance="primary" disabled={busy} onClick={() => void publish()}>
              {v.editor.publish}
            </Button>
          )}
        </div>
      </form>
      <ReportSections kind={draft.kind} content={draft.content} />
    </>
  );
}
