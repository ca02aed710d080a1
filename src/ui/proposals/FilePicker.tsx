import * as React from 'react';
import { Button, Caption1, Label, makeStyles, tokens, useId } from '@fluentui/react-components';
import { useStrings } from '../../app/contexts';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', rowGap: tokens.spacingVerticalXXS },
  anchor: { position: 'relative', display: 'inline-block' },
  // the native input stays in the page (the button opens it) but out of sight and out of the tab order
  input: { position: 'absolute', width: '1px', height: '1px', opacity: 0, overflow: 'hidden', pointerEvents: 'none' },
  hint: { color: tokens.colorNeutralForeground3 },
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
  const labelId = useId('files-label');
  const buttonId = useId('files-button');
  const hintId = useId('files-hint');
  return (
    <div className={styles.root}>
      <Label id={labelId}>{props.label}</Label>
      <span className={styles.anchor}>
        <Button
          id={buttonId}
          aria-labelledby={`${labelId} ${buttonId}`}
          aria-describedby={props.hint ? hintId : undefined}
          disabled={props.disabled}
          onClick={() => input.current && input.current.click()}
        >
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
      {props.hint && (
        <Caption1 id={hintId} className={styles.hint}>
          {props.hint}
        </Caption1>
      )}
    </div>
  );
}
