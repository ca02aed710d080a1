/**
 * The local sign-in stack of tests/browser/teams-auth.test.ts, run as its own Node process (`tsx`): oidc-provider
 * and jose are ES modules that Jest's CommonJS runtime cannot load, and here they run as in production.
 * It starts an OpenID Connect provider on https (self-signed certificate) and the app (local SharePoint, provisioning,
 * seeds, pages) trusting that provider's tokens, prints one JSON line ({@link SignInStackInfo}) and runs until its
 * stdin closes.
 */
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:https';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startApp } from '../../../devserver/app';
import { TRUSTED_ISSUERS_ENV, type TrustedIssuer } from '../../../devserver/auth/jwt';
import { PERSONAS } from '../../../devserver/auth/personas';
import { selfSignedCertificate } from './certificate';
import { createOidcProvider } from './provider';
import { serveUntilParentCloses, startStack } from './stackProcess';

/** What the stack prints for the test. */
export interface SignInStackInfo {
  /** The local SharePoint with the tab, e.g. http://127.0.0.1:4300 */
  origin: string;
  siteUrl: string;
  /** The OpenID Connect provider, e.g. https://127.0.0.1:5443 */
  issuer: string;
  clientId: string;
  /** The provider's signing key (private JWK): lets the test forge tokens that differ in one claim only. */
  signingKey: Record<string, unknown>;
}

/** The audience of Microsoft Graph tokens. */
const GRAPH_AUDIENCE = 'https://graph.microsoft.com';

/** A port free on the loopback interface now (the app's origin must be known before it starts: its tokens' audience). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createNetServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'carma-oidc-'));
  const certificate = selfSignedCertificate(dir);
  const https = createServer({ cert: certificate.cert, key: certificate.key });
  await new Promise<void>((resolve) => https.listen(0, '127.0.0.1', resolve));
  const issuer = `https://127.0.0.1:${(https.address() as AddressInfo).port}`;

  // The app reads its trusted issuers when it starts (devserver/auth/jwt.ts); the audience defaults to its own origin. The
  // app also serves the Graph stand-in, which takes tokens for Microsoft Graph (aud https://graph.microsoft.com): the
  // hosted tab's second token, through Nested App Authentication. (Locally both audiences admit the persona anywhere on
  // the server; the test checks each request carries the token of its own resource.)
  const port = await freePort();
  const trusted: TrustedIssuer[] = [{ issuer, jwksUri: `${issuer}/jwks`, caFile: certificate.certFile, audiences: [`http://127.0.0.1:${port}`, GRAPH_AUDIENCE] }];
  process.env[TRUSTED_ISSUERS_ENV] = JSON.stringify(trusted);
  const app = await startApp({ dbPath: ':memory:', port, log: () => undefined });

  const clientId = randomUUID();
  const signingKey = { ...generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' }), kid: 'local-test-key', alg: 'RS256', use: 'sig' };
  const provider = createOidcProvider({
    issuer,
    clientId,
    redirectUri: `${app.origin}/teams/redirect.html`,
    resource: app.origin,
    signingKey,
    nameOf: (login) => PERSONAS.find((p) => p.login === login.toLowerCase())?.title,
  });
  https.on('request', provider.callback());

  const info: SignInStackInfo = { origin: app.origin, siteUrl: app.siteUrl, issuer, clientId, signingKey };
  serveUntilParentCloses(info, async () => {
    https.close();
    await app.close().finally(() => rmSync(dir, { recursive: true, force: true }));
  });
}

startStack(main);
