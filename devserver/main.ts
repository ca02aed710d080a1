/**
 * `npm start`: builds the pages (Teams tab, local SharePoint page), then runs the local SharePoint on 127.0.0.1
 * (PORT, default 4300) with its SQLite file; a new file is provisioned and seeded with the policy content and demo data.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { buildLocalPage, buildTab } from '../tools/build-web';
import { startApp } from './app';
import { DEFAULT_DB_PATH } from './paths';

async function main(): Promise<void> {
  const started = Date.now();
  await Promise.all([buildTab(), buildLocalPage()]);
  mkdirSync(dirname(DEFAULT_DB_PATH), { recursive: true });
  const app = await startApp({ dbPath: DEFAULT_DB_PATH, port: Number(process.env.PORT ?? 4300) });
  const local = app.origin.replace('127.0.0.1', 'localhost');
  console.log(
    [
      '',
      `Integriteit CARMA runs on the local SharePoint (${app.created ? 'new site: provisioned and seeded' : 'existing site'}, ready in ${((Date.now() - started) / 1000).toFixed(1)} s):`,
      `  SharePoint page:  ${local}${app.sitePath}`,
      `  Teams tab:        ${local}/teams/`,
      `  Sign in as:       ${local}/_dev/login  (personas: ${local}/_dev/personas)`,
      'Stop with Ctrl+C. `npm run reset` starts over with a new site.',
    ].join('\n'),
  );
  const stop = (): void => {
    app.close().then(() => process.exit(0), () => process.exit(1));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
