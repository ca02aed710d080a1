import { randomUUID } from 'node:crypto';
import { jsonBody, noContent, type ApiResult, type Ctx, type Resource } from '../http/context';
import { itemsTable, type SqlValue } from '../store/db';
import { accessDenied, badRequest, duplicateValue, etagMismatch, itemNotFound, notFound, unknownBodyProperty } from '../http/errors';
import { listFields, type FieldDef } from './fields';
import { defaultStored } from '../store/field-types';
import { validatedValue } from './field-values';
import { nextLink, planItemQuery } from '../query/item-query';
import { itemEntities, projection, versionEntities, type ItemRow } from './item-shape';
import { attachmentsResource } from './attachments';
import { itemSecurable, rootUrlOf, type PlacedRow } from './folder-tree';
import { recycleRows } from './recycle-bin';
import { listSecurableOf, type ListRow } from './list-row';
import { callerMask, has, overridesListBehaviors, Perm, readableItemsSql, type Securable } from '../auth/permissions';
import { parsePaths, parseTop, queryOption } from '../query/query-options';
import { securableChild } from './security';
import { spNow } from '../store/site';
import { getPrincipal } from './users';

/** Body keys that describe the entity rather than set a field (JSON light and verbose). */
const METADATA_KEY = /^(__metadata|odata\..*|.*@odata\..*)$/;
/** Item properties that are not fields and cannot be written. */
const READ_ONLY_PROPS = new Set(['Id', 'FileSystemObjectType', 'ServerRedirectedEmbedUri', 'ServerRedirectedEmbedUrl', 'ComplianceAssetId', 'HasUniqueRoleAssignments']);

const expandedNames = (ctx: Ctx): Set<string> => new Set(parsePaths(queryOption(ctx, '$expand')).map((p) => p[0].toLowerCase()));

/** `lists/…/items`: GET with OData query options and paging, POST to add. */
export function itemsResource(ctx: Ctx, list: ListRow): Resource {
  return {
    get: () => {
      const fields = listFields(ctx.db, list.rid);
      const proj = projection(list, fields, parsePaths(queryOption(ctx, '$select')), parsePaths(queryOption(ctx, '$expand')));
      const query = planItemQuery(ctx, list, fields, {
        filter: queryOption(ctx, '$filter'),
        orderby: queryOption(ctx, '$orderby'),
        top: parseTop(ctx),
        skiptoken: queryOption(ctx, '$skiptoken'),
        expanded: expandedNames(ctx),
      });
      const rows = ctx.db.all<ItemRow>(query.sql, ...query.params);
      const more = rows.length > query.top;
      const page = rows.slice(0, query.top);
      if (query.reverse) page.reverse();
      return {
        kind: 'collection',
        set: `SP.ListData.${list.entity}Items`,
        entities: itemEntities(ctx, list, proj, page),
        nextLink: more && !query.reverse ? nextLink(ctx, query, page[page.length - 1]) : undefined,
        shaped: true,
      };
    },
    post: () => addItem(ctx, list),
    child: (seg) => (seg.name === 'getbyid' ? itemByIdResource(ctx, list, seg.arg) : undefined),
  };
}

/** `items(n)`: the item if the caller may read it, else SharePoint's 404 (hidden and missing look the same). */
export function itemByIdResource(ctx: Ctx, list: ListRow, id: unknown): Resource {
  const visible = readableItemsSql(ctx, listSecurableOf(list));
  const row = ctx.db.get<ItemRow>(`SELECT t.* FROM ${itemsTable(list.rid)} t WHERE t.id = ?${visible ? ` AND ${visible}` : ''}`, Number(id));
  if (!row) throw itemNotFound();
  const securable = itemSecurable(ctx, list, row);
  return {
    get: () => {
      const fields = listFields(ctx.db, list.rid);
      const proj = projection(list, fields, parsePaths(queryOption(ctx, '$select')), parsePaths(queryOption(ctx, '$expand')));
      return { kind: 'entity', entity: itemEntities(ctx, list, proj, [row])[0], shaped: true };
    },
    merge: () => updateItem(ctx, list, row, securable),
    // SharePoint Online sends a deleted list item to the recycle bin, as recycle() does
    delete: () => {
      deleteItem(ctx, list, row, securable);
      return { kind: 'void', status: 200 };
    },
    child: (seg) => {
      switch (seg.name) {
        case 'recycle':
          return {
            post: (): ApiResult => ({ kind: 'value', value: deleteItem(ctx, list, row, securable), edmType: 'Edm.Guid', name: 'Recycle' }),
          };
        case 'versions':
          return versionsResource(ctx, list, row, securable, seg.call ? Number(seg.arg) : undefined);
        case 'attachmentfiles':
          return attachmentsResource(ctx, list, row, () => checkWrite(ctx, list, row, securable, Perm.EditListItems), seg.call ? seg.arg : undefined);
        default:
          return securableChild(ctx, securable, seg);
      }
    },
  };
}

function versionsResource(ctx: Ctx, list: ListRow, row: ItemRow, securable: Securable, versionId?: number): Resource {
  if (!has(callerMask(ctx, securable), Perm.ViewVersions)) throw accessDenied();
  const load = (id?: number): ApiResult => {
    const history = ctx.db
      .all<{ version: number; data: string }>('SELECT version, data FROM versions WHERE list_rid = ? AND item_id = ? ORDER BY version DESC', list.rid, row.id)
      .map((s) => ({ version: s.version, row: JSON.parse(s.data) as ItemRow }));
    const snapshots = [{ version: row.version, row }, ...history].filter((s) => id === undefined || s.version * 512 === id);
    const entities = versionEntities(ctx, list, listFields(ctx.db, list.rid), snapshots, row.version);
    if (id === undefined) return { kind: 'collection', set: 'SP.ApiData.ListItemVersions', entities };
    if (!entities.length) throw notFound('Version');
    return { kind: 'entity', entity: entities[0] };
  };
  if (versionId !== undefined) return { get: () => load(versionId) };
  return { get: () => load(), child: (seg) => (seg.name === 'getbyid' ? { get: () => load(Number(seg.arg)) } : undefined) };
}

/** Maps a JSON light body onto columns: fields by EntityPropertyName, lookups and people by `<Name>Id`. */
export function columnValues(ctx: Ctx, list: ListRow, fields: FieldDef[], body: Record<string, unknown>): Map<string, SqlValue> {
  const values = new Map<string, SqlValue>();
  for (const [key, value] of Object.entries(body)) {
    if (METADATA_KEY.test(key)) continue;
    const field = fields.find((f) => f.itemProp === key);
    if (!field && !READ_ONLY_PROPS.has(key)) throw unknownBodyProperty(key, `SP.Data.${list.entity}Item`);
    // read-only values (Id, Created, AuthorId …) are skipped, not refused: clients echo whole items back
    if (!field || field.readOnly || !field.col) continue;
    const stored = validatedValue(field, value);
    if (field.type.startsWith('User')) {
      const ids = stored === null ? [] : field.storage === 'lookups' ? (JSON.parse(stored as string) as number[]) : [stored as number];
      if (ids.some((id) => !getPrincipal(ctx.db, id))) throw badRequest(`The user or group with id ${ids.join(', ')} does not exist in the site for field '${key}'.`);
    }
    values.set(field.col, stored);
  }
  return values;
}

/** Runs an INSERT or UPDATE, turning a unique-index violation into SharePoint's duplicate-values error. */
function write<T>(run: () => T): T {
  try {
    return run();
  } catch (e) {
    if (/UNIQUE constraint failed/.test(String(e))) throw duplicateValue();
    throw e;
  }
}

/** Where a new row goes: the folder holding it (default the list's root folder) and, for a folder, its name. */
export interface Placement {
  dir?: string;
  folderName?: string;
}

/**
 * Inserts an item (or, with `place.folderName`, a folder), with field defaults for what the body leaves out; shared
 * by POST items, folder creation, AddValidateUpdateItemUsingPath and the bulk seeding helper. The row is built here
 * rather than read back, and the version history only keeps superseded versions (the current one is the row itself),
 * so an add is two statements.
 */
export function insertItem(ctx: Ctx, list: ListRow, fields: FieldDef[], given: Map<string, SqlValue>, authorId: number, place: Placement = {}): ItemRow {
  const now = spNow();
  const folder = place.folderName !== undefined;
  const dir = place.dir ?? rootUrlOf(ctx, list);
  const base = { guid: randomUUID(), created: now, modified: now, author: authorId, editor: authorId, fs_type: folder ? 1 : 0, file_dir_ref: dir, leaf: folder ? (place.folderName ?? null) : null };
  const values = new Map(given);
  for (const f of fields) {
    const def = f.props.DefaultValue;
    if (!folder && f.col && !values.has(f.col) && typeof def === 'string' && def !== '') values.set(f.col, defaultStored(f.storage, def, f.itemProp));
  }
  const cols = [...Object.keys(base), ...values.keys()];
  const { lastId } = write(() =>
    ctx.db.run(`INSERT INTO ${itemsTable(list.rid)} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`, ...Object.values(base), ...values.values()),
  );
  ctx.db.run('UPDATE lists SET item_count = item_count + 1, modified = ? WHERE rid = ?', now, list.rid);
  const leaf = base.leaf ?? `${lastId}_.000`;
  const row: Record<string, SqlValue> = { id: lastId, ...base, version: 1, unique_perms: 0, attachments: 0, file_leaf_ref: leaf, file_ref: `${dir}/${leaf}`, fs_obj_type: String(base.fs_type) };
  for (const f of fields) if (f.col && !(f.col in row)) row[f.col] = values.get(f.col) ?? null;
  return row as ItemRow;
}

function addItem(ctx: Ctx, list: ListRow): ApiResult {
  const securable = listSecurableOf(list);
  if (!has(callerMask(ctx, securable), Perm.AddListItems)) throw accessDenied();
  if (list.write_security === 4 && !overridesListBehaviors(ctx, securable)) throw accessDenied();
  const fields = listFields(ctx.db, list.rid);
  const row = insertItem(ctx, list, fields, columnValues(ctx, list, fields, jsonBody(ctx)), ctx.caller.id);
  const entity = itemEntities(ctx, list, projection(list, fields, [], []), [row])[0];
  return { kind: 'entity', status: 201, entity, shaped: true };
}

/** Checks Edit/Delete rights, WriteSecurity and `If-Match` before a change to an item. */
function checkWrite(ctx: Ctx, list: ListRow, row: ItemRow, securable: Securable, perm: number): void {
  if (!has(callerMask(ctx, securable), perm)) throw accessDenied();
  const ws = list.write_security;
  if ((ws === 4 || (ws === 2 && row.author !== ctx.caller.id)) && !overridesListBehaviors(ctx, listSecurableOf(list))) throw accessDenied();
  const ifMatch = ctx.headers['if-match']?.trim();
  const current = `"${row.version}"`;
  if (ifMatch && ifMatch !== '*' && ifMatch.replace(/^W\//, '') !== current) throw etagMismatch(ifMatch, current);
}

function updateItem(ctx: Ctx, list: ListRow, row: ItemRow, securable: Securable): ApiResult {
  checkWrite(ctx, list, row, securable, Perm.EditListItems);
  const values = columnValues(ctx, list, listFields(ctx.db, list.rid), jsonBody(ctx));
  const now = spNow();
  const sets = [...values.keys()].map((c) => `${c} = ?`);
  write(() =>
    ctx.db.run(
      `UPDATE ${itemsTable(list.rid)} SET ${[...sets, 'modified = ?', 'editor = ?', 'version = version + 1'].join(', ')} WHERE id = ?`,
      ...values.values(),
      now,
      ctx.caller.id,
      row.id,
    ),
  );
  ctx.db.run('INSERT INTO versions (list_rid, item_id, version, data) VALUES (?, ?, ?, ?)', list.rid, row.id, row.version, JSON.stringify(row));
  ctx.db.run('UPDATE lists SET modified = ? WHERE rid = ?', now, list.rid);
  return noContent(`"${row.version + 1}"`);
}

/** Moves an item (a folder with all it holds) to the recycle bin after the checks; returns the recycle bin item's id. */
function deleteItem(ctx: Ctx, list: ListRow, row: ItemRow, securable: Securable): string {
  checkWrite(ctx, list, row, securable, Perm.DeleteListItems);
  const placed = row as PlacedRow;
  // a folder goes with everything in it, as in SharePoint
  const ids =
    placed.fs_type === 1
      ? [row.id, ...ctx.db.all<{ id: number }>(`SELECT id FROM ${itemsTable(list.rid)} WHERE file_dir_ref = ? OR file_dir_ref LIKE ? ESCAPE '\\'`, placed.file_ref, `${placed.file_ref.replace(/[\\%_]/g, (c) => `\\${c}`)}/%`).map((r) => r.id)]
      : [row.id];
  const recycled = recycleRows(ctx, list, placed, ids);
  const idList = ids.map(Number).join(',');
  ctx.db.run(`DELETE FROM ${itemsTable(list.rid)} WHERE id IN (${idList})`);
  ctx.db.run(`DELETE FROM versions WHERE list_rid = ? AND item_id IN (${idList})`, list.rid);
  ctx.db.run(`DELETE FROM attachments WHERE list_rid = ? AND item_id IN (${idList})`, list.rid);
  ctx.db.run(`DELETE FROM role_assignments WHERE list_rid = ? AND item_id IN (${idList})`, list.rid);
  ctx.db.run('UPDATE lists SET item_count = item_count - ?, modified = ? WHERE rid = ?', ids.length, spNow(), list.rid);
  return recycled;
}
