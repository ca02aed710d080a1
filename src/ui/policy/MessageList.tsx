import * as React from 'react';
import { Badge, Caption1, Subtitle2 } from '@fluentui/react-components';
import { useStrings } from '../../app/contexts';
import type { Route } from '../../app/navigation';
import { RouteLink } from '../common/RouteLink';
import type { Message } from '../../data/policy/types';
import { formatDateBE } from '../../domain/dates';
import { useMessageListStyles } from './MessageList.styles';
import { RichText } from './RichText';
import { policyRoutes } from './routes';

/** Props of {@link MessageList}. */
export interface MessageListProps {
  messages: readonly Message[];
}

/** Where a message leads: the korpsrichtlijn or the proposal it is about, with the link's words. */
function messageTarget(m: Message, strings: ReturnType<typeof useStrings>['policy']): { route: Route; label: string } | undefined {
  if (m.directiveId) return { route: policyRoutes.directive(m.directiveId), label: strings.home.messageDirective };
  if (m.proposalId) return { route: { view: 'voorstellen', item: `voorstel/${m.proposalId}` }, label: strings.home.messageProposal };
  return undefined;
}

/** The latest messages (berichten): category, date, title and text, and a link to what a message is about. */
export function MessageList(props: MessageListProps): React.ReactElement {
  const strings = useStrings().policy;
  const styles = useMessageListStyles();
  return (
    <ul className={styles.list}>
      {props.messages.map((m) => (
        <li key={m.id} className={styles.item}>
          <span className={styles.meta}>
            <Badge appearance="tint" color={m.category === 'Beslissing' ? 'success' : m.category === 'Campagne' ? 'brand' : 'informative'}>
              {strings.category[m.category]}
            </Badge>
            {m.publishedAt && <Caption1>{formatDateBE(m.publishedAt)}</Caption1>}
          </span>
          <Subtitle2 as="h4" className={styles.title}>
            {m.title}
          </Subtitle2>
          <RichText html={m.body} />
          {(() => {
            const target = messageTarget(m, strings);
            // a real address (a new tab, a copied link) that navigates in place when clicked
            return target ? (
              <RouteLink route={target.route} aria-label={`${target.label}: ${m.title}`}>
                {target.label} →
              </RouteLink>
            ) : null;
          })()}
        </li>
      ))}
    </ul>
  );
}
