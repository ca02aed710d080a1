import { rmSync } from 'node:fs';
import { DEFAULT_DB_PATH } from './paths';

/** Deletes the local SharePoint's database (and SQLite's WAL files) so the next start begins afresh. */
for (const suffix of ['', '-wal', '-shm']) rmSync(DEFAULT_DB_PATH + suffix, { force: true });
console.log(`Removed ${DEFAULT_DB_PATH}`);
