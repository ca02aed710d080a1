import * as React from 'react';
import { Badge, Caption1, Link, Text } from '@fluentui/react-components';
import { useStrings } from '../../app/contexts';
import { useNavigation } from '../../app/navigation';
import { versionLabel } from '../../domain/policy/directiveRules';
import type { DirectiveSummary } from '../../data/policy/types';
import { formatDateBE } from '../../domain/dates';
import { format } from '../../loc';
import { useDirectiveLinksStyles } from './DirectiveLinks.styles';
import { directiveRoute } from './routes';

/** Props of {@link DirectiveLinks}. */
export interface DirectiveLinksProps {
  directives: readonly DirectiveSummary[];
  /** Show the status of each (authors see concepts and archived ones too). */
  showStatus?: boolean;
  /** Show the summary under each title. */
  showSummary?: boolean;
}

/** A list of korpsrichtlijnen: number, title (opens the page), version, publication date. */
export function DirectiveLinks(props: DirectiveLinksProps): React.ReactElement {
  const strings = useStrings();
  const s = strings.policy;
  const styles = useDirectiveLinksStyles();
  const { navigate } = useNavigation();
  return (
    <ul className={styles.list}>
      {props.directives.map((d) => (
        <li key={d.id} className={styles.item}>
          <span className={styles.title}>
            <Text className={styles.number}>{d.number}</Text>
            <Link className={styles.link} onClick={() => navigate(directiveRoute(d))}>
              {d.title}
            </Link>
          </span>
          {props.showSummary && d.summary && <Text className={styles.summary}>{d.summary}</Text>}
          <span className={styles.meta}>
            <Caption1>{format(s.directives.version, { version: versionLabel(d) })}</Caption1>
            {d.publishedAt && <Caption1>{format(s.directives.publishedOn, { date: formatDateBE(d.publishedAt) })}</Caption1>}
            {props.showStatus && (
              <Badge appearance="tint" color={d.status === 'Gepubliceerd' ? 'success' : d.status === 'Concept' ? 'warning' : 'informative'}>
                {s.status[d.status]}
              </Badge>
            )}
          </span>
        </li>
      ))}
    </ul>
  );
}
