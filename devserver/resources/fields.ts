import { randomUUID } from 'node:crypto';
import { XMLParser } from 'fast-xml-parser';
import { Entity, jsonBody, noContent, type ApiResult, type Ctx, type Resource } from '../http/context';
import { itemsTable, type Db } from '../store/db';
import { badRequest, SpError, spException } from '../http/errors';
import { FIELD_TYPES, SQL_TYPES, TYPE_OF_KIND, type Storage } from '../store/field-types';
import { listSecurableOf, type ListRow } from './list-row';
import { Perm, requirePermission } from '../auth/permissions';

/** Field settings kept as JSON (Choices, LookupList, SelectionMode, MaxLength, Description …). */
export type FieldProps = Record<string, unknown>;

/** A list column with everything the item code needs. */
export interface FieldDef {
  rid: number;
  id: string;
  listRid: number;
  internalName: string;
  title: string;
  type: string;
  /** SQLite column in items_<rid>; null for computed fields. */
  col: string | null;
  builtin: boolean;
  indexed: boolean;
  required: boolean;
  unique: boolean;
  props: FieldProps;
  storage: Storage;
  /** EntityPropertyName: the internal name, `OData_` prefixed when it starts with `_`. */
  entityName: string;
  /** The name in item JSON: EntityPropertyName, plus `Id` for lookup and person fields. */
  itemProp: string;
  readOnly: boolean;
}

interface FieldRow {
  rid: number;
  id: string;
  list_rid: number;
  internal_name: string;
  title: string;
  type: string;
  col: string | null;
  builtin: number;
  indexed: number;
  required: number;
  unique_values: number;
  props: string;
}

/**
 * Where an item is, as SharePoint's hidden built-in fields tell it (well-known ids). SharePoint types FileRef, FileDirRef
 * and FSObjType as lookups into its file table; their values are strings (`FSObjType` '0' item, '1' folder), so they
 * are kept as text here (see store/folder-columns.ts for the columns).
 */
const FILE_SYSTEM_FIELDS: { name: string; title: string; type: string; col: string | null; id: string; props: FieldProps }[] = [
  { name: 'FileLeafRef', title: 'Name', type: 'File', col: 'file_leaf_ref', id: '8553196d-ec8d-4564-9861-3dbe931050c8', props: { ReadOnlyField: true, Hidden: true } },
  { name: 'FileDirRef', title: 'Path', type: 'Lookup', col: 'file_dir_ref', id: '56605df6-8fa1-47e4-a04c-5b384d59609f', props: { ReadOnlyField: true, Hidden: true, LookupField: 'DirName' } },
  { name: 'FileRef', title: 'URL Path', type: 'Lookup', col: 'file_ref', id: '94f89715-e097-4e8b-ba79-ea02aa8b7adb', props: { ReadOnlyField: true, Hidden: true, LookupField: 'FullUrl' } },
  { name: 'FSObjType', title: 'Item Type', type: 'Lookup', col: 'fs_obj_type', id: '30bb605f-5bae-48fe-b4e3-1f81d9772af9', props: { ReadOnlyField: true, Hidden: true, LookupField: 'FSType' } },
];

/** Built-in lookups whose value is plain text (not a `<Name>Id`). */
const TEXT_LOOKUPS = new Set(['FileDirRef', 'FileRef', 'FSObjType']);

/** The columns every custom list starts with (well-known SharePoint field ids). */
const BUILTIN_FIELDS: { name: string; title: string; type: string; col: string | null; id: string; props: FieldProps }[] = [
  { name: 'ContentTypeId', title: 'Content Type ID', type: 'ContentTypeId', col: null, id: '03e45e84-1992-4d42-9116-26f756012634', props: { Hidden: true } },
  { name: 'Title', title: 'Title', type: 'Text', col: 'title', id: 'fa564e0f-0c70-4ab9-b863-0177e6ddd247', props: { MaxLength: 255 } },
  { name: 'ID', title: 'ID', type: 'Counter', col: 'id', id: '1d22ea11-1e32-424e-89ab-9fedbadb6ce1', props: { ReadOnlyField: true } },
  { name: 'Modified', title: 'Modified', type: 'DateTime', col: 'modified', id: '28cf69c5-fa48-462a-b5cd-27b6f9d2bd5f', props: { ReadOnlyField: true, DisplayFormat: 1 } },
  { name: 'Created', title: 'Created', type: 'DateTime', col: 'created', id: '8c06beca-0777-48f7-91c7-6da68bc07b69', props: { ReadOnlyField: true, DisplayFormat: 1 } },
  { name: 'Author', title: 'Created By', type: 'User', col: 'author', id: '1df5e554-ec7e-46a6-901d-d85a3881cb18', props: { ReadOnlyField: true, LookupField: 'ImnName', SelectionMode: 1 } },
  { name: 'Editor', title: 'Modified By', type: 'User', col: 'editor', id: 'd31655d1-1d5b-4511-95a1-7a09e9b75bf2', props: { ReadOnlyField: true, LookupField: 'ImnName', SelectionMode: 1 } },
  { name: '_UIVersionString', title: 'Version', type: 'Text', col: null, id: 'dce8262a-3ae9-45aa-aab4-83bd75fb738a', props: { ReadOnlyField: true } },
  { name: 'Attachments', title: 'Attachments', type: 'Attachments', col: 'attachments', id: '67df98f4-9dec-48ff-a553-29bece9c5bf4', props: { ReadOnlyField: true } },
  { name: 'GUID', title: 'GUID', type: 'Guid', col: 'guid', id: 'ae069f25-3ac2-4256-b9c3-15dbc15da0e0', props: { ReadOnlyField: true, Hidden: true } },
  ...FILE_SYSTEM_FIELDS,
];

/** The built-in fields that did not exist before folders (added to older lists by store/folder-columns.ts). */
export const FILE_SYSTEM_FIELD_NAMES = FILE_SYSTEM_FIELDS.map((f) => f.name);

/** SharePoint allows at most 20 indexed columns per list. */
const MAX_INDEXED = 20;

function toDef(r: FieldRow): FieldDef {
  const entityName = r.internal_name.startsWith('_') ? `OData_${r.internal_name}` : r.internal_name;
  const storage = r.builtin === 1 && TEXT_LOOKUPS.has(r.internal_name) ? 'text' : FIELD_TYPES[r.type].storage;
  const props = JSON.parse(r.props) as FieldProps;
  return {
    rid: r.rid,
    id: r.id,
    listRid: r.list_rid,
    internalName: r.internal_name,
    title: r.title,
    type: r.type,
    col: r.col,
    builtin: r.builtin === 1,
    indexed: r.indexed === 1,
    required: r.required === 1,
    unique: r.unique_values === 1,
    props,
    storage,
    entityName,
    itemProp: storage === 'lookup' || storage === 'lookups' ? `${entityName}Id` : entityName,
    readOnly: props.ReadOnlyField === true || storage === 'none',
  };
}

/** All fields of a list, in creation order. */
export const listFields = (db: Db, listRid: number): FieldDef[] =>
  db.all<FieldRow>('SELECT * FROM fields WHERE list_rid = ? ORDER BY rid', listRid).map(toDef);

/** The field with this internal name (or, when `byTitle`, title), case-insensitively. */
export function findField(fields: FieldDef[], name: string, byTitle: 'internal' | 'title' | 'either'): FieldDef | undefined {
  const lower = name.toLowerCase();
  const byInternal = byTitle !== 'title' ? fields.find((f) => f.internalName.toLowerCase() === lower) : undefined;
  return byInternal ?? (byTitle !== 'internal' ? fields.find((f) => f.title.toLowerCase() === lower) : undefined);
}

/** Creates the built-in fields of a new custom list (its items table already exists); with `only`, just those missing of them. */
export function createBuiltinFields(db: Db, listRid: number, only?: string[]): void {
  for (const f of BUILTIN_FIELDS) {
    if ((only && !only.includes(f.name)) || db.get('SELECT 1 FROM fields WHERE list_rid = ? AND internal_name = ?', listRid, f.name)) continue;
    db.run(
      'INSERT INTO fields (id, list_rid, internal_name, title, kind, type, col, builtin, indexed, required, props) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)',
      f.id, listRid, f.name, f.title, FIELD_TYPES[f.type].kind, f.type, f.col, f.name === 'ID' ? 1 : 0, f.name === 'Title' ? 1 : 0, JSON.stringify(f.props),
    );
  }
}

/** SharePoint's internal-name encoding: anything but letters, digits and `_` becomes `_xHHHH_` (`Due Date` → `Due_x0020_Date`). */
export const encodeName = (name: string): string =>
  [...name].map((c) => (/[A-Za-z0-9_]/.test(c) ? c : `_x${c.codePointAt(0)?.toString(16).padStart(4, '0')}_`)).join('');

/** What a client asks for when it creates a field, whatever the endpoint. */
interface NewField {
  title: string;
  type: string;
  /** Explicit internal name (createfieldasxml with AddFieldInternalNameHint). */
  name?: string;
  required: boolean;
  indexed: boolean;
  unique: boolean;
  props: FieldProps;
}

const xmlParser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', parseAttributeValue: false, parseTagValue: false, isArray: (n) => n === 'CHOICE' });
const xmlBool = (v: unknown): boolean => String(v).toUpperCase() === 'TRUE';
/** `AddFieldInternalNameHint`: use the XML's Name as the internal name. */
const ADD_FIELD_INTERNAL_NAME_HINT = 8;

/** Reads a `createfieldasxml` SchemaXml into a field request. */
function fromSchemaXml(xml: string, options: number): NewField {
  let parsed: { Field?: Record<string, unknown> };
  try {
    parsed = xmlParser.parse(xml) as { Field?: Record<string, unknown> };
  } catch {
    throw badRequest('The SchemaXml is not valid XML.');
  }
  const f = parsed.Field;
  if (!f || typeof f.Type !== 'string') throw badRequest('The SchemaXml must be a <Field> element with a Type.');
  const multi = xmlBool(f.Mult);
  const type = f.Type === 'User' && multi ? 'UserMulti' : f.Type === 'Lookup' && multi ? 'LookupMulti' : f.Type;
  const title = String(f.DisplayName ?? f.Name ?? '');
  const props: FieldProps = {};
  const choices = (f.CHOICES as { CHOICE?: unknown[] } | undefined)?.CHOICE;
  if (choices) props.Choices = choices.map(String);
  if (f.Default !== undefined) props.DefaultValue = String(f.Default);
  if (f.List !== undefined) props.LookupList = String(f.List);
  if (f.ShowField !== undefined) props.LookupField = String(f.ShowField);
  if (f.UserSelectionMode !== undefined) props.SelectionMode = String(f.UserSelectionMode) === 'PeopleOnly' || f.UserSelectionMode === '0' ? 0 : 1;
  if (f.Format !== undefined && (type === 'DateTime')) props.DisplayFormat = f.Format === 'DateTime' ? 1 : 0;
  if (f.MaxLength !== undefined) props.MaxLength = Number(f.MaxLength);
  if (f.Min !== undefined) props.MinimumValue = Number(f.Min);
  if (f.Max !== undefined) props.MaximumValue = Number(f.Max);
  if (f.Description !== undefined) props.Description = String(f.Description);
  if (f.Group !== undefined) props.Group = String(f.Group);
  if (f.Hidden !== undefined) props.Hidden = xmlBool(f.Hidden);
  if (f.NumLines !== undefined) props.NumberOfLines = Number(f.NumLines);
  if (f.RichText !== undefined) props.RichText = xmlBool(f.RichText);
  if (f.FillInChoice !== undefined) props.FillInChoice = xmlBool(f.FillInChoice);
  return {
    title,
    type,
    name: options & ADD_FIELD_INTERNAL_NAME_HINT && typeof f.Name === 'string' ? f.Name : undefined,
    required: xmlBool(f.Required),
    indexed: xmlBool(f.Indexed),
    unique: xmlBool(f.EnforceUniqueValues),
    props,
  };
}

/** Reads a `POST fields` (verbose) or `fields/addfield` body into a field request. */
function fromProperties(body: Record<string, unknown>): NewField {
  const { __metadata: _m, Title, FieldTypeKind, Required, Indexed, EnforceUniqueValues, AllowMultipleValues, LookupListId, LookupFieldName, Choices, ...rest } = body;
  let type = TYPE_OF_KIND[Number(FieldTypeKind)];
  if (!type) throw badRequest(`FieldTypeKind ${String(FieldTypeKind)} is not supported by the local SharePoint.`);
  if (AllowMultipleValues === true && (type === 'User' || type === 'Lookup')) type = `${type}Multi`;
  const props: FieldProps = { ...rest };
  if (Choices !== undefined) props.Choices = Array.isArray(Choices) ? Choices : (Choices as { results?: unknown[] }).results ?? [];
  if (LookupListId !== undefined) props.LookupList = LookupListId;
  if (LookupFieldName !== undefined) props.LookupField = LookupFieldName;
  return { title: String(Title ?? ''), type, required: Required === true, indexed: Indexed === true, unique: EnforceUniqueValues === true, props };
}

/** Creates a custom field: a row in `fields`, a column in the list's items table, and its index when asked. */
function createField(ctx: Ctx, list: ListRow, spec: NewField): FieldDef {
  requirePermission(ctx, listSecurableOf(list), Perm.ManageLists);
  if (!spec.title.trim()) throw badRequest('The field title is empty.');
  const info = FIELD_TYPES[spec.type];
  if (!info || info.storage === 'none' || spec.type === 'Counter' || spec.type === 'Guid' || spec.type === 'File') throw badRequest(`The field type '${spec.type}' is not supported by the local SharePoint.`);
  const props = { ...spec.props };
  if (info.storage === 'lookup' || info.storage === 'lookups') {
    if (spec.type.startsWith('Lookup')) {
      const target = resolveLookupList(ctx.db, String(props.LookupList ?? ''));
      if (!target) throw badRequest('The lookup list does not exist.');
      props.LookupList = `{${target.id}}`;
      props.LookupField = props.LookupField ?? 'Title';
    } else {
      props.SelectionMode = Number(props.SelectionMode ?? 1);
    }
  }
  const fields = listFields(ctx.db, list.rid);
  const base = (spec.name ?? encodeName(spec.title.trim())).slice(0, 32);
  let internalName = base;
  for (let n = 0; findField(fields, internalName, 'internal'); n++) internalName = `${base}${n}`;
  const rid = ctx.db.run(
    'INSERT INTO fields (id, list_rid, internal_name, title, kind, type, required, props) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    randomUUID(), list.rid, internalName, spec.title.trim(), info.kind, spec.type, spec.required ? 1 : 0, JSON.stringify(props),
  ).lastId;
  const col = `c${rid}`;
  ctx.db.run('UPDATE fields SET col = ? WHERE rid = ?', col, rid);
  ctx.db.exec(`ALTER TABLE ${itemsTable(list.rid)} ADD COLUMN ${col} ${SQL_TYPES[info.storage as Exclude<Storage, 'none'>]}`);
  const field = fieldByRid(ctx.db, rid);
  if (spec.indexed || spec.unique) updateField(ctx, list, field, { Indexed: spec.indexed, EnforceUniqueValues: spec.unique });
  return fieldByRid(ctx.db, rid);
}

const fieldByRid = (db: Db, rid: number): FieldDef => toDef(db.get<FieldRow>('SELECT * FROM fields WHERE rid = ?', rid) as FieldRow);

/** The lookup target from a LookupList value: `{guid}`, a bare guid, a list title or a `Lists/<url>` path. */
export function resolveLookupList(db: Db, ref: string): ListRow | undefined {
  const guid = ref.replace(/^\{|\}$/g, '');
  return (
    db.get<ListRow>('SELECT * FROM lists WHERE id = ? COLLATE NOCASE', guid) ??
    db.get<ListRow>('SELECT * FROM lists WHERE title = ? OR url_name = ?', ref, ref.replace(/^.*Lists\//i, ''))
  );
}

const indexName = (f: FieldDef): string => `ix_${f.listRid}_${f.rid}`;

/** MERGE on a field: Title, Description, Required, Indexed, EnforceUniqueValues, AllowMultipleValues, Choices and other settings. */
function updateField(ctx: Ctx, list: ListRow, field: FieldDef, body: Record<string, unknown>): void {
  requirePermission(ctx, listSecurableOf(list), Perm.ManageLists);
  const { __metadata: _m, Title, Required, Indexed, EnforceUniqueValues, AllowMultipleValues, Choices, ...rest } = body;
  const db = ctx.db;
  if (typeof Title === 'string' && Title.trim()) db.run('UPDATE fields SET title = ? WHERE rid = ?', Title.trim(), field.rid);
  if (typeof Required === 'boolean') db.run('UPDATE fields SET required = ? WHERE rid = ?', Required ? 1 : 0, field.rid);
  let type = field.type;
  if (typeof AllowMultipleValues === 'boolean' && (field.storage === 'lookup' || field.storage === 'lookups') && !field.builtin) {
    type = setMultiple(ctx, list, field, AllowMultipleValues);
  }
  const indexed = typeof Indexed === 'boolean' ? Indexed : field.indexed;
  const unique = typeof EnforceUniqueValues === 'boolean' ? EnforceUniqueValues : field.unique;
  if (indexed !== field.indexed || unique !== field.unique || type !== field.type) setIndex(ctx, list, { ...field, type }, indexed, unique);
  const props = { ...field.props, ...rest };
  if (Choices !== undefined) props.Choices = Array.isArray(Choices) ? Choices : (Choices as { results?: unknown[] }).results ?? [];
  db.run('UPDATE fields SET props = ? WHERE rid = ?', JSON.stringify(props), field.rid);
}

/** Turns a lookup or person field into its multi-value form (or back), converting stored values. */
function setMultiple(ctx: Ctx, list: ListRow, field: FieldDef, multiple: boolean): string {
  const table = itemsTable(list.rid);
  const single = field.type.replace(/Multi$/, '');
  if (multiple === (field.storage === 'lookups')) return field.type;
  if (field.indexed) ctx.db.exec(`DROP INDEX IF EXISTS ${indexName(field)}`);
  if (multiple) {
    ctx.db.exec(`UPDATE ${table} SET ${field.col} = json_array(${field.col}) WHERE ${field.col} IS NOT NULL`);
  } else {
    if (ctx.db.get(`SELECT 1 FROM ${table} WHERE json_array_length(${field.col}) > 1 LIMIT 1`)) {
      throw spException('Items in this list have more than one value in this column; it cannot stop allowing multiple values.');
    }
    ctx.db.exec(`UPDATE ${table} SET ${field.col} = json_extract(${field.col}, '$[0]') WHERE ${field.col} IS NOT NULL`);
  }
  const type = multiple ? `${single}Multi` : single;
  ctx.db.run('UPDATE fields SET type = ?, indexed = 0, unique_values = 0 WHERE rid = ?', type, field.rid);
  field.indexed = false;
  field.unique = false;
  return type;
}

/** Creates or drops the SQLite index behind Indexed / EnforceUniqueValues, with SharePoint's rules. */
function setIndex(ctx: Ctx, list: ListRow, field: FieldDef, indexed: boolean, unique: boolean): void {
  if (field.internalName === 'ID') return;
  if (unique && !indexed) throw spException('The column must be indexed before it can enforce unique values.');
  if (indexed && (FIELD_TYPES[field.type].storage === 'lookups' || field.type === 'MultiChoice' || field.type === 'Note' || !field.col)) {
    throw spException(`The column '${field.title}' cannot be indexed.`);
  }
  if (indexed && !field.indexed) {
    const count = ctx.db.get<{ n: number }>("SELECT count(*) AS n FROM fields WHERE list_rid = ? AND indexed = 1 AND internal_name <> 'ID'", list.rid)?.n ?? 0;
    if (count >= MAX_INDEXED) throw spException(`The list '${list.title}' already has ${MAX_INDEXED} indexed columns.`);
  }
  ctx.db.exec(`DROP INDEX IF EXISTS ${indexName(field)}`);
  if (indexed) {
    const table = itemsTable(list.rid);
    try {
      ctx.db.exec(
        unique
          ? `CREATE UNIQUE INDEX ${indexName(field)} ON ${table} (${field.col}) WHERE ${field.col} IS NOT NULL`
          : `CREATE INDEX ${indexName(field)} ON ${table} (${field.col})`,
      );
    } catch {
      throw spException('This column contains duplicate values; it cannot enforce unique values.', '-2130575169');
    }
  }
  ctx.db.run('UPDATE fields SET indexed = ?, unique_values = ? WHERE rid = ?', indexed ? 1 : 0, unique ? 1 : 0, field.rid);
}

function deleteField(ctx: Ctx, list: ListRow, field: FieldDef): void {
  requirePermission(ctx, listSecurableOf(list), Perm.ManageLists);
  if (field.builtin) throw spException('This field cannot be deleted.', '-2147024891');
  ctx.db.exec(`DROP INDEX IF EXISTS ${indexName(field)}`);
  ctx.db.exec(`ALTER TABLE ${itemsTable(list.rid)} DROP COLUMN ${field.col}`);
  ctx.db.run('DELETE FROM fields WHERE rid = ?', field.rid);
}

const xmlEscape = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function schemaXml(list: ListRow, f: FieldDef): string {
  const attrs: Record<string, string> = {
    Type: f.type,
    DisplayName: f.title,
    Required: f.required ? 'TRUE' : 'FALSE',
    EnforceUniqueValues: f.unique ? 'TRUE' : 'FALSE',
    Indexed: f.indexed ? 'TRUE' : 'FALSE',
    ID: `{${f.id}}`,
    SourceID: `{${list.id}}`,
    StaticName: f.internalName,
    Name: f.internalName,
  };
  if (f.storage === 'lookups') attrs.Mult = 'TRUE';
  if (typeof f.props.LookupList === 'string') attrs.List = f.props.LookupList;
  if (typeof f.props.LookupField === 'string') attrs.ShowField = f.props.LookupField;
  const choices = Array.isArray(f.props.Choices) ? `<CHOICES>${f.props.Choices.map((c) => `<CHOICE>${xmlEscape(String(c))}</CHOICE>`).join('')}</CHOICES>` : '';
  const attrText = Object.entries(attrs).map(([k, v]) => `${k}="${xmlEscape(v)}"`).join(' ');
  return choices ? `<Field ${attrText}>${choices}</Field>` : `<Field ${attrText} />`;
}

/** SP.Field (and its subclasses) as SharePoint serialises it. */
export function fieldEntity(list: ListRow, f: FieldDef): Entity {
  const info = FIELD_TYPES[f.type];
  const { ReadOnlyField, Hidden, Description, Group, DefaultValue, ...specific } = f.props;
  const lookupish = info.storage === 'lookup' || info.storage === 'lookups';
  return new Entity(
    info.odata,
    {
      CanBeDeleted: !f.builtin,
      DefaultValue: DefaultValue ?? null,
      Description: Description ?? '',
      EnforceUniqueValues: f.unique,
      EntityPropertyName: f.entityName,
      FieldTypeKind: info.kind,
      Group: Group ?? (f.builtin ? '_Hidden' : 'Custom Columns'),
      Hidden: Hidden === true,
      Id: f.id,
      Indexed: f.indexed,
      InternalName: f.internalName,
      ReadOnlyField: ReadOnlyField === true,
      Required: f.required,
      SchemaXml: schemaXml(list, f),
      Sealed: f.builtin,
      StaticName: f.internalName,
      Title: f.title,
      TypeAsString: f.type,
      TypeDisplayName: f.type,
      ...specific,
      ...(lookupish ? { AllowMultipleValues: info.storage === 'lookups' } : {}),
    },
    { path: `Web/Lists(guid'${list.id}')/Fields(guid'${f.id}')` },
  );
}

const fieldNotFound = (name: string): SpError =>
  new SpError(404, '-2147024809, System.ArgumentException', `Column '${name}' does not exist. It may have been deleted by another user.`);

/** `lists/…/fields('guid')` */
export function fieldByIdResource(ctx: Ctx, list: ListRow, id: unknown): Resource {
  const field = listFields(ctx.db, list.rid).find((f) => f.id.toLowerCase() === String(id).toLowerCase());
  if (!field) throw fieldNotFound(String(id));
  return fieldResource(ctx, list, field);
}

/** `lists/…/fields` */
export function fieldsResource(ctx: Ctx, list: ListRow): Resource {
  const create = (spec: NewField): ApiResult => ({ kind: 'entity', status: 201, entity: fieldEntity(list, createField(ctx, list, spec)) });
  const named = (name: unknown, by: 'title' | 'either'): Resource => {
    const field = findField(listFields(ctx.db, list.rid), String(name), by);
    if (!field) throw fieldNotFound(String(name));
    return fieldResource(ctx, list, field);
  };
  return {
    get: () => ({ kind: 'collection', set: 'SP.ApiData.Fields', entities: listFields(ctx.db, list.rid).map((f) => fieldEntity(list, f)) }),
    post: () => create(fromProperties(jsonBody(ctx))),
    child: (seg) => {
      const parameters = (): Record<string, unknown> => (jsonBody(ctx).parameters ?? {}) as Record<string, unknown>;
      switch (seg.name) {
        case 'getbytitle':
          return named(seg.arg, 'title');
        case 'getbyinternalnameortitle':
          return named(seg.arg, 'either');
        case 'getbyid':
          return fieldByIdResource(ctx, list, seg.arg);
        case 'addfield':
          return { post: () => create(fromProperties(parameters())) };
        case 'createfieldasxml':
          return {
            post: () => {
              const p = parameters();
              return create(fromSchemaXml(String(p.SchemaXml ?? ''), Number(p.Options ?? 0)));
            },
          };
        default:
          return undefined;
      }
    },
  };
}

function fieldResource(ctx: Ctx, list: ListRow, field: FieldDef): Resource {
  return {
    get: () => ({ kind: 'entity', entity: fieldEntity(list, field) }),
    merge: () => {
      updateField(ctx, list, field, jsonBody(ctx));
      return noContent();
    },
    delete: () => {
      deleteField(ctx, list, field);
      return { kind: 'void', status: 200 };
    },
  };
}
