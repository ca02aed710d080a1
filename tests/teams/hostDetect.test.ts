/** @jest-environment jsdom */
import { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme } from '@fluentui/react-components';
import type { app } from '@microsoft/teams-js';

// teams-js fetches its list of valid origins when imported; jsdom has no fetch and this test has no network.
(globalThis as { fetch?: unknown }).fetch = () => Promise.reject(new Error('offline'));

import { detectHost } from '../../teams-app/hostDetect';
import { carmaLightTheme } from '../../src/app/theme';
import { hostFromTab, initialViewOf, loadTeamsTheme, tabTheme } from '../../teams-app/teamsHost';

const user = { loginName: 'i:0#.f|membership|lotte.wouters@pzcarma.be', displayName: 'Lotte Wouters' };

function teamsContext(theme: string, locale: string, page: Partial<app.Context['page']>): app.Context {
  return { app: { theme, locale, host: { name: 'Teams', clientType: 'web' } }, page: { id: 'beleid', frameContext: 'content', ...page } } as unknown as app.Context;
}

describe('detectHost', () => {
  it('runs standalone at once in a top-level window', async () => {
    const started = Date.now();
    await expect(detectHost(window)).resolves.toEqual({ kind: 'standalone', reason: 'top-level window' });
    expect(Date.now() - started).toBeLessThan(100);
  });

  it('falls back to standalone when the framing page is not a Teams host', async () => {
    const framed = { parent: {}, self: {}, opener: null } as unknown as Window;
    const started = Date.now();
    const result = await detectHost(framed, 150);
    expect(result.kind).toBe('standalone');
    expect(Date.now() - started).toBeLessThan(5000);
  });
});

describe('tab host context', () => {
  it('maps the Teams theme, locale, view and deep link', async () => {
    const detected = { kind: 'teams', context: teamsContext('dark', 'fr-be', { id: 'voorstellen', subPageId: 'voorstel/12' }) } as const;
    const theme = await tabTheme(detected);
    expect(theme).toBe(teamsDarkTheme);
    const host = hostFromTab(detected, theme, 'https://pzcarma.sharepoint.com/sites/integriteit', user, '');
    expect(host).toMatchObject({ kind: 'teams', locale: 'fr-BE', initialView: 'voorstellen', deepLink: 'voorstel/12', ownsUrl: false, theme: teamsDarkTheme });
    const contrast = { kind: 'teams', context: teamsContext('contrast', 'nl-be', {}) } as const;
    await expect(tabTheme(contrast)).resolves.toBe(teamsHighContrastTheme);
    expect(hostFromTab(contrast, teamsHighContrastTheme, 'https://x/sites/y', user, '').locale).toBe('nl-BE');
  });

  it("loads Teams' light theme, and the zone's own one standalone; an unknown name gets the light theme", async () => {
    await expect(tabTheme({ kind: 'teams', context: teamsContext('default', 'nl-be', {}) })).resolves.toBe(teamsLightTheme);
    await expect(loadTeamsTheme('something-new')).resolves.toBe(teamsLightTheme);
    await expect(loadTeamsTheme('dark')).resolves.toBe(teamsDarkTheme);
    await expect(tabTheme({ kind: 'standalone', reason: 'top-level window' })).resolves.toBe(carmaLightTheme);
  });

  it('reads the view and item from the URL when standalone', () => {
    const host = hostFromTab({ kind: 'standalone', reason: 'top-level window' }, carmaLightTheme, 'http://127.0.0.1:4300/sites/integriteit', user, '?view=registers&item=geschenk/3');
    // standalone the tab keeps its route in its own address
    expect(host).toMatchObject({ kind: 'local', initialView: 'registers', deepLink: 'geschenk/3', ownsUrl: true });
    expect(initialViewOf('?view=onbekend')).toBeUndefined();
  });
});
