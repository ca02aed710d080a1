import { badRequest } from '../http/errors';
import type { SqlValue } from './db';

/** How a field's value is kept in its SQLite column. */
export type Storage = 'text' | 'number' | 'boolean' | 'datetime' | 'strings' | 'lookup' | 'lookups' | 'url' | 'none';

interface TypeInfo {
  kind: number;
  odata: string;
  storage: Storage;
}

/** SharePoint field types by TypeAsString: FieldTypeKind, the OData class, and the storage used here. */
export const FIELD_TYPES: Record<string, TypeInfo> = {
  Text: { kind: 2, odata: 'SP.FieldText', storage: 'text' },
  Note: { kind: 3, odata: 'SP.FieldMultiLineText', storage: 'text' },
  DateTime: { kind: 4, odata: 'SP.FieldDateTime', storage: 'datetime' },
  Counter: { kind: 5, odata: 'SP.Field', storage: 'number' },
  Choice: { kind: 6, odata: 'SP.FieldChoice', storage: 'text' },
  Lookup: { kind: 7, odata: 'SP.FieldLookup', storage: 'lookup' },
  LookupMulti: { kind: 7, odata: 'SP.FieldLookup', storage: 'lookups' },
  Boolean: { kind: 8, odata: 'SP.Field', storage: 'boolean' },
  Number: { kind: 9, odata: 'SP.FieldNumber', storage: 'number' },
  Currency: { kind: 10, odata: 'SP.FieldCurrency', storage: 'number' },
  URL: { kind: 11, odata: 'SP.FieldUrl', storage: 'url' },
  Computed: { kind: 12, odata: 'SP.FieldComputed', storage: 'none' },
  Guid: { kind: 14, odata: 'SP.FieldGuid', storage: 'text' },
  MultiChoice: { kind: 15, odata: 'SP.FieldMultiChoice', storage: 'strings' },
  File: { kind: 18, odata: 'SP.Field', storage: 'text' },
  Attachments: { kind: 19, odata: 'SP.Field', storage: 'boolean' },
  User: { kind: 20, odata: 'SP.FieldUser', storage: 'lookup' },
  UserMulti: { kind: 20, odata: 'SP.FieldUser', storage: 'lookups' },
  ContentTypeId: { kind: 25, odata: 'SP.Field', storage: 'none' },
};

/** TypeAsString for each FieldTypeKind a client may create. */
export const TYPE_OF_KIND: Record<number, string> = {
  2: 'Text', 3: 'Note', 4: 'DateTime', 6: 'Choice', 7: 'Lookup', 8: 'Boolean', 9: 'Number', 10: 'Currency', 11: 'URL', 15: 'MultiChoice', 20: 'User',
};

/** The SQLite column type for a storage; text compares case-insensitively, as SharePoint does. */
export const SQL_TYPES: Record<Exclude<Storage, 'none'>, string> = {
  text: 'TEXT COLLATE NOCASE',
  number: 'REAL',
  boolean: 'INTEGER',
  datetime: 'TEXT',
  strings: 'TEXT',
  lookup: 'INTEGER',
  lookups: 'TEXT',
  url: 'TEXT',
};

/** A date as SharePoint returns it (UTC, no milliseconds); throws 400 when it is not a date. */
export function normalizeDate(value: unknown, field: string): string {
  const text = String(value).trim();
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00Z` : text);
  if (typeof value === 'boolean' || Number.isNaN(date.getTime())) throw invalidValue(field, value);
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

const invalidValue = (field: string, value: unknown): Error =>
  badRequest(`A type named '${typeof value}' could not be resolved by the model for field '${field}'. Cannot convert a primitive value to the expected type.`);

/** A multi-value body value: a plain array (JSON light) or `{results:[…]}` (verbose). */
function asArray(value: unknown, field: string): unknown[] {
  if (Array.isArray(value)) return value;
  if (value && typeof value === 'object' && Array.isArray((value as { results?: unknown }).results)) return (value as { results: unknown[] }).results;
  throw invalidValue(field, value);
}

function asId(value: unknown, field: string): number | null {
  if (value === null || value === '' || value === 0 || value === -1) return null;
  const n = typeof value === 'string' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) throw invalidValue(field, value);
  return n;
}

/** Converts a value from a request body into what the column stores. */
export function toStored(storage: Storage, value: unknown, field: string): SqlValue {
  if (value === undefined || value === null) return null;
  switch (storage) {
    case 'text':
      if (typeof value === 'object') throw invalidValue(field, value);
      return String(value) === '' ? null : String(value);
    case 'number': {
      if (value === '') return null;
      const n = typeof value === 'string' ? Number(value) : value;
      if (typeof n !== 'number' || Number.isNaN(n)) throw invalidValue(field, value);
      return n;
    }
    case 'boolean':
      if (value === true || value === 1 || value === '1' || value === 'true') return 1;
      if (value === false || value === 0 || value === '0' || value === 'false') return 0;
      throw invalidValue(field, value);
    case 'datetime':
      return value === '' ? null : normalizeDate(value, field);
    case 'strings': {
      const list = asArray(value, field).map(String);
      return list.length ? JSON.stringify(list) : null;
    }
    case 'lookup':
      return asId(value, field);
    case 'lookups': {
      const ids = asArray(value, field).map((v) => asId(v, field)).filter((v): v is number => v !== null);
      return ids.length ? JSON.stringify(ids) : null;
    }
    case 'url': {
      if (value === '') return null;
      if (typeof value === 'string') return JSON.stringify({ Description: value, Url: value });
      const { Url, Description } = value as { Url?: unknown; Description?: unknown };
      if (typeof Url !== 'string') throw invalidValue(field, value);
      return JSON.stringify({ Description: typeof Description === 'string' ? Description : Url, Url });
    }
    case 'none':
      throw badRequest(`The field '${field}' is read-only.`);
  }
}

/**
 * The stored value of a field's DefaultValue (a string, as SharePoint keeps it: `1`/`0` for booleans, `[today]` for
 * dates, `;#a;#b;#` for several choices), which a new item gets when the client leaves the field out.
 */
export function defaultStored(storage: Storage, defaultValue: string, field: string): SqlValue {
  if (storage === 'datetime' && defaultValue.toLowerCase() === '[today]') return normalizeDate(new Date().toISOString().slice(0, 10), field);
  if (storage === 'strings') return toStored(storage, defaultValue.split(';#').filter(Boolean), field);
  if (storage === 'lookup' || storage === 'lookups') return null;
  return toStored(storage, defaultValue, field);
}

/** Converts a stored column value into the JSON value SharePoint returns. */
export function fromStored(storage: Storage, raw: SqlValue): unknown {
  switch (storage) {
    case 'boolean':
      return raw === null ? null : raw === 1;
    case 'strings':
    case 'lookups':
      return raw === null ? [] : (JSON.parse(raw as string) as unknown[]);
    case 'url':
      return raw === null ? null : JSON.parse(raw as string);
    default:
      return raw ?? null;
  }
}
