import * as React from 'react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, type RenderResult } from '@testing-library/react';
import { HostReactContext, ServicesReactContext } from '../../../src/app/contexts';
import { NavigationReactContext, type Navigation, type Route } from '../../../src/app/navigation';
import { VIEW_COMPONENTS } from '../../../src/app/viewRegistry';
import type { PlanRepository } from '../../../src/data/plan/PlanRepository';
import type { PolicyRepository } from '../../../src/data/policy/PolicyRepository';
import type { SettingsRepository } from '../../../src/data/settings/types';
import type { Locale } from '../../../src/loc';
import { fakeServices, sharePointHost } from '../../support/hosts';

/** The routes the app went through. */
export interface Visited {
  routes: Route[];
}

function Shell(props: { start: Route; visited: Visited }): React.ReactElement {
  const [route, setRoute] = React.useState<Route>(props.start);
  const navigation = React.useMemo<Navigation>(
    () => ({
      route,
      navigate: (next) => {
        props.visited.routes.push(next);
        setRoute(next);
      },
    }),
    [route],
  );
  const View = VIEW_COMPONENTS[route.view];
  return (
    <NavigationReactContext.Provider value={navigation}>
      <View />
    </NavigationReactContext.Provider>
  );
}

/** Renders the app's view for a route with fake repositories, as inside AppRoot (the data services refuse every call). */
export function renderRoute(
  start: Route,
  repositories: { policy?: PolicyRepository; plan?: PlanRepository; settings?: SettingsRepository },
  locale: Locale = 'nl-BE',
): RenderResult & Visited {
  const visited: Visited = { routes: [] };
  const result = render(
    <FluentProvider theme={webLightTheme}>
      <HostReactContext.Provider value={sharePointHost({ locale })}>
        <ServicesReactContext.Provider value={fakeServices(repositories)}>
          <Shell start={start} visited={visited} />
        </ServicesReactContext.Provider>
      </HostReactContext.Provider>
    </FluentProvider>,
  );
  return Object.assign(result, visited);
}
