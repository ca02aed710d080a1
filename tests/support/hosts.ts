import { teamsDarkTheme } from '@fluentui/react-components';
import type { SPFI } from '@pnp/sp';
import type { HostContext } from '../../src/app/host';
import { sharePointTheme } from '../../src/app/theme';
import type { Services } from '../../src/app/services';

/** A host context as the SPFx web part builds it on a SharePoint page. */
export function sharePointHost(overrides: Partial<HostContext> = {}): HostContext {
  return {
    kind: 'sharepoint',
    locale: 'nl-BE',
    theme: sharePointTheme({ themePrimary: '#0078d4', themeDark: '#005a9e' }, false),
    siteUrl: 'https://pzcarma.sharepoint.com/sites/integriteit',
    user: { loginName: 'i:0#.f|membership|jonas.maes@pzcarma.be', displayName: 'Jonas Maes' },
    instanceId: 'wp1',
    ...overrides,
  };
}

/** A host context as the Teams tab builds it inside Teams (dark theme). */
export function teamsHost(overrides: Partial<HostContext> = {}): HostContext {
  return {
    kind: 'teams',
    locale: 'fr-BE',
    theme: teamsDarkTheme,
    siteUrl: 'https://pzcarma.sharepoint.com/sites/integriteit',
    user: { loginName: 'i:0#.f|membership|lotte.wouters@pzcarma.be', displayName: 'Lotte Wouters' },
    instanceId: 'tab',
    ...overrides,
  };
}

/** Services whose PnPjs root refuses every call: for views that must not touch data. */
export function offlineServices(): Services {
  const refuse = (): never => {
    throw new Error('no data access expected in this test');
  };
  return { sp: new Proxy({}, { get: refuse }) as unknown as SPFI };
}
