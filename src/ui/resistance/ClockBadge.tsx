import * as React from 'react';
import { useStrings } from '../../app/contexts';
import { brusselsDateOf, formatDateBE, type BrusselsDate } from '../../domain/dates';
import { clockOf } from '../../domain/resistance';
import { format } from '../../loc';
import { StatusBadge } from '../registers/StatusBadge';
import { useClockBadgeStyles } from './ClockBadge.styles';

/** Props of {@link ClockBadge}. */
export interface ClockBadgeProps {
  due: BrusselsDate;
}

/** When something is due and how many days are left (or how late it is): in words, the colour only repeats them. */
export function ClockBadge(props: ClockBadgeProps): React.ReactElement {
  const r = useStrings().resistance;
  const styles = useClockBadgeStyles();
  const clock = clockOf(props.due, brusselsDateOf(new Date()));
  const label = clock.overdue ? format(r.overdue, { days: -clock.daysLeft }) : clock.daysLeft === 0 ? r.dueToday : format(r.daysLeft, { days: clock.daysLeft });
  return (
    <span className={styles.root}>
      {format(r.due, { date: formatDateBE(props.due) })}
      <StatusBadge label={label} tone={clock.overdue ? 'stopped' : clock.daysLeft <= 3 ? 'waiting' : 'info'} />
    </span>
  );
}
