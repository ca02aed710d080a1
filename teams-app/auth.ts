import type { TimelinePipe } from '@pnp/core';
import type { Queryable } from '@pnp/queryable';
import { signInSettings, type TabConfig } from './config';
import type { DetectedHost } from './hostDetect';
import { msalTokens, type ClientFactory, type TokenProvider } from './msalTokens';
import type { SignInGate } from './signInGate';

/** Thrown when the tab must sign in to SharePoint Online but config.json names no tenant or client id. */
export class SignInNotConfiguredError extends Error {
  constructor() {
    super('Sign-in to SharePoint Online is not configured: set tenantId and clientId in config.json (see docs/deployment.md).');
    this.name = 'SignInNotConfiguredError';
  }
}

/** A PnPjs behavior that asks the token provider before every request and sends the bearer token. */
export function bearerFrom(getToken: TokenProvider): TimelinePipe<Queryable> {
  return (instance: Queryable) => {
    instance.on.auth.replace(async (url: URL, init: RequestInit) => {
      const token = await getToken(`${url.protocol}//${url.host}`);
      init.headers = { ...(init.headers as Record<string, string>), Authorization: `Bearer ${token}` };
      return [url, init];
    });
    return instance;
  };
}

/** How the tab signs in: the PnPjs behaviors for SharePoint and, when it signs in with MSAL, a source of Graph tokens. */
export interface TabAuth {
  behaviors: TimelinePipe<Queryable>[];
  /** Tokens for explicit scopes from the same Entra app (in Teams through Nested App Authentication); absent locally. */
  tokenFor?: (scopes: string[]) => Promise<string>;
}

/**
 * The sign-in of the tab. A tab configured with a tenant and client id signs in with MSAL (Nested App Authentication
 * in Teams) and sends bearer tokens; without them, a site on the tab's own origin is the local SharePoint, reached
 * with the persona's session cookie (PnPjs then fetches the request digest itself).
 */
export function tabAuth(
  config: TabConfig,
  host: DetectedHost,
  gate: SignInGate,
  options: { tabUrl?: string; createClient?: ClientFactory } = {},
): TabAuth {
  const settings = signInSettings(config);
  if (!settings) {
    if (new URL(config.siteUrl).origin === window.location.origin) return { behaviors: [] };
    throw new SignInNotConfiguredError();
  }
  const loginHint = host.kind === 'teams' ? host.context.user?.loginHint : undefined;
  const tokens = msalTokens(settings, gate, { tabUrl: options.tabUrl || window.location.href, loginHint, createClient: options.createClient });
  return { behaviors: [bearerFrom(tokens.forResource)], tokenFor: tokens.forScopes };
}

/** The PnPjs auth behaviors of the tab (see {@link tabAuth}). */
export function authBehaviors(
  config: TabConfig,
  host: DetectedHost,
  gate: SignInGate,
  options: { tabUrl?: string; createClient?: ClientFactory } = {},
): TimelinePipe<Queryable>[] {
  return tabAuth(config, host, gate, options).behaviors;
}
