import * as React from 'react';
import { Button } from '@fluentui/react-components';
import { useStrings } from '../../app/contexts';
import { brusselsDateOf, formatDateBE } from '../../domain/dates';
import { categoryOf, checkIncompatibility, needsTalk, SIDE_ACTIVITY_RULES, type SideActivityAction } from '../../domain/registers';
import { permittedActions } from '../../domain/workflow';
import { isIn, type Membership } from '../../domain/membership';
import type { SideActivityAdvice, SideActivityDecision, SideActivityRecord } from '../../data/registers/RegistersRepository';
import { SIDE_ACTIVITY_ADVICE } from '../../data/schema';
import { format } from '../../loc';
import { ErrorMessage, Loading } from '../common/Status';
import { useWithZoneSettings } from '../settings/useWithZoneSettings';
import { Notice, SaveError } from './feedback';
import { RadioField, TextField } from './FormFields';
import { Details, RegisterPage } from './RegisterPage';
import { useRegisterStyles } from './registers.styles';
import { AdviceClockCard, ExerciseCard, HistoryList } from './SideActivityCards';
import { StatusBadge } from './StatusBadge';
import { useRegistersRepository } from './useRegisters';
import { useReloadOnConflict, useSave } from './useSave';

/** Props of {@link SideActivityDetail}. */
export interface SideActivityDetailProps {
  id: string;
}

/** The actions the user may take on the activity now (domain rules: the politiecollege advises, the declarant may end). */
function actionsFor(activity: SideActivityRecord, me: Membership): SideActivityAction[] {
  return permittedActions(SIDE_ACTIVITY_RULES, activity.status, (role) =>
    role === 'declarant' ? activity.declarant.id === String(me.userId) : role === 'korpschef' ? isIn(me, 'korpschef') : isIn(me, 'politiecollege'),
  );
}

/** One side activity: the declaration, the 45-day clock, whether it is exercised or suspended (read-only), decisions, history. */
export function SideActivityDetail(props: SideActivityDetailProps): React.ReactElement {
  const strings = useStrings();
  const s = strings.registers;
  const t = s.sideActivities;
  const styles = useRegisterStyles();
  const repo = useRegistersRepository();
  // the zone's reminder days are read with the activity, in its round trip
  const state = useWithZoneSettings(() => repo.loadSideActivity(props.id), [repo, props.id]);
  const [activity, setActivity] = React.useState<SideActivityRecord | null>(null);
  const loaded = state.status === 'ready' ? state.data : null;
  React.useEffect(() => {
    setActivity(loaded ? loaded.activity : null);
  }, [loaded]);
  const [advice, setAdvice] = React.useState<SideActivityAdvice | ''>('');
  const [reason, setReason] = React.useState('');
  const [endDate, setEndDate] = React.useState(() => brusselsDateOf(new Date()));
  const [talkOn, setTalkOn] = React.useState(() => brusselsDateOf(new Date()));
  const [saved, decide] = useSave((a: SideActivityRecord, me: Membership, d: SideActivityDecision) => repo.decideSideActivity(a, me, d));
  useReloadOnConflict(saved, state.reload);

  if (state.status === 'loading') return <Loading />;
  if (state.status === 'error') return <ErrorMessage error={state.error} onRetry={state.reload} />;
  const { me } = state.data;
  const current = activity || state.data.activity;
  const now = new Date();
  const actions = actionsFor(current, me);
  // the absences (medical data, HR's list) are read by the member and the korpsleiding only
  const seesAbsences = isIn(me, 'korpsleiding') || current.declarant.id === String(me.userId);
  const incompatible = checkIncompatibility(current.kader, current).incompatible;

  const run = async (decision: SideActivityDecision): Promise<void> => {
    const next = await decide(current, me, decision);
    if (next) {
      setActivity(next);
      setReason('');
      setAdvice('');
    }
  };
  const onAdvice = (ev: React.FormEvent): void => {
    ev.preventDefault();
    void run({ action: advice === 'Ongunstig' ? 'refuse' : 'allow', advice: advice || null, reason });
  };

  return (
    <RegisterPage heading={current.title} back={{ view: 'registers' }}>
      {incompatible && (
        <Notice intent="error" title={t.incompatibleTitle[categoryOf(incompatible)]}>
          {format(t.incompatibleBody, { name: t.kinds[incompatible] })}
          {categoryOf(incompatible) === 'bijzondereWetgeving' && ` ${t.amongOthers}`}
        </Notice>
      )}
      <Details
        rows={[
          [s.common.status, <StatusBadge key="s" status={current.status} label={t.statuses[current.status]} />],
          [t.kader, current.kader === 'Ops' ? t.kaderOps : t.kaderCaLog],
          [t.kind, t.kinds[current.kind]],
          [t.description, current.description],
          [t.organisation, current.organisation],
          [
            t.period,
            current.endDate ? `${formatDateBE(current.startDate)} – ${formatDateBE(current.endDate)}` : format(t.periodOpen, { start: formatDateBE(current.startDate) }),
          ],
          [t.hoursPerMonth, current.hoursPerMonth === null ? null : String(current.hoursPerMonth).replace('.', ',')],
          [s.common.dienst, current.dienst],
          [t.declaredBy, `${current.declarant.name} · ${formatDateBE(current.declaredAt)}`],
          [t.talkTitle, current.korpschefTalkOn ? format(t.talkOn, { date: formatDateBE(current.korpschefTalkOn) }) : null],
          [t.advice, current.advice ? t.adviceValues[current.advice] : null],
          [t.adviceReason, current.decisionReason],
        ]}
      />
      {current.kader === 'Ops' && <AdviceClockCard activity={current} now={now} settings={state.data.settings} />}
      {needsTalk(current) && <Notice intent="info">{t.talkPending}</Notice>}
      {seesAbsences ? (
        <ExerciseCard activity={current} absences={state.data.absences} now={now} />
      ) : (
        // without the absences (medical data) the suspension cannot be known, so nothing is claimed about it
        <p className={styles.muted}>{t.exerciseHidden}</p>
      )}
      {actions.length > 0 && (
        <section className={styles.card} aria-label={t.decisionsTitle}>
          <h3 className={styles.subheading}>{t.decisionsTitle}</h3>
          {actions.indexOf('registerReceipt') >= 0 && (
            <div className={styles.actions}>
              <Button appearance="primary" onClick={() => void run({ action: 'registerReceipt' })} disabled={saved.status === 'saving'}>
                {t.registerReceipt}
              </Button>
              <span className={styles.muted}>{t.receiptHint}</span>
            </div>
          )}
          {actions.indexOf('recordTalk') >= 0 && (
            <div className={styles.actions}>
              <TextField label={t.talkDate} type="date" value={talkOn} onChange={setTalkOn} />
              <Button appearance="primary" onClick={() => void run({ action: 'recordTalk', talkOn })} disabled={saved.status === 'saving'}>
                {t.recordTalk}
              </Button>
            </div>
          )}
          {actions.indexOf('allow') >= 0 && (
            <form onSubmit={onAdvice} className={styles.form} aria-label={t.advice}>
              <RadioField<SideActivityAdvice>
                label={t.advice}
                required
                value={advice}
                options={SIDE_ACTIVITY_ADVICE.map((v) => ({ value: v, label: t.adviceValues[v] }))}
                onChange={setAdvice}
              />
              <TextField label={advice === 'Gunstig onder voorwaarden' ? t.adviceConditions : t.adviceReason} multiline value={reason} onChange={setReason} />
              <div className={styles.actions}>
                <Button appearance="primary" type="submit" disabled={!advice || saved.status === 'saving'}>
                  {t.saveAdvice}
                </Button>
              </div>
            </form>
          )}
          {actions.indexOf('end') >= 0 && (
            <div className={styles.actions}>
              <TextField label={t.endDateLabel} type="date" value={endDate} onChange={setEndDate} />
              <Button onClick={() => void run({ action: 'end', endDate })} disabled={saved.status === 'saving'}>
                {t.endActivity}
              </Button>
            </div>
          )}
          {saved.status === 'error' && <SaveError error={saved.error} refusals={t.refusals} />}
          {saved.status === 'done' && <Notice intent="success">{s.common.saved}</Notice>}
        </section>
      )}
      <HistoryList entries={current.history} declarant={current.declarant.name} />
    </RegisterPage>
  );
}
