import * as React from 'react';
import { Badge, Body1, Button, Caption1, Field, Link, MessageBar, MessageBarBody, Subtitle1, Text, Textarea, Title3, useId } from '@fluentui/react-components';
import { useStrings } from '../../app/contexts';
import { useNavigation } from '../../app/navigation';
import { formatDateBE } from '../../domain/dates';
import { allowedActions } from '../../domain/proposal/decide';
import { nextStep } from '../../domain/proposal/nextStep';
import { isProposer, originMatchesAuthor } from '../../domain/proposal/origin';
import { FINAL_PROPOSAL_STATUSES } from '../../domain/proposal/statuses';
import { classifyError } from '../../data/errors';
import type { ProposalDetail } from '../../data/proposals/types';
import { format } from '../../loc';
import { ErrorMessage, errorText, Loading } from '../common/Status';
import { useAsync } from '../common/useAsync';
import { DecisionButtons } from './DecisionButtons';
import { DecisionTimeline } from './DecisionTimeline';
import { FilePicker } from './FilePicker';
import { FlowProgress } from './FlowProgress';
import { nextStepLabel, originLabel, writeErrorText } from './labels';
import { IntegrityFindings } from './IntegrityFindings';
import { Notice, type NoticeValue } from './Notice';
import { useProposalPageStyles } from './ProposalPage.styles';
import { useProposalsSession } from './ProposalsContext';
import { ZoneChoice } from '../settings/ZoneChoice';
import { StatusBadge } from './StatusBadge';

/** Props of {@link ProposalPage}. */
export interface ProposalPageProps {
  itemId: number;
  now: Date;
  /** A message carried over from where the user came from (e.g. "submitted"). */
  notice: NoticeValue | null;
  onNotice(notice: NoticeValue | null): void;
}

/** The groups that may add to the decision log (its "append" permission). */
const LOG_WRITERS = ['teamQW', 'middenkader', 'diensthoofden', 'directiecomite', 'comitevoorzitters', 'communicatie', 'beheerders'] as const;

/**
 * One proposal: where it is in the flow and why, who acts next by when, its texts and files, the decisions the user
 * may take, progress for the comité, and every decision with its feedback. A status changed directly in the list is
 * shown as such and written to the log by the first reader who may.
 */
export function ProposalPage(props: ProposalPageProps): React.ReactElement {
  const { itemId, now } = props;
  const strings = useStrings();
  const s = strings.proposals;
  const styles = useProposalPageStyles();
  const { repo, user, takeOpened, organisation, settings } = useProposalsSession();
  const { navigate } = useNavigation();
  const headingId = useId('proposal-heading');
  // the proposal the view opened on was read with the session, once; any other (or a reload, or a later visit) is read now
  const detail = useAsync(() => takeOpened(itemId) || repo.detail(itemId), [repo, itemId, takeOpened]);
  const tried = React.useRef<string[]>([]);
  const ready = detail.status === 'ready';
  // the keyboard and the screen reader land on the proposal's title, not on the page's body
  React.useEffect(() => {
    const heading = ready ? document.getElementById(headingId) : null;
    if (heading) heading.focus();
  }, [ready, itemId]);

  const changed = (notice: NoticeValue): void => {
    props.onNotice(notice);
    detail.reload();
  };

  // the log misses a status changed in the list: the first reader who may add to the log writes it there
  const loaded = detail.status === 'ready' ? detail.data : null;
  React.useEffect(() => {
    if (!loaded) return;
    const missing = loaded.decisions.filter((d) => d.entryId === null)[0];
    const mayWrite = user.groups.some((g) => (LOG_WRITERS as readonly string[]).indexOf(g) >= 0);
    // only who made the change writes it to the log: an entry's author is who SharePoint says wrote it
    if (!missing || !mayWrite || missing.actor.id !== String(user.userId) || tried.current.indexOf(missing.clientId) >= 0) return;
    tried.current.push(missing.clientId);
    repo.writeReconciled(loaded, missing).then(
      (written) => written && detail.reload(),
      () => undefined,
    );
  }, [loaded]);

  if (detail.status === 'loading') return <Loading />;
  if (detail.status === 'error') {
    return (
      <div className={styles.root}>
        <BackLink />
        <ErrorMessage error={detail.error} onRetry={detail.reload} />
      </div>
    );
  }
  const { proposal, decisions, cascade, attachments, reports } = detail.data;
  const step = nextStep(proposal, now, settings);
  const actions = allowedActions(proposal, user.actor);
  const isTeam = user.actor.dienst === proposal.dienst && isProposer(user.actor.roles);
  const roster = organisation.rosters.filter((r) => r.dienst === proposal.dienst)[0];
  const originDisputed = roster !== undefined && !originMatchesAuthor(proposal.origin, proposal.authorId, roster);
  const editable = isTeam && (proposal.status === 'Concept' || proposal.status === 'Teruggestuurd');
  const chairs = proposal.comite !== null && user.actor.chairs.indexOf(proposal.comite) >= 0;
  const final = FINAL_PROPOSAL_STATUSES.indexOf(proposal.status) >= 0;

  return (
    <article className={styles.root} aria-labelledby={headingId}>
      <BackLink />
      <header className={styles.header}>
        <div className={styles.titleLine}>
          <Title3 as="h2" id={headingId} tabIndex={-1} className={styles.title}>
            {proposal.title}
          </Title3>
          <StatusBadge status={proposal.status} />
        </div>
        <div className={styles.meta}>
          <Caption1>{format(s.common.number, { number: proposal.itemId })}</Caption1>
          <Caption1>
            {s.common.dienst}: {proposal.dienst}
          </Caption1>
          <Caption1>
            {s.common.topic}: {s.topic[proposal.topic]}
          </Caption1>
          <Caption1>
            {proposal.costEstimate !== null ? `${s.common.cost}: € ${proposal.costEstimate.toLocaleString('nl-BE')}` : s.common.noCost}
          </Caption1>
          <Caption1>{originLabel(strings, proposal)}</Caption1>
          <Caption1>{format(s.common.proposer, { name: proposal.proposer.name })}</Caption1>
          {proposal.submittedAt && <Caption1>{format(s.common.submittedOn, { date: formatDateBE(proposal.submittedAt) })}</Caption1>}
        </div>
      </header>
      <Notice notice={props.notice} onDismiss={() => props.onNotice(null)} />
      <IntegrityFindings findings={detail.data.findings} />
      {originDisputed && (
        <MessageBar intent="warning">
          <MessageBarBody>
            {format(s.origin.authorMismatch, { name: proposal.proposer.name, origin: s.origin.options[proposal.origin], dienst: proposal.dienst })}
          </MessageBarBody>
        </MessageBar>
      )}

      <section className={styles.section} aria-labelledby={`${headingId}-where`}>
        <Subtitle1 as="h3" id={`${headingId}-where`}>
          {s.detail.whereHeading}
        </Subtitle1>
        <FlowProgress status={proposal.status} origin={proposal.origin} />
        {step ? (
          <MessageBar intent={step.overdue ? 'warning' : 'info'} layout="multiline">
            <MessageBarBody>
              <Text weight="semibold">{nextStepLabel(strings, step)}</Text>{' '}
              {step.expectedOn && <ZoneChoice />}{' '}
              {step.overdue && (
                <Badge appearance="filled" color="danger">
                  {s.common.overdue}
                </Badge>
              )}
            </MessageBarBody>
          </MessageBar>
        ) : (
          <Text>
            {s.detail.finalHeading}
            {proposal.statusChangedAt ? ` · ${format(s.list.lastDecision, { date: formatDateBE(proposal.statusChangedAt) })}` : ''}
          </Text>
        )}
        {final && proposal.outcome && (
          <Body1 as="p" className={styles.text}>
            <Text weight="semibold">{s.detail.outcomeHeading}: </Text>
            {proposal.outcome}
          </Body1>
        )}
      </section>

      <section className={styles.section} aria-labelledby={`${headingId}-actions`}>
        <Subtitle1 as="h3" id={`${headingId}-actions`}>
          {s.detail.actionsHeading}
        </Subtitle1>
        {actions.length === 0 && !editable ? (
          <Body1 as="p">{s.detail.noActions}</Body1>
        ) : (
          <div className={styles.actions}>
            {editable && <Button onClick={() => navigate({ view: 'voorstellen', item: `voorstel/${proposal.itemId}/bewerken` })}>{s.detail.edit}</Button>}
            <DecisionButtons proposal={proposal} actions={actions} now={now} onChanged={changed} />
          </div>
        )}
        {chairs && (proposal.status === 'Toegewezen aan uitvoerder' || proposal.status === 'In uitvoering') && (
          <ProgressForm detail={detail.data} onChanged={changed} />
        )}
      </section>

      <section className={styles.section} aria-labelledby={`${headingId}-content`}>
        <Subtitle1 as="h3" id={`${headingId}-content`}>
          {s.detail.contentHeading}
        </Subtitle1>
        <TextBlock label={s.detail.problem} text={proposal.problem} />
        <TextBlock label={s.detail.improvement} text={proposal.improvement} />
        {proposal.description && <TextBlock label={s.detail.description} text={proposal.description} />}
        {proposal.progressNotes && <TextBlock label={s.detail.progressHeading} text={proposal.progressNotes} />}
        <Text weight="semibold">{s.detail.attachmentsHeading}</Text>
        {attachments.length === 0 ? (
          <Body1>{s.detail.noAttachments}</Body1>
        ) : (
          <ul className={styles.files}>
            {attachments.map((a) => (
              <li key={a.name}>
                <Link href={a.url} target="_blank" rel="noopener noreferrer">
                  {a.name}
                </Link>
              </li>
            ))}
          </ul>
        )}
        {isTeam && !final && <AttachmentAdder itemId={proposal.itemId} onChanged={changed} />}
      </section>

      <section className={styles.section} aria-labelledby={`${headingId}-timeline`}>
        <Subtitle1 as="h3" id={`${headingId}-timeline`}>
          {s.detail.timelineHeading}
        </Subtitle1>
        <DecisionTimeline proposal={proposal} decisions={decisions} cascade={cascade} reports={reports} onChanged={changed} />
      </section>
    </article>
  );
}

function BackLink(): React.ReactElement {
  const strings = useStrings();
  const { navigate } = useNavigation();
  return (
    <div>
      <Link
        href="#voorstellen"
        onClick={(ev) => {
          ev.preventDefault();
          navigate({ view: 'voorstellen' });
        }}
      >
        ← {strings.proposals.common.back}
      </Link>
    </div>
  );
}

/** How many characters of a text show before it folds behind "Toon meer". */
export const FOLD_AFTER = 600;

/** A labelled text; a long one shows its start and unfolds on request. */
function TextBlock(props: { label: string; text: string }): React.ReactElement {
  const styles = useProposalPageStyles();
  const s = useStrings().proposals.detail;
  const textId = useId('text');
  const [open, setOpen] = React.useState(false);
  const long = props.text.length > FOLD_AFTER + 100;
  const shown = long && !open ? `${props.text.slice(0, FOLD_AFTER).replace(/\s+\S*$/, '')}…` : props.text;
  return (
    <div className={styles.block}>
      <Text weight="semibold">{props.label}</Text>
      <Body1 as="p" className={styles.text} id={textId}>
        {shown}
      </Body1>
      {long && (
        <div>
          <Button appearance="transparent" size="small" aria-expanded={open} aria-controls={textId} onClick={() => setOpen(!open)}>
            {open ? s.showLess : s.showMore}
          </Button>
        </div>
      )}
    </div>
  );
}

/** The comité chair's record of the progress of the work, written with the ETag read. */
function ProgressForm(props: { detail: ProposalDetail; onChanged(notice: NoticeValue): void }): React.ReactElement {
  const strings = useStrings();
  const s = strings.proposals;
  const styles = useProposalPageStyles();
  const { repo } = useProposalsSession();
  const [notes, setNotes] = React.useState(props.detail.proposal.progressNotes);
  const [busy, setBusy] = React.useState(false);
  const save = async (): Promise<void> => {
    setBusy(true);
    try {
      await repo.recordProgress(props.detail.proposal, notes);
      props.onChanged({ intent: 'success', text: s.form.saved });
    } catch (error) {
      props.onChanged({ intent: classifyError(error) === 'conflict' ? 'warning' : 'error', text: writeErrorText(strings, error) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className={styles.block}>
      <Field label={s.detail.progressLabel}>
        <Textarea value={notes} onChange={(_ev, data) => setNotes(data.value)} resize="vertical" rows={3} />
      </Field>
      <div>
        <Button onClick={() => void save()} disabled={busy}>
          {s.detail.progressSave}
        </Button>
      </div>
    </div>
  );
}

/** Adds files to a proposal of the user's team. */
function AttachmentAdder(props: { itemId: number; onChanged(notice: NoticeValue): void }): React.ReactElement {
  const strings = useStrings();
  const s = strings.proposals;
  const { repo } = useProposalsSession();
  const [busy, setBusy] = React.useState(false);
  const upload = async (files: File[]): Promise<void> => {
    if (files.length === 0) return;
    setBusy(true);
    try {
      await repo.addAttachments(
        props.itemId,
        files.map((f) => ({ name: f.name, content: f })),
      );
      props.onChanged({ intent: 'success', text: s.form.saved });
    } catch (error) {
      props.onChanged({ intent: 'error', text: errorText(strings, error) });
    } finally {
      setBusy(false);
    }
  };
  return <FilePicker label={s.detail.addAttachments} disabled={busy} onFiles={(files) => void upload(files)} />;
}
