import * as React from 'react';
import { Avatar, TagPicker, TagPickerControl, TagPickerGroup, TagPickerInput, TagPickerList, TagPickerOption, Tag, useTagPickerFilter, type TagPickerProps } from '@fluentui/react-components';
import { useStrings } from '../../app/contexts';
import { normaliseText } from '../../domain/text';
import { format } from '../../loc';
import { Chevron } from '../common/Chevron';

/** A person to pick (a site user). */
export interface PickablePerson {
  id: string;
  name: string;
}

/** Props of {@link PeoplePicker}. */
export interface PeoplePickerProps {
  /** The field's label (the picker's input and its list are named after it). */
  label: string;
  people: readonly PickablePerson[];
  value: readonly PickablePerson[];
  onChange(value: PickablePerson[]): void;
}

/** Whether a name has a word that starts with every word of the query (case and accents do not matter). */
function nameMatches(name: string, query: string): boolean {
  const words = normaliseText(query).trim().split(' ').filter(Boolean);
  const haystack = normaliseText(name);
  return words.every((word) => haystack.indexOf(` ${word}`) >= 0);
}

/**
 * Picks people as SharePoint's people picker does: type a few letters of a first or last name, choose from the
 * matches; each chosen person is a tag that can be removed. Every label is in the user's language.
 */
export function PeoplePicker(props: PeoplePickerProps): React.ReactElement {
  const c = useStrings().registers.complaints;
  const [query, setQuery] = React.useState('');
  const selected = props.value.map((p) => p.id);
  const byId = (id: string): PickablePerson | undefined => props.people.filter((p) => p.id === id)[0];

  const onOptionSelect: TagPickerProps['onOptionSelect'] = (_ev, data) => {
    if (data.value === 'no-matches') return;
    setQuery('');
    props.onChange(data.selectedOptions.map(byId).filter((p): p is PickablePerson => p !== undefined));
  };

  const children = useTagPickerFilter({
    query,
    options: props.people.map((p) => p.id),
    noOptionsElement: <TagPickerOption value="no-matches">{format(c.involvedStaffNone, { query })}</TagPickerOption>,
    renderOption: (id) => {
      const person = byId(id) as PickablePerson;
      return (
        <TagPickerOption key={id} value={id} text={person.name} media={<Avatar aria-hidden name={person.name} color="colorful" size={24} />}>
          {person.name}
        </TagPickerOption>
      );
    },
    filter: (id) => selected.indexOf(id) < 0 && nameMatches((byId(id) as PickablePerson).name, query),
  });

  return (
    <TagPicker onOptionSelect={onOptionSelect} selectedOptions={selected}>
      {/* the open button's own chevron: Fluent draws none once the button gets its own label */}
      <TagPickerControl expandIcon={{ 'aria-label': c.involvedStaffOpen, children: <Chevron /> }}>
        <TagPickerGroup aria-label={props.label}>
          {props.value.map((person) => (
            <Tag
              key={person.id}
              value={person.id}
              shape="rounded"
              media={<Avatar aria-hidden name={person.name} color="colorful" size={20} />}
              dismissIcon={{ 'aria-label': format(c.involvedStaffRemove, { name: person.name }) }}
            >
              {person.name}
            </Tag>
          ))}
        </TagPickerGroup>
        <TagPickerInput aria-label={props.label} placeholder={c.involvedStaffPlaceholder} value={query} onChange={(ev) => setQuery(ev.target.value)} />
      </TagPickerControl>
      <TagPickerList>{children}</TagPickerList>
    </TagPicker>
  );
}
