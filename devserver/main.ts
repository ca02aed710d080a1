import { join } from 'node:path';
import { startLocalSharePoint, type LocalSharePoint } from './server';

/** The SQLite file `npm start` uses (git-ignored). */
export const DEFAULT_DB_PATH = join(__dirname, '..', '.data', 'integriteit.sqlite');

/** Starts the local SharePoint on PORT (default 4300) with the default database file. */
export async function startDevServer(port = Number(process.env.PORT ?? 4300)): Promise<LocalSharePoint> {
  return startLocalSharePoint({ dbPath: DEFAULT_DB_PATH, port });
}

if (require.main === module) {
  startDevServer().then(
    (server) => console.log(`Local SharePoint: ${server.siteUrl}`),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
