import { app } from '@microsoft/teams-js';
import { SPBrowser } from '@pnp/sp';
import { mountApp, type UpdateHost } from '../src/app/mountApp';
import { showStartupError } from '../src/app/startupError';
import { consoleLogger } from '../src/data/logging';
import { createSP } from '../src/data/pnp';
import { format, loadStrings } from '../src/loc';
import { errorText } from '../src/ui/common/Status';
import { SignInNotConfiguredError, tabAuth } from './auth';
import { loadConfig } from './config';
import { detectHost, tabLocale } from './hostDetect';
import { createShellUi } from './shellUi';
import { tabGraph } from './tabGraph';
import { tabStringsFor } from './strings';
import { hostFromTab, loadTeamsTheme, tabTheme } from './teamsHost';

async function main(root: HTMLElement): Promise<void> {
  const configLoad = loadConfig();
  // Reading the config and the Teams handshake run side by side; a config failure is reported in the host's language.
  configLoad.catch(() => undefined);
  const detected = await detectHost();
  const locale = tabLocale(detected);
  // the user's language loads beside the config and the sign-in (mountApp awaits it)
  loadStrings(locale).catch(() => undefined);
  // the first paint's theme (a dark or high-contrast one loads its chunk beside the config), then Teams' changes
  let theme = await tabTheme(detected);
  const shell = createShellUi(root, locale, theme);
  let update: UpdateHost | undefined;
  if (detected.kind === 'teams') {
    let latest = '';
    app.registerOnThemeChangeHandler((name: string) => {
      latest = name;
      // a quicker switch after this one wins, whichever theme loads first
      loadTeamsTheme(name)
        .then((next) => {
          if (latest !== name) return;
          theme = next;
          shell.setTheme(next);
          update?.((host) => ({ ...host, theme: next }));
        })
        .catch(() => undefined);
    });
    app.notifyAppLoaded();
  }
  try {
    const config = await configLoad;
    const auth = tabAuth(config, detected, shell.gate);
    const sp = createSP(config.siteUrl, SPBrowser({ baseUrl: config.siteUrl }), ...auth.behaviors);
    // activity-feed notifications with the tab's own Graph token (NAA in Teams), or the local Graph stand-in
    const graph = tabGraph(config, auth);
    update = await mountApp(root, sp, (user) => hostFromTab(detected, theme, config.siteUrl, user, window.location.search), { signInUrl: config.signInUrl, graph, log: consoleLogger });
    // Older hosts answer nothing or refuse; the tab runs either way.
    if (detected.kind === 'teams') app.notifySuccess().catch(() => undefined);
  } catch (error) {
    const strings = tabStringsFor(locale);
    if (error instanceof SignInNotConfiguredError) {
      shell.showNotice(root, strings.notConfigured.title, strings.notConfigured.body);
    } else {
      const detail = error instanceof Error ? error.message : String(error);
      shell.showNotice(root, strings.startFailed.title, format(strings.startFailed.body, { reason: errorText(await loadStrings(locale), error), detail }));
    }
    if (detected.kind === 'teams') {
      const reason = error instanceof SignInNotConfiguredError ? app.FailedReason.AuthFailed : app.FailedReason.Other;
      app.notifyFailure({ reason, message: String(error) });
    }
  }
}

const rootElement = document.getElementById('root');
if (rootElement) main(rootElement).catch((error: unknown) => showStartupError(rootElement, error));
