import { Entity, jsonBody, type ApiResult, type Ctx } from '../http/context';
import { itemsTable, type SqlValue } from '../store/db';
import { accessDenied, badRequest } from '../http/errors';
import { findField, listFields, type FieldDef } from './fields';
import { createFolder, fileNotFound } from './folders';
import { folderAt, inList, normalizeUrl, rootUrlOf, scopeOfDir } from './folder-tree';
import { parseFormValue } from './form-values';
import { insertItem } from './items';
import { listSecurableOf, type ListRow } from './list-row';
import { callerMask, has, overridesListBehaviors, Perm } from '../auth/permissions';

/** One row of the answer: SP.ListItemFormUpdateValue. */
interface FormRow {
  ErrorCode: number;
  ErrorMessage: string | null;
  FieldName: string;
  FieldValue: string | null;
  HasException: boolean;
  ItemId: number;
}

/** HRESULTs of the refusals (SPException; SPDuplicateValuesFoundException for a unique column). */
const VALIDATION_ERROR = -2146232832;
const DUPLICATE_ERROR = -2130575169;
/** SharePoint's SPDuplicateValuesFoundException text, reported on the unique field. */
const DUPLICATE_MESSAGE = 'The list item could not be added or updated because duplicate values were found in one or more fields in the list.';
/** Fields the server sets itself; a form value for them is refused here (see the report on SharePoint Online). */
const SERVER_SET = new Set(['ID', 'Author', 'Editor', 'Created', 'Modified', 'GUID', 'Attachments', 'ContentTypeId', '_UIVersionString']);

const rowOf = (name: string, value: string | null, error?: { code: number; message: string }): FormRow => ({
  ErrorCode: error ? error.code : 0,
  ErrorMessage: error ? error.message : null,
  FieldName: name,
  FieldValue: value,
  HasException: Boolean(error),
  ItemId: 0,
});

/** Whether another item anywhere in the list (every folder) already holds this value in a unique column. */
function duplicateIn(ctx: Ctx, list: ListRow, field: FieldDef, value: SqlValue): boolean {
  if (!field.unique || value === null || !field.col) return false;
  return ctx.db.get(`SELECT 1 FROM ${itemsTable(list.rid)} WHERE ${field.col} = ? LIMIT 1`, value) !== undefined;
}

/**
 * `lists/…/AddValidateUpdateItemUsingPath()`: creates an item (or, with UnderlyingObjectType 1, a folder) in a folder
 * from form values (strings, parsed as SharePoint's forms do), so it inherits the folder's permissions from its first
 * moment. Needs AddListItems on the folder's effective scope (not ViewListItems). Answers one
 * SP.ListItemFormUpdateValue per field; when any value is refused (HasException) nothing is stored, otherwise a last
 * row `Id` carries the new item's id (SharePoint Online's answer; ItemId is the new id too).
 */
export function addValidateUpdateItemUsingPath(ctx: Ctx, list: ListRow): ApiResult {
  const body = jsonBody(ctx);
  const info = (body.listItemCreateInfo ?? {}) as { FolderPath?: { DecodedUrl?: unknown }; UnderlyingObjectType?: unknown; LeafName?: { DecodedUrl?: unknown } };
  const rawValues = body.formValues ?? [];
  if (!Array.isArray(rawValues)) throw badRequest('formValues must be a collection of SP.ListItemFormUpdateValue.');
  const folderUrl = info.FolderPath?.DecodedUrl ? normalizeUrl(ctx, String(info.FolderPath.DecodedUrl)) : rootUrlOf(ctx, list);
  if (!inList(ctx, list, folderUrl)) throw fileNotFound();
  const isRoot = folderUrl.toLowerCase() === rootUrlOf(ctx, list).toLowerCase();
  const dir = isRoot ? rootUrlOf(ctx, list) : folderAt(ctx, list, folderUrl)?.file_ref;
  if (!dir) throw fileNotFound();
  if (Number(info.UnderlyingObjectType ?? 0) === 1) {
    const folder = createFolder(ctx, list, `${dir}/${String(info.LeafName?.DecodedUrl ?? '')}`, false);
    return formRowsResult([rowOf('Id', String(folder.id))].map((r) => ({ ...r, ItemId: folder.id })));
  }
  if (!has(callerMask(ctx, scopeOfDir(ctx, list, dir)), Perm.AddListItems)) throw accessDenied();
  if (list.write_security === 4 && !overridesListBehaviors(ctx, listSecurableOf(list))) throw accessDenied();

  const fields = listFields(ctx.db, list.rid);
  const values = new Map<string, SqlValue>();
  const rows: FormRow[] = [];
  const given = new Set<FieldDef>();
  for (const entry of rawValues as { FieldName?: unknown; FieldValue?: unknown }[]) {
    const name = String(entry?.FieldName ?? '');
    const text = entry?.FieldValue === null || entry?.FieldValue === undefined ? '' : String(entry.FieldValue);
    const field = findField(fields, name, 'internal');
    if (!field) {
      rows.push(rowOf(name, text, { code: -2147024809, message: `Column '${name}' does not exist. It may have been deleted by another user.` }));
      continue;
    }
    if (SERVER_SET.has(field.internalName) || field.readOnly || !field.col) {
      rows.push(rowOf(name, text, { code: VALIDATION_ERROR, message: `The field '${field.internalName}' is read-only.` }));
      continue;
    }
    const parsed = parseFormValue(ctx.db, field, text);
    if (!parsed.ok) {
      rows.push(rowOf(name, text, { code: VALIDATION_ERROR, message: parsed.message }));
      continue;
    }
    if (duplicateIn(ctx, list, field, parsed.value)) {
      rows.push(rowOf(name, text, { code: DUPLICATE_ERROR, message: DUPLICATE_MESSAGE }));
      continue;
    }
    given.add(field);
    values.set(field.col, parsed.value);
    rows.push(rowOf(name, text));
  }
  for (const field of fields) {
    const missing = !given.has(field) ? typeof field.props.DefaultValue !== 'string' || field.props.DefaultValue === '' : values.get(field.col ?? '') === null;
    if (field.required && field.col && missing && !rows.some((r) => r.FieldName.toLowerCase() === field.internalName.toLowerCase() && r.HasException)) {
      const at = rows.findIndex((r) => r.FieldName.toLowerCase() === field.internalName.toLowerCase());
      const refused = rowOf(field.internalName, at >= 0 ? rows[at].FieldValue : null, { code: VALIDATION_ERROR, message: 'You must specify a value for this required field.' });
      if (at >= 0) rows[at] = refused;
      else rows.push(refused);
    }
  }
  if (rows.some((r) => r.HasException)) return formRowsResult(rows);
  const item = insertItem(ctx, list, fields, values, ctx.caller.id, { dir });
  return formRowsResult([...rows, rowOf('Id', String(item.id))].map((r) => ({ ...r, ItemId: item.id })));
}

const formRowsResult = (rows: FormRow[]): ApiResult => ({
  kind: 'collection',
  set: 'Collection(SP.ListItemFormUpdateValue)',
  entities: rows.map((r) => new Entity('SP.ListItemFormUpdateValue', { ...r })),
  shaped: true,
});
