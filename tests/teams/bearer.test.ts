import { spfi, SPBrowser } from '@pnp/sp';
import '@pnp/sp/webs';
import { authBehaviors } from '../../teams-app/auth';
import type { DetectedHost } from '../../teams-app/hostDetect';
import { fakeClient, recordingGate, result } from './fakes';

const SITE = 'https://pzcarma.sharepoint.com/sites/integriteit';

describe('the tab talks to SharePoint Online with bearer tokens', () => {
  it('sends a fresh MSAL token on every PnPjs request, asking for the site origin', async () => {
    const fake = fakeClient(async () => result('silent-token'));
    fake.signIn();
    const teams = { kind: 'teams', context: { user: { loginHint: 'lotte.wouters@pzcarma.be' } } } as unknown as DetectedHost;
    const config = { siteUrl: SITE, tenantId: 'tenant-guid', clientId: 'client-guid' };
    const [behavior] = authBehaviors(config, teams, recordingGate().gate, { tabUrl: 'https://integriteit.pzcarma.be/teams/', createClient: async () => fake.client });
    const seen: Array<{ url: string; auth?: string; digest?: string }> = [];
    const sp = spfi(SITE).using(SPBrowser({ baseUrl: SITE }), behavior, (instance) => {
      instance.on.send.replace(async (url: URL, init: RequestInit) => {
        const headers = init.headers as Record<string, string>;
        seen.push({ url: url.toString(), auth: headers.Authorization, digest: headers['X-RequestDigest'] });
        return new Response(JSON.stringify({ Title: 'Integriteit' }), { status: 200, headers: { 'Content-Type': 'application/json' } });
      });
      return instance;
    });
    await expect(sp.web.select('Title')()).resolves.toMatchObject({ Title: 'Integriteit' });
    await sp.web.select('Title')();
    expect(seen.map((s) => s.auth)).toEqual(['Bearer silent-token', 'Bearer silent-token']);
    expect(seen[0].url).toBe(`${SITE}/_api/web?%24select=Title`);
    expect(fake.calls).toEqual(['silent https://pzcarma.sharepoint.com/.default', 'silent https://pzcarma.sharepoint.com/.default']);
  });
});
