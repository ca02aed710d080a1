import * as React from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, Spinner } from '@fluentui/react-components';
import { useStrings } from '../../app/contexts';
import { classifyError } from '../../data/errors';
import type { Strings } from '../../loc';
import type { AsyncState } from './useAsync';

/** Props of {@link Status}: a load under way, or what went wrong (with a retry when one makes sense). */
export type StatusProps = { loading: true } | { error: unknown; onRetry?: () => void };

/** The user's-language text for a failed SharePoint call. */
export function errorText(strings: Strings, error: unknown): string {
  const kind = classifyError(error);
  if (kind === 'validation') return strings.errors.generic;
  return strings.errors[kind];
}

/**
 * The one way a view shows that it is loading (a spinner announced to screen readers) or that something failed (an
 * alert in the user's language, with a retry).
 */
export function Status(props: StatusProps): React.ReactElement {
  const strings = useStrings();
  if ('loading' in props) return <Spinner size="small" label={strings.app.loading} aria-live="polite" />;
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

/** The loading indicator of a view: `<Status loading />`. */
export function Loading(): React.ReactElement {
  return <Status loading />;
}

/** Props of {@link ErrorMessage}. */
export interface ErrorMessageProps {
  error: unknown;
  onRetry?: () => void;
}

/** What went wrong, in the user's language: `<Status error={...} />`. */
export function ErrorMessage(props: ErrorMessageProps): React.ReactElement {
  return <Status error={props.error} onRetry={props.onRetry} />;
}

/** Props of {@link AsyncContent}. */
export interface AsyncContentProps<T> {
  state: AsyncState<T> & { reload(): void };
  children(data: T): React.ReactNode;
}

/** Renders a load's result, or its {@link Status} while it loads or after it failed (retry reloads). */
export function AsyncContent<T>(props: AsyncContentProps<T>): React.ReactElement {
  const { state } = props;
  if (state.status === 'loading') return <Status loading />;
  if (state.status === 'error') return <Status error={state.error} onRetry={state.reload} />;
  return <>{props.children(state.data)}</>;
}
