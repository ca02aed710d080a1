import * as React from 'react';
import { Caption1, Field, Select, useId } from '@fluentui/react-components';
import { useStrings } from '../../app/contexts';
import { COMITES, type ComiteKey } from '../../domain/proposal/bodies';
import type { RouteSuggestion } from '../../domain/proposal/routing';
import { format } from '../../loc';
import { routeExplanationText } from './labels';

/** Props of {@link ComitePicker}. */
export interface ComitePickerProps {
  value: ComiteKey;
  onChange(value: ComiteKey): void;
  /** The app's suggestion, shown with its reasons under the field. */
  suggestion: RouteSuggestion;
  /** A label that names the proposal, where several pickers share a page. */
  label?: string;
}

/** The comité a proposal goes to, pre-filled with the routing suggestion and saying why the app suggests it. */
export function ComitePicker(props: ComitePickerProps): React.ReactElement {
  const strings = useStrings();
  const s = strings.proposals;
  const hintId = useId('comite-why');
  return (
    <Field label={props.label || s.decision.comite}>
      <Select value={props.value} onChange={(_ev, data) => props.onChange(data.value as ComiteKey)} aria-describedby={hintId}>
        {COMITES.map((c) => (
          <option key={c.key} value={c.key}>
            {s.comite[c.key]}
          </option>
        ))}
      </Select>
      <Caption1 id={hintId}>
        {format(s.decision.suggestion, { comite: s.comite[props.suggestion.comite] })}.{' '}
        {format(s.decision.suggestionBecause, { explanation: routeExplanationText(strings, props.suggestion) })}
      </Caption1>
    </Field>
  );
}
