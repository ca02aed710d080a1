import * as React from 'react';
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useTabNoticeStyles } from './TabNotice.styles';

/** Props of {@link TabNotice}. */
export interface TabNoticeProps {
  title: string;
  body: string;
}

/** Says why the tab cannot show the app (not configured, failed start), in the user's language. */
export function TabNotice(props: TabNoticeProps): React.ReactElement {
  const styles = useTabNoticeStyles();
  return (
    <main className={styles.root}>
      <MessageBar intent="error" role="alert" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{props.title}</MessageBarTitle>
          {props.body}
        </MessageBarBody>
      </MessageBar>
    </main>
  );
}
