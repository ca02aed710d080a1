/**
 * The local SharePoint page: what the web part shows on the zone's SharePoint page, mounted the way the web part
 * does it: the page context (user, form digest) comes with the page, as `_spPageContextInfo` does on SharePoint, so
 * the first paint needs no extra round trip. The SPFx runtime itself only exists in SharePoint Online.
 */
import { BrowserFetchWithRetry, DefaultParse } from '@pnp/queryable';
import { DefaultHeaders, DefaultInit, RequestDigest } from '@pnp/sp';
import { mountApp, showStartupError } from '../../src/app/mountApp';
import { carmaLightTheme } from '../../src/app/theme';
import { isViewKey } from '../../src/app/views';
import { localGraph } from '../../src/data/notifications/graph';
import { createSP } from '../../src/data/pnp';
import { resolveLocale } from '../../src/loc';

/** The page context the local SharePoint writes into the page. */
interface PageContextInfo {
  webAbsoluteUrl: string;
  userLoginName: string;
  userDisplayName: string;
  userEmail: string;
  formDigestValue: string;
  formDigestTimeoutSeconds: number;
}

const rootElement = document.getElementById('root');
const info = (window as unknown as { _spPageContextInfo?: PageContextInfo })._spPageContextInfo;
if (rootElement && info) {
  const loaded = Date.now();
  const params = new URLSearchParams(window.location.search);
  const view = params.get('view');
  // The page's digest serves the first writes; once it expires PnPjs fetches a fresh one from contextinfo.
  const pageDigest = RequestDigest(() => ({
    value: info.formDigestValue,
    expiration: new Date(loaded + (info.formDigestTimeoutSeconds - 15) * 1000),
  }));
  const sp = createSP(info.webAbsoluteUrl, DefaultHeaders(), DefaultInit(), BrowserFetchWithRetry(), DefaultParse(), pageDigest);
  mountApp(
    rootElement,
    sp,
    (user) => ({
      kind: 'local',
      locale: resolveLocale(params.get('lang') || navigator.language),
      theme: carmaLightTheme,
      siteUrl: info.webAbsoluteUrl,
      user,
      instanceId: 'page',
      initialView: isViewKey(view) ? view : undefined,
      deepLink: params.get('item') || undefined,
    }),
    { user: { loginName: info.userLoginName, displayName: info.userDisplayName, email: info.userEmail }, graph: localGraph(window.location.origin) },
  ).catch((error: unknown) => showStartupError(rootElement, error));
}
