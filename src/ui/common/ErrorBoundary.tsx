import * as React from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { useLog, useStrings } from '../../app/contexts';
import type { Logger } from '../../data/logging';

/** Props of {@link ErrorBoundary}. */
export interface ErrorBoundaryProps {
  /** Where the boundary sits, for the log (e.g. `view:voorstellen`). */
  source: string;
  children?: React.ReactNode;
}

interface BoundaryProps extends ErrorBoundaryProps {
  log: Logger;
  message: string;
  retry: string;
}

interface BoundaryState {
  error: unknown;
  failed: boolean;
}

class Boundary extends React.Component<BoundaryProps, BoundaryState> {
  public state: BoundaryState = { error: undefined, failed: false };

  public static getDerivedStateFromError(error: unknown): BoundaryState {
    return { error, failed: true };
  }

  public componentDidCatch(error: unknown, info: React.ErrorInfo): void {
    this.props.log.log({ level: 'error', source: this.props.source, message: `render failed${info.componentStack ? `:${info.componentStack}` : ''}`, error });
  }

  private readonly retry = (): void => this.setState({ error: undefined, failed: false });

  public render(): React.ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <MessageBar intent="error" role="alert">
        <MessageBarBody>{this.props.message}</MessageBarBody>
        <MessageBarActions>
          <Button onClick={this.retry}>{this.props.retry}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
}

/**
 * Keeps a render error inside one part of the app: the part shows what happened in the user's language with a retry
 * (rendering it anew), the rest of the app keeps working, and the error goes to the app's log.
 */
export function ErrorBoundary(props: ErrorBoundaryProps): React.ReactElement {
  const strings = useStrings();
  const log = useLog();
  return (
    <Boundary source={props.source} log={log} message={strings.errors.viewFailed} retry={strings.errors.retry}>
      {props.children}
    </Boundary>
  );
}
