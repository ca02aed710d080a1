import * as React from 'react';
import * as ReactDom from 'react-dom';
import { FluentProvider, IdPrefixProvider, type Theme } from '@fluentui/react-components';
import { app, pages } from '@microsoft/teams-js';
import { showStartupError } from '../src/app/startupError';
import { teamsTheme } from '../src/app/theme';
import type { ViewKey } from '../src/app/views';
import { loadStrings } from '../src/loc';
import { ConfigPage } from './ConfigPage';
import { detectHost } from './hostDetect';
import { tabStringsFor } from './strings';
import { configuredView, tabInstanceConfig } from './tabConfiguration';
import { tabLocale, tabTheme } from './teamsHost';

/** The configuration page's script: shows the choice, keeps Teams' Save button enabled and saves the tab URL. */
async function main(root: HTMLElement): Promise<void> {
  const detected = await detectHost();
  const locale = tabLocale(detected);
  const strings = tabStringsFor(locale).configPage;
  const appStrings = await loadStrings(locale);
  const inTeams = detected.kind === 'teams';
  let view: ViewKey = configuredView(inTeams ? detected.context.page.id : undefined);
  let theme: Theme = tabTheme(detected);
  document.documentElement.lang = locale;
  const render = (): void =>
    ReactDom.render(
      <IdPrefixProvider value="carma-config-">
        <FluentProvider theme={theme} lang={locale} dir="ltr">
          <ConfigPage strings={strings} appStrings={appStrings} initialView={view} inTeams={inTeams} onSelect={(next) => (view = next)} />
        </FluentProvider>
      </IdPrefixProvider>,
      root,
    );
  render();
  if (!inTeams) return;
  app.registerOnThemeChangeHandler((name: string) => {
    theme = teamsTheme(name);
    render();
  });
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
