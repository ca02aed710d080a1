import { randomUUID } from 'node:crypto';
import { Entity, voidResult, type ApiResult, type Ctx, type Resource } from '../http/context';
import { itemsTable, type SqlValue } from '../store/db';
import { duplicateValue, notFound, spException } from '../http/errors';
import { folderAt, rootUrlOf, type PlacedRow } from './folder-tree';
import type { ListRow } from './list-row';
import { spNow } from '../store/site';
import { getPrincipal } from './users';

/** SP.RecycleBinItemType of what this server recycles. */
const ITEM_TYPE = { listItem: 3, folder: 5 };
/** Computed columns of an items table, never written back. */
const GENERATED = new Set(['file_leaf_ref', 'file_ref', 'fs_obj_type']);

/** What a recycle bin entry holds: the rows (a folder's with all it holds) and what hangs on them. */
interface Content {
  rows: Record<string, SqlValue>[];
  versions: { item_id: number; version: number; data: string }[];
  attachments: { item_id: number; name: string; content: string }[];
  assignments: { scope: string; principal_id: number; roledef_id: number; item_id: number }[];
}

interface BinRow {
  id: string;
  list_rid: number;
  item_id: number;
  item_type: number;
  title: string | null;
  leaf: string;
  dir: string;
  author: number | null;
  deleted_by: number;
  deleted: string;
  content: string;
}

/**
 * Moves an item (a folder with everything in it) to the recycle bin, as SharePoint's `recycle()` and, in SharePoint
 * Online, a DELETE on a list item do; returns the recycle bin item's id. The caller's rights are checked before.
 */
export function recycleRows(ctx: Ctx, list: ListRow, row: PlacedRow, ids: number[]): string {
  const idList = ids.map(Number).join(',');
  const table = itemsTable(list.rid);
  const content: Content = {
    rows: ctx.db.all<Record<string, SqlValue>>(`SELECT * FROM ${table} WHERE id IN (${idList})`),
    versions: ctx.db.all(`SELECT item_id, version, data FROM versions WHERE list_rid = ? AND item_id IN (${idList})`, list.rid),
    attachments: ctx.db
      .all<{ item_id: number; name: string; content: Uint8Array }>(`SELECT item_id, name, content FROM attachments WHERE list_rid = ? AND item_id IN (${idList})`, list.rid)
      .map((a) => ({ item_id: a.item_id, name: a.name, content: Buffer.from(a.content).toString('base64') })),
    assignments: ctx.db.all(`SELECT scope, principal_id, roledef_id, item_id FROM role_assignments WHERE list_rid = ? AND item_id IN (${idList})`, list.rid),
  };
  const id = randomUUID();
  ctx.db.run(
    'INSERT INTO recycle_bin (id, list_rid, item_id, item_type, title, leaf, dir, author, deleted_by, deleted, content) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    id, list.rid, row.id, row.fs_type === 1 ? ITEM_TYPE.folder : ITEM_TYPE.listItem, (row.title as string | null) ?? null, row.file_leaf_ref, row.file_dir_ref,
    row.author, ctx.caller.id, spNow(), JSON.stringify(content),
  );
  return id;
}

function recycleBinEntity(ctx: Ctx, r: BinRow): Entity {
  const author = r.author ? getPrincipal(ctx.db, r.author) : undefined;
  const by = getPrincipal(ctx.db, r.deleted_by);
  const dirName = r.dir.replace(/^\//, '');
  return new Entity(
    'SP.RecycleBinItem',
    {
      AuthorEmail: author?.email ?? '',
      AuthorName: author?.title ?? '',
      DeletedByEmail: by?.email ?? '',
      DeletedByName: by?.title ?? '',
      DeletedDate: r.deleted,
      DeletedDateLocalFormatted: r.deleted,
      DirName: dirName,
      DirNamePath: new Entity('SP.ResourcePath', { DecodedUrl: dirName }),
      Id: r.id,
      ItemState: 1,
      ItemType: r.item_type,
      LeafName: r.leaf,
      LeafNamePath: new Entity('SP.ResourcePath', { DecodedUrl: r.leaf }),
      Size: 0,
      Title: r.title ?? r.leaf,
    },
    { path: `Web/RecycleBin('${r.id}')` },
  );
}

/** Puts a recycle bin entry back where it was, with its id, versions, attachments and permissions. */
function restore(ctx: Ctx, r: BinRow): void {
  const list = ctx.db.get<ListRow>('SELECT * FROM lists WHERE rid = ?', r.list_rid);
  if (!list) throw spException('The list this item was in no longer exists.', '-2147024809');
  const isRoot = r.dir.toLowerCase() === rootUrlOf(ctx, list).toLowerCase();
  if (!isRoot && !folderAt(ctx, list, r.dir)) throw spException(`The folder ${r.dir} that held this item no longer exists. Restore it first.`, '-2147024809');
  const content = JSON.parse(r.content) as Content;
  const table = itemsTable(list.rid);
  const columns = new Set(ctx.db.all<{ name: string }>(`SELECT name FROM pragma_table_info('${table}')`).map((c) => c.name));
  for (const row of content.rows) {
    const cols = Object.keys(row).filter((c) => columns.has(c) && !GENERATED.has(c));
    try {
      ctx.db.run(`INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`, ...cols.map((c) => row[c]));
    } catch (e) {
      if (/UNIQUE constraint failed/.test(String(e))) throw duplicateValue();
      throw e;
    }
  }
  for (const v of content.versions) ctx.db.run('INSERT OR REPLACE INTO versions (list_rid, item_id, version, data) VALUES (?, ?, ?, ?)', list.rid, v.item_id, v.version, v.data);
  for (const a of content.attachments) {
    ctx.db.run('INSERT OR REPLACE INTO attachments (list_rid, item_id, name, content) VALUES (?, ?, ?, ?)', list.rid, a.item_id, a.name, Buffer.from(a.content, 'base64'));
  }
  for (const a of content.assignments) {
    ctx.db.run('INSERT OR IGNORE INTO role_assignments (scope, principal_id, roledef_id, list_rid, item_id) VALUES (?, ?, ?, ?, ?)', a.scope, a.principal_id, a.roledef_id, list.rid, a.item_id);
  }
  ctx.db.run('UPDATE lists SET item_count = item_count + ?, modified = ? WHERE rid = ?', content.rows.length, spNow(), list.rid);
  ctx.db.run('DELETE FROM recycle_bin WHERE id = ?', r.id);
}

/** The entries the caller sees: a site collection administrator all of them, anybody else what they deleted. */
function visibleEntries(ctx: Ctx): BinRow[] {
  return ctx.caller.isSiteAdmin
    ? ctx.db.all<BinRow>('SELECT * FROM recycle_bin ORDER BY deleted DESC, rowid DESC')
    : ctx.db.all<BinRow>('SELECT * FROM recycle_bin WHERE deleted_by = ? ORDER BY deleted DESC, rowid DESC', ctx.caller.id);
}

function entryResource(ctx: Ctx, id: unknown): Resource {
  const entry = visibleEntries(ctx).find((r) => r.id.toLowerCase() === String(id).toLowerCase());
  if (!entry) throw notFound('Recycle bin item');
  const forget = (): ApiResult => {
    ctx.db.run('DELETE FROM recycle_bin WHERE id = ?', entry.id);
    return voidResult('DeleteObject');
  };
  return {
    get: () => ({ kind: 'entity', entity: recycleBinEntity(ctx, entry) }),
    delete: forget,
    child: (seg) => {
      if (seg.name === 'restore') return { post: () => (restore(ctx, entry), voidResult('Restore')) };
      if (seg.name === 'deleteobject') return { post: forget };
      return undefined;
    },
  };
}

/** `web/recycleBin` and `site/recycleBin`: list, `('id')` / `getById`, `restore`, `deleteObject`, `restoreAll`, `deleteAll`. */
export function recycleBinResource(ctx: Ctx): Resource {
  return {
    get: () => ({ kind: 'collection', set: 'SP.ApiData.RecycleBinItems', entities: visibleEntries(ctx).map((r) => recycleBinEntity(ctx, r)) }),
    child: (seg) => {
      switch (seg.name) {
        case 'recyclebin':
        case 'getbyid':
          return seg.call ? entryResource(ctx, seg.arg) : undefined;
        case 'restoreall':
          return {
            post: () => {
              for (const entry of [...visibleEntries(ctx)].reverse()) restore(ctx, entry);
              return voidResult('RestoreAll');
            },
          };
        case 'deleteall':
          return {
            post: () => {
              for (const entry of visibleEntries(ctx)) ctx.db.run('DELETE FROM recycle_bin WHERE id = ?', entry.id);
              return voidResult('DeleteAll');
            },
          };
        default:
          return undefined;
      }
    },
  };
}
