import * as React from 'react';
import * as ReactDom from 'react-dom';
import { app } from '@microsoft/teams-js';
import { SPBrowser } from '@pnp/sp';
import { AppRoot } from '../src/app/AppRoot';
import type { HostContext } from '../src/app/host';
import { teamsTheme } from '../src/app/theme';
import { createSP } from '../src/data/pnp';
import { authBehaviors } from './auth';
import { loadConfig } from './config';
import { detectHost } from './hostDetect';
import { hostFromTab } from './teamsHost';

function showFatal(root: HTMLElement, message: string): void {
  root.innerHTML = '';
  const p = document.createElement('p');
  p.setAttribute('role', 'alert');
  p.style.padding = '16px';
  p.textContent = message;
  root.appendChild(p);
}

async function main(root: HTMLElement): Promise<void> {
  const [config, detected] = await Promise.all([loadConfig(), detectHost()]);
  const sp = createSP(config.siteUrl, SPBrowser({ baseUrl: config.siteUrl }), ...authBehaviors(config, detected));
  let me: { LoginName: string; Title: string; Email: string };
  try {
    me = await sp.web.currentUser.select('LoginName', 'Title', 'Email')();
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (status === 401 && config.signInUrl) {
      window.location.assign(`${config.signInUrl}?returnUrl=${encodeURIComponent(window.location.href)}`);
      return;
    }
    throw error;
  }
  let host: HostContext = hostFromTab(
    detected,
    config.siteUrl,
    { loginName: me.LoginName, displayName: me.Title, email: me.Email },
    window.location.search,
  );
  document.documentElement.lang = host.locale;
  const render = (): void => ReactDom.render(<AppRoot host={host} services={{ sp }} />, root);
  render();
  if (detected.kind === 'teams') {
    app.registerOnThemeChangeHandler((theme: string) => {
      host = { ...host, theme: teamsTheme(theme) };
      render();
    });
    app.notifySuccess();
  }
}

const rootElement = document.getElementById('root');
if (rootElement) {
  main(rootElement).catch((error: unknown) => {
    showFatal(rootElement, `Integriteit CARMA kon niet starten: ${error instanceof Error ? error.message : String(error)}`);
  });
}
