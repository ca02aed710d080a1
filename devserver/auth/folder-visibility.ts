import type { Ctx } from '../http/context';
import { itemsTable } from '../store/db';

/** A folder of a list as the visibility rule needs it. */
interface FolderScope {
  id: number;
  dir: string;
  url: string;
  unique: number;
}

const quote = (s: string): string => `'${s.replace(/'/g, "''")}'`;

/**
 * SQL condition (on alias `t`) for the rows of a list that inherit their permissions (unique_perms 0) and that the
 * caller may view: a row inherits from the nearest folder above it with unique permissions, else from the list
 * (`listViewable`). Folders are few, so their effective scopes are worked out here and the rows are matched on
 * `FileDirRef`.
 */
export function inheritedVisibleSql(ctx: Ctx, listRid: number, listViewable: boolean, alias = 't'): string {
  const table = itemsTable(listRid);
  const folders = ctx.db
    .all<FolderScope>(`SELECT id, file_dir_ref AS dir, file_ref AS url, unique_perms AS "unique" FROM ${table} WHERE fs_type = 1`)
    .map((f) => ({ ...f, dir: f.dir.toLowerCase(), url: f.url.toLowerCase() }));
  if (!folders.some((f) => f.unique === 1)) return listViewable ? '1' : '0';
  const me = Number(ctx.caller.id);
  const granted = new Set(
    ctx.db
      .all<{ id: number }>(
        `SELECT DISTINCT ra.item_id AS id FROM role_assignments ra JOIN role_definitions rd ON rd.id = ra.roledef_id
         WHERE ra.list_rid = ?1 AND ra.item_id IS NOT NULL AND (rd.low & 1) = 1
         AND ra.item_id IN (SELECT id FROM ${table} WHERE fs_type = 1 AND unique_perms = 1)
         AND ra.principal_id IN (SELECT ?2 UNION ALL SELECT group_id FROM group_members WHERE user_id = ?2)`,
        listRid,
        me,
      )
      .map((r) => r.id),
  );
  const byUrl = new Map(folders.map((f) => [f.url, f]));
  const viewable = new Map<string, boolean>();
  const viewableIn = (url: string, depth = 0): boolean => {
    const folder = byUrl.get(url);
    if (!folder || depth > 64) return listViewable;
    let v = viewable.get(url);
    if (v === undefined) {
      v = folder.unique === 1 ? granted.has(folder.id) : viewableIn(folder.dir, depth + 1);
      viewable.set(url, v);
    }
    return v;
  };
  const differing = folders.filter((f) => viewableIn(f.url) !== listViewable).map((f) => quote(f.url));
  if (!differing.length) return listViewable ? '1' : '0';
  return `${alias}.file_dir_ref ${listViewable ? 'NOT IN' : 'IN'} (${differing.join(', ')})`;
}
