/**
 * Builds the browser bundles: the Teams tab into dist/teams-app/ (index.html + app.js, the channel tab's
 * configuration page config.html + config.js, msal-browser's sign-in redirect bridge redirect.html + redirect.js, and
 * config.json), the Teams app package dist/integriteit-carma-teams.zip (manifest.json, icons, language files), and
 * the local SharePoint page dist/local/sitepage.js (development only; not deployed).
 * For a tenant (docs/deployment.md): CARMA_TAB_HOST (where dist/teams-app/ is hosted), CARMA_CLIENT_ID (the Entra
 * app), and together CARMA_SITE_URL + CARMA_TENANT_ID, which write a production config.json. Without them the build
 * targets the local SharePoint.
 */
import { build } from 'esbuild';
import JSZip from 'jszip';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

const root = path.resolve(__dirname, '..');
const outDir = path.join(root, 'dist', 'teams-app');
const DEFAULT_HOST = 'integriteit.pzcarma.be';
const DEFAULT_CLIENT_ID = '00000000-0000-0000-0000-000000000000';
const DEFAULT_SHAREPOINT_HOST = 'pzcarma.sharepoint.com';
/** The tab's pages: each HTML page beside its script bundle. */
const TAB_PAGES = [
  { html: 'index.html', entry: 'teams-app/main.tsx', script: 'app.js' },
  { html: 'config.html', entry: 'teams-app/configMain.tsx', script: 'config.js' },
  { html: 'redirect.html', entry: 'teams-app/redirect.ts', script: 'redirect.js' },
];

/** The tab's config.json: the tenant's site and Entra app from the environment, else the local SharePoint. */
export function tabConfig(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const siteUrl = env.CARMA_SITE_URL;
  if (!siteUrl) return { siteUrl: '/sites/integriteit', tenantId: '', clientId: '', signInUrl: '/_dev/login' };
  const tenantId = env.CARMA_TENANT_ID || '';
  const clientId = env.CARMA_CLIENT_ID || '';
  if (!/^https:\/\/[^/]+\.sharepoint\.com\//i.test(siteUrl)) throw new Error(`CARMA_SITE_URL must be https://<tenant>.sharepoint.com/sites/<site>, not ${siteUrl}`);
  if (!tenantId || !clientId) throw new Error('CARMA_SITE_URL needs CARMA_TENANT_ID and CARMA_CLIENT_ID (see docs/deployment.md)');
  return { siteUrl, tenantId, clientId };
}

/** Bundles one browser entry (the tab, or the local SharePoint page) for production. */
export async function bundleEntry(entry: string, outfile: string): Promise<void> {
  await build({
    entryPoints: [path.join(root, entry)],
    outfile,
    bundle: true,
    minify: true,
    sourcemap: true,
    format: 'iife',
    target: ['es2019', 'chrome100', 'edge100', 'firefox100', 'safari15'],
    define: { 'process.env.NODE_ENV': '"production"' },
    legalComments: 'linked',
    logLevel: 'warning',
  });
}

/** Bundles the Teams tab's pages and writes its config.json. */
export async function buildTab(): Promise<void> {
  await mkdir(outDir, { recursive: true });
  await Promise.all(
    TAB_PAGES.map(async (page) => {
      await bundleEntry(page.entry, path.join(outDir, page.script));
      await copyFile(path.join(root, 'teams-app', page.html), path.join(outDir, page.html));
    }),
  );
  await writeFile(path.join(outDir, 'config.json'), JSON.stringify(tabConfig(), null, 2) + '\n');
}

/** Bundles the local SharePoint page (the web part's view of the app on the local SharePoint). */
export async function buildLocalPage(): Promise<void> {
  await bundleEntry('devserver/sitepage/main.tsx', path.join(root, 'dist', 'local', 'sitepage.js'));
}

/** Writes the Teams app package for the configured tab host. */
export async function buildPackage(): Promise<string> {
  const host = process.env.CARMA_TAB_HOST || DEFAULT_HOST;
  const clientId = process.env.CARMA_CLIENT_ID || DEFAULT_CLIENT_ID;
  const sharePointHost = process.env.CARMA_SITE_URL ? new URL(process.env.CARMA_SITE_URL).host : DEFAULT_SHAREPOINT_HOST;
  const manifestText = (await readFile(path.join(root, 'manifest', 'manifest.json'), 'utf8'))
    .split(DEFAULT_HOST).join(host)
    .split(DEFAULT_CLIENT_ID).join(clientId)
    .split(DEFAULT_SHAREPOINT_HOST).join(sharePointHost);
  const zip = new JSZip();
  zip.file('manifest.json', manifestText);
  for (const name of ['color.png', 'outline.png', 'nl.json', 'fr.json']) {
    zip.file(name, await readFile(path.join(root, 'manifest', name)));
  }
  const target = path.join(root, 'dist', 'integriteit-carma-teams.zip');
  await writeFile(target, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return target;
}

if (require.main === module) {
  Promise.all([buildTab(), buildPackage(), buildLocalPage()])
    .then(([, zip]) => console.log(`Teams tab: ${path.relative(root, outDir)}/  Teams package: ${path.relative(root, zip)}`))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
