import { app } from '@microsoft/teams-js';
import { SPBrowser } from '@pnp/sp';
import { mountApp, showStartupError } from '../src/app/mountApp';
import { teamsTheme } from '../src/app/theme';
import { createSP } from '../src/data/pnp';
import { authBehaviors } from './auth';
import { loadConfig } from './config';
import { detectHost } from './hostDetect';
import { hostFromTab } from './teamsHost';

async function main(root: HTMLElement): Promise<void> {
  const [config, detected] = await Promise.all([loadConfig(), detectHost()]);
  const sp = createSP(config.siteUrl, SPBrowser({ baseUrl: config.siteUrl }), ...authBehaviors(config, detected));
  const update = await mountApp(root, sp, (user) => hostFromTab(detected, config.siteUrl, user, window.location.search), config.signInUrl);
  if (update && detected.kind === 'teams') {
    app.registerOnThemeChangeHandler((theme: string) => update((host) => ({ ...host, theme: teamsTheme(theme) })));
    app.notifySuccess();
  }
}

const rootElement = document.getElementById('root');
if (rootElement) main(rootElement).catch((error: unknown) => showStartupError(rootElement, error));
