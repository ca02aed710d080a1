import type { IncomingMessage } from 'node:http';
import Provider from 'oidc-provider';
import { NAA_BROKER_GRANT } from './naaBroker';

/** Options of {@link createOidcProvider}. */
export interface OidcProviderOptions {
  /** e.g. https://127.0.0.1:5443 */
  issuer: string;
  /** The tab's Entra-style app id (a public client: PKCE, no secret). */
  clientId: string;
  /** The tab's msal-browser redirect bridge, e.g. http://127.0.0.1:4300/teams/redirect.html */
  redirectUri: string;
  /** The SharePoint origin tokens are for: their `aud`, with the scope `<origin>/.default`. */
  resource: string;
  /** The RSA private key (JWK) that signs tokens; its public half is served at `<issuer>/jwks`. */
  signingKey: Record<string, unknown>;
  /** The display name of a login (the persona's name), for the id token. */
  nameOf: (login: string) => string | undefined;
  /**
   * A second public client that signs in with the device code (RFC 8628), as `npm run provision` does on a tenant
   * (tools/signin.ts). Its endpoints are where msal-node looks for Entra ID's: `/devicecode` beside `/token`.
   */
  deviceClientId?: string;
  /** Seconds between the device-code client's polls, told in the device-code response (Entra ID says 5). */
  deviceCodeInterval?: number;
}


/**
 * An OpenID Connect provider that behaves like Entra ID where the tab relies on it: authorization code + PKCE for a
 * public SPA client, CORS on the token endpoint, access tokens as signed JWTs for the SharePoint resource (`aud` =
 * the SharePoint origin, `scope` = `<origin>/.default`, `upn` = the signed-in login), refresh tokens. Its dev login
 * page takes any login (a persona's e-mail) and password, then asks for consent.
 */
export function createOidcProvider(options: OidcProviderOptions): Provider {
  const { issuer, clientId, redirectUri, resource, signingKey, nameOf, deviceClientId } = options;
  const deviceClients = deviceClientId
    ? [
        {
          client_id: deviceClientId,
          application_type: 'native',
          token_endpoint_auth_method: 'none',
          redirect_uris: [],
          grant_types: ['urn:ietf:params:oauth:grant-type:device_code', 'refresh_token'],
          response_types: [],
        },
      ]
    : [];
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        application_type: 'web',
        token_endpoint_auth_method: 'none',
        redirect_uris: [redirectUri],
        grant_types: ['authorization_code', 'refresh_token', NAA_BROKER_GRANT],
        response_types: ['code'],
      },
      ...deviceClients,
    ],
    // msal-node finds the device authorization endpoint by replacing /token with /devicecode, as on Entra ID
    ...(deviceClientId ? { routes: { device_authorization: '/devicecode' } } : {}),
    clientBasedCORS: () => true,
    jwks: { keys: [signingKey] },
    cookies: { keys: ['local-sign-in-test'] },
    scopes: ['openid', 'profile', 'email', 'offline_access'],
    claims: { openid: ['sub'], profile: ['name', 'preferred_username'], email: ['email'] },
    findAccount: (_ctx: unknown, id: string) => ({
      accountId: id,
      claims: () => ({ sub: id, name: nameOf(id) ?? id, preferred_username: id, email: id }),
    }),
    features: {
      devInteractions: { enabled: true },
      ...(deviceClientId ? { deviceFlow: { enabled: true } } : {}),
      resourceIndicators: {
        enabled: true,
        defaultResource: () => resource,
        useGrantedResource: () => true,
        getResourceServerInfo: () => ({ scope: `${resource}/.default`, audience: resource, accessTokenFormat: 'jwt', jwt: { sign: { alg: 'RS256' } } }),
      },
    },
    formats: {
      customizers: {
        // Entra ID names the user in `upn`; SharePoint (and the local SharePoint) map the token to the user by it.
        jwt: (_ctx: unknown, token: { accountId?: string }, jwt: { payload: Record<string, unknown> }) => {
          if (token.accountId) jwt.payload.upn = token.accountId;
        },
      },
    },
    // Entra ID gives a SPA a refresh token whenever the client may use one.
    issueRefreshToken: (_ctx: unknown, client: { grantTypeAllowed(type: string): boolean }) => client.grantTypeAllowed('refresh_token'),
    pkce: { required: () => true },
  });
  // oidc-provider drops offline_access unless consent is prompted; Entra ID keeps it, so ask for consent as it would.
  provider.use(async (ctx, next) => {
    if (ctx.path === '/auth' && !ctx.query.prompt) ctx.query = { ...ctx.query, prompt: 'consent' };
    await next();
  });
  provider.registerGrantType(
    NAA_BROKER_GRANT,
    async (ctx) => {
      const { client, params } = ctx.oidc;
      const login = String(params.login_hint || '');
      const scope = String(params.scope || '');
      if (!login || !/^https?:\/\//.test(scope)) {
        ctx.status = 400;
        ctx.body = { error: 'invalid_request', error_description: 'login_hint and a resource scope are required' };
        return;
      }
      const audience = new URL(scope.split(' ')[0]).origin;
      const resourceServer = new provider.ResourceServer(audience, { scope, audience, accessTokenFormat: 'jwt', jwt: { sign: { alg: 'RS256' } } });
      const token = new provider.AccessToken({ accountId: login, client, scope, resourceServer, gty: 'naa_broker' });
      const value = await token.save();
      ctx.body = { access_token: value, token_type: 'Bearer', expires_in: token.expiration, scope };
    },
    ['login_hint', 'scope'],
  );
  if (deviceClientId) {
    // Entra ID's device-code response also says how often to poll and what to tell the user; oidc-provider's does not
    const interval = options.deviceCodeInterval ?? 5;
    // msal-node polls with Entra ID's short grant type `device_code`; oidc-provider knows RFC 8628's URN only
    provider.use(async (ctx, next) => {
      if (ctx.path === '/token' && ctx.method === 'POST') {
        const chunks: Buffer[] = [];
        for await (const chunk of ctx.req) chunks.push(chunk as Buffer);
        const form = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
        if (form.get('grant_type') === 'device_code') form.set('grant_type', 'urn:ietf:params:oauth:grant-type:device_code');
        (ctx.req as IncomingMessage & { body?: string }).body = form.toString();
      }
      await next();
    });
    provider.use(async (ctx, next) => {
      await next();
      const body = ctx.body as Record<string, unknown> | undefined;
      if (ctx.path === '/devicecode' && body && typeof body.user_code === 'string') {
        ctx.body = {
          ...body,
          interval,
          message: `To sign in, use a web browser to open the page ${String(body.verification_uri)} and enter the code ${body.user_code} to authenticate.`,
        };
      }
    });
  }
  return provider;
}
