/**
 * The SharePoint page as users get it: SPFx's own runtime booting the web part from the `.sppkg`. Measures, in a fresh
 * Chromium (cold cache), the time and the requests from navigation to the first paint of the Beleid view (its heading
 * and the 10 aandachtspunten), split by where they go: SPFx's framework, the package's ClientSideAssets, `_api`.
 */
import { startApp } from '../devserver/app';
import { launchBenchBrowser } from './browser';

export async function benchSitePage(): Promise<Record<string, number | string>> {
  const app = await startApp({ dbPath: ':memory:', port: 0, log: () => undefined });
  const browser = await launchBenchBrowser();
  try {
    const runs: { ms: number; requests: string[]; bytes: number }[] = [];
    for (let run = 0; run < 3; run++) {
      const context = await browser.newContext({ baseURL: app.origin, locale: 'nl-BE', viewport: { width: 1280, height: 900 } });
      await context.request.post(`${app.origin}/_dev/signin`, { data: { login: 'jonas.maes@pzcarma.be' } });
      const page = await context.newPage();
      const requests: string[] = [];
      let bytes = 0;
      let painted = false;
      page.on('request', (request) => {
        if (!painted) requests.push(new URL(request.url()).pathname);
      });
      page.on('response', (response) => {
        if (!painted) bytes += Number(response.headers()['content-length'] ?? 0);
      });
      const started = Date.now();
      await page.goto(app.sitePath, { waitUntil: 'commit' });
      await page.getByRole('heading', { level: 2, name: 'Ons integriteitsbeleid' }).waitFor({ timeout: 60_000 });
      await page.getByRole('button', { name: 'Respect voor het materiaal' }).waitFor({ timeout: 60_000 });
      painted = true;
      runs.push({ ms: Date.now() - started, requests, bytes });
      await context.close();
    }
    const median = [...runs].sort((a, b) => a.ms - b.ms)[1];
    const count = (test: (p: string) => boolean): number => median.requests.filter(test).length;
    return {
      'navigation → Beleid painted, cold cache (ms, median of 3)': median.ms,
      'runs (ms)': runs.map((r) => r.ms).join(', '),
      'requests until painted': median.requests.length,
      '  the page': count((p) => p === app.sitePath || p === `${app.sitePath}/`),
      '  SPFx framework (/_spfx/, from node_modules)': count((p) => p.startsWith('/_spfx/')),
      "  the package's ClientSideAssets": count((p) => p.includes('/ClientSideAssets/')),
      '  SharePoint _api': count((p) => p.includes('/_api/')),
      '  other': count((p) => !p.startsWith('/_spfx/') && !p.includes('/ClientSideAssets/') && !p.includes('/_api/') && p !== app.sitePath),
      'bytes received until painted (Content-Length)': median.bytes,
    };
  } finally {
    await browser.close();
    await app.close();
  }
}
