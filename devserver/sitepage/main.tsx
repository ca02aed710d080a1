/**
 * The local SharePoint page: what the web part shows on the zone's SharePoint page, mounted the way the web part
 * does it but with the persona's session cookie instead of the SPFx context (the SPFx runtime only exists in
 * SharePoint Online).
 */
import { SPBrowser } from '@pnp/sp';
import { mountApp, showStartupError } from '../../src/app/mountApp';
import { carmaLightTheme } from '../../src/app/theme';
import { isViewKey } from '../../src/app/views';
import { createSP } from '../../src/data/pnp';
import { resolveLocale } from '../../src/loc';

const rootElement = document.getElementById('root');
if (rootElement) {
  const siteUrl = `${window.location.origin}${window.location.pathname}`.replace(/\/$/, '');
  const params = new URLSearchParams(window.location.search);
  const view = params.get('view');
  const sp = createSP(siteUrl, SPBrowser({ baseUrl: siteUrl }));
  mountApp(
    rootElement,
    sp,
    (user) => ({
      kind: 'local',
      locale: resolveLocale(params.get('lang') || navigator.language),
      theme: carmaLightTheme,
      siteUrl,
      user,
      instanceId: 'page',
      initialView: isViewKey(view) ? view : undefined,
      deepLink: params.get('item') || undefined,
    }),
    '/_dev/login',
  ).catch((error: unknown) => showStartupError(rootElement, error));
}
