import * as React from 'react';
import { Body1, Title3 } from '@fluentui/react-components';
import { format } from '../loc';
import { useStrings } from '../app/contexts';
import { viewLabel, type ViewKey } from '../app/views';

/** Props of {@link ViewPlaceholder}. */
export interface ViewPlaceholderProps {
  view: ViewKey;
}

/** Stands in for a part whose view has not been built yet, saying so plainly. */
export function ViewPlaceholder(props: ViewPlaceholderProps): React.ReactElement {
  const strings = useStrings();
  return (
    <section>
      <Title3 as="h2">{format(strings.views.emptyTitle, { view: viewLabel(strings, props.view) })}</Title3>
      <Body1 as="p">{strings.views.emptyBody}</Body1>
    </section>
  );
}
