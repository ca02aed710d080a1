/**
 * Sign-in for `npm run provision` and `npm run verify` on a tenant: the device-code flow with the zone's own Entra app
 * (msal-node), as PnP PowerShell (`Connect-PnPOnline -DeviceLogin -ClientId …`) and the CLI for Microsoft 365
 * (`m365 login --authType deviceCode --appId …`) offer it. The tool prints a code and a page; the admin opens the page
 * in any browser, enters the code and signs in (with MFA, as the tenant's policies ask); the tool then gets a
 * delegated access token for SharePoint. The token cache is in memory: each run signs in once.
 *
 * The msal-node client sits behind {@link DeviceCodeClient}, so the flow's other half (options, messages, which token
 * for which site) is the same whichever issuer answers. The local test points msal-node at an OpenID Connect provider
 * of its own (tests/tools/deviceCodeSignIn.test.ts).
 */
/** How the tools sign in, from the command line and the environment. */
export interface SignInOptions {
  /** Use the device-code sign-in even for a local site (`--device-code`); a tenant site uses it when there is no SP_ACCESS_TOKEN. */
  deviceCode?: boolean;
  /** The zone's Entra app (application id): `--client-id`, else CARMA_ADMIN_CLIENT_ID, else CARMA_CLIENT_ID. */
  clientId?: string;
  /** The tenant: its id or a verified domain (`contoso.onmicrosoft.com`): `--tenant` or CARMA_TENANT_ID. */
  tenant?: string;
  /** The authority; default `https://login.microsoftonline.com/<tenant>`: `--authority` or CARMA_AUTHORITY. */
  authority?: string;
  /** The scope; default `<site origin>/.default`. A bare permission (`AllSites.Manage`) is prefixed with the site's origin. */
  scope?: string;
}

/** What the user is asked to do: open a page and enter a code. */
export interface DeviceCodePrompt {
  userCode: string;
  verificationUri: string;
  /** The issuer's own sentence (Entra ID sends one), if any. */
  message?: string;
}

/** A delegated access token from the device-code flow. */
export interface DeviceCodeToken {
  accessToken: string;
  /** The signed-in account's name (UPN). */
  username?: string;
  expiresOn?: Date;
}

/** The device-code flow of one public client against one authority. */
export interface DeviceCodeClient {
  acquire(scopes: string[], onPrompt: (prompt: DeviceCodePrompt) => void): Promise<DeviceCodeToken>;
}

/** Where to sign in: the resolved authority, app and scope for a site. */
export interface DeviceCodeSettings {
  clientId: string;
  authority: string;
  scopes: string[];
  /** Whether the authority is Microsoft Entra ID (login.microsoftonline.com and its national clouds). */
  entra: boolean;
}

const ENTRA_HOSTS = ['login.microsoftonline.com', 'login.microsoftonline.us', 'login.partner.microsoftonline.cn', 'login.microsoftonline.de'];

const MISSING =
  "Sign in with the zone's Entra app: give --client-id <application id> and --tenant <tenant id or domain> (or set CARMA_ADMIN_CLIENT_ID or CARMA_CLIENT_ID, and CARMA_TENANT_ID), or set SP_ACCESS_TOKEN to an access token for the site (see docs/provisioning.md).";

/** The authority, app and scope of the device-code sign-in for a site; an error naming what is missing. */
export function deviceCodeSettings(site: URL, options: SignInOptions): DeviceCodeSettings {
  if (!options.clientId || (!options.tenant && !options.authority)) throw new Error(MISSING);
  const authority = (options.authority ?? `https://login.microsoftonline.com/${encodeURIComponent(options.tenant!)}`).replace(/\/+$/, '');
  let host: string;
  try {
    const url = new URL(authority);
    if (url.protocol !== 'https:') throw new Error('not https');
    host = url.hostname.toLowerCase();
  } catch {
    throw new Error(`"${authority}" is not an https authority (e.g. https://login.microsoftonline.com/<tenant id>).`);
  }
  const scope = options.scope ?? '.default';
  return {
    clientId: options.clientId,
    authority,
    scopes: [scope.indexOf('://') >= 0 ? scope : `${site.origin}/${scope.replace(/^\/+/, '')}`],
    entra: ENTRA_HOSTS.indexOf(host) >= 0,
  };
}

/**
 * The msal-node client for the settings. On Entra ID msal-node discovers the tenant's endpoints itself; another
 * OpenID Connect issuer (the local test's) is named in `knownAuthorities` and spoken to in msal's OIDC protocol mode.
 */
export async function msalDeviceCodeClient(settings: DeviceCodeSettings): Promise<DeviceCodeClient> {
  const msal = await import('@azure/msal-node');
  const app = new msal.PublicClientApplication({
    auth: {
      clientId: settings.clientId,
      authority: settings.authority,
      ...(settings.entra ? {} : { knownAuthorities: [new URL(settings.authority).host] }),
    },
    system: settings.entra ? {} : { protocolMode: msal.ProtocolMode.OIDC },
  });
  return {
    async acquire(scopes, onPrompt) {
      const result = await app.acquireTokenByDeviceCode({
        scopes,
        deviceCodeCallback: (response) => onPrompt({ userCode: response.userCode, verificationUri: response.verificationUri, message: response.message || undefined }),
      });
      if (!result?.accessToken) throw new Error('The sign-in returned no access token.');
      return { accessToken: result.accessToken, username: result.account?.username || undefined, expiresOn: result.expiresOn ?? undefined };
    },
  };
}

/** Signs in with the device code for a site and returns the access token; prompts and reports through `say`. */
export async function deviceCodeSignIn(
  site: URL,
  options: SignInOptions,
  say: (line: string) => void = (line) => console.error(line),
  clientFor: (settings: DeviceCodeSettings) => Promise<DeviceCodeClient> = msalDeviceCodeClient,
): Promise<string> {
  const settings = deviceCodeSettings(site, options);
  const client = await clientFor(settings);
  say(`Signing in for ${site.origin} with the Entra app ${settings.clientId} (${settings.authority}), scope ${settings.scopes.join(' ')}.`);
  let token: DeviceCodeToken;
  try {
    token = await client.acquire(settings.scopes, (prompt) =>
      say(prompt.message ?? `To sign in, use a web browser to open the page ${prompt.verificationUri} and enter the code ${prompt.userCode} to authenticate.`),
    );
  } catch (error) {
    throw new Error(`Sign-in at ${settings.authority} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  say(`Signed in${token.username ? ` as ${token.username}` : ''}${token.expiresOn ? ` (token valid until ${token.expiresOn.toISOString()})` : ''}.`);
  return token.accessToken;
}
