import type { TimelinePipe } from '@pnp/core';
import type { Queryable } from '@pnp/queryable';
import type { TabConfig } from './config';
import type { DetectedHost } from './hostDetect';

/** Gets an access token for a SharePoint origin (e.g. `https://contoso.sharepoint.com`). */
export type TokenProvider = (resourceOrigin: string) => Promise<string>;

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

/**
 * The auth behavior of the tab. The local SharePoint runs on the tab's own origin with the persona's session
 * cookie (PnPjs then fetches the request digest itself), so no behavior is needed; production sign-in with
 * Nested App Authentication plugs in here.
 */
export function authBehaviors(config: TabConfig, _host: DetectedHost): TimelinePipe<Queryable>[] {
  const siteOrigin = new URL(config.siteUrl).origin;
  if (siteOrigin === window.location.origin) return [];
  throw new Error(
    'Sign-in to SharePoint Online is not configured yet: set tenantId and clientId in config.json (see README, "Teams app").',
  );
}
