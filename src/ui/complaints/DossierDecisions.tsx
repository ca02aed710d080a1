import * as React from 'react';
import { Button } from '@fluentui/react-components';
import { useStrings } from '../../app/contexts';
import { formatDateBE } from '../../domain/dates';
import { allowedComplaintActions, COMPLAINT_OUTCOMES, type CheckedFinding, type ComplaintAction, type ComplaintOutcome } from '../../domain/complaints';
import type { ComplaintDecision, ComplaintRecord, InvestigatorOption } from '../../data/complaints/ComplaintsRepository';
import { complaintActor } from '../../domain/complaints/actor';
import type { Membership } from '../../domain/membership';
import { format } from '../../loc';
import { Notice, SaveError } from '../registers/feedback';
import { ChoiceField, TextField } from '../registers/FormFields';
import { useRegisterStyles } from '../registers/registers.styles';
import { useSave, type SaveState } from '../registers/useSave';
import { useComplaintsRepository } from './useComplaints';

/** Props of {@link DossierDecisions}. */
export interface DossierDecisionsProps {
  dossier: ComplaintRecord;
  me: Membership;
  investigators: InvestigatorOption[];
  /** The investigator's latest counted feedback finding: what recording the feedback starts from. */
  feedback?: CheckedFinding | null;
  onDecided(next: ComplaintRecord): void;
  /** The save's state goes up so the page reloads the dossier after a conflict. */
  onState?(state: SaveState<ComplaintRecord>): void;
}

/** What each decision asks for. */
const NEEDS: Record<ComplaintAction, { investigator?: boolean; outcome?: boolean; reason?: boolean; feedback?: boolean; head?: boolean }> = {
  assignInvestigator: { investigator: true },
  reassignInvestigator: { investigator: true, reason: true },
  sendFeedback: { feedback: true },
  close: {},
  dismiss: { outcome: true, reason: true },
  openDisciplinary: { reason: true, head: true },
  closeDisciplinary: { outcome: true },
};

/** The decisions the user may take on the dossier now (domain rules), each with exactly the input it needs. */
export function DossierDecisions(props: DossierDecisionsProps): React.ReactElement {
  const strings = useStrings();
  const r = strings.registers;
  const c = r.complaints;
  const styles = useRegisterStyles();
  const repo = useComplaintsRepository();
  const { dossier, me } = props;
  const actions = allowedComplaintActions(dossier, complaintActor(me));
  const [action, setAction] = React.useState<ComplaintAction | ''>(actions[0] || '');
  const [investigatorId, setInvestigatorId] = React.useState('');
  const [headId, setHeadId] = React.useState('');
  const reported = props.feedback || null;
  const [outcome, setOutcome] = React.useState<ComplaintOutcome | ''>(dossier.outcome || (reported && reported.outcome) || '');
  const [reason, setReason] = React.useState('');
  const [saved, decide] = useSave((d: ComplaintDecision) => repo.decide(dossier, me, d));
  React.useEffect(() => {
    if (actions.indexOf(action as ComplaintAction) < 0) setAction(actions[0] || '');
  }, [dossier.status]);
  React.useEffect(() => {
    // a fresh form (after a decision) must not wipe the page's confirmation of that decision
    if (saved.status !== 'idle' && props.onState) props.onState(saved);
  }, [saved]);

  if (!actions.length) return <p className={styles.muted}>{c.noActions}</p>;
  const needs = action ? NEEDS[action] : {};
  const byId = (id: string): InvestigatorOption | null => props.investigators.filter((i) => i.id === id)[0] || null;
  const heads = props.investigators.filter((i) => i.function === 'diensthoofd');
  const optionLabel = (id: string): string => {
    const person = byId(id);
    return person ? `${person.name} (${c.investigatorFunction[person.function]})` : id;
  };

  const onSubmit = async (ev: React.FormEvent): Promise<void> => {
    ev.preventDefault();
    if (!action) return;
    const next = await decide({
      action,
      reason: needs.reason || reason ? reason : null,
      investigator: needs.investigator ? byId(investigatorId) : null,
      outcome: needs.outcome && outcome ? outcome : null,
      disciplinaryHead: needs.head ? byId(headId) : null,
    });
    // the page shows the new version with a fresh form (keyed by its ETag)
    if (next) props.onDecided(next);
  };

  return (
    <form className={styles.form} onSubmit={onSubmit} aria-label={c.sectionDecisions} noValidate>
      <ChoiceField<ComplaintAction>
        label={c.decision}
        value={action}
        options={actions}
        placeholder={false}
        labelOf={(a) => c.actionLabels[a]}
        onChange={(a) => setAction(a)}
      />
      {needs.investigator && (
        <ChoiceField label={c.investigator} required value={investigatorId} options={props.investigators.map((i) => i.id)} labelOf={optionLabel} onChange={setInvestigatorId} />
      )}
      {needs.head && <ChoiceField label={c.disciplinaryHead} required value={headId} options={heads.map((i) => i.id)} labelOf={optionLabel} onChange={setHeadId} />}
      {needs.outcome && (
        <ChoiceField<ComplaintOutcome> label={c.outcome} required value={outcome} options={COMPLAINT_OUTCOMES} labelOf={(o) => c.outcomes[o]} onChange={setOutcome} />
      )}
      {needs.feedback && (
        <div className={styles.wide}>
          {reported ? (
            <Notice intent="info" title={format(c.feedbackFromInvestigator, { name: reported.author.name, date: reported.feedbackSentOn ? formatDateBE(reported.feedbackSentOn) : '' })}>
              {reported.outcome ? `${c.outcomes[reported.outcome]}. ` : ''}
              {reported.text}
            </Notice>
          ) : (
            <Notice intent="warning">{c.feedbackMissing}</Notice>
          )}
        </div>
      )}
      {action && (
        <TextField
          className={styles.wide}
          label={needs.reason ? r.common.reason : `${r.common.reason} (${r.common.optional})`}
          required={!!needs.reason}
          multiline
          value={reason}
          onChange={setReason}
        />
      )}
      {saved.status === 'error' && (
        <div className={styles.wide}>
          <SaveError error={saved.error} refusals={{ ...c.refusals, ...strings.resistance.tpi.refusals }} />
        </div>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={!action || saved.status === 'saving'}>
          {action ? c.actionLabels[action] : c.sectionDecisions}
        </Button>
      </div>
    </form>
  );
}
