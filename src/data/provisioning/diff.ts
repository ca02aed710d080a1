import type { FieldDef, FieldKind, ListDef, ViewDef } from '../schema/types';
import { fieldRefs } from '../schema/caml';
import { defaultValueOf } from './fieldXml';

/** A field as `list.fields()` returns it (the typed properties appear only on fields of that type). */
export interface FieldJson {
  InternalName: string;
  Title: string;
  TypeAsString: string;
  Required: boolean;
  Indexed: boolean;
  EnforceUniqueValues: boolean;
  Description?: string | null;
  DefaultValue?: string | null;
  Choices?: string[];
  MaxLength?: number;
  MinimumValue?: number;
  MaximumValue?: number;
  DisplayFormat?: number;
  RichText?: boolean;
  LookupList?: string;
  SelectionMode?: number;
}

/** A list as provisioning reads it. */
export interface ListJson {
  Id: string;
  Title: string;
  Description: string;
  ReadSecurity: number;
  WriteSecurity: number;
  EnableVersioning: boolean;
  EnableAttachments: boolean;
  NoCrawl: boolean;
  ValidationFormula: string | null;
  ValidationMessage: string | null;
  HasUniqueRoleAssignments: boolean;
}

/** A view as `views()` returns it; its columns are read from `ListViewXml`. */
export interface ViewJson {
  Id: string;
  Title: string;
  ViewQuery: string;
  RowLimit: number;
  Paged: boolean;
  ListViewXml: string;
}

/** The SharePoint field class of each kind, for `field.update`. */
export const FIELD_TYPE_NAMES: { readonly [K in FieldKind]: string } = {
  Text: 'SP.FieldText',
  Note: 'SP.FieldMultiLineText',
  Number: 'SP.FieldNumber',
  Currency: 'SP.FieldCurrency',
  Boolean: 'SP.Field',
  DateTime: 'SP.FieldDateTime',
  Choice: 'SP.FieldChoice',
  MultiChoice: 'SP.FieldMultiChoice',
  User: 'SP.FieldUser',
  UserMulti: 'SP.FieldUser',
  Lookup: 'SP.FieldLookup',
  LookupMulti: 'SP.FieldLookup',
  URL: 'SP.FieldUrl',
};

/** The list properties the schema controls, as SharePoint names them. */
export function listSettings(list: ListDef): Record<string, string | number | boolean> {
  return {
    Description: list.description,
    ReadSecurity: list.readSecurity,
    WriteSecurity: list.writeSecurity,
    EnableVersioning: list.versioning,
    EnableAttachments: list.attachments,
    NoCrawl: list.noCrawl,
    ValidationFormula: list.validation ? list.validation.formula : '',
    ValidationMessage: list.validation ? list.validation.message : '',
  };
}

/** The properties of `desired` that `actual` lacks or holds differently (null and '' count as equal). */
function changed(desired: Record<string, unknown>, actual: Record<string, unknown>): Record<string, unknown> {
  const delta: Record<string, unknown> = {};
  Object.keys(desired).forEach((key) => {
    const want = desired[key];
    const have = actual[key] === null || actual[key] === undefined ? '' : actual[key];
    const same = Array.isArray(want) ? Array.isArray(have) && want.join('\n') === have.join('\n') : (want === null ? '' : want) === have;
    if (!same) delta[key] = want;
  });
  return delta;
}

/** The list settings to MERGE so the list matches its schema (empty when it does). */
export function listDelta(list: ListDef, actual: ListJson): Record<string, unknown> {
  return changed(listSettings(list), actual as unknown as Record<string, unknown>);
}

/** A difference provisioning cannot resolve by updating the field (its type or lookup target), or null. */
export function fieldConflict(field: FieldDef, actual: FieldJson, lookupListId: string | null): string | null {
  if (actual.TypeAsString !== field.kind) return `has type ${actual.TypeAsString}, the schema says ${field.kind}`;
  if ((field.kind === 'Lookup' || field.kind === 'LookupMulti') && lookupListId !== null) {
    const target = (actual.LookupList || '').replace(/[{}]/g, '').toLowerCase();
    if (target !== lookupListId.toLowerCase()) return `looks up list ${actual.LookupList}, the schema says ${field.lookupList}`;
  }
  return null;
}

/** The field properties to MERGE so the field matches its schema; typed properties are compared only where SharePoint returns them. */
export function fieldDelta(field: FieldDef, actual: FieldJson): Record<string, unknown> {
  const desired: Record<string, unknown> = {
    Title: field.displayName,
    Required: !!field.required,
    Indexed: !!field.indexed,
    EnforceUniqueValues: !!field.unique,
  };
  if (!field.builtIn) {
    desired.Description = field.description || '';
    desired.DefaultValue = defaultValueOf(field);
  }
  const typed: Record<string, unknown> = {};
  if (field.kind === 'Choice' || field.kind === 'MultiChoice') typed.Choices = field.choices.slice();
  if (field.kind === 'Text' && !field.builtIn) typed.MaxLength = field.maxLength !== undefined ? field.maxLength : 255;
  if (field.kind === 'Number' && field.min !== undefined) typed.MinimumValue = field.min;
  if (field.kind === 'Number' && field.max !== undefined) typed.MaximumValue = field.max;
  if (field.kind === 'DateTime') typed.DisplayFormat = field.dateOnly ? 0 : 1;
  if (field.kind === 'Note') typed.RichText = !!field.richText;
  if (field.kind === 'User' || field.kind === 'UserMulti') typed.SelectionMode = field.allowGroups ? 1 : 0;
  Object.keys(typed).forEach((key) => {
    if (key in actual) desired[key] = typed[key];
  });
  return changed(desired, actual as unknown as Record<string, unknown>);
}

/** CAML as SharePoint may hand it back: without whitespace between tags or before `/>`. */
const normalCaml = (caml: string): string => caml.replace(/>\s+</g, '><').replace(/\s+\/>/g, '/>').trim();

/** The columns of a view, from the `<ViewFields>` of its `ListViewXml`. */
export function viewColumns(view: ViewJson): string[] {
  const match = /<ViewFields>([\s\S]*?)<\/ViewFields>/.exec(view.ListViewXml || '');
  return match ? fieldRefs(match[1]) : [];
}

/** What differs between a view and its schema: the properties to MERGE, and whether the columns must be reset. */
export function viewDelta(view: ViewDef, actual: ViewJson): { props: Record<string, unknown>; fields: boolean } {
  const props: Record<string, unknown> = {};
  if (normalCaml(actual.ViewQuery || '') !== normalCaml(view.query)) props.ViewQuery = view.query;
  if (actual.RowLimit !== view.rowLimit) props.RowLimit = view.rowLimit;
  if (!actual.Paged) props.Paged = true;
  return { props, fields: viewColumns(actual).join(',') !== view.fields.join(',') };
}
