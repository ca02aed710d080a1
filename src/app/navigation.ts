import * as React from 'react';
import { isViewKey, type ViewKey } from './views';

/** Where the user is: a view and, optionally, one item in it (e.g. `thema/3`, `voorstel/12`). */
export interface Route {
  view: ViewKey;
  item?: string;
}

/** Navigation inside one app instance (state, not the page URL: several web parts can share a page). */
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
