import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync, type SQLInputValue, type StatementSync } from 'node:sqlite';

/** A value SQLite can bind. */
export type SqlValue = SQLInputValue;
/** A row as SQLite returns it. */
export type Row = Record<string, SqlValue>;

/** The tables every site has; each list adds its own `items_<rid>` table (see items-table.ts). */
const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS principals (
  id INTEGER PRIMARY KEY AUTOINCREMENT, kind INTEGER NOT NULL, login TEXT NOT NULL UNIQUE COLLATE NOCASE,
  title TEXT NOT NULL COLLATE NOCASE, email TEXT COLLATE NOCASE, department TEXT, job_title TEXT,
  is_site_admin INTEGER NOT NULL DEFAULT 0, description TEXT, owner_id INTEGER, props TEXT NOT NULL DEFAULT '{}');
CREATE TABLE IF NOT EXISTS group_members (
  group_id INTEGER NOT NULL, user_id INTEGER NOT NULL, PRIMARY KEY (group_id, user_id)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS group_members_user ON group_members (user_id, group_id);
CREATE TABLE IF NOT EXISTS role_definitions (
  id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE COLLATE NOCASE, description TEXT NOT NULL DEFAULT '',
  ord INTEGER NOT NULL, kind INTEGER NOT NULL, high INTEGER NOT NULL, low INTEGER NOT NULL, hidden INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS role_assignments (
  scope TEXT NOT NULL, principal_id INTEGER NOT NULL, roledef_id INTEGER NOT NULL, list_rid INTEGER, item_id INTEGER,
  PRIMARY KEY (scope, principal_id, roledef_id)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS role_assignments_item ON role_assignments (list_rid, item_id, principal_id);
CREATE INDEX IF NOT EXISTS role_assignments_principal ON role_assignments (principal_id);
CREATE TABLE IF NOT EXISTS lists (
  rid INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, title TEXT NOT NULL UNIQUE COLLATE NOCASE,
  description TEXT NOT NULL DEFAULT '', base_template INTEGER NOT NULL, entity TEXT NOT NULL, url_name TEXT NOT NULL,
  created TEXT NOT NULL, modified TEXT NOT NULL, item_count INTEGER NOT NULL DEFAULT 0,
  read_security INTEGER NOT NULL DEFAULT 1, write_security INTEGER NOT NULL DEFAULT 1,
  unique_perms INTEGER NOT NULL DEFAULT 0, props TEXT NOT NULL DEFAULT '{}');
CREATE TABLE IF NOT EXISTS fields (
  rid INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL, list_rid INTEGER NOT NULL,
  internal_name TEXT NOT NULL COLLATE NOCASE, title TEXT NOT NULL COLLATE NOCASE, kind INTEGER NOT NULL,
  type TEXT NOT NULL, col TEXT, builtin INTEGER NOT NULL DEFAULT 0, indexed INTEGER NOT NULL DEFAULT 0,
  required INTEGER NOT NULL DEFAULT 0, unique_values INTEGER NOT NULL DEFAULT 0, props TEXT NOT NULL DEFAULT '{}',
  UNIQUE (list_rid, internal_name));
CREATE TABLE IF NOT EXISTS views (
  rid INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL, list_rid INTEGER NOT NULL, title TEXT NOT NULL COLLATE NOCASE,
  props TEXT NOT NULL DEFAULT '{}');
CREATE TABLE IF NOT EXISTS versions (
  list_rid INTEGER NOT NULL, item_id INTEGER NOT NULL, version INTEGER NOT NULL, data TEXT NOT NULL,
  PRIMARY KEY (list_rid, item_id, version)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS attachments (
  list_rid INTEGER NOT NULL, item_id INTEGER NOT NULL, name TEXT NOT NULL COLLATE NOCASE, content BLOB NOT NULL,
  PRIMARY KEY (list_rid, item_id, name)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS sessions (token TEXT PRIMARY KEY, user_id INTEGER NOT NULL, created TEXT NOT NULL, expires INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS notifications (id INTEGER PRIMARY KEY AUTOINCREMENT, data TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS recycle_bin (
  id TEXT PRIMARY KEY, list_rid INTEGER NOT NULL, item_id INTEGER NOT NULL, item_type INTEGER NOT NULL,
  title TEXT, leaf TEXT NOT NULL, dir TEXT NOT NULL, author INTEGER, deleted_by INTEGER NOT NULL, deleted TEXT NOT NULL,
  content TEXT NOT NULL);
`;

/** Past this many cached statements the cache starts over (dynamic item queries vary in their SQL text). */
const STATEMENT_CACHE_LIMIT = 500;

/** The one SQLite database of the local SharePoint, with a statement cache and nestable transactions. */
export class Db {
  private readonly statements = new Map<string, StatementSync>();
  private depth = 0;

  constructor(private readonly raw: DatabaseSync) {}

  /** The first row of a query, or undefined. */
  get<T>(sql: string, ...params: SqlValue[]): T | undefined {
    return this.prepare(sql).get(...params) as T | undefined;
  }

  /** All rows of a query. */
  all<T>(sql: string, ...params: SqlValue[]): T[] {
    return this.prepare(sql).all(...params) as T[];
  }

  /** Runs a statement; returns the number of changed rows and the last inserted row id. */
  run(sql: string, ...params: SqlValue[]): { changes: number; lastId: number } {
    const r = this.prepare(sql).run(...params);
    return { changes: Number(r.changes), lastId: Number(r.lastInsertRowid) };
  }

  /** Runs DDL or several statements at once. */
  exec(sql: string): void {
    this.raw.exec(sql);
  }

  /** Runs `fn` atomically; nested calls become savepoints, so an inner failure undoes only its own work. */
  transaction<T>(fn: () => T): T {
    const name = `sp${this.depth}`;
    this.raw.exec(`SAVEPOINT ${name}`);
    this.depth++;
    try {
      const result = fn();
      this.depth--;
      this.raw.exec(`RELEASE ${name}`);
      return result;
    } catch (e) {
      this.depth--;
      this.raw.exec(`ROLLBACK TO ${name}; RELEASE ${name}`);
      throw e;
    }
  }

  /** A value from the `meta` table. */
  meta(key: string): string | undefined {
    return this.get<{ value: string }>('SELECT value FROM meta WHERE key = ?', key)?.value;
  }

  /** Stores a value in the `meta` table. */
  setMeta(key: string, value: string): void {
    this.run('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value', key, value);
  }

  close(): void {
    this.statements.clear();
    this.raw.close();
  }

  private prepare(sql: string): StatementSync {
    let statement = this.statements.get(sql);
    if (!statement) {
      if (this.statements.size >= STATEMENT_CACHE_LIMIT) this.statements.clear();
      statement = this.raw.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }
}

/** Opens (and creates when new) the SQLite file, or an in-memory database for ':memory:'. */
export function openDb(path: string): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const raw = new DatabaseSync(path);
  raw.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = OFF; PRAGMA cache_size = -32000;');
  raw.exec(SCHEMA);
  // sessions made before they expired get an expiry of 0: they are over, as a token without a known `exp` should be
  const sessionColumns = raw.prepare('PRAGMA table_info(sessions)').all() as { name: string }[];
  if (!sessionColumns.some((c) => c.name === 'expires')) raw.exec('ALTER TABLE sessions ADD COLUMN expires INTEGER NOT NULL DEFAULT 0');
  return new Db(raw);
}

/** The table holding a list's items (one table per list, one column per field: see resources/fields.ts). */
export const itemsTable = (listRid: number): string => `items_${Number(listRid)}`;
