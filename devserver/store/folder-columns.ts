import type { Db } from './db';
import { itemsTable } from './db';
import { createBuiltinFields, FILE_SYSTEM_FIELD_NAMES } from '../resources/fields';

/**
 * The columns that place an item in its list's folder tree: `fs_type` (0 item, 1 folder), `file_dir_ref` (the
 * server-relative URL of the folder holding it), `leaf` (a folder's name; items are `<id>_.000`), and computed from
 * them `file_leaf_ref`, `file_ref` and `fs_obj_type` (FSObjType as the text SharePoint returns).
 */
const COLUMNS: [name: string, ddl: string][] = [
  ['fs_type', 'fs_type INTEGER NOT NULL DEFAULT 0'],
  ['file_dir_ref', 'file_dir_ref TEXT COLLATE NOCASE'],
  ['leaf', 'leaf TEXT COLLATE NOCASE'],
  ['file_leaf_ref', "file_leaf_ref TEXT COLLATE NOCASE GENERATED ALWAYS AS (coalesce(leaf, id || '_.000')) VIRTUAL"],
  ['file_ref', "file_ref TEXT COLLATE NOCASE GENERATED ALWAYS AS (file_dir_ref || '/' || coalesce(leaf, id || '_.000')) VIRTUAL"],
  ['fs_obj_type', 'fs_obj_type TEXT GENERATED ALWAYS AS (CAST(fs_type AS TEXT)) VIRTUAL'],
];

/** The server-relative URL of a list's root folder (`/sites/x/Lists/<url name>`). */
export const listRootUrl = (sitePath: string, urlName: string): string => `${sitePath}/Lists/${urlName}`;

/** Adds the folder columns and indexes to a list's items table (new lists, and lists made before folders existed). */
export function addFolderColumns(db: Db, listRid: number, rootUrl: string): void {
  const table = itemsTable(listRid);
  const present = new Set(db.all<{ name: string }>(`SELECT name FROM pragma_table_xinfo('${table}')`).map((c) => c.name));
  for (const [name, ddl] of COLUMNS) if (!present.has(name)) db.exec(`ALTER TABLE ${table} ADD COLUMN ${ddl}`);
  db.run(`UPDATE ${table} SET file_dir_ref = ? WHERE file_dir_ref IS NULL`, rootUrl);
  db.exec(`CREATE INDEX IF NOT EXISTS ${table}_dir ON ${table} (file_dir_ref)`);
  db.exec(`CREATE INDEX IF NOT EXISTS ${table}_fs ON ${table} (fs_type) WHERE fs_type = 1`);
  db.exec(`CREATE UNIQUE INDEX IF NOT EXISTS ${table}_folder ON ${table} (file_dir_ref, leaf) WHERE leaf IS NOT NULL`);
  createBuiltinFields(db, listRid, FILE_SYSTEM_FIELD_NAMES);
}

/**
 * Brings a database made before folders up to date, and moves stored folder URLs when the site is served under
 * another path than before (they hold the site's path).
 */
export function migrateFolders(db: Db, sitePath: string): void {
  db.transaction(() => {
    const before = db.meta('site_path');
    for (const list of db.all<{ rid: number; url_name: string }>('SELECT rid, url_name FROM lists')) {
      addFolderColumns(db, list.rid, listRootUrl(sitePath, list.url_name));
      if (before && before !== sitePath) {
        db.run(`UPDATE ${itemsTable(list.rid)} SET file_dir_ref = ? || substr(file_dir_ref, ?)`, sitePath, before.length + 1);
      }
    }
    db.setMeta('site_path', sitePath);
  });
}
