import { ADMIN_LOGIN, spAs, startApp, type RunningApp } from '../../devserver/app';
import { startLocalSharePoint } from '../../devserver/http/server';
import { PERSONAS } from '../../devserver/auth/personas';

export { spAs };

/** The local SharePoint as the data tests use it. */
export type LocalSharePoint = Awaited<ReturnType<typeof startLocalSharePoint>>;

/** The site-admin persona (provisions the site). */
export const ADMIN = ADMIN_LOGIN;

/** The login of the first persona holding a role, e.g. `persona('Intern Toezicht (TIWK)')`. */
export function persona(role: string): string {
  const found = PERSONAS.filter((p) => p.role === role)[0];
  if (!found) throw new Error(`No persona with role ${role}`);
  return found.login;
}

/** The site as `npm start` makes it (the policy's content and the demo, at the tests' "now"), in memory. */
export const startDemoSite = (): Promise<RunningApp> => startApp({ dbPath: ':memory:', port: 0, now: new Date('2026-03-10T09:00:00Z'), log: () => undefined });

/** Starts an in-memory local SharePoint. */
export const startSite = (): Promise<LocalSharePoint> => startLocalSharePoint();

/** Runs `work` and measures its wall time and the HTTP requests it sent (a `$batch` counts as one). */
export async function measure<T>(work: () => Promise<T>): Promise<{ result: T; requests: number; ms: number }> {
  const original = globalThis.fetch;
  let requests = 0;
  globalThis.fetch = ((...args: Parameters<typeof fetch>) => {
    requests++;
    return original(...args);
  }) as typeof fetch;
  const started = Date.now();
  try {
    const result = await work();
    return { result, requests, ms: Date.now() - started };
  } finally {
    globalThis.fetch = original;
  }
}

/** The `_api` requests (method and path) a load sends to the local SharePoint (a `$batch` is one). */
export async function requestsOf<T>(ls: LocalSharePoint, work: () => Promise<T>): Promise<{ result: T; requests: string[] }> {
  ls.clearRequestLog();
  const result = await work();
  return { result, requests: ls.requestLog().map((r) => `${r.method} ${r.url.replace(/\?.*$/, '')}`) };
}

/** How many `_api` requests a load sends to the local SharePoint (a `$batch` is one), and how many SharePoint refused. */
export async function requestCount(ls: LocalSharePoint, load: () => Promise<unknown>): Promise<{ total: number; refused: number }> {
  ls.clearRequestLog();
  await load();
  const log = ls.requestLog();
  return { total: log.length, refused: log.filter((e) => e.status >= 400).length };
}

/** The HTTP status of a failed PnPjs request. */
export async function statusOf(request: Promise<unknown>): Promise<number | 'ok'> {
  try {
    await request;
    return 'ok';
  } catch (e) {
    return (e as { status?: number }).status ?? -1;
  }
}
