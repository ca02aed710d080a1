import type { FieldDef } from '../schema/types';

/** nl-BE: currency fields show euro amounts the Belgian way. */
const LCID_NL_BE = 2067;

const attr = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const bool = (value: boolean | undefined): string => (value ? 'TRUE' : 'FALSE');

/** The value SharePoint stores as a field's DefaultValue for the schema's default, or null without one. */
export function defaultValueOf(field: FieldDef): string | null {
  if (!('default' in field) || field.default === undefined) return null;
  if (typeof field.default === 'boolean') return field.default ? '1' : '0';
  return String(field.default);
}

/** The kind-specific attributes and child elements of a field's schema XML. */
function specifics(field: FieldDef, lookupListId: string | null): { attrs: string[]; children: string } {
  switch (field.kind) {
    case 'Text':
      return { attrs: [`MaxLength="${field.maxLength !== undefined ? field.maxLength : 255}"`], children: '' };
    case 'Note':
      return {
        attrs: field.richText ? ['NumLines="12"', 'RichText="TRUE"', 'RichTextMode="FullHtml"', 'IsolateStyles="TRUE"'] : ['NumLines="6"', 'RichText="FALSE"'],
        children: '',
      };
    case 'Number':
      return {
        attrs: [
          ...(field.min !== undefined ? [`Min="${field.min}"`] : []),
          ...(field.max !== undefined ? [`Max="${field.max}"`] : []),
          ...(field.decimals !== undefined ? [`Decimals="${field.decimals}"`] : []),
        ],
        children: '',
      };
    case 'Currency':
      return { attrs: [`LCID="${LCID_NL_BE}"`, 'Decimals="2"', ...(field.min !== undefined ? [`Min="${field.min}"`] : [])], children: '' };
    case 'Boolean':
      return { attrs: [], children: '' };
    case 'DateTime':
      return { attrs: [`Format="${field.dateOnly ? 'DateOnly' : 'DateTime'}"`], children: '' };
    case 'Choice':
    case 'MultiChoice':
      return {
        attrs: ['Format="Dropdown"', 'FillInChoice="FALSE"'],
        children: `<CHOICES>${field.choices.map((c) => `<CHOICE>${attr(c)}</CHOICE>`).join('')}</CHOICES>`,
      };
    case 'User':
    case 'UserMulti':
      return {
        attrs: [
          'List="UserInfo"',
          'ShowField="ImnName"',
          `UserSelectionMode="${field.allowGroups ? 'PeopleAndGroups' : 'PeopleOnly'}"`,
          'UserSelectionScope="0"',
          ...(field.kind === 'UserMulti' ? ['Mult="TRUE"'] : []),
        ],
        children: '',
      };
    case 'Lookup':
    case 'LookupMulti':
      if (!lookupListId) throw new Error(`Lookup field ${field.name} needs the id of list ${field.lookupList}.`);
      return {
        attrs: [`List="{${lookupListId}}"`, `ShowField="${field.lookupField || 'Title'}"`, ...(field.kind === 'LookupMulti' ? ['Mult="TRUE"'] : [])],
        children: '',
      };
    case 'URL':
      return { attrs: ['Format="Hyperlink"'], children: '' };
  }
  const unknown: never = field;
  throw new Error(`Unknown field kind in ${JSON.stringify(unknown)}`);
}

/**
 * The schema XML that creates a field with `createFieldAsXml` (with the AddFieldInternalNameHint option, so `Name`
 * becomes the internal name while `DisplayName` is Dutch). Lookups need the target list's id.
 */
export function fieldSchemaXml(field: FieldDef, lookupListId: string | null): string {
  const { attrs, children } = specifics(field, lookupListId);
  const all = [
    `Type="${field.kind}"`,
    `Name="${field.name}"`,
    `StaticName="${field.name}"`,
    `DisplayName="${attr(field.displayName)}"`,
    `Required="${bool(field.required)}"`,
    ...(field.indexed ? ['Indexed="TRUE"'] : []),
    ...(field.unique ? ['EnforceUniqueValues="TRUE"'] : []),
    ...(field.description ? [`Description="${attr(field.description)}"`] : []),
    ...attrs,
  ];
  const def = defaultValueOf(field);
  const body = children + (def !== null ? `<Default>${attr(def)}</Default>` : '');
  return body ? `<Field ${all.join(' ')}>${body}</Field>` : `<Field ${all.join(' ')}/>`;
}
