import * as React from 'react';
import { Text, Title2 } from '@fluentui/react-components';
import { format } from '../loc';
import type { Membership } from '../domain/membership';
import { ErrorBoundary } from '../ui/common/ErrorBoundary';
import { Status } from '../ui/common/Status';
import { ViewNotOffered } from '../ui/common/ViewNotOffered';
import { useAppStyles } from './App.styles';
import { useHost, useServices, useStrings } from './contexts';
import { NavigationReactContext, initialRoute, useRouteState, type Navigation, type Route } from './navigation';
import { NotificationBell, usePartsLoaded, VIEW_COMPONENTS } from './viewRegistry';
import { offeredViews, viewLabel } from './views';
import { ViewNav } from './ViewNav';

/** The product frame: title, navigation between the parts, and the selected part. */
export function App(): React.ReactElement {
  const host = useHost();
  const strings = useStrings();
  const styles = useAppStyles();
  const { route, navigate, restored } = useRouteState(initialRoute(host.initialView, host.deepLink), Boolean(host.ownsUrl));
  // the first view's and the bell's code first: then the user, the bell and the view read in one round trip
  const partsLoaded = usePartsLoaded(route.view, route.item);
  const member = useMember(partsLoaded);
  const offered = offeredViews(member);
  // The host's view is a setting (the web part's `view` property): when it changes, the app shows the new view.
  const hostView = React.useRef(host.initialView);
  React.useEffect(() => {
    if (host.initialView === hostView.current) return;
    hostView.current = host.initialView;
    navigate({ view: host.initialView ?? 'beleid' }, { replace: true });
  }, [host.initialView]);
  // After a navigation (a link of the bar or of a page, a button, Back or Forward) the focus goes to the new page's
  // heading, as a page that loads puts the reader at its start; not on the first render.
  const panel = React.useRef<HTMLElement>(null);
  const focusPending = React.useRef(false);
  const navigateAndFocus = React.useCallback(
    (next: Route, options?: { replace?: boolean }) => {
      focusPending.current = true;
      navigate(next, options);
    },
    [navigate],
  );
  React.useEffect(() => {
    if (restored > 0) focusPending.current = true;
  }, [restored]);
  React.useEffect(() => {
    if (!focusPending.current || !panel.current) return undefined;
    focusPending.current = false;
    return focusHeadingWhenShown(panel.current);
  }, [route, restored]);
  const navigation = React.useMemo<Navigation>(() => ({ route, navigate: navigateAndFocus }), [route, navigateAndFocus]);
  const View = VIEW_COMPONENTS[route.view];
  // a view the user may not use, reached by its address or a link: explained calmly, not opened (its link is not shown)
  const notOffered = offered.indexOf(route.view) < 0;

  return (
    <NavigationReactContext.Provider value={navigation}>
      <div className={styles.root}>
        <header className={styles.header}>
          <Title2 as="h1">{strings.app.title}</Title2>
          <Text>{strings.app.subtitle}</Text>
          {/* a host that verifies who the user is in the first round trip names them once it did */}
          {host.user.displayName && (
            <Text size={200} className={styles.user}>
              {format(strings.app.signedInAs, { name: host.user.displayName })}
            </Text>
          )}
          {partsLoaded && (
            <ErrorBoundary source="bell">
              <NotificationBell />
            </ErrorBoundary>
          )}
        </header>
        <ViewNav views={offered} current={route.view} />
        {/* the main region is named after the view it shows */}
        <main ref={panel} className={styles.main} aria-label={viewLabel(strings, route.view)}>
          {!partsLoaded ? (
            <Status loading />
          ) : notOffered ? (
            <ViewNotOffered viewName={viewLabel(strings, route.view)} />
          ) : (
            /* keyed on the view: another view starts without the failed view's error */
            <ErrorBoundary key={route.view} source={`view:${route.view}`}>
              <View />
            </ErrorBoundary>
          )}
        </main>
      </div>
    </NavigationReactContext.Provider>
  );
}

/**
 * Who the user is and their groups, once known: asked when the app opens, in the same round trip as the view's and the
 * bell's reads. Null until then, and when it cannot be read (every view is offered then; each says what it allows).
 */
function useMember(asked: boolean): Membership | null {
  const { viewer } = useServices();
  const [member, setMember] = React.useState<Membership | null>(null);
  React.useEffect(() => {
    if (!asked) return undefined;
    let current = true;
    viewer.membership().then(
      (known) => current && setMember(known),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [viewer, asked]);
  return member;
}

/** How long a view may take to show its heading (its data loading) before the focus stays where it is. */
const HEADING_WAIT_MS = 10000;

/**
 * Moves the focus to the first page heading (`h2`) in the panel once it is shown, unless the view already put the
 * focus on a heading itself (a page with a way back, a proposal, a form); returns the clean-up.
 */
function focusHeadingWhenShown(panel: HTMLElement): () => void {
  let done = false;
  const tryFocus = (): boolean => {
    const heading = panel.querySelector('h2');
    if (!heading) return false;
    const active = document.activeElement;
    // the view's own focus wins; focusing the same heading again would announce it twice
    if (active && panel.contains(active) && /^H[1-6]$/.test(active.tagName)) return true;
    if (!heading.hasAttribute('tabindex')) {
      heading.setAttribute('tabindex', '-1');
      // the heading takes the focus for keyboard and screen reader users; it shows no focus ring (as the views' own)
      heading.style.outline = 'none';
    }
    heading.focus();
    return true;
  };
  const observer = new MutationObserver(() => {
    // after the view's own effects have run
    window.setTimeout(() => {
      if (!done && tryFocus()) stop();
    }, 0);
  });
  const timer = window.setTimeout(() => stop(), HEADING_WAIT_MS);
  const stop = (): void => {
    done = true;
    observer.disconnect();
    window.clearTimeout(timer);
  };
  window.setTimeout(() => {
    if (!done && tryFocus()) stop();
  }, 0);
  if (!done) observer.observe(panel, { childList: true, subtree: true });
  return stop;
}
