// Types only: a value import of msal-browser's index brings its standard client into the tab's first load (see
// teams-app/nestableClient.ts), so its constants are written as the literals their types name.
import type { AuthenticationResult, Configuration, IPublicClientApplication } from '@azure/msal-browser';
import type { SignInSettings } from './config';
import { createNestableClient } from './nestableClient';
import type { SignInGate } from './signInGate';

/** Gets an access token for a SharePoint origin (e.g. `https://contoso.sharepoint.com`). */
export type TokenProvider = (resourceOrigin: string) => Promise<string>;

/** Creates the MSAL client; Nested App Authentication inside a Teams host, a standard public client elsewhere. */
export type ClientFactory = (configuration: Configuration) => Promise<IPublicClientApplication>;

const MICROSOFT_SIGN_IN_HOSTS = /(^|\.)(login\.microsoftonline\.(com|us)|login\.partner\.microsoftonline\.cn|login\.windows\.net|login\.microsoft\.com)$/i;

// Silent failures that mean "the user has to act", besides msal's InteractionRequiredAuthError (known by its name): no
// account cached yet, and a hidden-frame attempt that got no answer (a browser blocking third-party cookies).
const NEEDS_USER = ['no_account_error', 'timed_out'];

/**
 * The MSAL configuration of the tab: the tenant's authority (or a plain OpenID Connect provider in the local sign-in
 * test), the redirect bridge page beside the tab, and tokens kept across visits.
 */
export function msalConfiguration(settings: SignInSettings, tabUrl: string): Configuration {
  const authorityHost = new URL(settings.authority).host;
  const microsoft = MICROSOFT_SIGN_IN_HOSTS.test(new URL(settings.authority).hostname);
  return {
    auth: {
      clientId: settings.clientId,
      authority: settings.authority,
      redirectUri: new URL('redirect.html', tabUrl).toString(),
      ...(microsoft ? {} : { knownAuthorities: [authorityHost] }),
    },
    cache: { cacheLocation: 'localStorage' },
    system: microsoft ? {} : { protocolMode: 'OIDC' },
  };
}

/** Whether a failed silent attempt can be resolved by the user signing in or consenting. */
export function needsInteraction(error: unknown): boolean {
  const { name, errorCode } = (error ?? {}) as { name?: unknown; errorCode?: unknown };
  return name === 'InteractionRequiredAuthError' || (typeof errorCode === 'string' && NEEDS_USER.indexOf(errorCode) >= 0);
}

async function silentToken(client: IPublicClientApplication, scopes: string[], loginHint: string | undefined): Promise<AuthenticationResult> {
  const account = client.getActiveAccount() || client.getAllAccounts()[0];
  if (account) return client.acquireTokenSilent({ scopes, account });
  // Teams tells us who the user is: Nested App Authentication (or a hidden frame) can then sign in without a click.
  if (loginHint) return client.ssoSilent({ scopes, loginHint });
  throw Object.assign(new Error('No signed-in account yet.'), { errorCode: 'no_account_error' });
}

/** The tab's tokens from one MSAL client: SharePoint's per origin, and tokens for explicit scopes (Microsoft Graph). */
export interface MsalTokens {
  /** A SharePoint token (`<origin>/.default`), as PnPjs asks for it. */
  forResource: TokenProvider;
  /** A token for explicit scopes, e.g. `https://graph.microsoft.com/TeamsActivity.Send`: a second request of the same app. */
  forScopes(scopes: string[]): Promise<string>;
}

/**
 * The tab's tokens: silent first (cache, refresh token, Teams' single sign-on; in Teams through Nested App
 * Authentication, so every token is issued to the tab's own Entra app), and when the user must act, the "Aanmelden"
 * prompt of the gate with a popup (in Teams the host's own consent dialog) from their click.
 */
export function msalTokens(
  settings: SignInSettings,
  gate: SignInGate,
  options: { tabUrl: string; loginHint?: string; createClient?: ClientFactory },
): MsalTokens {
  const createClient = options.createClient || createNestableClient;
  let client: Promise<IPublicClientApplication> | undefined;
  const acquire = async (scopes: string[], gateKey: string): Promise<string> => {
    if (!client) client = createClient(msalConfiguration(settings, options.tabUrl));
    const pca = await client;
    try {
      const result = await silentToken(pca, scopes, options.loginHint);
      pca.setActiveAccount(result.account);
      return result.accessToken;
    } catch (error) {
      if (!needsInteraction(error)) throw error;
    }
    const result = await gate.request(gateKey, () => pca.acquireTokenPopup({ scopes, loginHint: options.loginHint }));
    pca.setActiveAccount(result.account);
    return result.accessToken;
  };
  return {
    forResource: (resourceOrigin) => acquire([`${resourceOrigin}/.default`], resourceOrigin),
    forScopes: (scopes) => acquire(scopes, scopes.join(' ')),
  };
}

/** A token provider for SharePoint (see {@link msalTokens}). */
export function msalTokenProvider(
  settings: SignInSettings,
  gate: SignInGate,
  options: { tabUrl: string; loginHint?: string; createClient?: ClientFactory },
): TokenProvider {
  return msalTokens(settings, gate, options).forResource;
}
