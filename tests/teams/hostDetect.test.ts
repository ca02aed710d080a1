/** @jest-environment jsdom */
import { teamsDarkTheme, teamsHighContrastTheme } from '@fluentui/react-components';
import type { app } from '@microsoft/teams-js';

// teams-js fetches its list of valid origins when imported; jsdom has no fetch and this test has no network.
(globalThis as { fetch?: unknown }).fetch = () => Promise.reject(new Error('offline'));

import { detectHost } from '../../teams-app/hostDetect';
import { hostFromTab, initialViewOf } from '../../teams-app/teamsHost';

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
  it('maps the Teams theme, locale, view and deep link', () => {
    const host = hostFromTab(
      { kind: 'teams', context: teamsContext('dark', 'fr-be', { id: 'voorstellen', subPageId: 'voorstel/12' }) },
      'https://pzcarma.sharepoint.com/sites/integriteit',
      user,
      '',
    );
    expect(host).toMatchObject({ kind: 'teams', locale: 'fr-BE', initialView: 'voorstellen', deepLink: 'voorstel/12', ownsUrl: false });
    expect(host.theme).toBe(teamsDarkTheme);
    const contrast = hostFromTab({ kind: 'teams', context: teamsContext('contrast', 'nl-be', {}) }, 'https://x/sites/y', user, '');
    expect(contrast.theme).toBe(teamsHighContrastTheme);
    expect(contrast.locale).toBe('nl-BE');
  });

  it('reads the view and item from the URL when standalone', () => {
    const host = hostFromTab({ kind: 'standalone', reason: 'top-level window' }, 'http://127.0.0.1:4300/sites/integriteit', user, '?view=registers&item=geschenk/3');
    // standalone the tab keeps its route in its own address
    expect(host).toMatchObject({ kind: 'local', initialView: 'registers', deepLink: 'geschenk/3', ownsUrl: true });
    expect(initialViewOf('?view=onbekend')).toBeUndefined();
  });
});
