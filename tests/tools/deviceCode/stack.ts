/**
 * The local stand-in for the zone's tenant that tests/tools/deviceCodeSignIn.test.ts signs in to, run as its own Node
 * process (`tsx`: oidc-provider and jose are ES modules Jest's CommonJS runtime cannot load). It starts the local
 * OpenID Connect provider of the browser tests (tests/browser/oidc/provider.ts) on https with a device-code client
 * (the zone's Entra app as `npm run provision` uses it), and an empty local SharePoint site (as `npm start -- --empty`)
 * that trusts the provider's tokens as SharePoint Online trusts Entra ID's. Prints one JSON line
 * ({@link DeviceCodeStackInfo}) and runs until its stdin closes.
 */
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PERSONAS } from '../../../devserver/auth/personas';
import { startLocalSharePoint } from '../../../devserver/http/server';
import { selfSignedCertificate } from '../../browser/oidc/certificate';
import { createOidcProvider } from '../../browser/oidc/provider';
import { serveUntilParentCloses, startStack } from '../../browser/oidc/stackProcess';

/** What the stack prints for the test. */
export interface DeviceCodeStackInfo {
  /** The empty local site, e.g. http://127.0.0.1:40123/sites/integriteit */
  siteUrl: string;
  /** The OpenID Connect provider, e.g. https://127.0.0.1:5443 */
  issuer: string;
  /** The device-code client (the zone's Entra app in this stand-in). */
  clientId: string;
  /** The provider's self-signed certificate (PEM file): the tools trust it through NODE_EXTRA_CA_CERTS. */
  certFile: string;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'carma-device-code-'));
  const certificate = selfSignedCertificate(dir);
  const https = createServer({ cert: certificate.cert, key: certificate.key });
  await new Promise<void>((resolve) => https.listen(0, '127.0.0.1', resolve));
  const issuer = `https://127.0.0.1:${(https.address() as AddressInfo).port}`;

  // the audience defaults to the local SharePoint's own origin, as SharePoint Online's is https://<tenant>.sharepoint.com
  const sharePoint = await startLocalSharePoint({ trustedIssuers: [{ issuer, jwksUri: `${issuer}/jwks`, caFile: certificate.certFile }] });
  const origin = new URL(sharePoint.siteUrl).origin;

  const clientId = randomUUID();
  const signingKey = { ...generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' }), kid: 'device-code-test-key', alg: 'RS256', use: 'sig' };
  const provider = createOidcProvider({
    issuer,
    // the SPA client of the Teams tab is not used here; the device-code client is
    clientId: randomUUID(),
    redirectUri: `${origin}/teams/redirect.html`,
    resource: origin,
    signingKey,
    nameOf: (login) => PERSONAS.find((p) => p.login === login.toLowerCase())?.title,
    deviceClientId: clientId,
    deviceCodeInterval: 1,
  });
  https.on('request', provider.callback());

  const info: DeviceCodeStackInfo = { siteUrl: sharePoint.siteUrl, issuer, clientId, certFile: certificate.certFile };
  serveUntilParentCloses(info, async () => {
    https.close();
    await sharePoint.close().finally(() => rmSync(dir, { recursive: true, force: true }));
  });
}

startStack(main);
