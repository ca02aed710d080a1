import * as React from 'react';
import { Badge } from '@fluentui/react-components';
import { useStrings } from '../../app/contexts';
import { formatDateBE } from '../../domain/dates';
import type { Clock } from '../../domain/melden';
import { format, formatCount } from '../../loc';
import { useRegisterStyles } from '../registers/registers.styles';
import { useMeldenStyles } from './melden.styles';

/** Props of {@link ClockBadge}. */
export interface ClockBadgeProps {
  /** What the clock measures ("Ontvangstbevestiging", "Feedback"). */
  label: string;
  clock: Clock;
  /** Show the label before the badge (on a report's page; in a table the column header says it). */
  showLabel?: boolean;
}

const COLOR = { open: 'informative', dueSoon: 'warning', overdue: 'danger', metOnTime: 'success', metLate: 'severe' } as const;

/** One time limit of a report: its state in words and colour, the deadline and the days left or late. */
export function ClockBadge(props: ClockBadgeProps): React.ReactElement {
  const strings = useStrings();
  const c = strings.melden.clock;
  const styles = useMeldenStyles();
  const shared = useRegisterStyles();
  const { clock } = props;
  const days =
    clock.daysLeft === null ? null : clock.daysLeft >= 0 ? formatCount(strings, c.daysLeft, clock.daysLeft) : formatCount(strings, c.daysLate, -clock.daysLeft);
  return (
    <span className={styles.clockLine}>
      {props.showLabel && <span>{props.label}:</span>}
      <Badge className={shared.wrappingBadge} appearance="tint" color={COLOR[clock.state]}>
        {c.states[clock.state]}
      </Badge>
      <span className={shared.muted}>
        {format(c.deadline, { date: formatDateBE(clock.deadline) })}
        {days && ` · ${days}`}
      </span>
    </span>
  );
}
