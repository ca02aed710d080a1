import type { Configuration, IPublicClientApplication } from '@azure/msal-browser';
// msal-browser's own Nested App Authentication code, by paths its package does not export (tools/msalInternals.ts)
import { NestedAppAuthController } from '@azure/msal-browser/dist/controllers/NestedAppAuthController';
import { NestedAppOperatingContext } from '@azure/msal-browser/dist/operatingcontext/NestedAppOperatingContext';

/**
 * The tab's MSAL client, as msal-browser's `createNestablePublicClientApplication` makes it, without the static import
 * of the standard client that the factory carries into every bundle: in a Nested App Authentication host (Teams) the
 * nested-app controller itself (an `IController` is an `IPublicClientApplication`, and the factory's
 * `PublicClientApplication` only delegates to it); elsewhere (a plain browser) the standard public client, loaded from
 * its own chunk when it is needed.
 */
export async function createNestableClient(configuration: Configuration): Promise<IPublicClientApplication> {
  const nestedApp = new NestedAppOperatingContext(configuration);
  await nestedApp.initialize();
  if (!nestedApp.isAvailable()) {
    const { createStandardPublicClientApplication } = await import('./standardClient');
    return createStandardPublicClientApplication(configuration);
  }
  const controller = new NestedAppAuthController(nestedApp);
  await controller.initialize();
  return controller;
}
