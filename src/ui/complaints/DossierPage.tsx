import * as React from 'react';
import { Button } from '@fluentui/react-components';
import { useStrings } from '../../app/contexts';
import { latestFeedback } from '../../domain/complaints';
import { formatDateBE } from '../../domain/dates';
import type { ComplaintRecord, DossierDetails } from '../../data/complaints/ComplaintsRepository';
import { managesComplaints } from '../../domain/complaints/actor';
import { format } from '../../loc';
import { ErrorMessage, Loading } from '../common/Status';
import { useAsync } from '../common/useAsync';
import { Notice, SaveError } from '../registers/feedback';
import { TextField } from '../registers/FormFields';
import { RecordTable } from '../registers/RecordTable';
import { Details, RegisterPage } from '../registers/RegisterPage';
import { useRegisterStyles } from '../registers/registers.styles';
import { formatDateTimeBE } from '../registers/formatTime';
import { StatusBadge } from '../registers/StatusBadge';
import { useReloadOnConflict, useSave, type SaveState } from '../registers/useSave';
import { DossierDecisions } from './DossierDecisions';
import { TpiCheckCard } from './TpiCheckCard';
import { isUseOfForce } from '../../domain/complaints/tpiCheck';
import { DossierFindings } from './DossierFindings';
import { DossierVersions } from './DossierVersions';
import { LegalSupportCard } from './LegalSupportCard';
import { isIn } from '../../domain/membership';
import { useComplaintsRepository } from './useComplaints';

/** Props of {@link DossierPage}. */
export interface DossierPageProps {
  id: string;
}

const detailsOf = (d: ComplaintRecord): DossierDetails => ({
  investigationNotes: d.investigationNotes || '',
  spocFeedback: d.spocFeedback || '',
  mayorFeedbackOn: d.mayorFeedbackOn || '',
  evidence: d.evidence.join('\n'),
});

/**
 * One confidential dossier: the complaint, the findings, the decisions (managers), the history as SharePoint recorded it
 * (with what was changed outside the app) and who consulted it.
 */
export function DossierPage(props: DossierPageProps): React.ReactElement {
  const strings = useStrings();
  const r = strings.registers;
  const c = r.complaints;
  const styles = useRegisterStyles();
  const repo = useComplaintsRepository();
  const state = useAsync(() => repo.openDossier(props.id), [repo, props.id]);
  const loaded = state.status === 'ready' ? state.data.dossier : null;
  const [dossier, setDossier] = React.useState<ComplaintRecord | null>(null);
  const [details, setDetails] = React.useState<DossierDetails | null>(null);
  React.useEffect(() => {
    setDossier(loaded);
    setDetails(loaded ? detailsOf(loaded) : null);
  }, [loaded]);
  const [saved, save] = useSave((d: ComplaintRecord, x: DossierDetails) => repo.saveDetails(d, x));
  const [decision, setDecision] = React.useState<SaveState<ComplaintRecord>>({ status: 'idle' });
  useReloadOnConflict(saved, state.reload);
  useReloadOnConflict(decision, state.reload);

  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <ErrorMessage error={state.error} onRetry={state.reload} />;
  const { me, investigators, consultations, findings, changes } = state.data;
  const tampered = changes.some((ch) => !ch.entitled);
  const current = dossier || state.data.dossier;
  const notes = details || detailsOf(current);
  const manager = managesComplaints(me);
  // a tuchtdossier is the korpschef's alone: the rest of the korpsleiding and Intern Toezicht only read it (SharePoint refuses)
  const mayEdit = manager && (current.disciplinaryOpenedOn === null || isIn(me, 'korpschef'));
  const legalReader = !manager && isIn(me, 'juridischeDienst') && current.legalSupport;
  const setNote = (key: keyof DossierDetails) => (value: string) => setDetails({ ...notes, [key]: value });

  const onSave = async (ev: React.FormEvent): Promise<void> => {
    ev.preventDefault();
    const next = await save(current, notes);
    if (next) setDossier(next);
  };
  const onDecided = (next: ComplaintRecord): void => {
    setDossier(next);
    setDetails(detailsOf(next));
  };

  return (
    <RegisterPage heading={`${current.reference} · ${current.title}`} back={{ view: 'klachten' }}>
      <Notice intent="info">{c.confidential}</Notice>
      {tampered && (
        <Notice intent="warning" title={c.changedOutside}>
          {c.tamperNotice}
        </Notice>
      )}
      {!manager && <Notice intent="info">{legalReader ? c.legalSupportAsked : current.disciplinaryOpenedOn !== null ? c.readOnlyHead : c.readOnlyInvestigator}</Notice>}
      <section className={styles.section} aria-label={c.sectionComplaint}>
        <h3 className={styles.subheading}>{c.sectionComplaint}</h3>
        <Details
          rows={[
            [r.common.status, <StatusBadge key="s" status={current.status} label={c.statuses[current.status]} />],
            [c.receivedOn, formatDateBE(current.receivedOn)],
            [c.channel, c.channels[current.channel]],
            [c.complainantName, current.complainant.name],
            [c.complainantContact, current.complainant.contact],
            [c.facts, current.facts],
            [c.theme, current.theme],
            [r.common.dienst, current.involvedDienst],
            [c.involvedStaff, current.involvedStaff.map((p) => p.name).join(', ')],
            [c.evidence, current.evidence.join('\n')],
            [c.investigator, current.investigator ? `${current.investigator.name} (${c.investigatorFunction[current.investigator.function]})` : c.unassigned],
            [c.outcome, current.outcome ? c.outcomes[current.outcome] : null],
            [c.feedbackDate, current.feedbackSentOn ? formatDateBE(current.feedbackSentOn) : null],
            current.feedbackText !== null && [c.feedbackText, current.feedbackText],
            current.disciplinaryOpenedOn !== null && [c.disciplinaryOpenedOn, formatDateBE(current.disciplinaryOpenedOn)],
            current.disciplinaryHead !== null && [c.disciplinaryHead, current.disciplinaryHead.name],
            current.closedOn !== null && [c.closedOn, formatDateBE(current.closedOn)],
          ]}
        />
      </section>
      <DossierFindings dossier={current} me={me} findings={findings} />
      {isUseOfForce({ themeNumber: current.themeNumber ?? null }) && <TpiCheckCard me={me} dossier={current} manager={manager} onRecorded={onDecided} onConflict={state.reload} />}
      {manager && (
        <section className={styles.card} aria-label={c.sectionDecisions}>
          <h3 className={styles.subheading}>{c.sectionDecisions}</h3>
          {decision.status === 'done' && <Notice intent="success">{r.common.saved}</Notice>}
          <DossierDecisions key={current.etag} dossier={current} me={me} investigators={investigators} feedback={latestFeedback(findings)} onDecided={onDecided} onState={setDecision} />
        </section>
      )}
      {mayEdit && current.status !== 'Afgesloten' && <LegalSupportCard dossier={current} me={me} onChanged={onDecided} />}
      {mayEdit && (
        <form className={styles.card} onSubmit={onSave} aria-label={c.sectionInvestigation}>
          <h3 className={styles.subheading}>{c.sectionInvestigation}</h3>
          <TextField label={c.investigationNotes} multiline value={notes.investigationNotes} onChange={setNote('investigationNotes')} />
          <h3 className={styles.subheading}>{c.sectionSpoc}</h3>
          <div className={styles.form}>
            <TextField className={styles.wide} label={c.spocFeedback} multiline value={notes.spocFeedback} onChange={setNote('spocFeedback')} />
            <TextField label={c.mayorFeedbackOn} type="date" value={notes.mayorFeedbackOn} onChange={setNote('mayorFeedbackOn')} />
          </div>
          <TextField label={c.evidence} hint={c.evidenceHint} multiline value={notes.evidence} onChange={setNote('evidence')} />
          {saved.status === 'error' && <SaveError error={saved.error} />}
          {saved.status === 'done' && <Notice intent="success">{r.common.saved}</Notice>}
          <div className={styles.actions}>
            <Button appearance="primary" type="submit" disabled={saved.status === 'saving'}>
              {c.saveDetails}
            </Button>
          </div>
        </form>
      )}
      {!manager && current.investigationNotes !== null && <Details rows={[[c.investigationNotes, current.investigationNotes]]} />}
      <DossierVersions changes={changes} />
      <section className={styles.section} aria-label={c.historyCopy}>
        <h3 className={styles.subheading}>{c.historyCopy}</h3>
        {current.history.length === 0 ? (
          <p className={styles.muted}>{r.common.historyEmpty}</p>
        ) : (
          <ol className={styles.list}>
            {current.history.map((h, i) => (
              <li key={`${h.at}-${i}`}>
                {format(c.historyLine, { date: formatDateBE(h.at), actor: h.actor.name, action: c.actionLabels[h.action] })}
                {h.investigator && h.action !== 'sendFeedback' ? ` → ${h.investigator.name}` : ''}
                {h.outcome && (h.action === 'sendFeedback' || h.action === 'dismiss' || h.action === 'closeDisciplinary') ? ` (${c.outcomes[h.outcome]})` : ''}
                {h.reason && <span className={styles.muted}> — {h.reason}</span>}
              </li>
            ))}
          </ol>
        )}
      </section>
      {manager && consultations && (
        <section className={styles.section} aria-label={c.sectionConsultations}>
          <h3 className={styles.subheading}>{c.sectionConsultations}</h3>
          <p className={styles.muted}>{c.consultationsIntro}</p>
          <RecordTable
            caption={c.sectionConsultations}
            items={consultations}
            rowKey={(e) => `${e.id}-${e.at}`}
            empty={r.common.historyEmpty}
            columns={[
              { key: 'who', header: c.consultedBy, render: (e) => (e.claimedName ? `${e.readerName} ${format(c.claimedName, { name: e.claimedName })}` : e.readerName) },
              {
                key: 'when',
                header: c.consultedAt,
                render: (e) => formatDateTimeBE(e.at),
              },
              { key: 'what', header: c.consultationAction, render: (e) => c.auditActions[e.action] },
            ]}
          />
        </section>
      )}
    </RegisterPage>
  );
}
