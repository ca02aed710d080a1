import Provider from 'oidc-provider';

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
}

/**
 * An OpenID Connect provider that behaves like Entra ID where the tab relies on it: authorization code + PKCE for a
 * public SPA client, CORS on the token endpoint, access tokens as signed JWTs for the SharePoint resource (`aud` =
 * the SharePoint origin, `scope` = `<origin>/.default`, `upn` = the signed-in login), refresh tokens. Its dev login
 * page takes any login (a persona's e-mail) and password, then asks for consent.
 */
export function createOidcProvider(options: OidcProviderOptions): Provider {
  const { issuer, clientId, redirectUri, resource, signingKey, nameOf } = options;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        application_type: 'web',
        token_endpoint_auth_method: 'none',
        redirect_uris: [redirectUri],
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
      },
    ],
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
  return provider;
}
