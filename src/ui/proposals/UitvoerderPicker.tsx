import * as React from 'react';
import { Field, Input, Radio, RadioGroup, Select, Textarea } from '@fluentui/react-components';
import { useStrings } from '../../app/contexts';
import { OVERLEGGROEPEN, UITVOERDERS, type ComiteKey, type Overleggroep, type Uitvoerder, type UitvoerderKind } from '../../domain/proposal/bodies';
import type { WerkgroepInfo } from '../../data/proposals/types';

/** What the chair chose: an existing Werkgroepen item, or a new werkgroep to create first. */
export type AssignmentChoice =
  | { kind: Exclude<UitvoerderKind, 'werkgroep' | 'overleggroep'>; werkgroepId: number | null }
  | { kind: 'overleggroep'; overleggroep: Overleggroep; werkgroepId: number | null }
  | { kind: 'werkgroep'; werkgroepId: number; name: string }
  | { kind: 'new'; name: string; mandate: string };

/** The executor a choice stands for, as the flow checks it. */
export function uitvoerderOfChoice(choice: AssignmentChoice): Uitvoerder {
  if (choice.kind === 'new') return { kind: 'werkgroep', name: choice.name };
  if (choice.kind === 'werkgroep') return { kind: 'werkgroep', name: choice.name };
  if (choice.kind === 'overleggroep') return { kind: 'overleggroep', overleggroep: choice.overleggroep };
  return { kind: choice.kind };
}

/** The Werkgroepen item of a standing executor (Q-team, Voertuigcomité, Cel GWB, an overleggroep), if the list has one. */
function standingItem(werkgroepen: readonly WerkgroepInfo[], kind: UitvoerderKind, overleggroep?: Overleggroep): number | null {
  const found = werkgroepen.filter((w) => w.kind === kind && (kind !== 'overleggroep' || w.overleggroep === overleggroep))[0];
  return found ? found.itemId : null;
}

/** The first choice to show: the executor the routing suggestion names, else a werkgroep of the comité, else a new one. */
export function initialChoice(werkgroepen: readonly WerkgroepInfo[], comite: ComiteKey | null, suggested?: Uitvoerder): AssignmentChoice {
  if (suggested && suggested.kind === 'overleggroep' && suggested.overleggroep) {
    return { kind: 'overleggroep', overleggroep: suggested.overleggroep, werkgroepId: standingItem(werkgroepen, 'overleggroep', suggested.overleggroep) };
  }
  if (suggested && suggested.kind !== 'werkgroep' && suggested.kind !== 'overleggroep') {
    return { kind: suggested.kind, werkgroepId: standingItem(werkgroepen, suggested.kind) };
  }
  const own = werkgroepen.filter((w) => w.kind === 'werkgroep' && w.comite === comite)[0];
  return own ? { kind: 'werkgroep', werkgroepId: own.itemId, name: own.name } : { kind: 'new', name: '', mandate: '' };
}

/** Props of {@link UitvoerderPicker}. */
export interface UitvoerderPickerProps {
  value: AssignmentChoice;
  onChange(value: AssignmentChoice): void;
  /** The active executors (Werkgroepen list). */
  werkgroepen: readonly WerkgroepInfo[];
  /** The comité that assigns: its own werkgroepen come first. */
  comite: ComiteKey | null;
  /** A validation message for the name of a new werkgroep. */
  nameError?: string;
}

type Option = 'werkgroep' | 'new' | Exclude<UitvoerderKind, 'werkgroep'>;

/** Where a comité assigns a proposal: an existing or new werkgroep, the Q-team, the Voertuigcomité, the Cel GWB or an overleggroep. */
export function UitvoerderPicker(props: UitvoerderPickerProps): React.ReactElement {
  const strings = useStrings();
  const s = strings.proposals;
  const { value, werkgroepen, comite } = props;
  const groups = werkgroepen
    .filter((w) => w.kind === 'werkgroep')
    .sort((a, b) => (a.comite === comite ? 0 : 1) - (b.comite === comite ? 0 : 1) || a.name.localeCompare(b.name));
  const option: Option = value.kind;
  const choose = (next: Option): void => {
    if (next === 'new') props.onChange({ kind: 'new', name: '', mandate: '' });
    else if (next === 'werkgroep') props.onChange(groups[0] ? { kind: 'werkgroep', werkgroepId: groups[0].itemId, name: groups[0].name } : { kind: 'new', name: '', mandate: '' });
    else if (next === 'overleggroep') props.onChange({ kind: 'overleggroep', overleggroep: 'drugs', werkgroepId: standingItem(werkgroepen, 'overleggroep', 'drugs') });
    else props.onChange({ kind: next, werkgroepId: standingItem(werkgroepen, next) });
  };
  return (
    <>
      <Field label={s.decision.uitvoerderKind}>
        <RadioGroup value={option} onChange={(_ev, data) => choose(data.value as Option)}>
          {groups.length > 0 && <Radio value="werkgroep" label={s.decision.werkgroep} />}
          <Radio value="new" label={s.decision.newWerkgroep} />
          {UITVOERDERS.filter((u) => u.kind !== 'werkgroep').map((u) => (
            <Radio key={u.kind} value={u.kind} label={s.uitvoerder[u.kind]} />
          ))}
        </RadioGroup>
      </Field>
      {value.kind === 'werkgroep' && (
        <Field label={s.decision.werkgroep}>
          <Select
            value={String(value.werkgroepId)}
            onChange={(_ev, data) => {
              const chosen = groups.filter((g) => String(g.itemId) === data.value)[0];
              if (chosen) props.onChange({ kind: 'werkgroep', werkgroepId: chosen.itemId, name: chosen.name });
            }}
          >
            {groups.map((g) => (
              <option key={g.itemId} value={String(g.itemId)}>
                {g.comite === comite ? g.name : `${g.name} (${s.comite[g.comite]})`}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {value.kind === 'new' && (
        <>
          <Field label={s.decision.newWerkgroepName} required validationMessage={props.nameError}>
            <Input value={value.name} onChange={(_ev, data) => props.onChange({ ...value, name: data.value })} />
          </Field>
          <Field label={s.decision.newWerkgroepMandate}>
            <Textarea value={value.mandate} onChange={(_ev, data) => props.onChange({ ...value, mandate: data.value })} />
          </Field>
        </>
      )}
      {value.kind === 'overleggroep' && (
        <Field label={s.decision.overleggroep}>
          <Select
            value={value.overleggroep}
            onChange={(_ev, data) => {
              const group = data.value as Overleggroep;
              props.onChange({ kind: 'overleggroep', overleggroep: group, werkgroepId: standingItem(werkgroepen, 'overleggroep', group) });
            }}
          >
            {OVERLEGGROEPEN.map((o) => (
              <option key={o.key} value={o.key}>
                {s.overleggroep[o.key]}
              </option>
            ))}
          </Select>
        </Field>
      )}
    </>
  );
}
