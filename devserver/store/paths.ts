import { join } from 'node:path';

/** The SQLite file `npm start` uses (git-ignored); CARMA_DB overrides it. */
export const DEFAULT_DB_PATH = process.env.CARMA_DB || join(__dirname, '..', '..', '.data', 'integriteit.sqlite');
