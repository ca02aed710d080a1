import { teamsDarkTheme } from '@fluentui/react-components';
import type { HostContext } from '../../src/app/host';
import { sharePointTheme } from '../../src/app/theme';
import { silentLogger } from '../../src/data/logging';
import type { Services } from '../../src/data/services';
import { DEFAULT_ZONE_SETTINGS, type ZoneSettings } from '../../src/domain/settings';

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

/** A repository whose every method fails: for the parts a test does not look at. */
function refusing<T>(name: string): T {
  return new Proxy(
    {},
    {
      get: (_target, method) =>
        // not a thenable, so `await repo` and promise checks see a plain object
        method === 'then' || typeof method === 'symbol' ? undefined : () => Promise.reject(new Error(`no ${name} access expected in this test (${String(method)})`)),
    },
  ) as T;
}

/** A settings repository whose zone chose `chosen` (the defaults for the rest); the settings page's calls refuse. */
export function zoneSettingsOf(chosen: Partial<ZoneSettings>): Services['settings'] {
  return { ...refusing<Services['settings']>('settings'), zoneSettings: async () => ({ ...DEFAULT_ZONE_SETTINGS, ...chosen }) };
}

/** The app's services with the given fakes; every other repository refuses each call, the outbox is empty, the log silent. */
export function fakeServices(overrides: Partial<Services> = {}): Services {
  return {
    proposals: refusing('proposals'),
    notifications: refusing('notifications'),
    policy: refusing('policy'),
    plan: refusing('plan'),
    registers: refusing('registers'),
    complaints: refusing('complaints'),
    viewer: refusing('viewer'),
    resistance: refusing('resistance'),
    trainings: refusing('trainings'),
    verslagen: refusing('verslagen'),
    melden: refusing('melden'),
    // the terms views show: the defaults unless a test passes the zone's own settings
    settings: zoneSettingsOf({}),
    registersOutbox: { pending: () => [], flush: async () => [] },
    log: silentLogger,
    ...overrides,
  };
}

/** Services that refuse every call: for views that must not touch data. */
export function offlineServices(): Services {
  return fakeServices();
}
