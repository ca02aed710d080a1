/** @jest-environment jsdom */
import { InteractionRequiredAuthError, ProtocolMode, type AuthenticationResult } from '@azure/msal-browser';
import { authBehaviors, SignInNotConfiguredError } from '../../teams-app/auth';
import { signInSettings, type TabConfig } from '../../teams-app/config';
import type { DetectedHost } from '../../teams-app/hostDetect';
import { msalConfiguration, msalTokenProvider, needsInteraction } from '../../teams-app/msalTokens';
import { fakeClient, recordingGate, result } from './fakes';

const SITE = 'https://pzcarma.sharepoint.com/sites/integriteit';
const standalone: DetectedHost = { kind: 'standalone', reason: 'top-level window' };
const configured: TabConfig = { siteUrl: SITE, tenantId: 'tenant-guid', clientId: 'client-guid' };
describe('tab configuration for sign-in', () => {
  it('needs both a tenant and a client id, and defaults the authority to the tenant', () => {
    expect(signInSettings({ siteUrl: SITE })).toBeUndefined();
    expect(signInSettings({ siteUrl: SITE, tenantId: 't', clientId: ' ' })).toBeUndefined();
    expect(signInSettings(configured)).toEqual({ tenantId: 'tenant-guid', clientId: 'client-guid', authority: 'https://login.microsoftonline.com/tenant-guid' });
  });

  it('uses Entra ID as is and treats any other authority as a plain OpenID Connect provider', () => {
    const entra = msalConfiguration(signInSettings(configured)!, 'https://integriteit.pzcarma.be/teams/?view=beleid');
    expect(entra.auth).toMatchObject({ clientId: 'client-guid', authority: 'https://login.microsoftonline.com/tenant-guid', redirectUri: 'https://integriteit.pzcarma.be/teams/redirect.html' });
    expect(entra.auth.knownAuthorities).toBeUndefined();
    expect(entra.system?.protocolMode).toBeUndefined();
    const local = msalConfiguration(signInSettings({ ...configured, authority: 'https://127.0.0.1:5443' })!, 'http://127.0.0.1:4300/teams/');
    expect(local.auth.knownAuthorities).toEqual(['127.0.0.1:5443']);
    expect(local.system?.protocolMode).toBe(ProtocolMode.OIDC);
  });
});

describe('authBehaviors', () => {
  it('adds nothing for the local SharePoint on the tab origin (the session cookie signs in)', () => {
    expect(authBehaviors({ siteUrl: `${window.location.origin}/sites/integriteit` }, standalone, recordingGate().gate)).toEqual([]);
  });

  it('refuses a SharePoint Online site without tenant and client id, with a typed error', () => {
    expect(() => authBehaviors({ siteUrl: SITE, tenantId: '', clientId: '' }, standalone, recordingGate().gate)).toThrow(SignInNotConfiguredError);
  });
});

describe('msalTokenProvider', () => {
  const settings = signInSettings(configured)!;

  it('signs in silently with the Teams login hint when no account is cached', async () => {
    const fake = fakeClient(async () => result('sso-token'));
    const { gate, states } = recordingGate();
    const getToken = msalTokenProvider(settings, gate, { tabUrl: 'https://x/teams/', loginHint: 'lotte.wouters@pzcarma.be', createClient: async () => fake.client });
    await expect(getToken('https://pzcarma.sharepoint.com')).resolves.toBe('sso-token');
    expect(fake.calls).toEqual(['ssoSilent lotte.wouters@pzcarma.be']);
    expect(states).toEqual([]);
    // The account is now active: the next token comes from the cache path.
    await getToken('https://pzcarma.sharepoint.com');
    expect(fake.calls[1]).toBe('silent https://pzcarma.sharepoint.com/.default');
  });

  it('waits for a click on the prompt when interaction is required, and shares one popup between requests', async () => {
    const fake = fakeClient(() => Promise.reject(new InteractionRequiredAuthError('consent_required', '')));
    const { gate, states, last } = recordingGate();
    const getToken = msalTokenProvider(settings, gate, { tabUrl: 'https://x/teams/', createClient: async () => fake.client });
    const first = getToken('https://pzcarma.sharepoint.com');
    const second = getToken('https://pzcarma.sharepoint.com');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(last()).toMatchObject({ busy: false });
    expect(fake.calls.filter((c) => c.startsWith('popup'))).toEqual([]);
    last()!.onSignIn();
    await expect(Promise.all([first, second])).resolves.toEqual(['popup-token', 'popup-token']);
    expect(fake.calls.filter((c) => c.startsWith('popup'))).toEqual(['popup https://pzcarma.sharepoint.com/.default']);
    expect(states[states.length - 1]).toBeUndefined();
  });

  it('shows why a sign-in failed and lets the user try again', async () => {
    let attempts = 0;
    const popup = async (): Promise<AuthenticationResult> => {
      attempts += 1;
      if (attempts === 1) throw Object.assign(new Error('closed'), { errorCode: 'user_cancelled' });
      if (attempts === 2) throw Object.assign(new Error('x'), { errorCode: 'invalid_grant' });
      return result('third-time');
    };
    const fake = fakeClient(() => Promise.reject(new InteractionRequiredAuthError('login_required', '')), popup);
    const { gate, last } = recordingGate();
    const token = msalTokenProvider(settings, gate, { tabUrl: 'https://x/teams/', createClient: async () => fake.client })('https://pzcarma.sharepoint.com');
    await new Promise((resolve) => setTimeout(resolve, 0));
    last()!.onSignIn();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(last()).toMatchObject({ busy: false, failure: { kind: 'cancelled' } });
    last()!.onSignIn();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(last()).toMatchObject({ busy: false, failure: { kind: 'error', reason: 'invalid_grant' } });
    last()!.onSignIn();
    await expect(token).resolves.toBe('third-time');
  });

  it('passes other failures (network, configuration) on instead of asking to sign in', async () => {
    const fake = fakeClient(() => Promise.reject(Object.assign(new Error('offline'), { errorCode: 'no_network_connectivity' })));
    fake.signIn();
    const { gate, states } = recordingGate();
    const getToken = msalTokenProvider(settings, gate, { tabUrl: 'https://x/teams/', createClient: async () => fake.client });
    await expect(getToken('https://pzcarma.sharepoint.com')).rejects.toThrow('offline');
    expect(states).toEqual([]);
    expect(needsInteraction(new InteractionRequiredAuthError('interaction_required', ''))).toBe(true);
    expect(needsInteraction({ errorCode: 'timed_out' })).toBe(true);
    expect(needsInteraction(new Error('boom'))).toBe(false);
  });
});
