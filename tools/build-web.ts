/**
 * Builds the browser bundles: the Teams tab into dist/teams-app/ (index.html, app.js, config.json), the Teams app
 * package dist/integriteit-carma-teams.zip (manifest.json, icons, language files), and the local SharePoint page
 * dist/local/sitepage.js (development only; not deployed).
 * The tab host and Entra app id of the package come from CARMA_TAB_HOST and CARMA_CLIENT_ID when set.
 */
import { build } from 'esbuild';
import JSZip from 'jszip';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

const root = path.resolve(__dirname, '..');
const outDir = path.join(root, 'dist', 'teams-app');
const DEFAULT_HOST = 'integriteit.pzcarma.be';
const DEFAULT_CLIENT_ID = '00000000-0000-0000-0000-000000000000';

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

/** Bundles the Teams tab with its local default config.json. */
export async function buildTab(): Promise<void> {
  await mkdir(outDir, { recursive: true });
  await bundleEntry('teams-app/main.tsx', path.join(outDir, 'app.js'));
  await copyFile(path.join(root, 'teams-app', 'index.html'), path.join(outDir, 'index.html'));
  // The local SharePoint serves the site on the tab's origin; production IT edits this file (see README).
  const config = { siteUrl: '/sites/integriteit', tenantId: '', clientId: '', signInUrl: '/_dev/login' };
  await writeFile(path.join(outDir, 'config.json'), JSON.stringify(config, null, 2) + '\n');
}

/** Bundles the local SharePoint page (the web part's view of the app on the local SharePoint). */
export async function buildLocalPage(): Promise<void> {
  await bundleEntry('devserver/sitepage/main.tsx', path.join(root, 'dist', 'local', 'sitepage.js'));
}

/** Writes the Teams app package for the configured tab host. */
export async function buildPackage(): Promise<string> {
  const host = process.env.CARMA_TAB_HOST || DEFAULT_HOST;
  const clientId = process.env.CARMA_CLIENT_ID || DEFAULT_CLIENT_ID;
  const manifestText = (await readFile(path.join(root, 'manifest', 'manifest.json'), 'utf8'))
    .split(DEFAULT_HOST).join(host)
    .split(DEFAULT_CLIENT_ID).join(clientId);
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
