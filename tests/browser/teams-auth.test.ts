import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createPrivateKey, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { TAB_METAFILE } from '../../tools/build-web';
import { closeBrowser, expectNoSeriousA11yViolations, getBrowser, saveScreenshot } from './support';
import { fakeTeamsContext, openInFakeTeamsHost } from './oidc/fakeTeamsHost';
import { NAA_BROKER_GRANT } from './oidc/naaBroker';
import type { SignInStackInfo } from './oidc/signInStack';

// The production sign-in path of the tab, end to end and offline: msal-browser (its Nested App Authentication
// controller in Teams, its standard client from a chunk of its own outside: teams-app/nestableClient.ts) signs in at a
// local OpenID Connect provider over https, and the local SharePoint accepts the resulting JWT bearer token by
// signature, issuer and audience.

const LOGIN = 'lotte.wouters@pzcarma.be';
/** The org-catalog id the tab's config.json names (Teams gives it to the app on upload; it differs from the manifest id). */
const CATALOG_ID = '0b6a3c1e-9d2f-4e8a-b5c7-4f1e2d3c4b5a';
const GRAPH = 'https://graph.microsoft.com';
const ACTIVITY_SCOPE = `${GRAPH}/TeamsActivity.Send`;
const root = path.resolve(__dirname, '../..');

let stack: ChildProcessWithoutNullStreams;
let info: SignInStackInfo;
let stderr = '';

/** Starts tests/browser/oidc/signInStack.ts in its own Node process and reads the line it prints when ready. */
function startStack(): Promise<SignInStackInfo> {
  stack = spawn(process.execPath, [require.resolve('tsx/cli'), path.join(__dirname, 'oidc/signInStack.ts')], { cwd: root, env: process.env });
  stack.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    let out = '';
    stack.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n').find((l) => l.startsWith('{') && l.endsWith('}'));
      if (line) resolve(JSON.parse(line) as SignInStackInfo);
    });
    stack.on('exit', (code) => reject(new Error(`the sign-in stack stopped (exit ${code}):\n${stderr}`)));
  });
}

/** A browser context with no SharePoint session, trusting the provider's self-signed certificate, with the tab configured for it. */
async function signInContext(): Promise<BrowserContext> {
  const context = await (await getBrowser()).newContext({
    baseURL: info.origin,
    ignoreHTTPSErrors: true,
    locale: 'nl-BE',
    timezoneId: 'Europe/Brussels',
    viewport: { width: 1280, height: 900 },
  });
  // The tab's config.json as IT would write it for a tenant, pointed at the local provider instead of Entra ID.
  await context.route(`${info.origin}/teams/config.json`, (route) =>
    route.fulfill({ json: { siteUrl: info.siteUrl, tenantId: 'local-tenant', clientId: info.clientId, authority: info.issuer, teamsAppId: CATALOG_ID, graphUrl: info.origin } }),
  );
  // The provider's login page asks for a web font; there is no internet here.
  await context.route('https://fonts.googleapis.com/**', (route) => route.abort());
  return context;
}

/** The URL path of the chunk of msal-browser's standard client in the tab's build (teams-app/standardClient.ts). */
function standardClientChunk(): string {
  const meta = JSON.parse(readFileSync(TAB_METAFILE, 'utf8')) as { outputs: Record<string, { entryPoint?: string }> };
  const file = Object.keys(meta.outputs).find((name) => meta.outputs[name].entryPoint === 'teams-app/standardClient.ts' && name.endsWith('.js'));
  if (!file) throw new Error("the tab's build has no chunk of teams-app/standardClient.ts");
  return `/teams/${path.posix.relative('dist/teams-app', file)}`;
}

/** The paths of the scripts a browser context fetches from the tab's origin. */
function scriptsFetched(context: BrowserContext): string[] {
  const paths: string[] = [];
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === info.origin && url.pathname.endsWith('.js')) paths.push(url.pathname);
  });
  return paths;
}

const base64url = (value: Buffer | string): string => Buffer.from(value).toString('base64url');
const claimsOf = (jwt: string): Record<string, unknown> => JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString('utf8'));

/** Signs an RS256 JWT (the provider's key unless another is given), to vary one claim at a time. */
function forge(claims: Record<string, unknown>, key: KeyObject = createPrivateKey({ key: info.signingKey as never, format: 'jwk' })): string {
  const header = base64url(JSON.stringify({ alg: 'RS256', typ: 'at+jwt', kid: 'local-test-key' }));
  const body = base64url(JSON.stringify(claims));
  return `${header}.${body}.${base64url(sign('sha256', Buffer.from(`${header}.${body}`), key))}`;
}

/** Who the local SharePoint says the bearer of a token is (its HTTP status when it refuses). */
async function currentUserWith(token: string): Promise<string | number> {
  const response = await fetch(`${info.siteUrl}/_api/web/currentuser`, { headers: { Authorization: `Bearer ${token}`, Accept: 'application/json;odata=nometadata' } });
  return response.ok ? ((await response.json()) as { LoginName: string }).LoginName : response.status;
}

let accessToken = '';

beforeAll(async () => {
  info = await startStack();
}, 180_000);

afterAll(async () => {
  await closeBrowser();
  if (stack && stack.exitCode === null) {
    const exited = new Promise((resolve) => stack.once('exit', resolve));
    stack.stdin.end();
    await exited;
  }
});

describe('signing in to SharePoint with msal-browser (local OpenID Connect provider)', () => {
  it('asks to sign in, signs in through the popup and the redirect bridge, and reads SharePoint with the bearer token', async () => {
    const context = await signInContext();
    const scripts = scriptsFetched(context);
    const page = await context.newPage();
    const apiAuthorizations: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/_api/')) apiAuthorizations.push(request.headers().authorization ?? '');
    });
    await page.goto('/teams/?view=beleid');

    const signIn = page.getByRole('button', { name: 'Aanmelden' });
    await signIn.waitFor({ timeout: 30_000 });
    await page.getByRole('heading', { level: 1, name: 'Aanmelden bij SharePoint' }).waitFor();
    await saveScreenshot(page, 'teams-sign-in');
    await expectNoSeriousA11yViolations(page);

    const [popup] = await Promise.all([context.waitForEvent('page'), signIn.click()]);
    // MSAL opens the window blank, then sends it to the provider's authorization endpoint.
    await popup.waitForURL((url) => url.origin === info.issuer, { waitUntil: 'domcontentloaded' });
    await popup.locator('input[name=login]').fill(LOGIN);
    await popup.locator('input[name=password]').fill('wachtwoord');
    await popup.getByRole('button', { name: 'Sign-in' }).click();
    const closed = popup.waitForEvent('close');
    await popup.getByRole('button', { name: 'Continue' }).click();
    await closed;

    await page.getByText('Aangemeld als Lotte Wouters').waitFor({ timeout: 30_000 });
    expect(await signIn.count()).toBe(0);
    // outside Teams the tab fetched msal-browser's standard client, from its own chunk
    expect(scripts).toContain(standardClientChunk());
    expect((await context.cookies()).map((c) => c.name)).not.toContain('FedAuth');
    expect(apiAuthorizations.length).toBeGreaterThan(0);
    for (const header of apiAuthorizations) expect(header).toMatch(/^Bearer [\w-]+\.[\w-]+\.[\w-]+$/);
    accessToken = apiAuthorizations[apiAuthorizations.length - 1].slice('Bearer '.length);
    expect(claimsOf(accessToken)).toMatchObject({ iss: info.issuer, aud: info.origin, scope: `${info.origin}/.default`, upn: LOGIN, client_id: info.clientId });

    // A second visit signs in silently from MSAL's cache: no prompt.
    await page.reload();
    await page.getByText('Aangemeld als Lotte Wouters').waitFor({ timeout: 30_000 });
    expect(await signIn.count()).toBe(0);
    await context.close();
  }, 120_000);

  it('the local SharePoint accepts only tokens signed by the trusted issuer, for its own origin, still valid, of a known user', async () => {
    expect(accessToken).not.toBe('');
    expect(await currentUserWith(accessToken)).toBe(`i:0#.f|membership|${LOGIN}`);
    const now = Math.floor(Date.now() / 1000);
    const claims = { iss: info.issuer, aud: info.origin, iat: now, exp: now + 600, scope: `${info.origin}/.default`, upn: 'sofie.claes@pzcarma.be' };
    expect(await currentUserWith(forge(claims))).toBe('i:0#.f|membership|sofie.claes@pzcarma.be');
    const otherKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
    expect(await currentUserWith(forge(claims, otherKey))).toBe(401);
    expect(await currentUserWith(forge({ ...claims, aud: 'https://contoso.sharepoint.com' }))).toBe(401);
    expect(await currentUserWith(forge({ ...claims, iss: 'https://login.example.org' }))).toBe(401);
    expect(await currentUserWith(forge({ ...claims, exp: now - 60 }))).toBe(401);
    expect(await currentUserWith(forge({ ...claims, upn: 'onbekend@pzcarma.be' }))).toBe(401);
  }, 60_000);

  it('inside Teams signs in silently through the host (Nested App Authentication): no prompt, no popup', async () => {
    const context = await signInContext();
    const now = Math.floor(Date.now() / 1000);
    const teams = fakeTeamsContext(LOGIN, { entityId: 'voorstellen' });
    const oid = '5f1d7c3e-0000-4000-8000-00000000107e';
    // What Teams' broker would hand over: an access token for SharePoint and an id token for the tab's app id.
    const token = {
      access_token: forge({ iss: info.issuer, aud: info.origin, iat: now, exp: now + 3600, scope: `${info.origin}/.default`, upn: LOGIN, client_id: info.clientId }),
      id_token: forge({ iss: info.issuer, aud: info.clientId, iat: now, exp: now + 3600, sub: oid, oid, tid: teams.tid, preferred_username: LOGIN, name: 'Lotte Wouters' }),
      expires_in: 3600,
      scope: `${info.origin}/.default`,
      properties: null,
    };
    const account = { homeAccountId: `${oid}.${teams.tid}`, environment: new URL(info.issuer).host, tenantId: teams.tid, username: LOGIN, localAccountId: oid, name: 'Lotte Wouters' };
    const scripts = scriptsFetched(context);
    const host = await openInFakeTeamsHost(context, info.origin, { tabUrl: '/teams/?view=voorstellen', frameContext: 'content', context: teams, naa: { token, account } });

    await host.tab.getByText('Aangemeld als Lotte Wouters').waitFor({ timeout: 30_000 });
    expect(await host.tab.getByRole('button', { name: 'Aanmelden' }).count()).toBe(0);
    // in Teams msal-browser's Nested App Authentication controller signed in: the standard client's chunk never loaded
    expect(scripts).toContain('/teams/app.js');
    expect(scripts).not.toContain(standardClientChunk());
    expect(context.pages()).toHaveLength(1);
    const bridge = (await host.messages()).filter((m) => m.func === 'nestedAppAuth.execute').map((m) => JSON.parse(String(m.data)));
    expect(bridge.map((r) => r.method).slice(0, 2)).toEqual(['GetInitContext', 'GetToken']);
    // Exactly the scope the manifest's nestedAppAuthInfo names, so Teams can prefetch it while the tab loads.
    expect(bridge[1].tokenParams).toMatchObject({ clientId: info.clientId, scope: `${info.origin}/.default` });
    await context.close();
  }, 60_000);

  it('inside Teams asks the broker for a second token, for Microsoft Graph (issued by the local provider), and the activity notification reaches the Graph stand-in', async () => {
    const context = await signInContext();
    const now = Math.floor(Date.now() / 1000);
    const teams = fakeTeamsContext(LOGIN, { entityId: 'voorstellen' });
    const oid = '5f1d7c3e-0000-4000-8000-00000000107e';
    const idToken = forge({ iss: info.issuer, aud: info.clientId, iat: now, exp: now + 3600, sub: oid, oid, tid: teams.tid, preferred_username: LOGIN, name: 'Lotte Wouters' });
    // Entra ID issues one token per resource, each to the tab's own app (client_id): SharePoint's, and Graph's with
    // the delegated TeamsActivity.Send, which Graph accepts because that app is the manifest's webApplicationInfo.id.
    const token = (aud: string, scope: string): Record<string, unknown> => ({
      access_token: forge({ iss: info.issuer, aud, iat: now, exp: now + 3600, scope, upn: LOGIN, client_id: info.clientId }),
      id_token: idToken,
      expires_in: 3600,
      scope,
      properties: null,
    });
    const account = { homeAccountId: `${oid}.${teams.tid}`, environment: new URL(info.issuer).host, tenantId: teams.tid, username: LOGIN, localAccountId: oid, name: 'Lotte Wouters' };
    // The broker gets each access token from the local OpenID Connect provider, for the scope and app the tab asks for.
    const naa = { token: token(info.origin, `${info.origin}/.default`), account, issuer: { tokenUrl: `${info.issuer}/token`, grantType: NAA_BROKER_GRANT, loginHint: LOGIN } };
    const graphCalls: string[] = [];
    const spCalls: string[] = [];
    context.on('request', (request) => {
      const bearer = (request.headers().authorization ?? '').replace(/^Bearer /, '');
      if (request.url().includes('/teamwork/sendActivityNotification')) graphCalls.push(bearer);
      else if (request.url().includes('/_api/')) spCalls.push(bearer);
    });
    const host = await openInFakeTeamsHost(context, info.origin, { tabUrl: '/teams/?view=voorstellen', frameContext: 'content', context: teams, naa });
    const { tab } = host;
    await tab.getByText('Aangemeld als Lotte Wouters').waitFor({ timeout: 30_000 });

    const title = `Klikhouders via Teams ${now}`;
    await tab.getByRole('heading', { level: 2, name: 'Voorstellen van Interventie' }).waitFor({ timeout: 30_000 });
    await tab.getByRole('button', { name: 'Nieuw voorstel' }).click();
    await tab.getByRole('textbox', { name: /^Titel/ }).fill(title);
    await tab.getByRole('textbox', { name: /^Het probleem vandaag/ }).fill('De bodycams schuiven los van de vesten en vallen tijdens interventies op de grond.');
    await tab.getByRole('textbox', { name: /^Het voorstel/ }).fill('Vaste klikhouders aankopen voor alle kogelwerende vesten van de interventieploegen.');
    await tab.getByRole('combobox', { name: /^Onderwerp/ }).selectOption('Aankoop of investering');
    await tab.getByRole('button', { name: 'Voorstel indienen' }).click();
    await tab.getByText('Je voorstel is ingediend. Het diensthoofd van Interventie is verwittigd.').waitFor({ timeout: 30_000 });

    // The notification as the Graph stand-in recorded it: from Lotte, with a deep link that names the org-catalog id.
    type Recorded = { sender: string; recipient: string; activityType: string; topic: { webUrl: string }; templateParameters: { name: string; value: string }[] };
    let sent: Recorded | undefined;
    for (let i = 0; i < 100 && !sent; i++) {
      const all = (await (await fetch(`${info.origin}/_dev/notifications`)).json()) as Recorded[];
      sent = all.find((n) => n.templateParameters.some((p) => p.value === title));
      if (!sent) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(sent).toMatchObject({ sender: LOGIN, activityType: 'proposalSubmitted' });
    expect(sent!.topic.webUrl.startsWith(`https://teams.microsoft.com/l/entity/${CATALOG_ID}/voorstellen?context=`)).toBe(true);

    // The broker was asked for SharePoint's token, then for Graph's with exactly the activity scope, both for the tab's app.
    const requests = (await host.messages()).filter((m) => m.func === 'nestedAppAuth.execute').map((m) => JSON.parse(String(m.data)));
    const scopes = requests.filter((r) => r.method === 'GetToken').map((r) => String(r.tokenParams.scope));
    expect(scopes.some((scope) => scope.includes(`${info.origin}/.default`))).toBe(true);
    expect(scopes.some((scope) => scope.includes(ACTIVITY_SCOPE))).toBe(true);
    for (const r of requests.filter((q) => q.method === 'GetToken')) expect(r.tokenParams.clientId).toBe(info.clientId);
    // Each resource got its own token: Graph's to Graph, SharePoint's to SharePoint.
    expect(graphCalls.length).toBeGreaterThan(0);
    for (const bearer of graphCalls) expect(claimsOf(bearer)).toMatchObject({ iss: info.issuer, aud: GRAPH, scope: ACTIVITY_SCOPE, client_id: info.clientId, upn: LOGIN });
    expect(spCalls.length).toBeGreaterThan(0);
    for (const bearer of spCalls) expect(claimsOf(bearer)).toMatchObject({ iss: info.issuer, aud: info.origin, client_id: info.clientId });
    // issued by the provider (its token id and grant type), not made up by the test
    expect(claimsOf(graphCalls[0])).toHaveProperty('jti');
    expect(context.pages()).toHaveLength(1);
    await saveScreenshot(host.page, 'teams-naa-graph-notification');
    await context.close();
  }, 120_000);

  it('says in Dutch that sign-in is not configured when config.json names no tenant or client id', async () => {
    const context = await signInContext();
    await context.unroute(`${info.origin}/teams/config.json`);
    await context.route(`${info.origin}/teams/config.json`, (route) =>
      route.fulfill({ json: { siteUrl: 'https://pzcarma.sharepoint.com/sites/integriteit', tenantId: '', clientId: '' } }),
    );
    const page = await context.newPage();
    await page.goto('/teams/');
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 30_000 });
    expect(await alert.textContent()).toContain('Integriteit CARMA is nog niet ingesteld');
    expect(await alert.textContent()).toContain('vul tenantId en clientId in config.json');
    await saveScreenshot(page, 'teams-not-configured');
    await expectNoSeriousA11yViolations(page);
    await context.close();
  }, 60_000);
});
