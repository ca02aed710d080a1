import * as React from 'react';
import { Select } from '@fluentui/react-components';

/** Props of {@link YearSelect}. */
export interface YearSelectProps {
  label: string;
  value: number;
  /** The newest year offered; the list goes back from it. */
  latest: number;
  count: number;
  onChange(year: number): void;
}

/** A labelled choice of one of the last years, newest first. */
export function YearSelect(props: YearSelectProps): React.ReactElement {
  const years: number[] = [];
  for (let y = props.latest; y > props.latest - props.count; y--) years.push(y);
  return (
    <Select aria-label={props.label} value={String(props.value)} onChange={(_ev, data) => props.onChange(Number(data.value))}>
      {years.map((y) => (
        <option key={y} value={String(y)}>
          {y}
        </option>
      ))}
    </Select>
  );
}
