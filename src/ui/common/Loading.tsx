import * as React from 'react';
import { Spinner } from '@fluentui/react-components';
import { useStrings } from '../../app/contexts';

/** The loading indicator of a view, announced to screen readers. */
export function Loading(): React.ReactElement {
  return <Spinner size="small" label={useStrings().app.loading} aria-live="polite" />;
}
