import * as React from 'react';
import { Button, Caption1, Field, Input } from '@fluentui/react-components';
import { useServices, useStrings } from '../../app/contexts';
import { classifyError } from '../../data/errors';
import type { StoredSetting } from '../../data/settings/types';
import { formatDateBE } from '../../domain/dates';
import { settingProblem, settingRange, type ZoneSettingRule, type ZoneSettings } from '../../domain/settings';
import { format } from '../../loc';
import { errorText } from '../common/Status';
import { useSettingRowStyles } from './SettingRow.styles';

/** Props of {@link SettingRow}. */
export interface SettingRowProps {
  rule: ZoneSettingRule;
  /** The value in effect (the stored one, or the default). */
  value: number;
  /** The zone's settings as they stand on the page (what was saved here included): the value stays in order with them. */
  settings: ZoneSettings;
  /** The stored item; absent when the list does not hold it (then it cannot be changed here). */
  stored: StoredSetting | undefined;
  editable: boolean;
  onSaved(text: string, value: number): void;
  /** Someone else changed it meanwhile: the page reloads it. */
  onConflict(text: string): void;
}

/** One setting: its value, who changed it last, and for a beheerder the field to change it (whole days within range). */
export function SettingRow(props: SettingRowProps): React.ReactElement {
  const { rule, stored } = props;
  const strings = useStrings();
  const s = strings.settings;
  const styles = useSettingRowStyles();
  const repo = useServices().settings;
  const [text, setText] = React.useState(String(props.value));
  const [current, setCurrent] = React.useState(stored);
  const [problem, setProblem] = React.useState<string | undefined>();
  const [busy, setBusy] = React.useState(false);
  const label = s.labels[rule.key];

  const check = (raw: string): number | string => {
    const value = raw.trim() === '' ? NaN : Number(raw);
    const why = Number.isNaN(value) ? 'notWhole' : settingProblem(rule, value, props.settings);
    if (why === 'notWhole') return s.notWhole;
    if (why === 'outOfRange') return format(s.outOfRange, { min: rule.min, max: rule.max });
    if (why === 'outOfOrder') return format(s.outOfOrder[rule.key] ?? s.outOfRange, settingRange(rule, props.settings));
    return value;
  };

  const save = (): void => {
    const checked = check(text);
    if (typeof checked === 'string' || !current) {
      setProblem(typeof checked === 'string' ? checked : undefined);
      return;
    }
    setProblem(undefined);
    setBusy(true);
    repo.save(current, checked).then(
      (saved) => {
        setBusy(false);
        setCurrent(saved);
        props.onSaved(format(s.saved, { setting: label }), saved.value);
      },
      (error: unknown) => {
        setBusy(false);
        if (classifyError(error) === 'conflict') props.onConflict(format(s.conflict, { setting: label }));
        else setProblem(errorText(strings, error));
      },
    );
  };

  const editable = props.editable && !!current;
  return (
    <li className={styles.root}>
      <Field
        className={styles.field}
        label={label}
        hint={s.hints[rule.key]}
        validationState={problem ? 'error' : 'none'}
        validationMessage={problem}
      >
        <Input
          className={styles.input}
          type="number"
          inputMode="numeric"
          min={rule.min}
          max={rule.max}
          step={1}
          value={text}
          readOnly={!editable}
          onChange={(_, data) => setText(data.value)}
        />
      </Field>
      {editable && (
        <Button appearance="primary" disabled={busy || text === String(current?.value)} onClick={save}>
          {s.save}
        </Button>
      )}
      {current?.editor && (
        <Caption1 className={styles.meta}>{format(s.lastChange, { name: current.editor, date: formatDateBE(current.modified) })}</Caption1>
      )}
    </li>
  );
}
