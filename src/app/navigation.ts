import * as React from 'react';
import { isViewKey, type ViewKey } from './views';

/** Where the user is: a view and, optionally, one item in it (e.g. `thema/3`, `voorstel/12`). */
export interface Route {
  view: ViewKey;
  item?: string;
}

/** Navigation inside one app instance (in the page's address only for the instance that owns it: several web parts can share a page). */
export interface Navigation {
  route: Route;
  navigate(route: Route): void;
}

/** React context of the navigation; provided by App. */
export const NavigationReactContext = React.createContext<Navigation>({ route: { view: 'beleid' }, navigate: () => undefined });

/** The current route and a way to change it. */
export function useNavigation(): Navigation {
  return React.useContext(NavigationReactContext);
}

/** The first route from the host's initial view and deep link (`<view>:<item>` or an item path of the view). */
export function initialRoute(initialView: ViewKey | undefined, deepLink: string | undefined): Route {
  if (deepLink) {
    const [first, ...rest] = deepLink.split(':');
    if (rest.length && isViewKey(first)) return { view: first, item: rest.join(':') };
    return { view: initialView ?? 'beleid', item: deepLink };
  }
  return { view: initialView ?? 'beleid' };
}

/** Reads a route from a page's query string (`?view=voorstellen&item=voorstel/12`; `item` may also be `<view>:<item>`). */
export function routeFromSearch(search: string): Route | undefined {
  const query = new URLSearchParams(search);
  const view = query.get('view');
  const item = query.get('item') || undefined;
  if (item) return initialRoute(isViewKey(view) ? view : undefined, item);
  return isViewKey(view) ? { view } : undefined;
}

/** The page's query string with a route in `view` and `item` (the app's link format); other parameters stay. */
export function searchOfRoute(route: Route, search: string = ''): string {
  const parts = search
    .replace(/^\?/, '')
    .split('&')
    .filter((part) => part && !/^(view|item)(=|$)/.test(part));
  parts.push(`view=${encodeURIComponent(route.view)}`);
  // a readable address: the item's slashes stay as they are (`item=voorstel/12`)
  if (route.item) parts.push(`item=${encodeURIComponent(route.item).replace(/%2F/gi, '/')}`);
  return `?${parts.join('&')}`;
}

/** The address of a route on the current page (what a shared link or a new tab opens). */
export function routeHref(route: Route): string {
  return typeof window === 'undefined' ? searchOfRoute(route) : `${window.location.pathname}${searchOfRoute(route, window.location.search)}`;
}

/** What a link to a route carries: its address, and the click that navigates in place. */
export interface RouteLinkAttributes {
  href: string;
  onClick(ev: React.MouseEvent<HTMLAnchorElement>): void;
}

/**
 * A link to a route: a real address (opened in a new tab, copied, shared) that a plain click follows in place with
 * `navigate`; a click with a modifier key or another button keeps the browser's own behaviour (a new tab or window, a
 * download).
 */
export function routeLink(route: Route, navigate: Navigation['navigate']): RouteLinkAttributes {
  return {
    href: routeHref(route),
    onClick: (ev) => {
      if (ev.defaultPrevented || ev.button !== 0 || ev.ctrlKey || ev.metaKey || ev.shiftKey || ev.altKey) return;
      ev.preventDefault();
      navigate(route);
    },
  };
}

/** {@link routeLink} in the app's navigation. */
export function useRouteLink(route: Route): RouteLinkAttributes {
  return routeLink(route, useNavigation().navigate);
}

const sameRoute = (a: Route, b: Route): boolean => a.view === b.view && (a.item || '') === (b.item || '');

/**
 * The route of one app instance. The instance that owns the page's address (`ownsUrl`) keeps it in the query string:
 * each navigation is a history entry (pushState), Back and Forward restore the route (popstate), a reload opens it
 * again. Other instances on the same page navigate in memory.
 */
export function useRouteState(
  fallback: Route,
  ownsUrl: boolean,
): { route: Route; navigate: (route: Route, options?: { replace?: boolean }) => void; restored: number } {
  const fallbackRef = React.useRef(fallback);
  fallbackRef.current = fallback;
  const [route, setRoute] = React.useState<Route>(() => (ownsUrl && routeFromSearch(window.location.search)) || fallback);
  // counts the routes restored from history (Back, Forward), so the frame can move the focus there too
  const [restored, setRestored] = React.useState(0);
  const routeRef = React.useRef(route);
  routeRef.current = route;
  React.useEffect(() => {
    if (!ownsUrl) return undefined;
    const onPopState = (): void => {
      const next = routeFromSearch(window.location.search) || fallbackRef.current;
      if (sameRoute(next, routeRef.current)) return;
      setRoute(next);
      setRestored((n) => n + 1);
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, [ownsUrl]);
  const navigate = React.useCallback(
    (next: Route, options: { replace?: boolean } = {}) => {
      setRoute(next);
      if (!ownsUrl) return;
      const current = routeFromSearch(window.location.search);
      if (current && sameRoute(current, next)) return;
      const url = `${window.location.pathname}${searchOfRoute(next, window.location.search)}${window.location.hash}`;
      if (options.replace) window.history.replaceState(window.history.state, '', url);
      else window.history.pushState(window.history.state, '', url);
    },
    [ownsUrl],
  );
  return { route, navigate, restored };
}
