/**
 * `npm start`: rebuilds the SharePoint package when its sources are newer, builds the pages (Teams tab, the local
 * SharePoint page's application), then runs the local SharePoint on 127.0.0.1
 * (PORT, default 4300) with its SQLite file; a new file is provisioned and seeded with the policy content and demo data.
 *
 * `npm start -- --empty`: the same, with a new site in memory that is neither provisioned nor seeded, to walk the
 * tenant's path locally (`npm run provision`, `npm run verify`); stopping discards it.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { buildLocalPage, buildTab } from '../tools/build-web';
import { startApp } from './app';
import { DEFAULT_DB_PATH } from './store/paths';
import { PERSONAS } from './auth/personas';
import { ensurePackage } from './sitepage/package-build';

async function main(): Promise<void> {
  const started = Date.now();
  const empty = process.argv.indexOf('--empty') >= 0;
  // the SharePoint page runs the web part from the built .sppkg: rebuild it when its sources are newer
  ensurePackage(resolve(__dirname, '..'));
  await Promise.all([buildTab(), buildLocalPage()]);
  if (empty) {
    const app = await startApp({ dbPath: ':memory:', port: Number(process.env.PORT ?? 4300), seed: 'none' });
    printEmpty(app.origin, app.sitePath);
    stopOnSignal(app);
    return;
  }
  mkdirSync(dirname(DEFAULT_DB_PATH), { recursive: true });
  const app = await startApp({ dbPath: DEFAULT_DB_PATH, port: Number(process.env.PORT ?? 4300) });
  // 127.0.0.1, not localhost: on localhost SPFx's runtime switches to its old "Local" environment
  const local = app.origin;
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
  stopOnSignal(app);
}

/** Closes the local SharePoint on Ctrl+C or SIGTERM. */
function stopOnSignal(app: { close(): Promise<void> }): void {
  const stop = (): void => {
    app.close().then(() => process.exit(0), () => process.exit(1));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

/** What to do with an empty site: the tenant's path (provision, verify) and how to sign in. */
function printEmpty(origin: string, sitePath: string): void {
  const site = `${origin}${sitePath}`;
  const admin = PERSONAS.filter((p) => p.siteAdmin)[0];
  console.log(
    [
      '',
      'An empty local SharePoint runs: a new site, neither provisioned nor seeded (kept in memory; stopping discards it).',
      `  Site:            ${site}`,
      `  Provision it:    npm run provision -- --site ${site}`,
      '                   (the zone\'s content; add --personas for the demo personas\' groups, --demo for the demo data)',
      `  Check it:        npm run verify -- --site ${site}`,
      `  Signing in:      both commands sign in as the site-admin persona ${admin.title} (${admin.login}) by themselves.`,
      `                   A token by hand (what SP_ACCESS_TOKEN is on a tenant), for REST calls as "Authorization: Bearer <token>":`,
      `                   curl -s -X POST ${origin}/_dev/signin -H "Content-Type: application/json" -d "{\\"login\\":\\"${admin.login}\\"}"`,
      `  After provisioning: the SharePoint page ${site}, the Teams tab ${origin}/teams/, personas ${origin}/_dev/login`,
      'Stop with Ctrl+C.',
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
