import * as React from 'react';
import { Badge, Caption1, Subtitle2 } from '@fluentui/react-components';
import { useStrings } from '../../app/contexts';
import type { Message } from '../../data/policy/types';
import { formatDateBE } from '../../domain/dates';
import { useMessageListStyles } from './MessageList.styles';
import { RichText } from './RichText';

/** Props of {@link MessageList}. */
export interface MessageListProps {
  messages: readonly Message[];
}

/** The latest messages (berichten): category, date, title and text. */
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
        </li>
      ))}
    </ul>
  );
}
