/**
 * The device-code sign-in of `npm run provision` and `npm run verify` (tools/signin.ts), end to end and offline: the
 * tools run as on the command line (node tools/node22.js tsx …, their own processes), msal-node asks the local
 * OpenID Connect provider of the browser tests for a device code, the test does the person's half over HTTP (opens
 * the page, enters the code, signs in as the site-admin persona, consents), msal-node's polling gets the token, and
 * the local SharePoint accepts it by signature, issuer and audience, as SharePoint Online accepts Entra ID's. With it
 * provision brings the empty site to the schema and the content, and verify (signing in again: the cache is in
 * memory) finds every check green. The options and the choice of sign-in are checked through the seam
 * (DeviceCodeClient) without a network.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { deviceCodeSettings, deviceCodeSignIn, type DeviceCodeClient, type DeviceCodeSettings } from '../../tools/signin';
import { signInOptionsOf, tokenFor } from '../../tools/site';
import type { DeviceCodeStackInfo } from './deviceCode/stack';
import { completeDeviceCode } from './deviceCode/userStep';

const root = path.resolve(__dirname, '../..');
const ADMIN = 'ilse.thys@pzcarma.be';

let stack: ChildProcessWithoutNullStreams;
let info: DeviceCodeStackInfo;
let stackErr = '';

function startStack(): Promise<DeviceCodeStackInfo> {
  stack = spawn(process.execPath, [require.resolve('tsx/cli'), path.join(__dirname, 'deviceCode/stack.ts')], { cwd: root, env: process.env });
  stack.stderr.on('data', (chunk: Buffer) => (stackErr += chunk.toString()));
  return new Promise((resolve, reject) => {
    let out = '';
    stack.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n').find((l) => l.startsWith('{') && l.endsWith('}'));
      if (line) resolve(JSON.parse(line) as DeviceCodeStackInfo);
    });
    stack.on('exit', (code) => reject(new Error(`the stack stopped (exit ${code}):\n${stackErr}`)));
  });
}

interface ToolRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** What the person saw after signing in (the provider's last page). */
  signedInPage: string;
}

/**
 * Runs `npm run <tool>` as npm would (node tools/node22.js tsx tools/<tool>.ts) with the zone's Entra app in the
 * environment and no SP_ACCESS_TOKEN, and signs in when it prints the code.
 */
function runTool(tool: 'provision' | 'verify', args: string[]): Promise<ToolRun> {
  const env: NodeJS.ProcessEnv = { ...process.env, CARMA_CLIENT_ID: info.clientId, CARMA_AUTHORITY: info.issuer, NODE_EXTRA_CA_CERTS: info.certFile };
  delete env.SP_ACCESS_TOKEN;
  const child = spawn(process.execPath, [path.join(root, 'tools/node22.js'), 'tsx', `tools/${tool}.ts`, '--site', info.siteUrl, '--device-code', ...args], { cwd: root, env });
  let stdout = '';
  let stderr = '';
  let signedIn: Promise<string> | undefined;
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => {
    stderr += c.toString();
    const prompt = /open the page (\S+) and enter the code (\S+)/.exec(stderr);
    if (prompt && !signedIn) {
      signedIn = completeDeviceCode(prompt[1], prompt[2], ADMIN, readFileSync(info.certFile, 'utf8')).catch((error: unknown) => `the person's sign-in failed: ${String(error)}`);
    }
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => {
      if (!signedIn) return resolve({ code, stdout, stderr, signedInPage: '' });
      void signedIn.then((page) => resolve({ code, stdout, stderr, signedInPage: page }));
    });
  });
}

describe('device-code sign-in against a local OpenID Connect provider', () => {
  beforeAll(async () => {
    info = await startStack();
  }, 60000);

  afterAll(() => {
    stack?.stdin.end();
  });

  let provisioned: ToolRun;

  it('npm run provision: prints the page and the code, gets a token once the person signed in, and provisions the empty site with it', async () => {
    provisioned = await runTool('provision', []);
    expect(provisioned.stderr).toMatch(new RegExp(`Signing in for ${new URL(info.siteUrl).origin} with the Entra app ${info.clientId}`));
    expect(provisioned.stderr).toMatch(/To sign in, use a web browser to open the page https:\/\/127\.0\.0\.1:\d+\/device and enter the code [A-Z]{4}-[A-Z]{4}/);
    expect(provisioned.signedInPage).toContain('Sign-in Success');
    expect(provisioned.stderr).toContain(`Signed in as ${ADMIN}`);
    expect(provisioned.stdout).toContain(`Provisioning ${info.siteUrl}`);
    expect(provisioned.stdout).toMatch(/Actiepunten\s+actiepunten: 36 added/);
    expect(provisioned.code).toBe(0);
  }, 240000);

  it('npm run verify: signs in again (the cache is in memory) and finds the site complete', async () => {
    const verified = await runTool('verify', []);
    expect(verified.stderr).toContain(`Signed in as ${ADMIN}`);
    expect(verified.stdout).toMatch(/✓ All \d+ checks passed\./);
    expect(verified.code).toBe(0);
  }, 120000);
});

describe('which sign-in the tools use (through the DeviceCodeClient seam)', () => {
  const tenantSite = new URL('https://contoso.sharepoint.com/sites/integriteit');
  const fake = (token = 'token-from-device-code') => {
    const seen: { settings?: DeviceCodeSettings; scopes?: string[] } = {};
    const clientFor = async (settings: DeviceCodeSettings): Promise<DeviceCodeClient> => {
      seen.settings = settings;
      return {
        async acquire(scopes, onPrompt) {
          seen.scopes = scopes;
          onPrompt({ userCode: 'ABCD-EFGH', verificationUri: 'https://microsoft.com/devicelogin' });
          return { accessToken: token, username: 'it@contoso.be' };
        },
      };
    };
    return { seen, clientFor };
  };

  it('reads the app, tenant and scope from the command line, else from CARMA_ADMIN_CLIENT_ID or CARMA_CLIENT_ID / CARMA_TENANT_ID / CARMA_SCOPE', () => {
    const env = { CARMA_CLIENT_ID: 'env-app', CARMA_TENANT_ID: 'env-tenant', CARMA_SCOPE: 'AllSites.Manage' };
    expect(signInOptionsOf(['--site', 'x', '--client-id', 'cli-app', '--tenant', 'cli-tenant'], env)).toEqual({
      deviceCode: false,
      clientId: 'cli-app',
      tenant: 'cli-tenant',
      authority: undefined,
      scope: 'AllSites.Manage',
    });
    expect(signInOptionsOf(['--device-code'], env)).toMatchObject({ deviceCode: true, clientId: 'env-app', tenant: 'env-tenant' });
    // the provisioning app, when it is not the hosted tab's (whose id the build takes from CARMA_CLIENT_ID)
    expect(signInOptionsOf([], { ...env, CARMA_ADMIN_CLIENT_ID: 'admin-app' }).clientId).toBe('admin-app');
  });

  it("signs in at the tenant's Entra ID for the site's origin: .default by default, a bare permission prefixed with the origin", () => {
    expect(deviceCodeSettings(tenantSite, { clientId: 'app', tenant: '11111111-2222-3333-4444-555555555555' })).toEqual({
      clientId: 'app',
      authority: 'https://login.microsoftonline.com/11111111-2222-3333-4444-555555555555',
      scopes: ['https://contoso.sharepoint.com/.default'],
      entra: true,
    });
    expect(deviceCodeSettings(tenantSite, { clientId: 'app', tenant: 'contoso.onmicrosoft.com', scope: 'AllSites.Manage' }).scopes).toEqual(['https://contoso.sharepoint.com/AllSites.Manage']);
    expect(deviceCodeSettings(tenantSite, { clientId: 'app', authority: 'https://127.0.0.1:5443/' })).toMatchObject({ authority: 'https://127.0.0.1:5443', entra: false });
    expect(() => deviceCodeSettings(tenantSite, { clientId: 'app', authority: 'http://127.0.0.1:5443' })).toThrow(/not an https authority/);
  });

  it('on a tenant without SP_ACCESS_TOKEN: the device code; without the app or the tenant: an error naming both ways', async () => {
    const { seen, clientFor } = fake();
    const said: string[] = [];
    const token = await tokenFor(tenantSite, { signIn: { clientId: 'app', tenant: 'contoso.onmicrosoft.com' }, env: {}, say: (l) => said.push(l), clientFor });
    expect(token).toBe('token-from-device-code');
    expect(seen.scopes).toEqual(['https://contoso.sharepoint.com/.default']);
    expect(said).toEqual([
      'Signing in for https://contoso.sharepoint.com with the Entra app app (https://login.microsoftonline.com/contoso.onmicrosoft.com), scope https://contoso.sharepoint.com/.default.',
      'To sign in, use a web browser to open the page https://microsoft.com/devicelogin and enter the code ABCD-EFGH to authenticate.',
      'Signed in as it@contoso.be.',
    ]);
    await expect(tokenFor(tenantSite, { signIn: {}, env: {}, clientFor })).rejects.toThrow(/--client-id <application id> and --tenant .*CARMA_ADMIN_CLIENT_ID or CARMA_CLIENT_ID, and CARMA_TENANT_ID.*SP_ACCESS_TOKEN/);
  });

  it('SP_ACCESS_TOKEN stays an option: given, nobody is asked to sign in', async () => {
    const { seen, clientFor } = fake();
    await expect(tokenFor(tenantSite, { signIn: { clientId: 'app', tenant: 't' }, env: { SP_ACCESS_TOKEN: 'from-az' }, clientFor })).resolves.toBe('from-az');
    expect(seen.settings).toBeUndefined();
  });

  it('deviceCodeSignIn tells the issuer message when it sends one (Entra ID does)', async () => {
    const said: string[] = [];
    await deviceCodeSignIn(tenantSite, { clientId: 'app', tenant: 't' }, (l) => said.push(l), async () => ({
      acquire: async (_scopes, onPrompt) => {
        onPrompt({ userCode: 'X', verificationUri: 'https://microsoft.com/devicelogin', message: 'Entra says: go to https://microsoft.com/devicelogin, code X.' });
        return { accessToken: 't' };
      },
    }));
    expect(said[1]).toBe('Entra says: go to https://microsoft.com/devicelogin, code X.');
  });
});
