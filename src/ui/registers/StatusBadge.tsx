import * as React from 'react';
import { Badge, type BadgeProps } from '@fluentui/react-components';

/** Stored statuses that mean "done well", "stopped" or "waiting for someone", for the badge's colour. */
const DONE = ['Afgehandeld', 'Toegestaan', 'Afgesloten', 'Schriftelijk gemeld'];
const STOPPED = ['Geweigerd', 'Beëindigd', 'Tuchtdossier'];
const WAITING = ['Gemeld', 'Aangevraagd', 'Advies gevraagd', 'Ontvangen'];

/** Props of {@link StatusBadge}. */
export interface StatusBadgeProps {
  /** The stored (Dutch) status, which picks the colour. */
  status: string;
  /** The status in the user's language. */
  label: string;
}

/** A status as a coloured badge; the colour only repeats what the text says. */
export function StatusBadge(props: StatusBadgeProps): React.ReactElement {
  const color: BadgeProps['color'] =
    DONE.indexOf(props.status) >= 0 ? 'success' : STOPPED.indexOf(props.status) >= 0 ? 'danger' : WAITING.indexOf(props.status) >= 0 ? 'warning' : 'informative';
  return (
    <Badge appearance="tint" color={color} shape="rounded">
      {props.label}
    </Badge>
  );
}
