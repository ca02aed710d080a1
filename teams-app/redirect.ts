/**
 * The sign-in redirect page (`redirect.html`): msal-browser 5 sends popup and silent sign-in responses here and this
 * page hands them to the waiting tab. It must be served from the tab's own origin, without a
 * Cross-Origin-Opener-Policy header.
 */
import { broadcastResponseToMainFrame } from '@azure/msal-browser/redirect-bridge';
import { format, resolveLocale } from '../src/loc';
import { tabStringsFor } from './strings';

broadcastResponseToMainFrame().catch((error: unknown) => {
  const locale = resolveLocale(navigator.language);
  const code = (error as { errorCode?: string }).errorCode || (error instanceof Error ? error.message : String(error));
  document.documentElement.lang = locale;
  document.body.textContent = format(tabStringsFor(locale).signIn.failed, { reason: code });
});
