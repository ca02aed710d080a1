/** @jest-environment jsdom */
import { TEAMS_ACTIVITY_SCOPE, TEAMS_APP_ID } from '../../src/data/notifications/graph';
import { tabGraph } from '../../teams-app/tabGraph';

const SITE = 'https://pzcarma.sharepoint.com/sites/integriteit';
const CATALOG_ID = '0b6a3c1e-9d2f-4e8a-b5c7-4f1e2d3c4b5a';

describe('the hosted tab reaches Microsoft Graph with its own Graph token', () => {
  it('asks the same Entra app for a TeamsActivity.Send token and sends it to Graph', async () => {
    const asked: string[][] = [];
    const graph = tabGraph({ siteUrl: SITE, teamsAppId: CATALOG_ID }, { behaviors: [], tokenFor: async (scopes) => (asked.push(scopes), 'graph-token') });
    expect(graph?.baseUrl).toBe('https://graph.microsoft.com');
    const calls: { url: string; init: RequestInit }[] = [];
    const original = globalThis.fetch;
    globalThis.fetch = (async (url: string, init: RequestInit) => (calls.push({ url, init }), ({ status: 204 } as Response))) as unknown as typeof fetch;
    try {
      await graph!.fetch('https://graph.microsoft.com/v1.0/users/x/teamwork/sendActivityNotification', { method: 'POST', headers: {} });
    } finally {
      globalThis.fetch = original;
    }
    expect(asked).toEqual([[TEAMS_ACTIVITY_SCOPE]]);
    expect(TEAMS_ACTIVITY_SCOPE).toBe('https://graph.microsoft.com/TeamsActivity.Send');
    expect((calls[0].init.headers as Record<string, string>).Authorization).toBe('Bearer graph-token');
  });

  it('names the app by its org-catalog id in deep links, the manifest id only when none is configured', () => {
    const auth = { behaviors: [], tokenFor: async () => 'graph-token' };
    expect(tabGraph({ siteUrl: SITE, teamsAppId: CATALOG_ID }, auth)!.tabLink('voorstellen:voorstel/12')).toMatch(new RegExp(`^https://teams\\.microsoft\\.com/l/entity/${CATALOG_ID}/voorstellen\\?context=`));
    expect(tabGraph({ siteUrl: SITE, teamsAppId: ' ' }, auth)!.tabLink('voorstellen:voorstel/12')).toContain(`/l/entity/${TEAMS_APP_ID}/`);
  });

  it('on the local SharePoint (no MSAL) uses the Graph stand-in of the tab origin, and nothing for another site', () => {
    expect(tabGraph({ siteUrl: `${window.location.origin}/sites/integriteit` }, { behaviors: [] })?.baseUrl).toBe(window.location.origin);
    expect(tabGraph({ siteUrl: SITE }, { behaviors: [] })).toBeUndefined();
  });
});
