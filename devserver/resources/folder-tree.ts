import type { Ctx } from '../http/context';
import { itemsTable } from '../store/db';
import { badRequest } from '../http/errors';
import { listRootUrl } from '../store/folder-columns';
import type { ItemRow } from './item-shape';
import { listSecurableOf, type ListRow } from './list-row';
import type { Securable } from '../auth/permissions';

/** An item row with its place in the folder tree (see store/folder-columns.ts). */
export type PlacedRow = ItemRow & { fs_type: number; file_dir_ref: string; leaf: string | null; file_ref: string; file_leaf_ref: string };

/** The server-relative URL of a list's root folder. */
export const rootUrlOf = (ctx: Ctx, list: ListRow): string => listRootUrl(ctx.site.path, list.url_name);

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** A decoded URL without trailing slashes; an absolute URL becomes server-relative, a web-relative one (`Lists/X/F`) too. */
export function normalizeUrl(ctx: Ctx, url: string): string {
  let path = url.trim();
  if (/^https?:\/\//i.test(path)) {
    try {
      path = decodeURIComponent(new URL(path).pathname);
    } catch {
      throw badRequest(`The URL '${url}' is not valid.`);
    }
  }
  if (!path.startsWith('/')) path = `${ctx.site.path}/${path}`;
  return path.replace(/\/+$/, '');
}

/** Splits `/a/b/c` into its folder `/a/b` and leaf `c`. */
export function splitUrl(url: string): { dir: string; leaf: string } {
  const at = url.lastIndexOf('/');
  return { dir: url.slice(0, at), leaf: url.slice(at + 1) };
}

/** Whether a server-relative URL is the list's root folder or inside it. */
export const inList = (ctx: Ctx, list: ListRow, url: string): boolean => {
  const root = rootUrlOf(ctx, list).toLowerCase();
  const lower = url.toLowerCase();
  return lower === root || lower.startsWith(`${root}/`);
};

/** The folder row at a server-relative URL (not the root folder), whatever the caller may see. */
export function folderAt(ctx: Ctx, list: ListRow, url: string): PlacedRow | undefined {
  const { dir, leaf } = splitUrl(url);
  return ctx.db.get<PlacedRow>(`SELECT * FROM ${itemsTable(list.rid)} WHERE file_dir_ref = ? AND leaf = ? AND fs_type = 1`, dir, leaf);
}

/** The list whose root folder holds this server-relative URL. */
export function listOfUrl(ctx: Ctx, url: string): ListRow | undefined {
  const prefix = `${ctx.site.path}/Lists/`.toLowerCase();
  if (!url.toLowerCase().startsWith(prefix)) return undefined;
  const urlName = url.slice(prefix.length).split('/')[0];
  return ctx.db.get<ListRow>('SELECT * FROM lists WHERE url_name = ? COLLATE NOCASE', urlName);
}

const securableOfRow = (ctx: Ctx, list: ListRow, row: PlacedRow, depth: number): Securable => ({
  kind: 'item',
  key: `i:${list.rid}:${row.id}`,
  unique: row.unique_perms === 1,
  parent: scopeOfDir(ctx, list, row.file_dir_ref, depth + 1),
  listRid: list.rid,
  itemId: row.id,
  path: `Web/Lists(guid'${list.id}')/Items(${row.id})`,
});

/** The securable a row in this folder inherits from: the folder's item, or the list for the root folder. */
export function scopeOfDir(ctx: Ctx, list: ListRow, dirUrl: string | null, depth = 0): Securable {
  if (!dirUrl || depth > 64 || same(dirUrl, rootUrlOf(ctx, list))) return listSecurableOf(list);
  const folder = folderAt(ctx, list, dirUrl);
  return folder ? securableOfRow(ctx, list, folder, depth) : listSecurableOf(list);
}

/** An item (or folder) as a securable object: its own scope, inheriting from its folder, the list, then the web. */
export const itemSecurable = (ctx: Ctx, list: ListRow, row: ItemRow): Securable => securableOfRow(ctx, list, row as PlacedRow, 0);
