/** Deployment settings of the tab, read at run time from `config.json` beside the tab (one documented place). */
export interface TabConfig {
  /** The SharePoint site that holds the lists; absolute, or a path on the tab's own origin (local SharePoint). */
  siteUrl: string;
  /** Entra tenant id (production sign-in; empty on the local SharePoint). */
  tenantId?: string;
  /** Entra app (client) id of the tab (production sign-in; empty on the local SharePoint). */
  clientId?: string;
  /** Where to send a visitor without a session (the local SharePoint's persona picker); absent in production. */
  signInUrl?: string;
}

/** Loads and checks `config.json`, resolving a site path against the tab's origin. */
export async function loadConfig(base: string = window.location.href): Promise<TabConfig> {
  const response = await fetch(new URL('config.json', base).toString(), { cache: 'no-cache' });
  if (!response.ok) throw new Error(`config.json could not be read (HTTP ${response.status})`);
  const raw = (await response.json()) as Partial<TabConfig>;
  if (typeof raw.siteUrl !== 'string' || raw.siteUrl === '') throw new Error('config.json has no siteUrl');
  return { ...raw, siteUrl: new URL(raw.siteUrl, base).toString().replace(/\/$/, '') };
}
