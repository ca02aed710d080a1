import * as React from 'react';
import { Badge, type BadgeProps } from '@fluentui/react-components';

/** How a status reads at a glance. */
export type StatusTone = 'done' | 'stopped' | 'waiting' | 'info';

/** Stored statuses that mean "done well", "stopped" or "waiting for someone". */
const DONE = ['Afgehandeld', 'Toegestaan', 'Afgesloten', 'Schriftelijk gemeld'];
const STOPPED = ['Geweigerd', 'Beëindigd', 'Tuchtdossier'];
const WAITING = ['Gemeld', 'Aangevraagd', 'Advies gevraagd', 'Ontvangen'];

const COLORS: Record<StatusTone, BadgeProps['color']> = { done: 'success', stopped: 'danger', waiting: 'warning', info: 'informative' };

/** The tone of a stored (Dutch) status. */
export function toneOf(status: string): StatusTone {
  if (DONE.indexOf(status) >= 0) return 'done';
  if (STOPPED.indexOf(status) >= 0) return 'stopped';
  return WAITING.indexOf(status) >= 0 ? 'waiting' : 'info';
}

/** Props of {@link StatusBadge}. */
export interface StatusBadgeProps {
  /** The text, in the user's language. */
  label: string;
  /** The stored status, which picks the tone; or the tone itself. */
  status?: string;
  tone?: StatusTone;
}

/** A status as a coloured badge; the colour only repeats what the text says. */
export function StatusBadge(props: StatusBadgeProps): React.ReactElement {
  const tone = props.tone || toneOf(props.status || '');
  return (
    <Badge appearance="tint" color={COLORS[tone]} shape="rounded">
      {props.label}
    </Badge>
  );
}
