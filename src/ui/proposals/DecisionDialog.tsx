import * as React from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useStrings } from '../../app/contexts';
import { formatDateBE } from '../../domain/dates';
import { decide } from '../../domain/proposal/decide';
import type { ProposalAction } from '../../domain/proposal/proposal';
import { suggestRoute } from '../../domain/proposal/routing';
import { classifyError } from '../../data/errors';
import type { DecisionOutcome } from '../../data/proposals/repository';
import type { ProposalItem, WerkgroepInfo } from '../../data/proposals/types';
import { format } from '../../loc';
import { useAsync } from '../common/useAsync';
import { Loading } from '../common/Status';
import { ComitePicker } from './ComitePicker';
import { refusalText, writeErrorText } from './labels';
import { upcomingMeetings } from './meetingOptions';
import { useProposalsSession } from './ProposalsContext';
import { initialChoice, uitvoerderOfChoice, UitvoerderPicker, type AssignmentChoice } from './UitvoerderPicker';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
});

/** Props of {@link DecisionDialog}. */
export interface DecisionDialogProps {
  proposal: ProposalItem;
  action: ProposalAction;
  now: Date;
  onClose(): void;
  /** The decision reached SharePoint. */
  onDecided(outcome: DecisionOutcome, action: ProposalAction): void;
  /** Someone else changed the proposal meanwhile (412): the caller shows it and reloads the fresh state. */
  onConflict(error: unknown): void;
}

/** Takes one decision on a proposal: asks what the action needs (reason, comité, executor, meeting) and writes it. */
export function DecisionDialog(props: DecisionDialogProps): React.ReactElement {
  const { proposal, action, now } = props;
  const strings = useStrings();
  const s = strings.proposals;
  const styles = useStyles();
  const { repo, user, organisation, settings } = useProposalsSession();
  const suggestion = React.useMemo(() => suggestRoute(proposal), [proposal]);
  const [reason, setReason] = React.useState('');
  const [comite, setComite] = React.useState(proposal.comite && action !== 'route' ? proposal.comite : suggestion.comite);
  const meetings = React.useMemo(() => upcomingMeetings(now, 4, settings), [now, settings]);
  const [meeting, setMeeting] = React.useState(meetings[1]);
  const werkgroepen = useAsync<WerkgroepInfo[]>(() => (action === 'assign' ? repo.werkgroepen() : Promise.resolve([])), [repo, action]);
  const [choice, setChoice] = React.useState<AssignmentChoice | null>(null);
  const [busy, setBusy] = React.useState(false);
  const [error, setError] = React.useState<string | null>(null);
  const [nameError, setNameError] = React.useState<string | undefined>(undefined);

  React.useEffect(() => {
    if (werkgroepen.status === 'ready' && choice === null) setChoice(initialChoice(werkgroepen.data, proposal.comite, suggestion.uitvoerder));
  }, [werkgroepen.status]);

  const needsReason = React.useMemo(() => {
    const dry = decide(proposal, action, user.actor, { reason: null }, now);
    return !dry.ok && dry.error.code === 'reasonRequired';
  }, [proposal, action, user, now]);
  const overriding = action === 'route' && comite !== suggestion.comite;
  const reasonLabel =
    action === 'return'
      ? s.decision.question
      : action === 'realise'
        ? s.detail.outcomeHeading
        : overriding
          ? s.decision.overrideReason
          : needsReason
            ? s.decision.reasonRequired
            : s.decision.reasonOptional;

  const submit = async (): Promise<void> => {
    setError(null);
    setNameError(undefined);
    const uitvoerder = action === 'assign' && choice ? uitvoerderOfChoice(choice) : undefined;
    const input = { reason, comite: action === 'route' ? comite : undefined, uitvoerder, meeting: action === 'scheduleForDirectiecomite' ? meeting : undefined };
    // check with the flow before anything is stored, so a refused decision never leaves a new werkgroep behind
    if (overriding && !reason.trim()) {
      setError(s.decision.overrideReasonMissing);
      return;
    }
    const dry = decide(proposal, action, user.actor, input, now);
    if (!dry.ok) {
      if (dry.error.code === 'werkgroepNameRequired') setNameError(s.refused.werkgroepNameRequired);
      else setError(refusalText(strings, dry.error));
      return;
    }
    setBusy(true);
    try {
      let werkgroepId: number | null = null;
      if (choice && action === 'assign') {
        if (choice.kind === 'new') {
          const created = await repo.createWerkgroep({ comite: proposal.comite || comite, kind: 'werkgroep', name: choice.name, mandate: choice.mandate });
          werkgroepId = created.itemId;
        } else {
          werkgroepId = choice.werkgroepId;
        }
      }
      const outcome = await repo.decide(proposal, action, { ...input, werkgroepId }, user, organisation);
      props.onDecided(outcome, action);
    } catch (caught) {
      setBusy(false);
      if (classifyError(caught) === 'conflict') props.onConflict(caught);
      else setError(writeErrorText(strings, caught));
    }
  };

  return (
    <Dialog open modalType="modal" onOpenChange={(_ev, data) => !data.open && !busy && props.onClose()}>
      <DialogSurface>
        <form
          noValidate
          onSubmit={(ev) => {
            ev.preventDefault();
            void submit();
          }}
        >
          <DialogBody>
            <DialogTitle>{format(s.decision.heading, { action: s.action[action], title: proposal.title })}</DialogTitle>
            <DialogContent className={styles.content}>
              {action === 'route' && <ComitePicker value={comite} onChange={setComite} suggestion={suggestion} />}
              {action === 'assign' &&
                (werkgroepen.status === 'ready' && choice ? (
                  <UitvoerderPicker value={choice} onChange={setChoice} werkgroepen={werkgroepen.data} comite={proposal.comite} nameError={nameError} />
                ) : werkgroepen.status === 'error' ? (
                  <MessageBar intent="error">
                    <MessageBarBody>{writeErrorText(strings, werkgroepen.error)}</MessageBarBody>
                  </MessageBar>
                ) : (
                  <Loading />
                ))}
              {action === 'scheduleForDirectiecomite' && (
                <Field label={s.decision.meeting}>
                  <Select value={meeting} onChange={(_ev, data) => setMeeting(data.value)}>
                    {meetings.map((m) => (
                      <option key={m} value={m}>
                        {formatDateBE(m)}
                      </option>
                    ))}
                  </Select>
                </Field>
              )}
              <Field label={reasonLabel} required={needsReason || overriding}>
                <Textarea value={reason} onChange={(_ev, data) => setReason(data.value)} resize="vertical" rows={4} />
              </Field>
              {error && (
                <MessageBar intent="error" role="alert">
                  <MessageBarBody>{error}</MessageBarBody>
                </MessageBar>
              )}
            </DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={props.onClose} disabled={busy}>
                {s.common.cancel}
              </Button>
              <Button appearance="primary" type="submit" disabled={busy || (action === 'assign' && !choice)} icon={busy ? <Spinner size="tiny" /> : undefined}>
                {s.action[action]}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
