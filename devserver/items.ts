import { randomUUID } from 'node:crypto';
import { jsonBody, noContent, type ApiResult, type Ctx, type Resource } from './context';
import { itemsTable, type SqlValue } from './db';
import { accessDenied, badRequest, duplicateValue, etagMismatch, itemNotFound, notFound, unknownBodyProperty } from './errors';
import { listFields, type FieldDef } from './fields';
import { defaultStored, toStored } from './field-types';
import { nextLink, planItemQuery } from './item-query';
import { itemEntities, projection, versionEntities, type ItemRow } from './item-shape';
import { attachmentsResource } from './attachments';
import { listSecurableOf, type ListRow } from './lists';
import { callerMask, has, overridesListBehaviors, Perm, readableItemsSql, type Securable } from './permissions';
import { parsePaths, parseTop, queryOption } from './query-options';
import { securableChild } from './security';
import { spNow } from './site';
import { getPrincipal } from './users';

/** Body keys that describe the entity rather than set a field (JSON light and verbose). */
const METADATA_KEY = /^(__metadata|odata\..*|.*@odata\..*)$/;
/** Item properties that are not fields and cannot be written. */
const READ_ONLY_PROPS = new Set(['Id', 'FileSystemObjectType', 'ServerRedirectedEmbedUri', 'ServerRedirectedEmbedUrl', 'ComplianceAssetId', 'HasUniqueRoleAssignments']);

const itemSecurable = (list: ListRow, row: ItemRow): Securable => ({
  kind: 'item',
  key: `i:${list.rid}:${row.id}`,
  unique: row.unique_perms === 1,
  parent: listSecurableOf(list),
  listRid: list.rid,
  itemId: row.id,
  path: `Web/Lists(guid'${list.id}')/Items(${row.id})`,
});

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
  const securable = itemSecurable(list, row);
  return {
    get: () => {
      const fields = listFields(ctx.db, list.rid);
      const proj = projection(list, fields, parsePaths(queryOption(ctx, '$select')), parsePaths(queryOption(ctx, '$expand')));
      return { kind: 'entity', entity: itemEntities(ctx, list, proj, [row])[0], shaped: true };
    },
    merge: () => updateItem(ctx, list, row, securable),
    delete: () => {
      deleteItem(ctx, list, row, securable);
      return { kind: 'void', status: 200 };
    },
    child: (seg) => {
      switch (seg.name) {
        case 'recycle':
          return {
            post: (): ApiResult => {
              deleteItem(ctx, list, row, securable);
              return { kind: 'value', value: randomUUID(), edmType: 'Edm.Guid', name: 'Recycle' };
            },
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
    const stored = toStored(field.storage, value, field.itemProp);
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

/**
 * Inserts an item, with field defaults for what the body leaves out; shared by POST items and the bulk seeding helper.
 * The row is built here rather than read back, and the version history only keeps superseded versions (the current
 * one is the row itself), so an add is two statements.
 */
export function insertItem(ctx: Ctx, list: ListRow, fields: FieldDef[], given: Map<string, SqlValue>, authorId: number): ItemRow {
  const now = spNow();
  const base = { guid: randomUUID(), created: now, modified: now, author: authorId, editor: authorId };
  const values = new Map(given);
  for (const f of fields) {
    const def = f.props.DefaultValue;
    if (f.col && !values.has(f.col) && typeof def === 'string' && def !== '') values.set(f.col, defaultStored(f.storage, def, f.itemProp));
  }
  const cols = [...Object.keys(base), ...values.keys()];
  const { lastId } = write(() =>
    ctx.db.run(`INSERT INTO ${itemsTable(list.rid)} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`, ...Object.values(base), ...values.values()),
  );
  ctx.db.run('UPDATE lists SET item_count = item_count + 1, modified = ? WHERE rid = ?', now, list.rid);
  const row: Record<string, SqlValue> = { id: lastId, ...base, version: 1, unique_perms: 0, attachments: 0 };
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

function deleteItem(ctx: Ctx, list: ListRow, row: ItemRow, securable: Securable): void {
  checkWrite(ctx, list, row, securable, Perm.DeleteListItems);
  ctx.db.run(`DELETE FROM ${itemsTable(list.rid)} WHERE id = ?`, row.id);
  ctx.db.run('DELETE FROM versions WHERE list_rid = ? AND item_id = ?', list.rid, row.id);
  ctx.db.run('DELETE FROM attachments WHERE list_rid = ? AND item_id = ?', list.rid, row.id);
  ctx.db.run('DELETE FROM role_assignments WHERE list_rid = ? AND item_id = ?', list.rid, row.id);
  ctx.db.run('UPDATE lists SET item_count = item_count - 1, modified = ? WHERE rid = ?', spNow(), list.rid);
}
