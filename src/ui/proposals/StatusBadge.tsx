import * as React from 'react';
import { Badge, type BadgeProps } from '@fluentui/react-components';
import { useStrings } from '../../app/contexts';
import type { ProposalStatus } from '../../domain/proposal/statuses';

/** Props of {@link StatusBadge}. */
export interface StatusBadgeProps {
  status: ProposalStatus;
  className?: string;
}

const COLOR: Record<ProposalStatus, BadgeProps['color']> = {
  Concept: 'subtle',
  Ingediend: 'warning',
  Teruggestuurd: 'warning',
  Afgewezen: 'danger',
  Gevalideerd: 'brand',
  'Op agenda directiecomité': 'brand',
  'Toegewezen aan comité': 'brand',
  'Toegewezen aan uitvoerder': 'brand',
  'In uitvoering': 'informative',
  Gerealiseerd: 'success',
  'Niet weerhouden': 'danger',
};

/** The status of a proposal as a coloured badge with its name in the user's language. */
export function StatusBadge(props: StatusBadgeProps): React.ReactElement {
  const strings = useStrings();
  return (
    <Badge appearance="tint" color={COLOR[props.status]} className={props.className}>
      {strings.proposals.status[props.status]}
    </Badge>
  );
}
