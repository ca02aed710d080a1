import * as React from 'react';
import { Button, Field, makeStyles } from '@fluentui/react-components';
import { useStrings } from '../../app/contexts';

const useStyles = makeStyles({
  // the native input stays in the page (the button opens it) but out of sight and out of the tab order
  input: { position: 'absolute', width: '1px', height: '1px', opacity: 0, overflow: 'hidden', pointerEvents: 'none' },
});

/** Props of {@link FilePicker}. */
export interface FilePickerProps {
  label: string;
  hint?: string;
  disabled?: boolean;
  onFiles(files: File[]): void;
}

/** Picks files with a Fluent button in the user's language (the browser's own file input speaks the browser's language). */
export function FilePicker(props: FilePickerProps): React.ReactElement {
  const strings = useStrings();
  const styles = useStyles();
  const input = React.useRef<HTMLInputElement>(null);
  return (
    <Field label={props.label} hint={props.hint}>
      {(fieldProps) => (
        <span>
          <Button {...fieldProps} disabled={props.disabled} onClick={() => input.current && input.current.click()}>
            {strings.proposals.form.chooseFiles}
          </Button>
          <input
            ref={input}
            type="file"
            multiple
            tabIndex={-1}
            aria-hidden="true"
            className={styles.input}
            onChange={(ev) => {
              props.onFiles(Array.prototype.slice.call(ev.target.files || []) as File[]);
              ev.target.value = '';
            }}
          />
        </span>
      )}
    </Field>
  );
}
