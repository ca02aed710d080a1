import * as React from 'react';
import * as ReactDom from 'react-dom';
import type { SPFI } from '@pnp/sp';
import { getCurrentUser } from '../data/currentUser';
import { httpStatus } from '../data/errors';
import type { Logger } from '../data/logging';
import type { GraphAccess } from '../data/notifications/graph';
import { createServices } from '../data/services';
import { loadStrings } from '../loc';
import { AppRoot } from './AppRoot';
import type { HostContext, HostUser } from './host';

/** Re-renders a mounted app with a changed host context (e.g. a live theme change). */
export type UpdateHost = (change: (host: HostContext) => HostContext) => void;

/** Options of {@link mountApp}. */
export interface MountOptions {
  /** The signed-in user when the page already knows them (a SharePoint page context); otherwise SharePoint is asked. */
  user?: HostUser;
  /** Where to send a visitor without a session (the local SharePoint's persona picker). */
  signInUrl?: string;
  /** Microsoft Graph for Teams activity-feed notifications (see `ServicesOptions.graph`). */
  graph?: GraphAccess;
  /** The logging sink (the console by default). */
  log?: Logger;
}

/**
 * Mounts the app for a host without an SPFx context (Teams tab, local SharePoint page): finds out who is signed in,
 * builds the host context, loads the user's language and builds the services (`createServices`) and renders; sends a visitor without a session to `signInUrl` when given.
 */
export async function mountApp(
  root: HTMLElement,
  sp: SPFI,
  buildHost: (user: HostUser) => HostContext,
  options: MountOptions = {},
): Promise<UpdateHost | undefined> {
  const { signInUrl } = options;
  let user: HostUser & { userId?: number };
  try {
    user = options.user ?? (await getCurrentUser(sp));
  } catch (error) {
    if (httpStatus(error) === 401 && signInUrl) {
      window.location.assign(`${signInUrl}?returnUrl=${encodeURIComponent(window.location.href)}`);
      return undefined;
    }
    throw error;
  }
  let host = buildHost({ loginName: user.loginName, displayName: user.displayName, email: user.email });
  const strings = await loadStrings(host.locale);
  const services = createServices({
    sp,
    siteUrl: host.siteUrl,
    userId: user.userId,
    login: user.loginName,
    graph: options.graph,
    userName: host.user.displayName,
    topic: strings.app.title,
    log: options.log,
  });
  const render = (): void => ReactDom.render(<AppRoot host={host} services={services} />, root);
  document.documentElement.lang = host.locale;
  render();
  return (change) => {
    host = change(host);
    render();
  };
}
