import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InjectHeaders } from '@pnp/queryable';
import { spfi, SPBrowser } from '@pnp/sp';
import { checkDigest, issueDigest } from '../../devserver/auth/auth';
import type { Site } from '../../devserver/http/context';
import type { LocalSharePoint } from '../../devserver/http/server';
import { pageContextInfo } from '../../devserver/sitepage/serve';
import { ADMIN, JONAS, raw, spAs, startServer } from './harness';

let server: LocalSharePoint;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'local-sp-'));
  mkdirSync(join(dir, 'teams', 'assets'), { recursive: true });
  writeFileSync(join(dir, 'teams', 'index.html'), '<html>tab</html>');
  writeFileSync(join(dir, 'teams', 'assets', 'app.js'), 'console.log(1)');
  server = await startServer({
    staticRoutes: [{ prefix: '/teams/', dir: join(dir, 'teams'), index: 'index.html' }],
    sitePage: ({ db, site, identity, url }) =>
      url.searchParams.get('componentId') === 'unknown'
        ? undefined
        : `<html>${url.pathname.endsWith('.aspx') ? 'teams tab page' : 'site page'}<script>window._spPageContextInfo = ${JSON.stringify(pageContextInfo(db, site, identity, 'nl-BE'))};</script></html>`,
    pageFiles: (path) => (path === '/_spfx/framework.js' ? { body: Buffer.from('framework'), type: 'text/javascript' } : undefined),
  });
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

const dev = (path: string, init?: RequestInit) => fetch(`${server.origin}/_dev/${path}`, init);
const post = (path: string, body: unknown) => dev(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

describe('/_dev endpoints', () => {
  test('health', async () => {
    const res = await dev('health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });

  test('personas list the groups each persona is in, as the database has them now', async () => {
    type Row = { login: string; title: string; dienst: string; kader: string; role: string; groups: string[] };
    const personas = (await (await dev('personas')).json()) as Row[];
    expect(personas).toHaveLength(23);
    expect(personas[0]).toEqual({
      login: ADMIN,
      title: 'Ilse Thys',
      dienst: 'Logistiek',
      kader: 'CaLog',
      role: 'IT-beheerder',
      groups: ['Integriteit Owners'],
    });
    expect(personas.find((p) => p.login === JONAS)?.groups).toEqual([]);
    const admin = await spAs(server, ADMIN);
    const group = await admin.web.siteGroups.add({ Title: 'Medewerkers' });
    await admin.web.siteGroups.getById(group.Id).users.add(`i:0#.f|membership|${JONAS}`);
    const after = (await (await dev('personas')).json()) as Row[];
    expect(after.find((p) => p.login === JONAS)?.groups).toEqual(['Medewerkers']);
  });

  test('signin returns a token and sets an HttpOnly session cookie; unknown logins are refused; signout ends it', async () => {
    const res = await post('signin', { login: `i:0#.f|membership|${ADMIN}` });
    const { token } = (await res.json()) as { token: string };
    expect(token).toEqual(expect.any(String));
    expect(res.headers.get('set-cookie')).toBe(`FedAuth=${encodeURIComponent(token)}; Path=/; HttpOnly; SameSite=Lax`);
    expect((await raw(server, token, 'web')).status).toBe(200);
    expect((await post('signin', { login: 'nobody@pzcarma.be' })).status).toBe(400);
    const out = await dev('signout', { method: 'POST', headers: { Authorization: `Bearer ${token}` } });
    expect(out.status).toBe(204);
    expect((await raw(server, token, 'web')).status).toBe(401);
  });

  test('faults throttle the next _api requests, not /_dev', async () => {
    const token = await server.signIn(ADMIN);
    expect(await (await post('faults', { throttle: 1, retryAfter: 0 })).json()).toEqual({ remaining: 1, retryAfter: 0 });
    expect((await dev('health')).status).toBe(200);
    const res = await raw(server, token, 'web');
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('0');
    expect((await raw(server, token, 'web')).status).toBe(200);
  });

  test('notifications start empty', async () => {
    expect(await (await dev('notifications')).json()).toEqual([]);
  });
});

describe('cookie sessions need the request digest for writes, as SharePoint', () => {
  test('PnPjs with the session cookie fetches contextinfo and sends X-RequestDigest', async () => {
    const signin = await post('signin', { login: ADMIN });
    const cookie = (signin.headers.get('set-cookie') as string).split(';')[0];
    const sp = spfi(server.siteUrl).using(SPBrowser({ baseUrl: server.siteUrl }), InjectHeaders({ Cookie: cookie }));
    server.clearRequestLog();
    await sp.web.lists.add('Via cookie');
    await sp.web.lists.getByTitle('Via cookie').items.add({ Title: 'ok' });
    expect((await sp.web.lists.getByTitle('Via cookie').items()).map((i) => i.Title)).toEqual(['ok']);
    expect(server.requestLog().map((r) => `${r.method} ${r.url.split('?')[0].replace('/sites/integriteit/_api/', '')} ${r.status}`)).toEqual([
      'POST contextinfo 200',
      'POST web/lists 201',
      "POST web/lists/getByTitle('Via%20cookie')/items 201",
      "GET web/lists/getByTitle('Via%20cookie')/items 200",
    ]);
  });

  test('missing or wrong digests are refused with the security-validation error; contextinfo is top-level', async () => {
    const signin = await post('signin', { login: ADMIN });
    const cookie = (signin.headers.get('set-cookie') as string).split(';')[0];
    const url = `${server.siteUrl}/_api/web/lists`;
    const body = JSON.stringify({ Title: 'Zonder digest', BaseTemplate: 100 });
    const headers = { Cookie: cookie, Accept: 'application/json', 'Content-Type': 'application/json' };
    const missing = await fetch(url, { method: 'POST', headers, body });
    expect(missing.status).toBe(403);
    expect(((await missing.json()) as { 'odata.error': { code: string } })['odata.error'].code).toBe('-2146232832, Microsoft.SharePoint.SPException');
    const wrong = await fetch(url, { method: 'POST', headers: { ...headers, 'X-RequestDigest': '0xDEAD,01 Jan 2024 00:00:00 -0000' }, body });
    expect(((await wrong.json()) as { 'odata.error': { code: string } })['odata.error'].code).toBe('-2130575251, Microsoft.SharePoint.SPException');
    const info = (await (await fetch(`${server.siteUrl}/_api/contextinfo`, { method: 'POST', headers })).json()) as Record<string, unknown>;
    expect(info.FormDigestTimeoutSeconds).toBe(1800);
    expect(info.FormDigestValue).toMatch(/^0x[0-9A-F]+,\d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d -0000$/);
    const ok = await fetch(url, { method: 'POST', headers: { ...headers, 'X-RequestDigest': info.FormDigestValue as string }, body });
    expect(ok.status).toBe(201);
  });

  test('digests expire after FormDigestTimeoutSeconds', () => {
    const site = { secret: 'k' } as Site;
    expect(checkDigest(site, 't', issueDigest(site, 't'))).toBe('ok');
    expect(checkDigest(site, 't', issueDigest(site, 't', new Date(Date.now() - 31 * 60 * 1000)))).toBe('expired');
    expect(checkDigest(site, 'other session', issueDigest(site, 't'))).toBe('invalid');
    expect(checkDigest(site, 't', undefined)).toBe('missing');
  });
});

describe('hosting', () => {
  test('CORS preflight and exposed headers', async () => {
    const pre = await fetch(`${server.siteUrl}/_api/web`, {
      method: 'OPTIONS',
      headers: { Origin: 'https://localhost:53000', 'Access-Control-Request-Method': 'MERGE', 'Access-Control-Request-Headers': 'x-requestdigest,if-match' },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe('https://localhost:53000');
    expect(pre.headers.get('access-control-allow-headers')).toContain('X-PnPjs-RequestId');
    expect(pre.headers.get('access-control-allow-methods')).toContain('MERGE');
    const res = await raw(server, await server.signIn(ADMIN), 'web');
    expect(res.headers.get('access-control-expose-headers')).toBe('ETag, Retry-After');
  });

  test('static routes, index fallback and the site page', async () => {
    expect(await (await fetch(`${server.origin}/teams/assets/app.js`)).text()).toBe('console.log(1)');
    const deep = await fetch(`${server.origin}/teams/item/42`);
    expect(deep.headers.get('content-type')).toContain('text/html');
    expect(await deep.text()).toBe('<html>tab</html>');
    expect((await fetch(`${server.origin}/teams/missing.js`)).status).toBe(404);
    expect((await fetch(`${server.origin}/teams/..%2f..%2fetc%2fpasswd`)).status).toBe(404);
    // the SharePoint page's files (SPFx's runtime from node_modules) go to this machine only: a loopback request gets them
    expect(await (await fetch(`${server.origin}/_spfx/framework.js`)).text()).toBe('framework');
  });

  test('the site page sends a visitor without a session to the persona picker, and carries the page context', async () => {
    const anonymous = await fetch(`${server.siteUrl}?view=plan`, { redirect: 'manual' });
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get('location')).toBe(`/_dev/login?returnUrl=${encodeURIComponent('/sites/integriteit?view=plan')}`);
    const cookie = `FedAuth=${encodeURIComponent(await server.signIn(ADMIN))}`;
    const page = await (await fetch(`${server.siteUrl}/`, { headers: { Cookie: cookie } })).text();
    expect(page.startsWith('<html>site page<script>')).toBe(true);
    const info = JSON.parse(/window\._spPageContextInfo = (\{.*\});/.exec(page)![1]);
    expect(info).toMatchObject({ webAbsoluteUrl: server.siteUrl, userDisplayName: 'Ilse Thys', formDigestTimeoutSeconds: 1800, currentUICultureName: 'nl-BE', isSiteAdmin: true });
    expect(info.siteId).toMatch(/^\{[0-9a-f-]{36}\}$/i);
    expect(info.userLoginName).toBe('i:0#.f|membership|ilse.thys@pzcarma.be');
    // the page's digest serves a write of the same session, as a SharePoint page's digest does
    const write = (digest?: string): Promise<Response> =>
      fetch(`${server.siteUrl}/_api/web/lists`, {
        method: 'POST',
        headers: { Cookie: cookie, Accept: 'application/json', 'Content-Type': 'application/json', ...(digest ? { 'X-RequestDigest': digest } : {}) },
        body: JSON.stringify({ Title: `Via page digest ${digest ? 'yes' : 'no'}`, BaseTemplate: 100 }),
      });
    expect((await write()).status).toBe(403);
    expect((await write(info.formDigestValue)).status).toBe(201);
  });

  test("TeamsLogon.aspx, where a SharePoint-hosted Teams tab starts, signs in and leads to the tab's page on this site only", async () => {
    const tabPage = '/sites/integriteit/_layouts/15/teamshostedapp.aspx?teams&componentId=wp&forceLocale=nl-be';
    const logon = (dest: string): string => `${server.siteUrl}/_layouts/15/TeamsLogon.aspx?SPFX=true&dest=${encodeURIComponent(dest)}`;
    const cookie = `FedAuth=${encodeURIComponent(await server.signIn(ADMIN))}`;
    // without a session: the persona picker (SharePoint signs in with Teams' single sign-on), which returns here
    const anonymous = await fetch(logon(tabPage), { redirect: 'manual' });
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get('location')).toBe(`/_dev/login?returnUrl=${encodeURIComponent(new URL(logon(tabPage)).pathname + new URL(logon(tabPage)).search)}`);
    // signed in: on to the tab's page, which the server writes like the site's page
    const signedIn = await fetch(logon(tabPage), { redirect: 'manual', headers: { Cookie: cookie } });
    expect(signedIn.status).toBe(302);
    expect(signedIn.headers.get('location')).toBe('/sites/integriteit/_layouts/15/teamshostedapp.aspx?teams&componentId=wp&forceLocale=nl-be');
    const page = await fetch(`${server.origin}${tabPage}`, { headers: { Cookie: cookie } });
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect((await page.text()).startsWith('<html>teams tab page<script>')).toBe(true);
    expect((await fetch(`${server.origin}${tabPage}`, { redirect: 'manual' })).status).toBe(302);
    // a component the package does not hold: 404
    expect((await fetch(`${server.siteUrl}/_layouts/15/teamshostedapp.aspx?componentId=unknown`, { headers: { Cookie: cookie } })).status).toBe(404);
    // never elsewhere: another origin, a protocol-relative URL, a path outside the site
    for (const dest of ['https://evil.example/', '//evil.example/x', '/_layouts/15/teamshostedapp.aspx?componentId=wp', '/sites/integriteitX/page', 'javascript:alert(1)']) {
      const refused = await fetch(logon(dest), { redirect: 'manual', headers: { Cookie: cookie } });
      expect([dest, refused.status]).toEqual([dest, 400]);
    }
  });
});

test('data and sessions survive a restart on the same file', async () => {
  const dbPath = join(dir, 'data', 'site.sqlite');
  const first = await startServer({ dbPath });
  const token = await first.signIn(ADMIN);
  const sp = await spAs(first, ADMIN);
  await sp.web.lists.add('Blijvend');
  await sp.web.lists.getByTitle('Blijvend').fields.createFieldAsXml('<Field Type="Text" DisplayName="Code" Indexed="TRUE" />');
  await sp.web.lists.getByTitle('Blijvend').items.add({ Title: 'bewaard', Code: 'c1' });
  await first.close();
  const second = await startServer({ dbPath });
  try {
    const res = await raw(second, token, "web/lists/getByTitle('Blijvend')/items?$select=Title,Code&$filter=Code eq 'c1'");
    expect(res.status).toBe(200);
    expect(((await res.json()) as { value: unknown[] }).value).toEqual([expect.objectContaining({ Title: 'bewaard', Code: 'c1' })]);
    expect((await (await spAs(second, ADMIN)).web.lists.getByTitle('Blijvend').fields.getByTitle('Code')()).Indexed).toBe(true);
  } finally {
    await second.close();
  }
});
