import * as React from 'react';
import { MessageBar, MessageBarBody, useId } from '@fluentui/react-components';
import { useStrings } from '../../app/contexts';
import { format } from '../../loc';

/** Props of {@link ViewNotOffered}. */
export interface ViewNotOfferedProps {
  /** The view's name as its tab would show it. */
  viewName: string;
}

/** Shown, calmly, instead of a view the user may not use (reached by its address or a link): never an error. */
export function ViewNotOffered(props: ViewNotOfferedProps): React.ReactElement {
  const strings = useStrings();
  const headingId = useId('view-not-offered');
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{props.viewName}</h2>
      <MessageBar intent="info">
        <MessageBarBody>{format(strings.app.viewNotOffered, { view: props.viewName })}</MessageBarBody>
      </MessageBar>
    </section>
  );
}
