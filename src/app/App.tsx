import * as React from 'react';
import { Tab, TabList, Text, Title2, useId, type SelectTabData, type SelectTabEvent } from '@fluentui/react-components';
import { format } from '../loc';
import { ErrorBoundary } from '../ui/common/ErrorBoundary';
import { NotificationBell } from '../ui/notifications/NotificationBell';
import { useAppStyles } from './App.styles';
import { useHost, useStrings } from './contexts';
import { NavigationReactContext, initialRoute, type Navigation, type Route } from './navigation';
import { VIEW_COMPONENTS } from './viewRegistry';
import { VIEW_KEYS, viewLabel, type ViewKey } from './views';

/** The product frame: title, navigation between the parts, and the selected part. */
export function App(): React.ReactElement {
  const host = useHost();
  const strings = useStrings();
  const styles = useAppStyles();
  const [route, setRoute] = React.useState<Route>(() => initialRoute(host.initialView, host.deepLink));
  // The host's view is a setting (the web part's `view` property): when it changes, the app shows the new view.
  const hostView = React.useRef(host.initialView);
  React.useEffect(() => {
    if (host.initialView === hostView.current) return;
    hostView.current = host.initialView;
    setRoute({ view: host.initialView ?? 'beleid' });
  }, [host.initialView]);
  const navigation = React.useMemo<Navigation>(() => ({ route, navigate: setRoute }), [route]);
  const idPrefix = useId('view');
  const tabId = (key: ViewKey): string => `${idPrefix}-tab-${key}`;
  const onTabSelect = React.useCallback((_ev: SelectTabEvent, data: SelectTabData) => setRoute({ view: data.value as ViewKey }), []);
  const View = VIEW_COMPONENTS[route.view];

  return (
    <NavigationReactContext.Provider value={navigation}>
      <div className={styles.root}>
        <header className={styles.header}>
          <Title2 as="h1">{strings.app.title}</Title2>
          <Text>{strings.app.subtitle}</Text>
          <Text size={200} className={styles.user}>
            {format(strings.app.signedInAs, { name: host.user.displayName })}
          </Text>
          <ErrorBoundary source="bell">
            <NotificationBell />
          </ErrorBoundary>
        </header>
        <nav aria-label={strings.app.navLabel}>
          <TabList selectedValue={route.view} onTabSelect={onTabSelect}>
            {VIEW_KEYS.map((key) => (
              <Tab key={key} value={key} id={tabId(key)} aria-controls={`${idPrefix}-panel`}>
                {viewLabel(strings, key)}
              </Tab>
            ))}
          </TabList>
        </nav>
        <main className={styles.main}>
          <div role="tabpanel" id={`${idPrefix}-panel`} aria-labelledby={tabId(route.view)}>
            {/* keyed on the view: another tab starts without the failed view's error */}
            <ErrorBoundary key={route.view} source={`view:${route.view}`}>
              <View />
            </ErrorBoundary>
          </div>
        </main>
      </div>
    </NavigationReactContext.Provider>
  );
}
