import * as React from 'react';
import { FluentProvider, IdPrefixProvider } from '@fluentui/react-components';
import { App } from './App';
import { HostReactContext, ServicesReactContext } from './contexts';
import type { HostContext } from './host';
import type { Services } from '../data/services';

/** Props of {@link AppRoot}. */
export interface AppRootProps {
  host: HostContext;
  services: Services;
}

/** The root both hosts mount: id prefix per instance, Fluent theme, host, services and strings. */
export function AppRoot(props: AppRootProps): React.ReactElement {
  const { host, services } = props;
  return (
    <IdPrefixProvider value={`carma-${host.instanceId}-`}>
      <FluentProvider theme={host.theme} dir="ltr" lang={host.locale}>
        <HostReactContext.Provider value={host}>
          <ServicesReactContext.Provider value={services}>
            <App />
          </ServicesReactContext.Provider>
        </HostReactContext.Provider>
      </FluentProvider>
    </IdPrefixProvider>
  );
}
