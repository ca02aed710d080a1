import * as React from 'react';
import { Field, Input, Radio, RadioGroup, Select, Textarea, makeStyles } from '@fluentui/react-components';
import { useStrings } from '../../app/contexts';
import type { ProblemCode } from '../../domain/registers/drafts';

/** What every field of the registers' forms shares: a label, an optional hint and the problem found in its value. */
interface FieldBaseProps {
  label: string;
  hint?: string;
  required?: boolean;
  problem?: ProblemCode;
  className?: string;
}

function useFieldProps(props: FieldBaseProps) {
  const problems = useStrings().registers.common.problems;
  return {
    label: props.label,
    hint: props.hint,
    required: props.required,
    className: props.className,
    validationState: props.problem ? ('error' as const) : ('none' as const),
    validationMessage: props.problem ? problems[props.problem] : undefined,
  };
}

/** Props of {@link TextField}. */
export interface TextFieldProps extends FieldBaseProps {
  value: string;
  onChange(value: string): void;
  type?: 'text' | 'date' | 'time' | 'number';
  multiline?: boolean;
  /** Lines of a text area (default 4). */
  rows?: number;
  inputMode?: 'decimal' | 'numeric';
  contentBefore?: string;
}

/** A labelled text, date or time input, or a text area; its problem is shown under it and announced. */
export function TextField(props: TextFieldProps): React.ReactElement {
  const field = useFieldProps(props);
  return (
    <Field {...field}>
      {props.multiline ? (
        <Textarea value={props.value} onChange={(_ev, data) => props.onChange(data.value)} resize="vertical" rows={props.rows || 4} />
      ) : (
        <Input
          value={props.value}
          type={props.type || 'text'}
          inputMode={props.inputMode}
          contentBefore={props.contentBefore}
          onChange={(_ev, data) => props.onChange(data.value)}
        />
      )}
    </Field>
  );
}

/** Props of {@link ChoiceField}. */
export interface ChoiceFieldProps<V extends string> extends FieldBaseProps {
  value: V | '';
  options: readonly V[];
  /** The label of an option (the stored value is Dutch; the label is in the user's language). */
  labelOf?(value: V): string;
  onChange(value: V | ''): void;
  /** Offer "choose…" as the empty first option (default true). */
  placeholder?: boolean;
}

const useChoiceStyles = makeStyles({
  // a long option (an aandachtspunt's title) must not widen the select beyond its column, under the next field
  root: { minWidth: 0, maxWidth: '100%' },
  select: { width: '100%', minWidth: 0, textOverflow: 'ellipsis' },
});

/** A labelled native select of fixed choices. */
export function ChoiceField<V extends string>(props: ChoiceFieldProps<V>): React.ReactElement {
  const field = useFieldProps(props);
  const styles = useChoiceStyles();
  const choose = useStrings().registers.common.choose;
  return (
    <Field {...field}>
      <Select className={styles.root} select={{ className: styles.select }} value={props.value} onChange={(_ev, data) => props.onChange(data.value as V | '')}>
        {props.placeholder !== false && <option value="">{choose}</option>}
        {props.options.map((option) => (
          <option key={option} value={option}>
            {props.labelOf ? props.labelOf(option) : option}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/** Props of {@link RadioField}. */
export interface RadioFieldProps<V extends string> extends FieldBaseProps {
  value: V | '';
  options: readonly { value: V; label: string }[];
  onChange(value: V): void;
}

/** A labelled group of radio buttons (a few choices the user should see at once). */
export function RadioField<V extends string>(props: RadioFieldProps<V>): React.ReactElement {
  const field = useFieldProps(props);
  return (
    <Field {...field}>
      <RadioGroup value={props.value} onChange={(_ev, data) => props.onChange(data.value as V)}>
        {props.options.map((option) => (
          <Radio key={option.value} value={option.value} label={option.label} />
        ))}
      </RadioGroup>
    </Field>
  );
}
