import * as React from 'react';
import { Body1, Button, Caption1, Field, Input, MessageBar, MessageBarBody, Radio, RadioGroup, Select, Spinner, Textarea, Title3, useId } from '@fluentui/react-components';
import { useHost, useStrings } from '../../app/contexts';
import { brusselsDateOf, BRUSSELS_TIME_ZONE, formatDateBE } from '../../domain/dates';
import { checkProposalContent, originErrors, TITLE_MAX_LENGTH, type ContentError } from '../../domain/proposal/content';
import { originsFor, type ProposalOrigin, type ProposalSource } from '../../domain/proposal/origin';
import type { ProposalContent } from '../../domain/proposal/proposal';
import { PROPOSAL_TOPICS, type ProposalTopic } from '../../domain/proposal/statuses';
import { newClientId } from '../../data/clientId';
import { classifyError } from '../../data/errors';
import { DIENSTEN, type Dienst } from '../../domain/groups';
import type { NewAttachment } from '../../data/proposals/repository';
import { browserStore } from '../../data/proposals/storage';
import type { ProposalItem } from '../../data/proposals/types';
import { format } from '../../loc';
import { errorText } from '../common/Status';
import { FilePicker } from './FilePicker';
import { clearDraft, draftKey, loadDraft, parseAmount, saveDraft, type DraftFields } from './draftStore';
import { writeErrorText } from './labels';
import type { NoticeValue } from './Notice';
import { useProposalFormStyles } from './ProposalForm.styles';
import { useProposalsSession } from './ProposalsContext';

/** Props of {@link ProposalForm}. */
export interface ProposalFormProps {
  /** The proposal to rework (a concept or one returned with a question); absent for a new proposal. */
  proposal?: ProposalItem;
  /** Done: what to tell the user, and the proposal to show (absent when the submit waits for the network). */
  onDone(notice: NoticeValue, itemId?: number): void;
  onCancel(): void;
}

type FieldName = ContentError['field'];

/** The form's fields filled from a proposal. */
export const fieldsOf = (proposal: ProposalItem): DraftFields => ({
  title: proposal.title,
  problem: proposal.problem,
  improvement: proposal.improvement,
  description: proposal.description,
  dienst: proposal.dienst,
  topic: proposal.topic,
  cost: proposal.costEstimate === null ? '' : String(proposal.costEstimate).replace('.', ','),
});

/**
 * The team Q&W's proposal form: title, problem, proposal, dienst, topic, expected cost and attachments. The draft is
 * kept in the browser at every change (a closed tab or a lost network loses nothing) with the client id its submit
 * will carry, so however often the submit is retried SharePoint gets one proposal.
 */
export function ProposalForm(props: ProposalFormProps): React.ReactElement {
  const strings = useStrings();
  const s = strings.proposals;
  const styles = useProposalFormStyles();
  const { locale } = useHost();
  const { repo, user } = useProposalsSession();
  const store = React.useMemo(browserStore, []);
  const key = draftKey(user.login, props.proposal ? props.proposal.itemId : undefined);
  const [restored] = React.useState(() => loadDraft(store, key));
  const [clientId] = React.useState(() => (restored ? restored.clientId : newClientId()));
  const [fields, setFields] = React.useState<DraftFields>(() =>
    restored
      ? restored.fields
      : props.proposal
        ? fieldsOf(props.proposal)
        : { title: '', problem: '', improvement: '', description: '', dienst: user.actor.dienst || DIENSTEN[0], topic: '', cost: '' },
  );
  // a team Q&W member proposes for the team, a middenkader for the teamoverleg; someone who is both chooses
  const origins = originsFor(user.actor.roles.filter((r) => r !== 'beheerder'));
  const origin: ProposalOrigin = fields.origin && origins.indexOf(fields.origin) >= 0 ? fields.origin : origins[0] || 'Team Q&W';
  const [savedAt, setSavedAt] = React.useState<string | null>(null);
  const [files, setFiles] = React.useState<File[]>([]);
  const [errors, setErrors] = React.useState<ContentError[]>([]);
  const [failure, setFailure] = React.useState<string | null>(null);
  const [busy, setBusy] = React.useState(false);
  const headingId = useId('form-heading');
  // the keyboard and the screen reader land on the form's heading, not on the page's body
  React.useEffect(() => {
    const heading = document.getElementById(headingId);
    if (heading) heading.focus();
  }, []);

  const change = (patch: Partial<DraftFields>): void => {
    const next = { ...fields, ...patch };
    setFields(next);
    const at = new Date().toISOString();
    saveDraft(store, key, { clientId, fields: next, savedAt: at });
    setSavedAt(at);
  };

  const message = (field: FieldName): string | undefined => {
    const error = errors.filter((e) => e.field === field)[0];
    if (!error) return undefined;
    if (error.code === 'tooLong') return format(s.form.tooLong, { max: error.max });
    if (error.code === 'originNotYours') return s.origin.notYours;
    if (error.code === 'meetingDateRequired') return s.origin.dateRequired;
    if (error.code === 'meetingDateInFuture') return s.origin.dateInFuture;
    return error.code === 'invalidAmount' ? s.form.invalidAmount : s.form.required;
  };

  const submit = async (): Promise<void> => {
    setFailure(null);
    const content: ProposalContent = {
      title: fields.title,
      problem: fields.problem,
      improvement: fields.improvement,
      description: fields.description,
      topic: fields.topic as ProposalTopic,
      costEstimate: parseAmount(fields.cost),
    };
    const source: ProposalSource = { origin, meetingDate: origin === 'Teamoverleg' ? fields.meetingDate || null : null };
    const found = checkProposalContent(content).concat(props.proposal ? [] : originErrors(source, user.actor.roles, brusselsDateOf(new Date())));
    setErrors(found);
    if (found.length > 0) {
      setFailure(s.form.fixErrors);
      return;
    }
    setBusy(true);
    try {
      const attachments: NewAttachment[] = files.map((f) => ({ name: f.name, content: f }));
      if (props.proposal) {
        await repo.saveContent(props.proposal, fields.dienst, content);
        if (attachments.length > 0) await repo.addAttachments(props.proposal.itemId, attachments);
        clearDraft(store, key);
        props.onDone({ intent: 'success', text: s.form.saved }, props.proposal.itemId);
        return;
      }
      const outcome = await repo.submit({ clientId, dienst: fields.dienst, content, source }, user);
      clearDraft(store, key);
      if (outcome.status === 'queued') {
        props.onDone({ intent: 'warning', text: files.length > 0 ? `${s.form.queued} ${s.form.attachmentsQueued}` : s.form.queued });
        return;
      }
      if (attachments.length > 0) await repo.addAttachments(outcome.itemId, attachments);
      props.onDone({ intent: 'success', text: format(s.form.submitted, { dienst: fields.dienst }) }, outcome.itemId);
    } catch (error) {
      setBusy(false);
      setFailure(classifyError(error) === 'conflict' ? errorText(strings, error) : writeErrorText(strings, error));
    }
  };

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Title3 as="h2" id={headingId} tabIndex={-1} className={styles.heading}>
        {props.proposal ? s.form.editHeading : s.form.heading}
      </Title3>
      <Body1 as="p" className={styles.intro}>
        {s.form.intro}
      </Body1>
      {restored && (
        <MessageBar intent="info">
          <MessageBarBody>{format(s.form.draftRestored, { date: formatDateBE(restored.savedAt) })}</MessageBarBody>
        </MessageBar>
      )}
      <form
        className={styles.form}
        noValidate
        onSubmit={(ev) => {
          ev.preventDefault();
          void submit();
        }}
      >
        {!props.proposal && (
          <Field label={s.origin.label} hint={s.origin.hint} required validationMessage={message('origin')}>
            <RadioGroup value={origin} onChange={(_ev, data) => change({ origin: data.value as ProposalOrigin })}>
              {origins.map((o) => (
                <Radio key={o} value={o} label={s.origin.options[o]} />
              ))}
            </RadioGroup>
          </Field>
        )}
        {!props.proposal && origin === 'Teamoverleg' && (
          <Field className={styles.cost} label={s.origin.meetingDate} hint={s.origin.meetingDateHint} required validationMessage={message('meetingDate')}>
            <Input type="date" value={fields.meetingDate || ''} onChange={(_ev, data) => change({ meetingDate: data.value })} />
          </Field>
        )}
        <Field label={s.form.title} hint={s.form.titleHint} required validationMessage={message('title')}>
          <Input value={fields.title} maxLength={TITLE_MAX_LENGTH} onChange={(_ev, data) => change({ title: data.value })} />
        </Field>
        <Field label={s.form.problem} hint={s.form.problemHint} required validationMessage={message('problem')}>
          <Textarea value={fields.problem} rows={4} resize="vertical" onChange={(_ev, data) => change({ problem: data.value })} />
        </Field>
        <Field label={s.form.improvement} hint={s.form.improvementHint} required validationMessage={message('improvement')}>
          <Textarea value={fields.improvement} rows={4} resize="vertical" onChange={(_ev, data) => change({ improvement: data.value })} />
        </Field>
        <Field label={s.form.description}>
          <Textarea value={fields.description} rows={3} resize="vertical" onChange={(_ev, data) => change({ description: data.value })} />
        </Field>
        <div className={styles.row}>
          <Field label={s.form.dienst} required>
            <Select value={fields.dienst} onChange={(_ev, data) => change({ dienst: data.value as Dienst })}>
              {DIENSTEN.map((d) => (
                <option key={d} value={d}>
                  {d}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={s.form.topic} required validationMessage={message('topic')}>
            <Select value={fields.topic} onChange={(_ev, data) => change({ topic: data.value as ProposalTopic })}>
              <option value="" disabled>
                {s.form.topicPlaceholder}
              </option>
              {PROPOSAL_TOPICS.map((t) => (
                <option key={t} value={t}>
                  {s.topic[t]}
                </option>
              ))}
            </Select>
          </Field>
        </div>
        <Field className={styles.cost} label={s.form.cost} hint={s.form.costHint} validationMessage={message('costEstimate')}>
          <Input value={fields.cost} inputMode="decimal" contentBefore="€" onChange={(_ev, data) => change({ cost: data.value })} />
        </Field>
        <FilePicker label={s.form.attachments} hint={s.form.attachmentsHint} disabled={busy} onFiles={(picked) => setFiles(files.concat(picked))} />
        {files.length > 0 && (
          <ul className={styles.files}>
            {files.map((file, i) => (
              <li key={`${file.name}-${i}`}>
                <Caption1>{file.name}</Caption1>{' '}
                <Button size="small" appearance="subtle" onClick={() => setFiles(files.filter((_f, j) => j !== i))}>
                  {format(s.form.removeAttachment, { name: file.name })}
                </Button>
              </li>
            ))}
          </ul>
        )}
        {failure && (
          <MessageBar intent="error" role="alert">
            <MessageBarBody>{failure}</MessageBarBody>
          </MessageBar>
        )}
        <div className={styles.actions}>
          <Button appearance="primary" type="submit" disabled={busy} icon={busy ? <Spinner size="tiny" /> : undefined}>
            {busy ? s.form.submitting : props.proposal ? s.form.saveChanges : s.form.submit}
          </Button>
          <Button
            onClick={() => {
              clearDraft(store, key);
              props.onCancel();
            }}
            disabled={busy}
          >
            {s.form.discard}
          </Button>
          {savedAt && (
            <Caption1 aria-live="polite">
              {format(s.form.draftSaved, {
                time: new Date(savedAt).toLocaleTimeString(locale, { timeZone: BRUSSELS_TIME_ZONE, hour: '2-digit', minute: '2-digit' }),
              })}
            </Caption1>
          )}
        </div>
      </form>
    </section>
  );
}
