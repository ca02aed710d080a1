/** Why a "site that holds the lists" setting cannot be used, or undefined when it can (empty means the current site). */
export type SiteUrlProblem = 'notAbsolute' | 'notHttps' | 'otherTenant';

/**
 * Checks the site setting of the web part: an absolute https URL on the same SharePoint tenant as the page (the web
 * part's SharePoint session only reaches its own tenant).
 */
export function siteUrlProblem(value: string, currentSiteUrl: string): SiteUrlProblem | undefined {
  const text = value.trim();
  if (!text) return undefined;
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) return 'notAbsolute';
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'notAbsolute';
  }
  if (url.protocol !== 'https:') return 'notHttps';
  if (url.host.toLowerCase() !== new URL(currentSiteUrl).host.toLowerCase()) return 'otherTenant';
  return undefined;
}

/**
 * The site the web part reads: the setting when it is usable, else the site the package was built for (when usable),
 * else the page's own site.
 */
export function listsSiteUrl(value: string | undefined, currentSiteUrl: string, builtSiteUrl = ''): string {
  const usable = [value, builtSiteUrl].map((v) => (v || '').trim()).filter((v) => v && !siteUrlProblem(v, currentSiteUrl));
  if (usable.length === 0) return currentSiteUrl;
  const url = new URL(usable[0]);
  return `${url.origin}${url.pathname}`.replace(/\/$/, '');
}
