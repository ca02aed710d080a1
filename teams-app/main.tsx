import { app } from '@microsoft/teams-js';
import { SPBrowser } from '@pnp/sp';
import { mountApp, showStartupError, type UpdateHost } from '../src/app/mountApp';
import { teamsTheme } from '../src/app/theme';
import { consoleLogger } from '../src/data/logging';
import { localGraph } from '../src/data/notifications/graph';
import { createSP } from '../src/data/pnp';
import { format, stringsFor } from '../src/loc';
import { errorText } from '../src/ui/common/Status';
import { authBehaviors, SignInNotConfiguredError } from './auth';
import { loadConfig } from './config';
import { detectHost } from './hostDetect';
import { createShellUi } from './shellUi';
import { tabStringsFor } from './strings';
import { hostFromTab, tabLocale, tabTheme } from './teamsHost';

async function main(root: HTMLElement): Promise<void> {
  const configLoad = loadConfig();
  // Reading the config and the Teams handshake run side by side; a config failure is reported in the host's language.
  configLoad.catch(() => undefined);
  const detected = await detectHost();
  const locale = tabLocale(detected);
  const shell = createShellUi(root, locale, tabTheme(detected));
  let update: UpdateHost | undefined;
  if (detected.kind === 'teams') {
    app.registerOnThemeChangeHandler((name: string) => {
      const theme = teamsTheme(name);
      shell.setTheme(theme);
      update?.((host) => ({ ...host, theme }));
    });
    app.notifyAppLoaded();
  }
  try {
    const config = await configLoad;
    const sp = createSP(config.siteUrl, SPBrowser({ baseUrl: config.siteUrl }), ...authBehaviors(config, detected, shell.gate));
    // the local SharePoint serves the Graph stand-in on its own origin; Microsoft Graph needs the tab's Graph token (not wired yet)
    const graph = new URL(config.siteUrl).origin === window.location.origin ? localGraph(window.location.origin) : undefined;
    update = await mountApp(root, sp, (user) => hostFromTab(detected, config.siteUrl, user, window.location.search), { signInUrl: config.signInUrl, graph, log: consoleLogger });
    // Older hosts answer nothing or refuse; the tab runs either way.
    if (detected.kind === 'teams') app.notifySuccess().catch(() => undefined);
  } catch (error) {
    const strings = tabStringsFor(locale);
    if (error instanceof SignInNotConfiguredError) {
      shell.showNotice(root, strings.notConfigured.title, strings.notConfigured.body);
    } else {
      const detail = error instanceof Error ? error.message : String(error);
      shell.showNotice(root, strings.startFailed.title, format(strings.startFailed.body, { reason: errorText(stringsFor(locale), error), detail }));
    }
    if (detected.kind === 'teams') {
      const reason = error instanceof SignInNotConfiguredError ? app.FailedReason.AuthFailed : app.FailedReason.Other;
      app.notifyFailure({ reason, message: String(error) });
    }
  }
}

const rootElement = document.getElementById('root');
if (rootElement) main(rootElement).catch((error: unknown) => showStartupError(rootElement, error));
