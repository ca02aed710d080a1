import type { AddressInfo } from 'node:net';
import { hostname, networkInterfaces } from 'node:os';
import Fastify, { type FastifyReply, type FastifyRequest } from 'fastify';
import { handleApi, type ApiState, type RequestLogEntry } from './api';
import { authenticate, createSession, endSession, SESSION_COOKIE, type Identity } from '../auth/auth';
import { bulkInsertItemsForTests } from '../resources/bulk';
import type { HttpReply, Site } from './context';
import { openDb, type Db } from '../store/db';
import { migrateFolders } from '../store/folder-columns';
import { recordedNotifications, sendActivityNotification } from '../resources/graph';
import { PERSONAS } from '../auth/personas';
import { loadSite } from '../store/site';
import { staticFile, type StaticRoute } from './static-files';
import { findUser, groupTitlesOf } from '../resources/users';
import { TEAMS_HOSTED_PAGE } from '../sitepage/page';
import { jwtBearerCheck, trustedIssuersFromEnv, type TrustedIssuer } from '../auth/jwt';

export interface LocalSharePointOptions {
  /** SQLite file; default ':memory:'. */
  dbPath?: string;
  /** Default 0 (random); main.ts uses PORT or 4300. */
  port?: number;
  /** Default '127.0.0.1' (loopback only). */
  host?: string;
  /** Default '/sites/integriteit'. */
  sitePath?: string;
  /** Static hosting, e.g. '/teams/' → dist/teams-app. */
  staticRoutes?: StaticRoute[];
  /**
   * The SharePoint pages served to a signed-in visitor (devserver/sitepage/serve.ts writes them): the site's page at
   * GET {sitePath} and {sitePath}/, and the Teams tab page at {sitePath}/_layouts/15/teamshostedapp.aspx (undefined:
   * 404); a visitor without a session is sent to the persona picker. With it the server also answers
   * {sitePath}/_layouts/15/TeamsLogon.aspx, where a Teams manifest's tab URLs start.
   */
  sitePage?: (request: SitePageRequest) => string | undefined;
  /** Files the SharePoint page loads (SPFx's runtime from node_modules, the package's ClientSideAssets): loopback only. */
  pageFiles?: (path: string) => { body: Buffer; type: string } | undefined;
  /** OpenID Connect issuers whose JWT bearer tokens are accepted (devserver/auth/jwt.ts); default: CARMA_TRUSTED_ISSUERS. */
  trustedIssuers?: TrustedIssuer[];
  /**
   * Host names the server answers to besides 127.0.0.1, localhost, ::1 and `host` (a request with another `Host` gets
   * 400, against DNS rebinding); browser origins on these names may make credentialed CORS requests.
   */
  hostNames?: string[];
  /** Lifetime of `/_dev/signin` sessions (default auth/auth.ts SESSION_LIFETIME_SECONDS). */
  sessionLifetimeSeconds?: number;
  /** `/_dev/health` says not ready (503) until `markReady()`: for a start that still provisions and seeds. */
  deferReady?: boolean;
}

export interface LocalSharePoint {
  /** e.g. http://127.0.0.1:4300 */
  origin: string;
  /** origin + sitePath */
  siteUrl: string;
  /** A bearer token for a persona (same as POST /_dev/signin). */
  signIn(login: string): Promise<string>;
  /** The next `count` `_api` requests answer 429 with `Retry-After`. */
  throttleNext(count: number, retryAfterSeconds?: number): void;
  /** `_api` requests seen (for "requests per view" tests). */
  requestLog(): RequestLogEntry[];
  clearRequestLog(): void;
  /** Graph activity notifications recorded. */
  notifications(): unknown[];
  /** FOR TESTS AND BENCHMARKS ONLY: see resources/bulk.ts. Returns the new item ids. */
  bulkInsertItemsForTests(listTitle: string, items: Record<string, unknown>[], login?: string): number[];
  /** `/_dev/health` reports ready from now on (see `deferReady`). */
  markReady(): void;
  close(): Promise<void>;
}

/** Request headers SharePoint clients send cross-origin (sp-rest-surface.md §1.1). */
const CORS_HEADERS =
  'Accept, Content-Type, Authorization, X-RequestDigest, X-HTTP-Method, IF-Match, X-PnPjs-RequestId, X-ClientService-ClientTag, X-PnPjs-NoDigest, X-PnP-BatchNever, X-PnP-CacheAlways, X-PnP-CacheNever, X-PnP-CacheKey';

/** The host names every local SharePoint answers to: the loopback names. */
const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]', '::1'];

/** The host name of a `Host` header or origin (`[::1]:4300` → `[::1]`, `LocalHost:80` → `localhost`), or undefined. */
function hostNameOf(hostOrOrigin: string | undefined): string | undefined {
  if (!hostOrOrigin) return undefined;
  try {
    return new URL(/^[a-z][a-z\d+.-]*:\/\//i.test(hostOrOrigin) ? hostOrOrigin : `http://${hostOrOrigin}`).hostname.toLowerCase();
  } catch {
    return undefined;
  }
}

/** What the SharePoint page is written from. */
export interface SitePageRequest {
  db: Db;
  site: Site;
  identity: Identity;
  url: URL;
  headers: Record<string, string>;
}

/** Where a Teams manifest's tab URL starts: SharePoint's sign-in for Teams, with `dest` the page to show after it. */
const TEAMS_LOGON_PAGE = '/_layouts/15/teamslogon.aspx';

/** The `dest` of a TeamsLogon.aspx URL when it is a path on this site (`{sitePath}/…`), else undefined. */
export function teamsLogonDestination(url: URL, sitePath: string): string | undefined {
  const dest = url.searchParams.get('dest') ?? '';
  if (!dest.startsWith('/') || dest.startsWith('//') || dest.includes('\\')) return undefined;
  const target = new URL(dest, url);
  if (target.origin !== url.origin) return undefined;
  const path = target.pathname.toLowerCase();
  if (path !== sitePath.toLowerCase() && !path.startsWith(`${sitePath.toLowerCase()}/`)) return undefined;
  return target.pathname + target.search;
}

/** Whether a request comes from this machine (Microsoft's framework files are served to loopback only). */
const isLoopback = (address: string | undefined): boolean => address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';

/** Starts the local SharePoint: one site on one SQLite file, the `_api` surface, `/_dev` endpoints and the Graph stand-in. */
export async function startLocalSharePoint(opts: LocalSharePointOptions = {}): Promise<LocalSharePoint> {
  const sitePath = (opts.sitePath ?? '/sites/integriteit').replace(/\/$/, '');
  const db = openDb(opts.dbPath ?? ':memory:');
  const app = Fastify({ bodyLimit: 200 * 1024 * 1024 });
  app.addHttpMethod('MERGE', { hasBody: true });
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_req, body, done) => done(null, body));
  // the site's URL is known once the server listens; until then requests get 503
  const ready: { state?: ApiState; provisioned: boolean } = { provisioned: !opts.deferReady };
  // listening on every interface, the server also answers to the machine's name and addresses
  const wildcard = opts.host === '0.0.0.0' || opts.host === '::';
  const machineNames = wildcard
    ? [hostname(), ...Object.values(networkInterfaces()).flatMap((list) => (list ?? []).map((i) => (i.family === 'IPv6' ? `[${i.address}]` : i.address)))]
    : [];
  const hostNames = new Set([...LOOPBACK_NAMES, ...(opts.host && !wildcard ? [opts.host] : []), ...machineNames, ...(opts.hostNames ?? [])].map((n) => n.toLowerCase()));
  const jwtCheck = jwtBearerCheck(opts.trustedIssuers ?? trustedIssuersFromEnv());

  const headersOf = (req: FastifyRequest): Record<string, string> => {
    const out: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
    return out;
  };
  const send = (reply: FastifyReply, r: HttpReply): FastifyReply => reply.status(r.status).headers(r.headers).send(r.body);
  const sendJson = (reply: FastifyReply, status: number, body?: unknown): FastifyReply =>
    body === undefined ? reply.status(status).send() : reply.status(status).header('Content-Type', 'application/json; charset=utf-8').send(JSON.stringify(body));

  app.addHook('onRequest', async (req, reply) => {
    // As IIS in front of SharePoint Online: a Host the server does not serve is a bad request (DNS rebinding)
    if (!hostNames.has(hostNameOf(req.headers.host) ?? '')) {
      return reply.status(400).header('Content-Type', 'text/html; charset=us-ascii').send('<h2>Bad Request - Invalid Hostname</h2><hr><p>HTTP Error 400. The request hostname is invalid.</p>');
    }
    // Credentialed CORS only for origins on the names the server serves; any other origin may read responses to
    // requests it authenticates itself (a bearer token), never with the visitor's session cookie
    const origin = req.headers.origin;
    const trusted = origin !== undefined && hostNames.has(hostNameOf(origin) ?? '');
    reply.header('Access-Control-Allow-Origin', trusted ? origin : '*').header('Vary', 'Origin');
    if (trusted) reply.header('Access-Control-Allow-Credentials', 'true');
    reply.header('Access-Control-Allow-Headers', CORS_HEADERS);
    reply.header('Access-Control-Allow-Methods', 'GET, POST, PATCH, PUT, DELETE, MERGE, OPTIONS');
    reply.header('Access-Control-Expose-Headers', 'ETag, Retry-After');
    if (req.method === 'OPTIONS') return reply.status(204).send();
    if (jwtCheck && ready.state) await jwtCheck.admit(ready.state.db, headersOf(req), ready.state.site.origin);
  });

  app.route({
    method: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'MERGE'],
    url: '/*',
    handler: async (req, reply) => {
      const s = ready.state;
      if (!s) return sendJson(reply, 503, { ok: false });
      const url = new URL(req.raw.url ?? '/', `http://${req.headers.host ?? new URL(s.site.origin).host}`);
      const path = url.pathname;
      const headers = headersOf(req);
      const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const lowerPath = path.toLowerCase();
      if (lowerPath.startsWith(`${sitePath.toLowerCase()}/_api/`) || lowerPath === `${sitePath.toLowerCase()}/_api`) {
        return send(reply, handleApi(s, { method: req.method, url, headers, body }));
      }
      if (path.startsWith('/_dev/')) {
        const page = req.method === 'GET' ? await staticFile(opts.staticRoutes ?? [], path) : undefined;
        if (page) return reply.header('Content-Type', page.type).send(page.body);
        return devEndpoint(req, reply, s, path.slice('/_dev/'.length), body.toString('utf8'));
      }
      const graph = /^\/v1\.0\/users\/([^/]+)\/teamwork\/sendActivityNotification$/i.exec(path);
      if (graph && req.method === 'POST') {
        let parsed: unknown;
        try {
          parsed = JSON.parse(body.toString('utf8') || 'null');
        } catch {
          parsed = undefined;
        }
        const r = sendActivityNotification(db, authenticate(db, headers), graph[1], parsed);
        return sendJson(reply, r.status, r.body);
      }
      const sitePathLower = sitePath.toLowerCase();
      const signIn = (): FastifyReply => reply.redirect(`/_dev/login?returnUrl=${encodeURIComponent(url.pathname + url.search)}`);
      if (req.method === 'GET' && opts.sitePage && [sitePathLower, `${sitePathLower}/`, `${sitePathLower}${TEAMS_HOSTED_PAGE}`].includes(lowerPath)) {
        const identity = authenticate(db, headers);
        if (!identity) return signIn();
        const html = opts.sitePage({ db, site: s.site, identity, url, headers });
        if (html === undefined) return sendJson(reply, 404, { error: 'Not found' });
        return reply.header('Content-Type', 'text/html; charset=utf-8').header('Cache-Control', 'no-store').send(html);
      }
      if (req.method === 'GET' && opts.sitePage && lowerPath === `${sitePathLower}${TEAMS_LOGON_PAGE}`) {
        // Teams opens a SharePoint-hosted tab here: SharePoint signs the user in (with Teams' single sign-on; locally
        // the persona picker) and sends them on to `dest`, a page of this site only (no open redirect)
        const dest = teamsLogonDestination(url, sitePath);
        if (!dest) return sendJson(reply, 400, { error: `TeamsLogon.aspx leads only to a page of ${sitePath}.` });
        return authenticate(db, headers) ? reply.redirect(dest) : signIn();
      }
      const pageFile = req.method === 'GET' && opts.pageFiles ? opts.pageFiles(path) : undefined;
      if (pageFile) {
        if (!isLoopback(req.socket.remoteAddress)) return sendJson(reply, 403, { error: 'SPFx framework files are served to this machine only.' });
        return reply.header('Content-Type', pageFile.type).send(pageFile.body);
      }
      const file = req.method === 'GET' ? await staticFile(opts.staticRoutes ?? [], path) : undefined;
      if (file) return reply.header('Content-Type', file.type).send(file.body);
      return sendJson(reply, 404, { error: 'Not found' });
    },
  });

  const devEndpoint = (req: FastifyRequest, reply: FastifyReply, s: ApiState, name: string, body: string): FastifyReply => {
    const json = (): Record<string, unknown> => {
      try {
        return (JSON.parse(body || '{}') as Record<string, unknown>) ?? {};
      } catch {
        return {};
      }
    };
    switch (`${req.method} ${name}`) {
      case 'GET health':
        // ready only once the site is provisioned and seeded (startApp marks it)
        return ready.provisioned ? sendJson(reply, 200, { ok: true }) : sendJson(reply, 503, { ok: false, ready: false });
      case 'GET personas':
        return sendJson(
          reply,
          200,
          PERSONAS.map((p) => {
            const user = findUser(db, p.login);
            return { login: p.login, title: p.title, dienst: p.dienst, kader: p.kader, role: p.role, groups: user ? groupTitlesOf(db, user.id) : [] };
          }),
        );
      case 'POST signin': {
        const login = json().login;
        const user = typeof login === 'string' ? findUser(db, login) : undefined;
        if (!user) return sendJson(reply, 400, { error: `Unknown login '${String(login)}'.` });
        const token = createSession(db, user.id, opts.sessionLifetimeSeconds);
        reply.header('Set-Cookie', `${SESSION_COOKIE}=${encodeURIComponent(token)}; Path=/; HttpOnly; SameSite=Lax`);
        return sendJson(reply, 200, { token });
      }
      case 'POST signout': {
        const identity = authenticate(db, headersOf(req));
        if (identity) endSession(db, identity.token);
        reply.header('Set-Cookie', `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0`);
        return sendJson(reply, 204);
      }
      case 'POST faults': {
        const { throttle, retryAfter } = json();
        s.throttle = { remaining: Number(throttle ?? 0), retryAfter: Number(retryAfter ?? 1) };
        return sendJson(reply, 200, s.throttle);
      }
      case 'GET notifications':
        return sendJson(reply, 200, recordedNotifications(db));
      default:
        return sendJson(reply, 404, { error: 'Not found' });
    }
  };

  await app.listen({ port: opts.port ?? 0, host: opts.host ?? '127.0.0.1' });
  const address = app.server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const origin = `http://${host}:${address.port}`;
  const site = loadSite(db, sitePath, origin);
  migrateFolders(db, site.path);
  const state: ApiState = { db, site, throttle: { remaining: 0, retryAfter: 1 }, log: [] };
  ready.state = state;

  return {
    origin,
    siteUrl: site.url,
    signIn: async (login) => {
      const user = findUser(db, login);
      if (!user) throw new Error(`Unknown login '${login}'.`);
      return createSession(db, user.id, opts.sessionLifetimeSeconds);
    },
    throttleNext: (count, retryAfterSeconds = 1) => {
      state.throttle = { remaining: count, retryAfter: retryAfterSeconds };
    },
    requestLog: () => [...state.log],
    clearRequestLog: () => {
      state.log.length = 0;
    },
    notifications: () => recordedNotifications(db),
    bulkInsertItemsForTests: (listTitle, items, login) => bulkInsertItemsForTests(db, site, listTitle, items, login),
    markReady: () => {
      ready.provisioned = true;
    },
    close: async () => {
      await app.close();
      db.close();
    },
  };
}
