import * as React from 'react';
import { useStrings } from '../../app/contexts';
import { formatDateBE } from '../../domain/dates';
import { adviceStatus, effectiveState, type Absence, type AbsenceKind, type AdviceReminderSettings, type AdviceStatus } from '../../domain/registers';
import type { HistoryEntry, SideActivityRecord } from '../../data/registers/RegistersRepository';
import { format } from '../../loc';
import { ZoneChoice } from '../settings/ZoneChoice';
import { useRegisterStyles } from './registers.styles';
import { StatusBadge, type StatusTone } from './StatusBadge';

const CLOCK_TONES: Record<AdviceStatus, StatusTone> = { onTime: 'info', dueSoon: 'waiting', overdue: 'stopped', given: 'done' };

/** Props of the side-activity cards. */
export interface SideActivityCardProps {
  activity: SideActivityRecord;
  now: Date;
}

/** Props of {@link AdviceClockCard}. */
export interface AdviceClockCardProps extends SideActivityCardProps {
  /** The zone's reminder days. */
  settings: AdviceReminderSettings;
}

/** The 45-day advice clock of an Ops declaration: receipt, deadline, days left or late, the zone's reminders. */
export function AdviceClockCard(props: AdviceClockCardProps): React.ReactElement {
  const t = useStrings().registers.sideActivities;
  const styles = useRegisterStyles();
  const clock = adviceStatus(props.activity, props.now, props.settings);
  return (
    <section className={styles.card} aria-label={t.adviceTitle}>
      <h3 className={styles.subheading}>{t.adviceTitle}</h3>
      {!clock ? (
        <p className={styles.muted}>{t.noClock}</p>
      ) : (
        <>
          <div>
            <StatusBadge tone={CLOCK_TONES[clock.status]} label={t.clock[clock.status]} />
          </div>
          <p>
            {t.receivedOn}: {formatDateBE(clock.receivedOn)} · {t.deadline}: <strong>{formatDateBE(clock.deadline)}</strong>
          </p>
          {clock.status === 'given' ? (
            <p>
              {format(t.adviceGivenOn, { date: formatDateBE(props.activity.decidedAt as string) })} {clock.late ? t.adviceLate : ''}
            </p>
          ) : (
            <p>{clock.daysLeft >= 0 ? format(t.daysLeft, { count: clock.daysLeft }) : format(t.daysLate, { count: -clock.daysLeft })}</p>
          )}
          {clock.status !== 'given' && (
            <p className={styles.muted}>
              {format(t.remindersOn, { dates: clock.reminders.map((r) => formatDateBE(r.date)).join(', ') })} <ZoneChoice />
            </p>
          )}
        </>
      )}
    </section>
  );
}

/** Props of {@link ExerciseCard}. */
export interface ExerciseCardProps extends SideActivityCardProps {
  absences: readonly Absence[];
}

/** Whether the activity is exercised, suspended by an absence (automatically) or not, with every suspension so far. */
export function ExerciseCard(props: ExerciseCardProps): React.ReactElement {
  const s = useStrings().registers;
  const t = s.sideActivities;
  const styles = useRegisterStyles();
  const state = effectiveState(props.activity, props.absences, props.now);
  const causes = (kinds: AbsenceKind[]): string => kinds.map((k) => s.absences.kinds[k].toLowerCase()).join(', ');
  return (
    <section className={styles.card} aria-label={t.exerciseTitle}>
      <h3 className={styles.subheading}>{t.exerciseTitle}</h3>
      <p>
        {state.state === 'active' && t.stateActive}
        {state.state === 'suspended' && state.current && format(t.stateSuspended, { date: formatDateBE(state.current.start), causes: causes(state.current.causes) })}
        {state.state === 'inactive' && t.stateInactive}
      </p>
      {state.suspensions.length > 0 && (
        <>
          <h4 className={styles.subheading}>{t.suspensionsTitle}</h4>
          <ul className={styles.list}>
            {state.suspensions.map((p) => (
              <li key={p.start}>
                {p.end === null
                  ? format(t.suspensionOngoing, { start: formatDateBE(p.start), causes: causes(p.causes) })
                  : format(t.suspensionPeriod, {
                      start: formatDateBE(p.start),
                      end: formatDateBE(p.end),
                      causes: causes(p.causes),
                      resumes: p.resumesOn ? formatDateBE(p.resumesOn) : s.common.none,
                    })}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** Props of {@link HistoryList}. */
export interface HistoryListProps {
  entries: readonly HistoryEntry[];
  /** Who declared (the first entry's actor when it carries no name). */
  declarant: string;
}

/** Every step of a side activity: when, who, what, and why. */
export function HistoryList(props: HistoryListProps): React.ReactElement {
  const s = useStrings().registers;
  const styles = useRegisterStyles();
  return (
    <section className={styles.section} aria-label={s.common.history}>
      <h3 className={styles.subheading}>{s.common.history}</h3>
      {props.entries.length === 0 ? (
        <p className={styles.muted}>{s.common.historyEmpty}</p>
      ) : (
        <ol className={styles.list}>
          {props.entries.map((e, i) => (
            <li key={`${e.at}-${i}`}>
              {format(s.sideActivities.historyLine, {
                date: formatDateBE(e.at),
                actor: e.actor.name || props.declarant,
                action: s.sideActivities.historyActions[e.action],
              })}
              {e.reason && <span className={styles.muted}> — {e.reason}</span>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
