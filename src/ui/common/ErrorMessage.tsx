import * as React from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { useStrings } from '../../app/contexts';
import { classifyError } from '../../data/errors';
import type { Strings } from '../../loc';

/** Props of {@link ErrorMessage}. */
export interface ErrorMessageProps {
  error: unknown;
  onRetry?: () => void;
}

/** The user's-language text for a failed SharePoint call. */
export function errorText(strings: Strings, error: unknown): string {
  const kind = classifyError(error);
  if (kind === 'validation') return strings.errors.generic;
  return strings.errors[kind];
}

/** Says in the user's language what went wrong, with a retry when one makes sense. */
export function ErrorMessage(props: ErrorMessageProps): React.ReactElement {
  const strings = useStrings();
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>{errorText(strings, props.error)}</MessageBarBody>
      {props.onRetry && (
        <MessageBarActions>
          <Button onClick={props.onRetry}>{strings.errors.retry}</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
