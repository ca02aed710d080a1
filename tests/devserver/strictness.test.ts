/**
 * The local SharePoint is as strict as SharePoint Online where a laxer server would let bugs through that a tenant
 * would expose (issue #11). Each test names the SharePoint Online behaviour it mirrors.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SPFI } from '@pnp/sp';
import { startApp } from '../../devserver/app';
import { admitBearerToken } from '../../devserver/auth/auth';
import { openDb } from '../../devserver/store/db';
import type { LocalSharePoint } from '../../devserver/http/server';
import { findUser } from '../../devserver/resources/users';
import { ADMIN, JONAS, raw, ROLE, spAs, startServer, grantWeb } from './harness';

let server: LocalSharePoint;
let admin: SPFI;
let jonasToken: string;
const L = 'Strikt';

interface ODataError {
  'odata.error': { code: string; message: { value: string } };
}
const errorOf = async (res: Response): Promise<ODataError['odata.error']> => ((await res.json()) as ODataError)['odata.error'];

beforeAll(async () => {
  server = await startServer();
  admin = await spAs(server, ADMIN);
  await grantWeb(admin, [JONAS], ROLE.read, 'Lezers');
  jonasToken = await server.signIn(JONAS);
  await admin.web.lists.add(L);
});
afterAll(() => server.close());

describe('$skiptoken paging', () => {
  let hidden: Record<string, number>;
  let visible: number[];
  beforeAll(async () => {
    const list = admin.web.lists.getByTitle(L);
    visible = [];
    for (const title of ['b', 'd', 'f', 'h', 'k', 'm', 'p', 's', 'v']) visible.push((await list.items.add({ Title: title })).Id);
    hidden = {};
    for (const title of ['c-geheim', 'r-geheim']) {
      const { Id } = await list.items.add({ Title: title });
      await list.items.getById(Id).breakRoleInheritance(false, true);
      hidden[title] = Id;
    }
  });

  const pageAfter = async (pId: number): Promise<string[]> => {
    const token = encodeURIComponent(`Paged=TRUE&p_ID=${pId}`);
    const res = await raw(server, jonasToken, `web/lists/getByTitle('${L}')/items?$select=Title&$orderby=Title&$top=50&$skiptoken=${token}`);
    expect(res.status).toBe(200);
    return ((await res.json()) as { value: { Title: string }[] }).value.map((i) => i.Title);
  };

  test('takes its sort values from the token, never from an anchor row the caller cannot read (no ordering oracle)', async () => {
    // SharePoint Online reads the sort position from the token's p_<Field> values; a hidden row's id tells the caller nothing
    const afterMissing = await pageAfter(999999);
    expect(await pageAfter(hidden['c-geheim'])).toEqual(afterMissing);
    expect(await pageAfter(hidden['r-geheim'])).toEqual(afterMissing);
    expect(afterMissing).not.toContain('c-geheim');
  });

  test('the token\'s own sort values page as before, and a readable anchor still works for ID-only tokens', async () => {
    const token = encodeURIComponent(`Paged=TRUE&p_Title=k&p_ID=${visible[4]}`);
    const res = await raw(server, jonasToken, `web/lists/getByTitle('${L}')/items?$select=Title&$orderby=Title&$top=3&$skiptoken=${token}`);
    expect(((await res.json()) as { value: { Title: string }[] }).value.map((i) => i.Title)).toEqual(['m', 'p', 's']);
    expect(await pageAfter(visible[6])).toEqual(['s', 'v']);
  });
});

describe('web.getList', () => {
  test('matches the server-relative URL case-insensitively, as SharePoint Online does', async () => {
    const path = new URL(server.siteUrl).pathname;
    expect((await admin.web.getList(`${path}/Lists/${L}`).select('Title')()).Title).toBe(L);
    expect((await admin.web.getList(`${path.toUpperCase()}/lists/${L.toLowerCase()}`).select('Title')()).Title).toBe(L);
    expect((await admin.web.getList(`${server.siteUrl}/Lists/${L}/`).select('Title')()).Title).toBe(L);
  });

  test('a list name under another path is not the list', async () => {
    await expect(admin.web.getList(`/sites/andere/Lists/${L}`)()).rejects.toMatchObject({ status: 404 });
    await expect(admin.web.getList(L)()).rejects.toMatchObject({ status: 404 });
  });
});

describe('list titles', () => {
  test('longer than SharePoint allows (255 characters) are refused on create and on rename', async () => {
    const long = 'x'.repeat(256);
    const res = await raw(server, await server.signIn(ADMIN), 'web/lists', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ Title: long, BaseTemplate: 100 }),
    });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message.value).toMatch(/255/);
    await expect(admin.web.lists.getByTitle(L).update({ Title: long })).rejects.toMatchObject({ status: 400 });
    const ok = 'y'.repeat(255);
    await admin.web.lists.add(ok);
    expect((await admin.web.lists.getByTitle(ok).select('Title')()).Title).toBe(ok);
  });
});

/** A GET with a chosen `Host` header (fetch does not let one set it). */
function getWithHost(server: LocalSharePoint, path: string, host: string): Promise<{ status: number; body: string }> {
  const { port } = new URL(server.origin);
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port, path, headers: { Host: host } }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    })
      .on('error', reject)
      .end();
  });
}

describe('origins and hosts', () => {
  test('no credentialed CORS for an arbitrary origin; loopback origins (the tab, a fake Teams host) keep it', async () => {
    // SharePoint Online never lets a foreign page read responses made with the visitor's FedAuth cookie
    const evil = await fetch(`${server.siteUrl}/_api/web`, { headers: { Origin: 'https://evil.example', Accept: 'application/json' } });
    expect(evil.headers.get('access-control-allow-origin')).toBe('*');
    expect(evil.headers.get('access-control-allow-credentials')).toBeNull();
    const preflight = await fetch(`${server.siteUrl}/_api/web`, { method: 'OPTIONS', headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' } });
    expect(preflight.headers.get('access-control-allow-credentials')).toBeNull();
    for (const origin of [server.origin, 'https://localhost:5443', 'http://localhost:4300']) {
      const res = await fetch(`${server.siteUrl}/_api/web`, { headers: { Origin: origin, Accept: 'application/json' } });
      expect(res.headers.get('access-control-allow-origin')).toBe(origin);
      expect(res.headers.get('access-control-allow-credentials')).toBe('true');
    }
  });

  test('a Host header the server does not serve is refused (DNS rebinding), as IIS answers for an unbound host name', async () => {
    const { port } = new URL(server.origin);
    const site = new URL(server.siteUrl).pathname;
    const rebound = await getWithHost(server, `${site}/_api/web`, `attacker.example:${port}`);
    expect(rebound.status).toBe(400);
    expect(rebound.body).toContain('The request hostname is invalid.');
    expect((await getWithHost(server, '/_dev/personas', 'attacker.example')).status).toBe(400);
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `LOCALHOST:${port}`, `[::1]:${port}`]) {
      expect((await getWithHost(server, '/_dev/health', host)).status).toBe(200);
    }
  });

  test('configured host names are served too', async () => {
    const named = await startServer({ hostNames: ['carma.test'] });
    try {
      expect((await getWithHost(named, '/_dev/health', 'carma.test')).status).toBe(200);
      expect((await getWithHost(named, '/_dev/health', 'other.test')).status).toBe(400);
    } finally {
      await named.close();
    }
  });
});

describe('sessions and bearer tokens expire', () => {
  test('a /_dev/signin session ends after its lifetime (SharePoint answers 401 to an expired token)', async () => {
    const short = await startServer({ sessionLifetimeSeconds: 1 });
    try {
      const res = await fetch(`${short.origin}/_dev/signin`, { method: 'POST', body: JSON.stringify({ login: ADMIN }), headers: { 'Content-Type': 'application/json' } });
      const { token } = (await res.json()) as { token: string };
      expect((await raw(short, token, 'web')).status).toBe(200);
      await new Promise((r) => setTimeout(r, 1100));
      expect((await raw(short, token, 'web')).status).toBe(401);
    } finally {
      await short.close();
    }
  });

  test('an admitted bearer token does not outlive its exp across a restart, nor does a session stored without an expiry', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'strict-sessions-'));
    const dbPath = join(dir, 'site.db');
    try {
      const first = await startServer({ dbPath });
      await first.close();
      const db = openDb(dbPath);
      const adminId = findUser(db, ADMIN)!.id;
      const now = Math.floor(Date.now() / 1000);
      admitBearerToken(db, 'expired.jwt.token', adminId, now - 60);
      admitBearerToken(db, 'valid.jwt.token', adminId, now + 600);
      admitBearerToken(db, 'no-exp.jwt.token', adminId);
      db.run("INSERT INTO sessions (token, user_id, created) VALUES ('legacy-session', ?, '2020-01-01T00:00:00Z')", adminId);
      db.close();
      const second = await startServer({ dbPath });
      try {
        expect((await raw(second, 'valid.jwt.token', 'web')).status).toBe(200);
        for (const token of ['expired.jwt.token', 'no-exp.jwt.token', 'legacy-session']) expect((await raw(second, token, 'web')).status).toBe(401);
      } finally {
        await second.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('/_dev/health', () => {
  test('says ready only once provisioning and seeding are done', async () => {
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port: free } = probe.address() as AddressInfo;
        probe.close(() => resolve(free));
      });
    });
    const starting = startApp({ dbPath: ':memory:', port, seed: 'content', log: () => undefined });
    const seen: number[] = [];
    let settled = false;
    void starting.finally(() => (settled = true));
    while (!settled) {
      try {
        const status = (await fetch(`http://127.0.0.1:${port}/_dev/health`)).status;
        // the server and this test share one process: `settled` turns true (microtasks) before the server handles any
        // request after markReady, so an answer seen while not settled was given before the app was ready
        if (!settled) seen.push(status);
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    const app = await starting;
    try {
      expect(seen).toContain(503);
      expect(seen.filter((s) => s !== 503)).toEqual([]);
      const res = await fetch(`${app.origin}/_dev/health`);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ ok: true });
    } finally {
      await app.close();
    }
  }, 60000);

  test('a server started with deferReady is not ready until markReady', async () => {
    const deferred = await startServer({ deferReady: true });
    try {
      const before = await fetch(`${deferred.origin}/_dev/health`);
      expect(before.status).toBe(503);
      expect(await before.json()).toEqual({ ok: false, ready: false });
      deferred.markReady();
      expect((await fetch(`${deferred.origin}/_dev/health`)).status).toBe(200);
    } finally {
      await deferred.close();
    }
  });
});

describe('the dev sign-in page', () => {
  test('returns only to same-origin paths (no open redirect), as SharePoint\'s sign-in returns only to its own site', async () => {
    const { JSDOM } = await import('jsdom');
    const html = readFileSync(join(__dirname, '../../devserver/pages/login.html'), 'utf8');
    const dom = new JSDOM(html, {
      url: 'http://127.0.0.1:4300/_dev/login',
      runScripts: 'dangerously',
      beforeParse(window) {
        (window as unknown as { fetch: () => Promise<never> }).fetch = () => new Promise<never>(() => undefined);
      },
    });
    const returnPathOf = (dom.window as unknown as { returnPathOf(value: string | null): string }).returnPathOf;
    expect(returnPathOf('/sites/integriteit?view=plan')).toBe('/sites/integriteit?view=plan');
    expect(returnPathOf('http://127.0.0.1:4300/teams/?view=registers#x')).toBe('/teams/?view=registers#x');
    expect(returnPathOf(null)).toBe('/sites/integriteit');
    for (const hostile of ['https://evil.example/', '//evil.example/x', '/\\evil.example/x', 'javascript:alert(1)', 'http://localhost:9999/', 'http://127.0.0.1:4301/']) {
      expect(returnPathOf(hostile)).toBe('/sites/integriteit');
    }
    dom.window.close();
  });
});

describe('field constraints (JSON item bodies)', () => {
  const F = 'Velden';
  let adminToken: string;
  const post = (body: Record<string, unknown>) =>
    raw(server, adminToken, `web/lists/getByTitle('${F}')/items`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  beforeAll(async () => {
    adminToken = await server.signIn(ADMIN);
    await admin.web.lists.add(F);
    const fields = admin.web.lists.getByTitle(F).fields;
    await fields.addText('Kort', { MaxLength: 10 });
    await fields.addText('Standaard');
    await fields.addNumber('Score', { MinimumValue: 0, MaximumValue: 10 });
    await fields.addCurrency('Bedrag', { MinimumValue: 0, MaximumValue: 1000 });
    await fields.addBoolean('Actief');
  });

  test('a Text value longer than MaxLength (255 by default) is refused with SharePoint\'s field validation error', async () => {
    const res = await post({ Title: 'x'.repeat(256) });
    expect(res.status).toBe(400);
    expect(await errorOf(res)).toEqual({ code: '-2146232832, Microsoft.SharePoint.SPFieldValidationException', message: { lang: 'en-US', value: 'The value of this field may not exceed 255 characters.' } });
    expect((await errorOf(await post({ Kort: 'elf tekens!' }))).message.value).toBe('The value of this field may not exceed 10 characters.');
    expect((await post({ Standaard: 's'.repeat(256) })).status).toBe(400);
    expect((await post({ Title: 'x'.repeat(255), Kort: 'tien tkns.', Standaard: 's'.repeat(255) })).status).toBe(201);
    const { Id } = await admin.web.lists.getByTitle(F).items.add({ Title: 'kort' });
    await expect(admin.web.lists.getByTitle(F).items.getById(Id).update({ Kort: 'veel te lang hier' })).rejects.toMatchObject({ status: 400 });
  });

  test('Number and Currency values outside MinimumValue/MaximumValue are refused', async () => {
    for (const body of [{ Score: 11 }, { Score: -1 }, { Bedrag: 1000.01 }, { Score: '12' }]) {
      const res = await post(body);
      expect(res.status).toBe(400);
      expect((await errorOf(res)).message.value).toBe('The value is outside the range allowed for this column.');
    }
    expect((await post({ Score: 10, Bedrag: 0 })).status).toBe(201);
  });

  test('a value of the wrong JSON type is refused as OData\'s reader refuses it (a boolean or number into a Text field)', async () => {
    for (const [body, edm] of [[{ Title: true }, 'Edm.String'], [{ Kort: 5 }, 'Edm.String'], [{ Score: true }, 'Edm.Double']] as const) {
      const res = await post(body);
      expect(res.status).toBe(400);
      expect(await errorOf(res)).toEqual({
        code: '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
        message: { lang: 'en-US', value: `Cannot convert a primitive value to the expected type '${edm}'. See the inner exception for more details.` },
      });
    }
    expect((await post({ Actief: 'nee' })).status).toBe(400);
    expect((await post({ Title: null, Score: '7', Actief: true })).status).toBe(201);
  });
});

describe('rich text', () => {
  const R = 'Teksten';
  beforeAll(async () => {
    await admin.web.lists.add(R);
    await admin.web.lists.getByTitle(R).fields.createFieldAsXml('<Field Type="Note" Name="Body" DisplayName="Body" RichText="TRUE" RichTextMode="FullHtml" />');
    await admin.web.lists.getByTitle(R).fields.addMultilineText('Plat', { RichText: false });
  });

  test('script, event-handler attributes and javascript: URLs are stripped on save, as SharePoint\'s safe-HTML filter does', async () => {
    const hostile =
      '<p onclick="steal()">Beleid<script>alert(1)</script></p><img src="logo.png" onerror="alert(2)"><a href="javascript:alert(3)">klik</a><iframe src="https://evil.example"></iframe><table><tr><td><b>ok</b></td></tr></table>';
    const items = admin.web.lists.getByTitle(R).items;
    const { Id } = await items.add({ Title: 'a', Body: hostile, Plat: '<script>blijft tekst</script>' });
    const stored = await items.getById(Id).select('Body', 'Plat')<{ Body: string; Plat: string }>();
    expect(stored.Body).not.toMatch(/script|onclick|onerror|javascript:|iframe/i);
    expect(stored.Body).toContain('<p>Beleid</p>');
    expect(stored.Body).toContain('<img src="logo.png">');
    expect(stored.Body).toContain('<b>ok</b>');
    // a plain multi-line text field keeps what it is given: it is never rendered as HTML
    expect(stored.Plat).toBe('<script>blijft tekst</script>');
    await items.getById(Id).update({ Body: '<div onmouseover="x()">nieuw</div>' });
    expect((await items.getById(Id).select('Body')<{ Body: string }>()).Body).toBe('<div>nieuw</div>');
  });

  test('also through AddValidateUpdateItemUsingPath (the form path)', async () => {
    const list = admin.web.lists.getByTitle(R);
    const rows = await list.addValidateUpdateItemUsingPath([
      { FieldName: 'Title', FieldValue: 'b' },
      { FieldName: 'Body', FieldValue: '<p>tekst<script>x()</script></p>' },
    ], `${new URL(server.siteUrl).pathname}/Lists/${R}`);
    const id = Number(rows.find((r) => r.FieldName === 'Id')?.FieldValue);
    expect((await list.items.getById(id).select('Body')<{ Body: string }>()).Body).toBe('<p>tekst</p>');
  });
});

describe('$select and $expand of a property that does not exist', () => {
  const paths = [
    'web',
    `web/lists/getByTitle('${L}')`,
    'web/lists',
    `web/lists/getByTitle('${L}')/fields`,
    `web/lists/getByTitle('${L}')/fields/getByInternalNameOrTitle('Title')`,
    `web/lists/getByTitle('${L}')/views`,
    'web/siteUsers',
    'web/currentUser',
    'web/siteGroups',
    'web/roleDefinitions',
    'web/roleAssignments',
  ];

  test('is refused with 400 on every resource, as SharePoint Online refuses it, never silently dropped', async () => {
    const token = await server.signIn(ADMIN);
    for (const path of paths) {
      const sep = path.includes('?') ? '&' : '?';
      const select = await raw(server, token, `${path}${sep}$select=GeenEigenschap`);
      expect([path, select.status]).toEqual([path, 400]);
      expect(await errorOf(select)).toEqual({
        code: '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
        message: { lang: 'en-US', value: "The field or property 'GeenEigenschap' does not exist." },
      });
      expect([path, (await raw(server, token, `${path}${sep}$expand=GeenNavigatie`)).status]).toEqual([path, 400]);
    }
  });

  test('a property is not a navigation path; a navigation property\'s own properties are checked too', async () => {
    const token = await server.signIn(ADMIN);
    expect((await raw(server, token, 'web?$select=Title/Iets')).status).toBe(400);
    expect((await raw(server, token, 'web?$expand=Title')).status).toBe(400);
    expect((await raw(server, token, 'web/roleAssignments?$select=Member/Bestaatniet&$expand=Member')).status).toBe(400);
    expect((await raw(server, token, 'web/roleAssignments?$select=PrincipalId,Member/Title,RoleDefinitionBindings/Name&$expand=Member,RoleDefinitionBindings')).status).toBe(200);
  });

  test('an empty collection is checked too (against what its entity set has shown)', async () => {
    const token = await server.signIn(ADMIN);
    const { Id } = await admin.web.siteGroups.add({ Title: 'Leeg' });
    expect((await raw(server, token, 'web/siteUsers?$select=Title')).status).toBe(200);
    const empty = await raw(server, token, `web/siteGroups/getById(${Id})/users?$select=Title`);
    expect(((await empty.json()) as { value: unknown[] }).value).toEqual([]);
    expect((await raw(server, token, `web/siteGroups/getById(${Id})/users?$select=GeenEigenschap`)).status).toBe(400);
  });

  test('existing properties still select as before', async () => {
    expect(Object.keys(await admin.web.select('Title', 'Url')())).toEqual(expect.arrayContaining(['Title', 'Url']));
    expect((await admin.web.lists.getByTitle(L).select('Title', 'ItemCount')()).Title).toBe(L);
    expect((await admin.web.siteGroups.select('Id', 'Title')()).length).toBeGreaterThan(0);
  });
});
