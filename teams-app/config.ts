/**
 * Deployment settings of the tab, read at run time from `config.json` beside the tab's `index.html` (in the build:
 * `dist/teams-app/config.json`). This is the one place IT configures the tab; it holds identifiers only, never a
 * secret (the tab is a public client). Example for the zone's tenant:
 *
 * ```json
 * { "siteUrl": "https://pzcarma.sharepoint.com/sites/integriteit",
 *   "tenantId": "<Entra tenant id>", "clientId": "<Entra app (client) id>",
 *   "teamsAppId": "<the app's id in the tenant's Teams catalog>" }
 * ```
 */
export interface TabConfig {
  /** The SharePoint site that holds the lists; absolute, or a path on the tab's own origin (local SharePoint). */
  siteUrl: string;
  /** Entra tenant id (production sign-in; empty on the local SharePoint). */
  tenantId?: string;
  /** Entra app (client) id of the tab (production sign-in; empty on the local SharePoint). */
  clientId?: string;
  /**
   * The sign-in authority when it is not `https://login.microsoftonline.com/<tenantId>`; an authority outside
   * Microsoft's sign-in hosts is treated as a plain OpenID Connect provider (the local sign-in test uses one).
   */
  authority?: string;
  /**
   * The Teams app's id in the tenant's catalog (the org-catalog id Teams gives an app uploaded in the admin center,
   * not the manifest id): deep links in activity-feed notifications name it. Empty: the manifest id.
   */
  teamsAppId?: string;
  /** Where Graph is reached: Microsoft Graph when absent; the local sign-in test points it at the local Graph stand-in. */
  graphUrl?: string;
  /** Where to send a visitor without a session (the local SharePoint's persona picker); absent in production. */
  signInUrl?: string;
}

/** The sign-in settings of a tab whose site is not on its own origin. */
export interface SignInSettings {
  tenantId: string;
  clientId: string;
  authority: string;
}

/** Loads and checks `config.json`, resolving a site path against the tab's origin. */
export async function loadConfig(base: string = window.location.href): Promise<TabConfig> {
  const response = await fetch(new URL('config.json', base).toString(), { cache: 'no-cache' });
  if (!response.ok) throw new Error(`config.json could not be read (HTTP ${response.status})`);
  const raw = (await response.json()) as Partial<TabConfig>;
  if (typeof raw.siteUrl !== 'string' || raw.siteUrl === '') throw new Error('config.json has no siteUrl');
  return { ...raw, siteUrl: new URL(raw.siteUrl, base).toString().replace(/\/$/, '') };
}

/** The sign-in settings of a config, or undefined when the tenant or the client id is missing. */
export function signInSettings(config: TabConfig): SignInSettings | undefined {
  const tenantId = (config.tenantId || '').trim();
  const clientId = (config.clientId || '').trim();
  if (!tenantId || !clientId) return undefined;
  return { tenantId, clientId, authority: config.authority || `https://login.microsoftonline.com/${tenantId}` };
}
