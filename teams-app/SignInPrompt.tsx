import * as React from 'react';
import { Button, MessageBar, MessageBarBody, Spinner, Text, Title3, useId } from '@fluentui/react-components';
import { format } from '../src/loc';
import type { SignInPromptState } from './signInGate';
import { useSignInPromptStyles } from './SignInPrompt.styles';
import type { TabStrings } from './strings';

/** Props of {@link SignInPrompt}. */
export interface SignInPromptProps {
  state: SignInPromptState;
  strings: TabStrings['signIn'];
}

/** Asks the user to sign in to SharePoint with one button; the click itself opens the sign-in window. */
export function SignInPrompt(props: SignInPromptProps): React.ReactElement {
  const { state, strings } = props;
  const styles = useSignInPromptStyles();
  const headingId = useId('signin-heading');
  const failure = state.failure;
  const failureText = failure && (failure.kind === 'cancelled' ? strings.cancelled : format(strings.failed, { reason: failure.reason }));
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Title3 as="h1" id={headingId} className={styles.heading}>
        {strings.title}
      </Title3>
      <Text as="p" className={styles.body}>
        {strings.body}
      </Text>
      {failureText && (
        <MessageBar intent="error" role="alert" layout="multiline" className={styles.message}>
          <MessageBarBody>{failureText}</MessageBarBody>
        </MessageBar>
      )}
      {state.busy ? (
        <Spinner size="tiny" labelPosition="after" label={strings.busy} aria-live="polite" />
      ) : (
        <Button appearance="primary" onClick={state.onSignIn}>
          {strings.button}
        </Button>
      )}
    </section>
  );
}
