import * as React from 'react';
import { Badge, Body1, Caption1 } from '@fluentui/react-components';
import { useStrings } from '../../app/contexts';
import type { DraftReport } from '../../data/verslagen/types';
import { formatDateBE } from '../../domain/dates';
import { RouteLink } from '../common/RouteLink';
import { reportTitle } from './labels';
import { usePublishedListStyles } from './PublishedList.styles';
import { verslagenRoutes } from './routes';

/** Props of {@link DraftList}. */
export interface DraftListProps {
  drafts: readonly DraftReport[];
}

/** The drafts the user may see (writers and approvers only): which report, where it is, who changed it last. */
export function DraftList(props: DraftListProps): React.ReactElement {
  const strings = useStrings();
  const v = strings.verslagen;
  // the same rows as the published list
  const styles = usePublishedListStyles();
  if (props.drafts.length === 0) return <Body1>{v.drafts.none}</Body1>;
  return (
    <ul className={styles.list}>
      {props.drafts.map((d) => (
        <li key={d.id} className={styles.row}>
          <RouteLink route={verslagenRoutes.draft(d.id)}>{reportTitle(strings, d.kind, d.text.meetingDate)}</RouteLink>
          <Badge appearance="outline" color={d.status === 'Ter goedkeuring' ? 'warning' : 'informative'}>
            {v.drafts.status[d.status]}
          </Badge>
          <Caption1>
            {d.editor.name} · {formatDateBE(d.modified)}
          </Caption1>
        </li>
      ))}
    </ul>
  );
}
