import type * as NodeSqlite from 'node:sqlite';

/**
 * `node:sqlite`, loaded through `process.getBuiltinModule` because jest's resolver does not know the prefix-only
 * built-ins (a plain `require('node:sqlite')` fails inside jest).
 */
const sqlite = process.getBuiltinModule('node:sqlite') as typeof NodeSqlite;

/** The synchronous SQLite database class of Node 22. */
export const DatabaseSync = sqlite.DatabaseSync;
/** An open SQLite database. */
export type DatabaseSync = NodeSqlite.DatabaseSync;
/** A value SQLite can bind or return. */
export type SqlValue = NodeSqlite.SQLInputValue;
