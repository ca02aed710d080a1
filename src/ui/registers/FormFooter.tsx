import * as React from 'react';
import { Button, mergeClasses } from '@fluentui/react-components';
import { useStrings } from '../../app/contexts';
import { isValid } from '../../domain/registers/drafts';
import { isDraftError, Notice, SaveError } from './feedback';
import { useRegisterStyles } from './registers.styles';
import type { SaveState } from './useSave';

/** Props of {@link FormFooter}. */
export interface FormFooterProps {
  /** The fields the form marks as wrong (its own checks and the repository's). */
  problems: object;
  state: SaveState<unknown>;
  submitLabel: string;
  busyLabel: string;
  onCancel?: () => void;
  /** The texts of the rules' refusals the save may meet. */
  refusals?: { [code: string]: string };
  /** Say "saved" once the save succeeded (forms that stay open after saving). */
  confirm?: boolean;
}

/**
 * The end of a form: what is wrong with the input (nothing was stored), what went wrong with the save, the
 * confirmation, and the buttons. Spans the whole width of a form grid.
 */
export function FormFooter(props: FormFooterProps): React.ReactElement {
  const styles = useRegisterStyles();
  const common = useStrings().registers.common;
  const { state } = props;
  return (
    <div className={mergeClasses(styles.section, styles.wide)}>
      {!isValid(props.problems) && <Notice intent="error">{common.fixProblems}</Notice>}
      {state.status === 'error' && !isDraftError(state.error) && <SaveError error={state.error} refusals={props.refusals} />}
      {props.confirm && state.status === 'done' && <Notice intent="success">{common.saved}</Notice>}
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={state.status === 'saving'}>
          {state.status === 'saving' ? props.busyLabel : props.submitLabel}
        </Button>
        {props.onCancel && <Button onClick={props.onCancel}>{common.cancel}</Button>}
      </div>
    </div>
  );
}
