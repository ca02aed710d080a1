import { app, pages } from '@microsoft/teams-js';
import { showStartupError } from '../src/app/startupError';
import type { ViewKey } from '../src/app/views';
import { loadStrings } from '../src/loc';
import { renderConfigPage } from './configPage';
import { detectHost, tabLocale } from './hostDetect';
import { tabStringsFor } from './strings';
import { configuredView, tabInstanceConfig } from './tabConfiguration';

/** Follows Teams' theme (`default`, `dark`, `contrast`): config.html's styles key on it. */
function showTheme(name: string | undefined): void {
  document.documentElement.dataset.theme = name === 'dark' || name === 'contrast' ? name : 'default';
}

/** The configuration page's script: shows the choice, keeps Teams' Save button enabled and saves the tab URL. */
async function main(root: HTMLElement): Promise<void> {
  const detected = await detectHost();
  const locale = tabLocale(detected);
  const strings = tabStringsFor(locale).configPage;
  const appStrings = await loadStrings(locale);
  const inTeams = detected.kind === 'teams';
  let view: ViewKey = configuredView(inTeams ? detected.context.page.id : undefined);
  document.documentElement.lang = locale;
  showTheme(inTeams ? detected.context.app.theme : undefined);
  renderConfigPage(root, { strings, appStrings, initialView: view, inTeams, onSelect: (next) => (view = next) });
  if (!inTeams) return;
  app.registerOnThemeChangeHandler(showTheme);
  pages.config.registerOnSaveHandler((saveEvent) => {
    pages.config
      .setConfig(tabInstanceConfig(view, window.location.href, strings, appStrings))
      .then(() => saveEvent.notifySuccess())
      .catch((error: unknown) => saveEvent.notifyFailure(error instanceof Error ? error.message : String(error)));
  });
  // A view is always selected, so the tab can be saved at once.
  pages.config.setValidityState(true);
  // Older hosts answer nothing or refuse; the page works either way.
  app.notifySuccess().catch(() => undefined);
}

const rootElement = document.getElementById('root');
if (rootElement) main(rootElement).catch((error: unknown) => showStartupError(rootElement, error));
