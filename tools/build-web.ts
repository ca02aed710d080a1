/**
 * Builds the browser bundles: the Teams tab into dist/teams-app/ (index.html + app.js, the channel tab's
 * configuration page config.html + config.js, msal-browser's sign-in redirect bridge redirect.html + redirect.js, and
 * config.json; ES modules that share chunks in chunks/, so each page loads only what it uses, views and languages on
 * demand), the Teams app package dist/integriteit-carma-teams.zip (manifest.json, icons, language files), and
 * the local SharePoint page's application module dist/local/local-page-application.js (development only; not deployed).
 * It also writes teams/ (the web part's own Teams app, SharePoint-hosted: teams/TeamsSPFxApp.zip and the icons), which
 * `gulp package-solution` puts into the .sppkg for "Sync to Teams"; `--spfx-teams` writes only that (npm run build:spfx).
 * For a tenant (docs/deployment.md): CARMA_TAB_HOST (where dist/teams-app/ is hosted), CARMA_CLIENT_ID (the Entra
 * app), and together CARMA_SITE_URL + CARMA_TENANT_ID, which write a production config.json; CARMA_TEAMS_APP_ID (the
 * app's org-catalog id in Teams, known after the upload) for deep links. Without them the build targets the local
 * SharePoint.
 */
import { build, type Plugin } from 'esbuild';
import JSZip from 'jszip';
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fluentImports } from './fluentImports';
import { msalInternals } from './msalInternals';

const root = path.resolve(__dirname, '..');
const outDir = path.join(root, 'dist', 'teams-app');
const DEFAULT_HOST = 'integriteit.pzcarma.be';
const DEFAULT_CLIENT_ID = '00000000-0000-0000-0000-000000000000';
const DEFAULT_SHAREPOINT_HOST = 'pzcarma.sharepoint.com';
/** The tab's pages: each HTML page beside its entry module (`<script type="module">`). */
const TAB_PAGES = [
  { html: 'index.html', entry: 'teams-app/main.tsx', script: 'app.js' },
  { html: 'config.html', entry: 'teams-app/configMain.ts', script: 'config.js' },
  { html: 'redirect.html', entry: 'teams-app/redirect.ts', script: 'redirect.js' },
];
/** Where the tab's shared and on-demand chunks go, beside the entry modules. */
const TAB_CHUNKS_DIR = 'chunks';
/** esbuild's account of the tab's build (which chunk imports which, statically or on demand): for the bundle budgets. */
export const TAB_METAFILE = path.join(root, 'dist', 'teams-app.meta.json');
/**
 * Static files served with the tab: the privacy statement and the terms of use the Teams manifests name, and the
 * response headers for an IIS host (web.config: CSP frame-ancestors of the Microsoft 365 hosts, config.json no-cache).
 */
const STATIC_PAGES = ['privacy.html', 'terms.html', 'web.config'];

/** The tab's config.json: the tenant's site and Entra app from the environment, else the local SharePoint. */
export function tabConfig(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const siteUrl = env.CARMA_SITE_URL;
  const teamsAppId = env.CARMA_TEAMS_APP_ID || '';
  if (teamsAppId && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(teamsAppId)) throw new Error(`CARMA_TEAMS_APP_ID must be a GUID, not ${teamsAppId}`);
  if (!siteUrl) return { siteUrl: '/sites/integriteit', tenantId: '', clientId: '', teamsAppId, signInUrl: '/_dev/login' };
  const tenantId = env.CARMA_TENANT_ID || '';
  const clientId = env.CARMA_CLIENT_ID || '';
  if (!/^https:\/\/[^/]+\.sharepoint\.com\//i.test(siteUrl)) throw new Error(`CARMA_SITE_URL must be https://<tenant>.sharepoint.com/sites/<site>, not ${siteUrl}`);
  if (!tenantId || !clientId) throw new Error('CARMA_SITE_URL needs CARMA_TENANT_ID and CARMA_CLIENT_ID (see docs/deployment.md)');
  return { siteUrl, tenantId, clientId, teamsAppId };
}

/**
 * One React scheduler: Fluent's context selector imports `scheduler` (a peer dependency, ">=0.19.0") to run its updates
 * at React's priorities; the top-level node_modules holds a newer copy than the one React DOM 17 uses. Pointed at React
 * DOM's own copy, the tab bundles one scheduler instead of two and the priorities are those React itself schedules with.
 */
function reactDomScheduler(root: string): Plugin {
  const scheduler = path.join(root, 'node_modules', 'react-dom', 'node_modules', 'scheduler', 'index.js');
  return { name: 'react-dom-scheduler', setup: (build) => build.onResolve({ filter: /^scheduler$/ }, () => ({ path: scheduler })) };
}

/**
 * Bundles the Teams tab's pages and writes its config.json: one ES-module build of all pages, so code they share
 * (React, Fluent) is one chunk and every `import()` (a view, a language) is a chunk of its own, loaded when needed.
 */
export async function buildTab(): Promise<void> {
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const result = await build({
    entryPoints: TAB_PAGES.map((page) => ({ in: path.join(root, page.entry), out: page.script.replace(/\.js$/, '') })),
    outdir: outDir,
    format: 'esm',
    splitting: true,
    chunkNames: `${TAB_CHUNKS_DIR}/[name]-[hash]`,
    plugins: [fluentImports(root), reactDomScheduler(root), msalInternals(root)],
    metafile: true,
    bundle: true,
    minify: true,
    sourcemap: true,
    // the browsers the tab supports: syntax they all run (optional chaining, `??`, class fields) is kept as written
    target: ['chrome100', 'edge100', 'firefox100', 'safari15'],
    define: { 'process.env.NODE_ENV': '"production"' },
    legalComments: 'linked',
    logLevel: 'warning',
  });
  await writeFile(TAB_METAFILE, JSON.stringify(result.metafile));
  await Promise.all(TAB_PAGES.map((page) => copyFile(path.join(root, 'teams-app', page.html), path.join(outDir, page.html))));
  await Promise.all(STATIC_PAGES.map((page) => copyFile(path.join(root, 'teams-app', page), path.join(outDir, page))));
  await writeFile(path.join(outDir, 'config.json'), JSON.stringify(tabConfig(), null, 2) + '\n');
}

/** The framework libraries the local page's application module gets from SPFx's loader, in `define` order. */
const APPLICATION_DEPENDENCIES = ['@microsoft/sp-core-library', '@microsoft/sp-page-context', '@microsoft/sp-component-base', '@microsoft/sp-webpart-base', '@microsoft/sp-loader'];

/**
 * Bundles the local SharePoint page's application module (devserver/sitepage/application.ts, the stand-in of
 * SharePoint's page application) as the AMD module SPFx's loader loads: dist/local/local-page-application.js.
 */
export async function buildLocalPage(): Promise<void> {
  const result = await build({
    entryPoints: [path.join(root, 'devserver/sitepage/application.ts')],
    bundle: true,
    minify: true,
    write: false,
    format: 'iife',
    globalName: 'localPageApplication',
    target: ['chrome100'],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  const code = result.outputFiles[0].text;
  const amd = `define(${JSON.stringify(APPLICATION_DEPENDENCIES)}, function (core, pageContext, componentBase, webPartBase, loader) {
${code}
return localPageApplication.createApplication({ core: core, pageContext: pageContext, componentBase: componentBase, webPartBase: webPartBase, loader: loader });
});
`;
  await mkdir(path.join(root, 'dist', 'local'), { recursive: true });
  await writeFile(path.join(root, 'dist', 'local', 'local-page-application.js'), amd);
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

/** The web part's component id (spfx-webpart/IntegriteitCarmaWebPart.manifest.json): the SharePoint-hosted Teams app's URLs name it. */
const WEB_PART_ID = '3f0c2d4e-8a1b-4c6d-9e7f-51a2b3c4d5e6';

/**
 * Writes the web part's own Teams app (manifest/spfx/: SharePoint hosts the tabs, `webApplicationInfo` is SharePoint
 * Online) into teams/: `TeamsSPFxApp.zip`, which SharePoint deploys on "Sync to Teams" instead of generating one, and
 * the icons `<component id>_color.png` / `_outline.png`. `gulp package-solution` copies teams/ into the .sppkg.
 */
export async function buildSpfxTeamsPackage(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const site = env.CARMA_SITE_URL ? new URL(env.CARMA_SITE_URL) : undefined;
  let manifestText = await readFile(path.join(root, 'manifest', 'spfx', 'manifest.json'), 'utf8');
  if (site) manifestText = manifestText.split(`https://${DEFAULT_SHAREPOINT_HOST}/sites/integriteit`).join(site.toString().replace(/\/$/, ''));
  const zip = new JSZip();
  zip.file('manifest.json', manifestText);
  for (const name of ['color.png', 'outline.png']) zip.file(name, await readFile(path.join(root, 'manifest', name)));
  for (const name of ['nl.json', 'fr.json']) zip.file(name, await readFile(path.join(root, 'manifest', 'spfx', name)));
  const teamsDir = path.join(root, 'teams');
  await mkdir(teamsDir, { recursive: true });
  await copyFile(path.join(root, 'manifest', 'color.png'), path.join(teamsDir, `${WEB_PART_ID}_color.png`));
  await copyFile(path.join(root, 'manifest', 'outline.png'), path.join(teamsDir, `${WEB_PART_ID}_outline.png`));
  const target = path.join(teamsDir, 'TeamsSPFxApp.zip');
  await writeFile(target, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return target;
}

if (require.main === module && process.argv.includes('--spfx-teams')) {
  buildSpfxTeamsPackage()
    .then((zip) => console.log(`SharePoint-hosted Teams app: ${path.relative(root, zip)}`))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
} else if (require.main === module) {
  Promise.all([buildTab(), buildPackage(), buildLocalPage(), buildSpfxTeamsPackage()])
    .then(([, zip]) => console.log(`Teams tab: ${path.relative(root, outDir)}/  Teams package: ${path.relative(root, zip)}`))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
