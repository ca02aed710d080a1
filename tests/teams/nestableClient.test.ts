/** @jest-environment jsdom */
import { webcrypto } from 'node:crypto';
import { NestedAppAuthController } from '@azure/msal-browser/dist/controllers/NestedAppAuthController';
import { signInSettings } from '../../teams-app/config';
import { msalConfiguration } from '../../teams-app/msalTokens';
import { createNestableClient } from '../../teams-app/nestableClient';

// How often the tab loaded the standard client's module (its own chunk in the build): wraps the real module.
const mockStandardLoads = { count: 0 };
jest.mock('../../teams-app/standardClient', () => {
  mockStandardLoads.count += 1;
  return jest.requireActual('../../teams-app/standardClient');
});

const configuration = msalConfiguration(signInSettings({ siteUrl: 'https://pzcarma.sharepoint.com/sites/integriteit', tenantId: 'tenant-guid', clientId: 'client-guid' })!, 'https://integriteit.pzcarma.be/teams/');

/** A host's Nested App Authentication bridge (msal-browser's protocol, naa/BridgeProxy): answers GetInitContext, records requests. */
function installBridge(): string[] {
  const methods: string[] = [];
  let listener: ((response: string) => void) | undefined;
  (window as { nestedAppAuthBridge?: unknown }).nestedAppAuthBridge = {
    addEventListener: (_type: string, callback: (response: string) => void) => (listener = callback),
    removeEventListener: () => undefined,
    postMessage: (message: string) => {
      const request = JSON.parse(message) as { method: string; requestId: string };
      methods.push(request.method);
      const initContext = { sdkName: 'fake-teams', sdkVersion: '1.0', accountContext: null, capabilities: {} };
      setTimeout(() => listener?.(JSON.stringify({ messageType: 'NestedAppAuthResponse', requestId: request.requestId, success: true, initContext })));
    },
  };
  return methods;
}

afterEach(() => {
  delete (window as { nestedAppAuthBridge?: unknown }).nestedAppAuthBridge;
  localStorage.clear();
});

describe("the tab's MSAL client", () => {
  it("is msal-browser's Nested App Authentication controller in a host that offers the bridge, without loading the standard client", async () => {
    const methods = installBridge();
    const client = await createNestableClient(configuration);
    expect(client).toBeInstanceOf(NestedAppAuthController);
    expect(methods).toEqual(['GetInitContext']);
    expect(client.getAllAccounts()).toEqual([]);
    expect(mockStandardLoads.count).toBe(0);
  });

  it('is the standard public client, loaded on demand, in a plain browser', async () => {
    // the standard client checks for Web Crypto as it starts, which every browser has and jsdom lacks
    Object.defineProperty(window, 'crypto', { value: webcrypto, configurable: true });
    const client = await createNestableClient(configuration);
    expect(client).not.toBeInstanceOf(NestedAppAuthController);
    expect(client.constructor.name).toBe('PublicClientApplication');
    expect(client.getConfiguration().auth.clientId).toBe('client-guid');
    expect(mockStandardLoads.count).toBe(1);
  });
});
