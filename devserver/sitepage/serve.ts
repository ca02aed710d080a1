/**
 * Writes the local SharePoint page: the full page context SharePoint writes into a modern page (so booting costs no
 * round trip), the manifests it preloads, SPFx's loader from `node_modules`, and the boot call, with the page's
 * sections and web part instances.
 */
import { randomUUID } from 'node:crypto';
import { issueDigest, DIGEST_TIMEOUT_SECONDS, type Identity } from '../auth/auth';
import type { Site } from '../http/context';
import type { Db } from '../store/db';
import { userMask, WEB } from '../auth/permissions';
import { pageLayout, teamsHostedLayout, withQueryProperties, type LocalPage } from './page';
import { APPLICATION_ID, type SpfxRuntime } from './runtime';

/** The build number the page reports to SPFx (the local runtime's own). */
const BUILD_NUMBER = 'local-sharepoint';

/**
 * SharePoint's culture for the visitor: `?lang=` (or `?forceLocale=`, which Teams puts on the Teams tab page), else the
 * browser's first language (nl-BE, fr-BE or en-US).
 */
export function cultureOf(query: URLSearchParams, acceptLanguage: string | undefined): string {
  const wanted = (query.get('lang') || query.get('forceLocale') || (acceptLanguage ?? '').split(',')[0] || '').trim().toLowerCase().split(/[-_;]/)[0];
  if (wanted === 'fr') return 'fr-BE';
  if (wanted === 'en') return 'en-US';
  return 'nl-BE';
}

const braced = (guid: string): string => `{${guid.replace(/[{}]/g, '')}}`;

/** The `_spPageContextInfo` a modern SharePoint page carries, with what SPFx's start-up reads from it. */
export function pageContextInfo(db: Db, site: Site, identity: Identity, culture: string, now: Date = new Date()): Record<string, unknown> {
  const { caller } = identity;
  const mask = userMask(db, caller.id, caller.isSiteAdmin, WEB);
  const lcid: Record<string, number> = { 'nl-BE': 2067, 'fr-BE': 2060, 'en-US': 1033 };
  return {
    webAbsoluteUrl: site.url,
    webServerRelativeUrl: site.path,
    webTitle: site.title,
    webTemplate: '64',
    webLanguage: lcid[culture] ?? 2067,
    webPermMasks: { High: mask.high, Low: mask.low },
    siteAbsoluteUrl: site.url,
    siteServerRelativeUrl: site.path,
    siteId: braced(site.siteId),
    webId: braced(site.webId),
    userId: caller.id,
    userLoginName: caller.login,
    userDisplayName: caller.title,
    userEmail: caller.email,
    userPrincipalName: caller.email,
    isSiteAdmin: caller.isSiteAdmin,
    isAnonymousGuestUser: false,
    isExternalGuestUser: false,
    isEmailAuthenticationGuestUser: false,
    currentCultureName: culture,
    currentUICultureName: culture,
    currentLanguage: lcid[culture] ?? 2067,
    formDigestValue: issueDigest(site, identity.token, now),
    formDigestTimeoutSeconds: DIGEST_TIMEOUT_SECONDS,
    serverTime: now.toISOString(),
    CorrelationId: randomUUID(),
    env: 'prod',
    cloudType: 'Prod',
    aadInstanceUrl: 'https://login.microsoftonline.com',
    aadTenantId: '00000000-0000-0000-0000-000000000001',
    aadUserId: '00000000-0000-0000-0000-000000000002',
    msGraphEndpointUrl: 'graph.microsoft.com',
    ExpFeatures: [],
    ECSClientFeatures: [],
    // skips SPFx's start-up token prefetch (a redirect to login.microsoftonline.com that cannot work offline)
    killSwitches: { '2bf3e1ce-55da-4552-bc41-e3d072202d3c': true },
  };
}

/** JSON for an inline script (no `</script>` break-out). */
const inline = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');

/** The title of the web part instances on the local pages. */
const WEB_PART_TITLE = 'Integriteit CARMA';

/** The site's page: its sections and web parts as `?page=` picks them, the query string setting the first one's properties. */
export function renderSitePage(template: string, runtime: SpfxRuntime, info: Record<string, unknown>, query: URLSearchParams): string {
  const sections = withQueryProperties(pageLayout(query.get('page'), runtime.webPart.id, WEB_PART_TITLE), query);
  return renderPage(template, runtime, info, { canvasId: 'canvas', sections });
}

/**
 * SharePoint's Teams tab page (`_layouts/15/teamshostedapp.aspx?teams&componentId=<id>&forceLocale=<locale>`, where
 * the Teams manifest's TeamsLogon link leads): the web part alone, loaded through SPFx's Teams-aware web part host;
 * undefined when the package holds no web part with that id.
 */
export function renderTeamsHostedPage(template: string, runtime: SpfxRuntime, info: Record<string, unknown>, query: URLSearchParams): string | undefined {
  const sections = teamsHostedLayout(query, runtime.webPart, WEB_PART_TITLE);
  if (!sections) return undefined;
  return renderPage(template.replace('__CULTURE__', String(info.currentUICultureName)), runtime, info, { canvasId: 'canvas', sections, teamsHosted: true });
}

/** A page's HTML: the template with the page context, the preloaded manifests, the loader and the boot call. */
function renderPage(template: string, runtime: SpfxRuntime, info: Record<string, unknown>, page: LocalPage): string {
  const preloaded = { buildNumber: BUILD_NUMBER, clientSideApplicationId: APPLICATION_ID, manifests: runtime.manifests, spPageContextInfo: info };
  const scripts = [
    `<script>window._spPageContextInfo = ${inline(info)};</script>`,
    `<script>window.__localPage = ${inline(page)}; window.__spfxPreloadedData = ${inline(preloaded)};</script>`,
    `<script src="${runtime.loaderUrl}"></script>`,
    `<script>
      (function () {
        var data = window.__spfxPreloadedData;
        data.spPageContextInfo = window._spPageContextInfo;
        function fail(error) {
          document.documentElement.dataset.spfxBooted = 'failed';
          var p = document.createElement('p');
          p.setAttribute('role', 'alert');
          p.textContent = 'SPFx kon niet starten: ' + (error && error.message ? error.message : String(error));
          document.getElementById('canvas').appendChild(p);
          console.error('SPFx boot failed', error);
        }
        try {
          Promise.resolve(spModuleLoader.start(data, fail)).catch(fail);
        } catch (error) { fail(error); }
      })();
    </script>`,
  ];
  return template.replace('<!--PAGE_CONTEXT-->', scripts.join('\n    '));
}
