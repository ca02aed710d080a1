import type { AuthenticationResult, IPublicClientApplication } from '@azure/msal-browser';
import { createSignInGate, type SignInPromptState } from '../../teams-app/signInGate';

/** The account a fake sign-in yields. */
export const account = { homeAccountId: 'h', environment: 'e', tenantId: 't', username: 'lotte.wouters@pzcarma.be', localAccountId: 'l' };
/** A sign-in result carrying a token. */
export const result = (token: string): AuthenticationResult => ({ accessToken: token, account }) as unknown as AuthenticationResult;

/** A fake MSAL client: what the silent call does is up to the test; every call is recorded. */
export function fakeClient(silent: () => Promise<AuthenticationResult>, popup: () => Promise<AuthenticationResult> = async () => result('popup-token')) {
  const calls: string[] = [];
  let active: unknown = null;
  const client = {
    getActiveAccount: () => active,
    getAllAccounts: () => (active ? [active] : []),
    setActiveAccount: (a: unknown) => {
      active = a;
    },
    acquireTokenSilent: (request: { scopes: string[] }) => {
      calls.push(`silent ${request.scopes.join(' ')}`);
      return silent();
    },
    ssoSilent: (request: { scopes: string[]; loginHint: string }) => {
      calls.push(`ssoSilent ${request.loginHint}`);
      return silent();
    },
    acquireTokenPopup: (request: { scopes: string[] }) => {
      calls.push(`popup ${request.scopes.join(' ')}`);
      return popup();
    },
  };
  return { client: client as unknown as IPublicClientApplication, calls, signIn: () => (active = account) };
}

/** A gate that records the prompt states instead of drawing them. */
export function recordingGate() {
  const states: Array<SignInPromptState | undefined> = [];
  return { gate: createSignInGate((state) => states.push(state)), states, last: () => states[states.length - 1] };
}
