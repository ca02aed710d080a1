import { app } from '@microsoft/teams-js';
import { resolveLocale, type Locale } from '../src/loc';

/** What the tab found out about its host. */
export type DetectedHost =
  | { kind: 'teams'; context: app.Context }
  | { kind: 'standalone'; reason: string };

/** How long to wait for a Teams host to answer before running standalone (teams-js itself waits 60 s). */
export const TEAMS_HANDSHAKE_TIMEOUT_MS = 4000;

/**
 * Detects Teams without the 60 s teams-js timeout: a top-level window with no opener and no native bridge is
 * standalone at once; a framed page gets a short handshake window.
 */
export async function detectHost(win: Window = window, timeoutMs = TEAMS_HANDSHAKE_TIMEOUT_MS): Promise<DetectedHost> {
  const nativeBridge = (win as unknown as { nativeInterface?: unknown }).nativeInterface;
  const maybeHosted = win.parent !== win.self || Boolean(win.opener) || Boolean(nativeBridge);
  if (!maybeHosted) return { kind: 'standalone', reason: 'top-level window' };
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    await Promise.race([
      app.initialize(),
      new Promise<never>((_resolve, reject) => {
        timer = setTimeout(() => reject(new Error('no Teams host answered')), timeoutMs);
      }),
    ]);
    return { kind: 'teams', context: await app.getContext() };
  } catch (error) {
    return { kind: 'standalone', reason: error instanceof Error ? error.message : String(error) };
  } finally {
    if (timer !== undefined) clearTimeout(timer);
  }
}

/** The tab's language: Teams' locale inside Teams, the browser's otherwise. */
export function tabLocale(detected: DetectedHost): Locale {
  return resolveLocale(detected.kind === 'teams' ? detected.context.app.locale : navigator.language);
}
