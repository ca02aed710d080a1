import * as React from 'react';
import { stringsFor, type Strings } from '../loc';
import type { HostContext } from './host';
import { silentLogger, type Logger } from '../data/logging';
import type { Services } from '../data/services';

/** React context of the host; provided by AppRoot. */
export const HostReactContext = React.createContext<HostContext | undefined>(undefined);
/** React context of the data services (every repository); provided by AppRoot. */
export const ServicesReactContext = React.createContext<Services | undefined>(undefined);

function required<T>(value: T | undefined, name: string): T {
  if (value === undefined) throw new Error(`${name} is only available inside <AppRoot>`);
  return value;
}

/** The host the app runs in. */
export function useHost(): HostContext {
  return required(React.useContext(HostReactContext), 'useHost');
}

/** The data services: the repositories the host built with `createServices` (or a test's fakes). */
export function useServices(): Services {
  return required(React.useContext(ServicesReactContext), 'useServices');
}

/** The UI strings in the host's language. */
export function useStrings(): Strings {
  return stringsFor(useHost().locale);
}

/** The app's logging sink (from the services); silent outside AppRoot, so a component renders alone in a test. */
export function useLog(): Logger {
  const services = React.useContext(ServicesReactContext);
  return services ? services.log : silentLogger;
}
