import * as React from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, type MessageBarIntent } from '@fluentui/react-components';
import { useStrings } from '../../app/contexts';

/** A message for the user after something they did. */
export interface NoticeValue {
  intent: MessageBarIntent;
  text: string;
}

/** Props of {@link Notice}. */
export interface NoticeProps {
  notice: NoticeValue | null;
  onDismiss(): void;
}

/** Shows the outcome of the user's last action (announced to screen readers), until dismissed. */
export function Notice(props: NoticeProps): React.ReactElement | null {
  const strings = useStrings();
  if (!props.notice) return null;
  return (
    <MessageBar intent={props.notice.intent} role={props.notice.intent === 'error' ? 'alert' : 'status'}>
      <MessageBarBody>{props.notice.text}</MessageBarBody>
      <MessageBarActions>
        <Button appearance="transparent" size="small" onClick={props.onDismiss}>
          {strings.proposals.common.dismiss}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
