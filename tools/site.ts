/**
 * What `npm run provision` and `npm run verify` share: the site argument, whether it is the local SharePoint, the
 * sign-in (the site-admin persona locally; on a tenant `SP_ACCESS_TOKEN` or the device-code sign-in of tools/signin.ts)
 * and the PnPjs root.
 */
import { BearerToken } from '@pnp/queryable';
import { spfi, SPBrowser, type SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/site-users/web';
import { PERSONAS } from '../devserver/auth/personas';
import { claimsOf } from '../src/data/seedMembers';
import type { SeedContext } from '../seed/types';
import { deviceCodeSignIn, type DeviceCodeClient, type DeviceCodeSettings, type SignInOptions } from './signin';

/** The hosts of the local SharePoint: demo data and demo personas go there only. */
export const LOCAL_HOSTS = ['localhost', '127.0.0.1'];

/** The value after `name` on a command line, or null. */
export function argument(argv: readonly string[], name: string): string | null {
  const i = argv.indexOf(name);
  return i >= 0 && i + 1 < argv.length && !argv[i + 1].startsWith('--') ? argv[i + 1] : null;
}

/** Whether a flag is on the command line. */
export const flag = (argv: readonly string[], name: string): boolean => argv.indexOf(name) >= 0;

/** The site URL, checked: http(s), without a trailing slash. */
export function siteUrlOf(value: string | null, usage: string): URL {
  if (!value) throw new Error(usage);
  let site: URL;
  try {
    site = new URL(value.replace(/\/+$/, ''));
  } catch {
    throw new Error(`"${value}" is not a site URL. ${usage}`);
  }
  if (site.protocol !== 'https:' && site.protocol !== 'http:') throw new Error(`"${value}" is not an http(s) site URL. ${usage}`);
  return site;
}

/** Whether the site is on the local SharePoint (`npm start`). */
export const isLocal = (site: URL): boolean => LOCAL_HOSTS.indexOf(site.hostname) >= 0;

/** The login of the local SharePoint's site-admin persona (the IT persona that provisions). */
export const LOCAL_ADMIN = PERSONAS.filter((p) => p.siteAdmin)[0].login;

/** A bearer token of a persona on the local SharePoint (POST /_dev/signin). */
export async function localToken(site: URL, login: string): Promise<string> {
  const response = await fetch(`${site.origin}/_dev/signin`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ login }),
  });
  if (!response.ok) throw new Error(`Sign-in as ${login} on the local SharePoint failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { token: string }).token;
}

/** The sign-in options of a command line, completed from the environment. */
export function signInOptionsOf(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): SignInOptions {
  const pick = (name: string, ...variables: string[]): string | undefined => argument(argv, name) ?? (variables.map((v) => env[v]).find((v) => !!v) || undefined);
  return {
    deviceCode: flag(argv, '--device-code'),
    // CARMA_CLIENT_ID also names the hosted tab's app for the build; a separate provisioning app goes in CARMA_ADMIN_CLIENT_ID
    clientId: pick('--client-id', 'CARMA_ADMIN_CLIENT_ID', 'CARMA_CLIENT_ID'),
    tenant: pick('--tenant', 'CARMA_TENANT_ID'),
    authority: pick('--authority', 'CARMA_AUTHORITY'),
    scope: pick('--scope', 'CARMA_SCOPE'),
  };
}


/** Where a bearer token comes from, and the device-code client to use (a test's). */
export interface TokenSource {
  signIn?: SignInOptions;
  env?: NodeJS.ProcessEnv;
  /** Receives the sign-in's prompt and outcome (default: stderr). */
  say?: (line: string) => void;
  clientFor?: (settings: DeviceCodeSettings) => Promise<DeviceCodeClient>;
}

/**
 * A bearer token for the site: on the local SharePoint the site-admin persona's (unless `--device-code`); elsewhere
 * `SP_ACCESS_TOKEN` when it is set, otherwise the device-code sign-in with the zone's Entra app.
 */
export async function tokenFor(site: URL, source: TokenSource = {}): Promise<string> {
  const env = source.env ?? process.env;
  const signIn = source.signIn ?? {};
  if (!signIn.deviceCode) {
    if (isLocal(site)) return localToken(site, LOCAL_ADMIN);
    if (env.SP_ACCESS_TOKEN) return env.SP_ACCESS_TOKEN;
  }
  return deviceCodeSignIn(site, signIn, source.say, source.clientFor);
}

/** A PnPjs root on the site with a bearer token. */
export const connect = (site: URL, token: string): SPFI => spfi(site.href).using(SPBrowser({ baseUrl: site.href }), BearerToken(token));

/**
 * The seed context for a site. On the local SharePoint the seeders may act as any persona; on a tenant only the
 * content seeders run, as the account that provisions, and asking for a persona is an error.
 */
export function seedContextOn(site: URL, admin: SPFI, options: { now?: Date; log?: (message: string) => void } = {}): SeedContext {
  const roots = new Map<string, Promise<SPFI>>();
  const ids = new Map<string, Promise<number>>();
  const localOnly = (login: string): void => {
    if (!isLocal(site)) throw new Error(`Demo personas (${login}) exist only on the local SharePoint.`);
  };
  return {
    admin,
    as(login) {
      localOnly(login);
      if (!roots.has(login)) roots.set(login, localToken(site, login).then((token) => connect(site, token)));
      return roots.get(login)!;
    },
    userId(login) {
      localOnly(login);
      if (!ids.has(login)) ids.set(login, admin.web.ensureUser(claimsOf(login)).then((u) => u.Id));
      return ids.get(login)!;
    },
    now: options.now ?? new Date(),
    log: options.log ?? (() => undefined),
  };
}

/** Counts the HTTP requests `work` sends (a `$batch` counts once) while it runs. */
export async function counted<T>(work: () => Promise<T>): Promise<{ result: T; requests: number; ms: number }> {
  const send = globalThis.fetch;
  let requests = 0;
  globalThis.fetch = ((...args: Parameters<typeof fetch>) => {
    requests++;
    return send(...args);
  }) as typeof fetch;
  const started = Date.now();
  try {
    return { result: await work(), requests, ms: Date.now() - started };
  } finally {
    globalThis.fetch = send;
  }
}

/** Runs a command line tool: its exit code becomes the process's, a failure is printed plainly and exits with 1. */
export function runCommand(run: () => Promise<{ exitCode: number }>): void {
  Promise.resolve()
    .then(run)
    .then(
      (result) => {
        process.exitCode = result.exitCode;
      },
      (error: unknown) => {
        console.error(error instanceof Error ? error.message : error);
        process.exitCode = 1;
      },
    );
}
