import * as React from 'react';
import * as ReactDom from 'react-dom';
import type { SPFI } from '@pnp/sp';
import { getCurrentUser } from '../data/currentUser';
import { httpStatus } from '../data/errors';
import type { Logger } from '../data/logging';
import type { GraphAccess } from '../data/notifications/graph';
import type { Membership } from '../data/membership';
import { createServices, type Services } from '../data/services';
import { browserStore } from '../data/proposals/storage';
import { RememberedUsers, type RememberedUser } from '../data/rememberedUser';
import { loadStrings } from '../loc';
import { AppRoot } from './AppRoot';
import type { HostContext, HostUser } from './host';

/** Re-renders a mounted app with a changed host context (e.g. a live theme change). */
export type UpdateHost = (change: (host: HostContext) => HostContext) => void;

/** Options of {@link mountApp}. */
export interface MountOptions {
  /** The signed-in user when the page already knows them (a SharePoint page context); otherwise see {@link mountApp}. */
  user?: HostUser;
  /** Where to send a visitor without a session (the local SharePoint's persona picker). */
  signInUrl?: string;
  /** Microsoft Graph for Teams activity-feed notifications (see `ServicesOptions.graph`). */
  graph?: GraphAccess;
  /** The logging sink (the console by default). */
  log?: Logger;
}

/**
 * Mounts the app for a host without an SPFx context (Teams tab, local SharePoint page): builds the host context, loads
 * the user's language, builds the services (`createServices`) and renders. Who the user is: from the host when given;
 * else what this device remembers for the site, verified by the view's first round trip (the name shows then; another
 * user signed in here remounts the app for them); else asked of SharePoint first (a first visit). A visitor without a
 * session is sent to `signInUrl` when given.
 */
export async function mountApp(
  root: HTMLElement,
  sp: SPFI,
  buildHost: (user: HostUser) => HostContext,
  options: MountOptions = {},
): Promise<UpdateHost | undefined> {
  const { signInUrl } = options;
  const toSignIn = (error: unknown): boolean => {
    if (httpStatus(error) !== 401 || !signInUrl) return false;
    window.location.assign(`${signInUrl}?returnUrl=${encodeURIComponent(window.location.href)}`);
    return true;
  };
  let host = buildHost(options.user ?? { loginName: '', displayName: '' });
  const store = browserStore();
  const memory = options.user ? undefined : new RememberedUsers(store, host.siteUrl);
  const remembered = memory?.read();
  let user: HostUser & { userId?: number };
  try {
    user = options.user ?? remembered ?? (await getCurrentUser(sp));
  } catch (error) {
    if (toSignIn(error)) return undefined;
    throw error;
  }
  if (memory && !remembered && typeof user.userId === 'number') memory.write({ ...user, userId: user.userId });
  // a remembered user's name shows once the first round trip confirmed them
  host = { ...host, user: { loginName: user.loginName, displayName: remembered ? '' : user.displayName, email: user.email } };
  const strings = await loadStrings(host.locale);
  const build = (known: HostUser & { userId?: number }, guess?: RememberedUser): Services =>
    createServices({
      sp,
      siteUrl: host.siteUrl,
      userId: guess ? undefined : known.userId,
      rememberedUserId: guess?.userId,
      onFirstRead: guess ? (read) => read.then(confirm, (error: unknown) => toSignIn(error)) : undefined,
      login: known.loginName,
      graph: options.graph,
      userName: known.displayName,
      topic: strings.app.title,
      log: options.log,
      store,
    });
  const render = (): void => ReactDom.render(<AppRoot host={host} services={services} />, root);
  const confirm = (member: Membership): void => {
    const now: RememberedUser = { userId: member.userId, loginName: member.loginName, displayName: member.name };
    memory?.write(now);
    host = { ...host, user: { loginName: now.loginName, displayName: now.displayName } };
    if (remembered && (remembered.userId !== now.userId || remembered.loginName.toLowerCase() !== now.loginName.toLowerCase())) {
      // another user signed in on this device: everything read or built for the remembered one goes
      ReactDom.unmountComponentAtNode(root);
      services = build(now);
    }
    render();
  };
  let services = build(user, remembered);
  document.documentElement.lang = host.locale;
  render();
  return (change) => {
    host = change(host);
    render();
  };
}
