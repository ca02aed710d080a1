import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { BearerToken } from '@pnp/queryable';
import { spfi, SPBrowser, type SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/site-users/web';
import { setUpSite } from '../seed/setup';
import type { SeedContext } from '../seed/types';
import { provision } from '../src/data/provision';
import { seedPersonaMemberships } from '../src/data/seedMembers';
import { claimsLogin, PERSONAS } from './auth/personas';
import { startLocalSharePoint, type LocalSharePoint } from './http/server';
import { TEAMS_HOSTED_PAGE } from './sitepage/page';
import { cultureOf, pageContextInfo, renderSitePage, renderTeamsHostedPage } from './sitepage/serve';
import { loadSpfxRuntime } from './sitepage/runtime';

const root = path.resolve(__dirname, '..');
/** The site the local SharePoint serves. */
const SITE_PATH = '/sites/integriteit';

/** The persona that provisions and seeds (the site collection administrator). */
export const ADMIN_LOGIN = PERSONAS.find((p) => p.siteAdmin)!.login;

/** Options of {@link startApp}. */
export interface AppOptions {
  /** SQLite file, or ':memory:' (tests). */
  dbPath: string;
  port?: number;
  /** What a new site gets: the real policy content and the demo data (default), only the content, or nothing (not even provisioning). */
  seed?: 'all' | 'content' | 'none';
  /** "Now" for the demo data. */
  now?: Date;
  log?: (message: string) => void;
}

/** The running local SharePoint with its pages, as `npm start` and the browser tests use it. */
export interface RunningApp extends LocalSharePoint {
  /** Path of the site, e.g. `/sites/integriteit`. */
  sitePath: string;
  /** Whether this start created, provisioned and seeded the site. */
  created: boolean;
}

/** A PnPjs root on the local SharePoint signed in as a persona. */
export async function spAs(ls: LocalSharePoint, login: string): Promise<SPFI> {
  return spfi(ls.siteUrl).using(SPBrowser({ baseUrl: ls.siteUrl }), BearerToken(await ls.signIn(login)));
}

/** Provisions the lists and groups and puts the personas in their groups; returns the admin's PnPjs root. */
export async function provisionSite(ls: LocalSharePoint, log: (message: string) => void = () => undefined): Promise<SPFI> {
  const admin = await spAs(ls, ADMIN_LOGIN);
  const report = await provision(admin);
  log(`Provisioned: ${JSON.stringify(report.counts)}`);
  await seedPersonaMemberships(admin, PERSONAS);
  return admin;
}

/** The seed context on the local SharePoint: persona roots and user ids, each asked for once. */
export function seedContextFor(ls: LocalSharePoint, admin: SPFI, options: { now?: Date; log?: (message: string) => void } = {}): SeedContext {
  const roots = new Map<string, Promise<SPFI>>();
  const userIds = new Map<string, Promise<number>>();
  const once = <T>(cache: Map<string, Promise<T>>, key: string, make: () => Promise<T>): Promise<T> => {
    if (!cache.has(key)) cache.set(key, make());
    return cache.get(key)!;
  };
  return {
    admin,
    as: (login) => once(roots, login, () => spAs(ls, login)),
    userId: (login) => once(userIds, login, () => admin.web.ensureUser(claimsLogin(login)).then((u) => u.Id)),
    now: options.now ?? new Date(),
    log: options.log ?? (() => undefined),
  };
}

/** Provisions the site, puts the personas in their groups, and runs the seeders: `setUpSite`, as `npm run provision` does. */
export async function provisionAndSeed(ls: LocalSharePoint, options: Pick<AppOptions, 'seed' | 'now' | 'log'>): Promise<void> {
  const log = options.log ?? ((message: string) => console.log(message));
  const context = seedContextFor(ls, await spAs(ls, ADMIN_LOGIN), { now: options.now, log });
  const report = await setUpSite(context, { demo: options.seed !== 'content', members: PERSONAS });
  log(`Provisioned: ${JSON.stringify(report.provision.counts)}`);
}

/** Starts the local SharePoint with the SharePoint page, the Teams tab and the persona picker; a new site is provisioned and seeded. */
export async function startApp(options: AppOptions): Promise<RunningApp> {
  const created = options.dbPath === ':memory:' || !existsSync(options.dbPath);
  const template = await readFile(path.join(root, 'devserver/pages/site.html'), 'utf8');
  const teamsTemplate = await readFile(path.join(root, 'devserver/pages/teamshostedapp.html'), 'utf8');
  // SPFx's own runtime from node_modules and the web part from the built .sppkg (devserver/sitepage/)
  const applicationScript = path.join(root, 'dist/local/local-page-application.js');
  const runtime = await loadSpfxRuntime(root, SITE_PATH, { applicationScript: () => readFileSync(applicationScript) });
  const ls = await startLocalSharePoint({
    dbPath: options.dbPath,
    port: options.port,
    sitePath: SITE_PATH,
    sitePage: ({ db, site, identity, url, headers }) => {
      const info = pageContextInfo(db, site, identity, cultureOf(url.searchParams, headers['accept-language']));
      return url.pathname.toLowerCase().endsWith(TEAMS_HOSTED_PAGE)
        ? renderTeamsHostedPage(teamsTemplate, runtime, info, url.searchParams)
        : renderSitePage(template, runtime, info, url.searchParams);
    },
    pageFiles: (filePath) => runtime.file(filePath),
    // /_dev/health says ready only once the new site is provisioned and seeded
    deferReady: true,
    staticRoutes: [
      { prefix: '/teams/', dir: path.join(root, 'dist/teams-app'), index: 'index.html' },
      { prefix: '/_dev/login', dir: path.join(root, 'devserver/pages'), index: 'login.html' },
    ],
  });
  try {
    if (created && options.seed !== 'none') await provisionAndSeed(ls, options);
    ls.markReady();
  } catch (error) {
    await ls.close();
    throw error;
  }
  return Object.assign(ls, { sitePath: new URL(ls.siteUrl).pathname, created });
}
