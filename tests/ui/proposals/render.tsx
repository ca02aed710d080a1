import * as React from 'react';
import { FluentProvider, IdPrefixProvider, webLightTheme } from '@fluentui/react-components';
import { render, type RenderResult } from '@testing-library/react';
import { HostReactContext, ServicesReactContext } from '../../../src/app/contexts';
import { NavigationReactContext, type Navigation, type Route } from '../../../src/app/navigation';
import type { NotificationRepository } from '../../../src/data/notifications/types';
import type { ProposalRepository } from '../../../src/data/proposals/repository';
import type { Locale } from '../../../src/loc';
import { NotificationBell } from '../../../src/ui/notifications/NotificationBell';
import { ProposalsView } from '../../../src/ui/proposals/ProposalsView';
import { fakeServices, teamsHost } from '../../support/hosts';

/** The routes the view navigated to. */
export interface Visited {
  routes: Route[];
}

function Shell(props: { start: Route; visited: Visited; bell: boolean }): React.ReactElement {
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
  return (
    <NavigationReactContext.Provider value={navigation}>
      {props.bell && <NotificationBell />}
      {route.view === 'voorstellen' && <ProposalsView />}
    </NavigationReactContext.Provider>
  );
}

/** Renders the proposals view (and, on request, the bell) in the Teams tab host with fake repositories. */
export function renderProposals(
  repo: ProposalRepository,
  options: { item?: string; locale?: Locale; notifications?: NotificationRepository } = {},
): RenderResult & Visited {
  const visited: Visited = { routes: [] };
  const result = render(
    <IdPrefixProvider value="test-">
      <FluentProvider theme={webLightTheme}>
        <HostReactContext.Provider value={teamsHost({ locale: options.locale || 'nl-BE' })}>
          <ServicesReactContext.Provider value={fakeServices({ proposals: repo, ...(options.notifications ? { notifications: options.notifications } : {}) })}>
            <Shell start={{ view: 'voorstellen', item: options.item }} visited={visited} bell={options.notifications !== undefined} />
          </ServicesReactContext.Provider>
        </HostReactContext.Provider>
      </FluentProvider>
    </IdPrefixProvider>,
  );
  return Object.assign(result, visited);
}
