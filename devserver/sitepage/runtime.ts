/**
 * SPFx's own runtime for the local SharePoint page, served from `node_modules` (never copied, committed or packaged:
 * see the README's licence note): the manifest list SharePoint preloads into a page, the framework's files in one
 * flat folder as on SharePoint's CDN, and the web part exactly as the built `.sppkg` carries it (its manifest from
 * `WebPart_<id>.xml`, its bundle from `ClientSideAssets/`).
 *
 * Everything here leans on unpublished shapes of SPFx 1.23.2 (the loader's preloaded data, its bundled components,
 * the framework manifests). {@link loadSpfxRuntime} checks each assumption and throws an error naming what changed,
 * so an SPFx upgrade that breaks the boot fails loudly instead of showing an empty page.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';

/** The SPFx version the local page is proven with; an upgrade must be re-proven (tests/browser/spfx-runtime.test.ts). */
export const SPFX_VERSION = '1.23.2';

/** Where the framework's files are served (one flat folder, as SharePoint's CDN serves them). */
export const FRAMEWORK_BASE = '/_spfx/';
/** Where the stand-ins of Microsoft-internal bundles that are not on npm are served. */
export const STANDIN_BASE = '/_spfx/standin/';

/** The framework packages the web part's runtime loads, each with its `dist/*.manifest.json`. */
export const FRAMEWORK_PACKAGES = [
  'sp-loader',
  'sp-core-library',
  'sp-diagnostics',
  'sp-lodash-subset',
  'sp-page-context',
  'sp-dynamic-data',
  'sp-http',
  'sp-http-base',
  'sp-http-msgraph',
  'sp-component-base',
  'sp-webpart-base',
  'sp-property-pane',
  'sp-image-helper',
  'sp-top-actions',
];

/** SharePoint's page application (`@microsoft/sp-application-base`): not on npm; the local page brings a stand-in. */
export const APPLICATION_ID = '4df9bb86-ab0a-4aab-ab5f-48bf167048fb';
/** React and ReactDOM as SPFx library components (the ids web part manifests reference). */
const REACT_COMPONENTS: { id: string; name: string; file: string; deps: Record<string, ScriptResource> }[] = [
  { id: '0d910c1c-13b9-4e1c-9aa4-b008c5e42d7d', name: 'react', file: 'react/umd/react.production.min.js', deps: {} },
  {
    id: 'aa0a46ec-1505-43cd-a44a-93f3a5aa460a',
    name: 'react-dom',
    file: 'react-dom/umd/react-dom.production.min.js',
    deps: { react: { type: 'component', id: '0d910c1c-13b9-4e1c-9aa4-b008c5e42d7d', version: '17.0.1' } },
  },
];

/** A manifest as the SPFx loader reads it (only the parts used here are typed). */
export interface ComponentManifest {
  id: string;
  alias: string;
  componentType: string;
  version: string;
  manifestVersion: number;
  loaderConfig: {
    internalModuleBaseUrls: string[];
    entryModuleId: string;
    scriptResources: Record<string, ScriptResource>;
  };
  [key: string]: unknown;
}

interface ScriptResource {
  type: string;
  id?: string;
  version?: string;
  path?: unknown;
  paths?: unknown;
  [key: string]: unknown;
}

/** A file the page loads. */
export interface ServedFile {
  body: Buffer;
  type: string;
}

/** The runtime as the page serves it. */
export interface SpfxRuntime {
  /** Every manifest the page preloads: framework, React, stand-ins, the web part from the package. */
  manifests: ComponentManifest[];
  /** The web part's manifest as the `.sppkg` carries it (base URL rewritten to the served ClientSideAssets). */
  webPart: ComponentManifest;
  /** The ids of Microsoft-internal components that got a stand-in (not on npm). */
  standIns: string[];
  /** The file for a URL path under {@link FRAMEWORK_BASE} or the ClientSideAssets path, if any. */
  file(urlPath: string): ServedFile | undefined;
  /** The loader's own script (first script of the page). */
  loaderUrl: string;
}

/** What went wrong while reading SPFx's runtime: names the assumption that no longer holds. */
export class SpfxRuntimeError extends Error {
  constructor(message: string) {
    super(`The local SharePoint page cannot boot SPFx ${SPFX_VERSION}'s runtime: ${message}`);
    this.name = 'SpfxRuntimeError';
  }
}

const JS = 'text/javascript; charset=utf-8';

function typeOf(file: string): string {
  if (file.endsWith('.js')) return JS;
  if (file.endsWith('.json') || file.endsWith('.map')) return 'application/json; charset=utf-8';
  if (file.endsWith('.css')) return 'text/css; charset=utf-8';
  return 'text/plain; charset=utf-8';
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

/** Un-escapes the XML attribute text `package-solution` writes. */
function xmlUnescape(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#(\d+);/g, (_m, n: string) => String.fromCharCode(Number(n)))
    .replace(/&amp;/g, '&');
}

/** The components the loader assembly carries inside itself (`_SPStarter._initializeAssembly([...])`). */
function assemblyComponents(loaderSource: string): { id: string; version: string }[] {
  const match = /_initializeAssembly\(\[(.*?)\]\);/s.exec(loaderSource);
  if (!match) throw new SpfxRuntimeError('sp-loader-assembly_default.js no longer calls _SPStarter._initializeAssembly([...]) (the loader\'s bundled components).');
  return [...match[1].matchAll(/\['([0-9a-f-]{36})',\s*'([^']+)'/g)].map((m) => ({ id: m[1], version: m[2] }));
}

/** The web part's manifest and its ClientSideAssets from the built package. */
async function readPackage(sppkg: string, assetsBase: string): Promise<{ manifest: ComponentManifest; assets: Map<string, Buffer> }> {
  if (!existsSync(sppkg)) throw new SpfxRuntimeError(`${sppkg} is missing: build it with \`npm run build\`.`);
  const zip = await JSZip.loadAsync(readFileSync(sppkg));
  const xmlName = Object.keys(zip.files).find((name) => /(^|\/)WebPart_[0-9a-f-]+\.xml$/i.test(name));
  if (!xmlName) throw new SpfxRuntimeError(`${path.basename(sppkg)} holds no WebPart_<id>.xml.`);
  const xml = await zip.file(xmlName)!.async('string');
  const attribute = /ComponentManifest="([^"]*)"/.exec(xml);
  if (!attribute) throw new SpfxRuntimeError(`${xmlName} in ${path.basename(sppkg)} has no ComponentManifest attribute.`);
  const manifest = JSON.parse(xmlUnescape(attribute[1])) as ComponentManifest;
  // SharePoint rewrites the package's placeholder to the site's ClientSideAssets library; so does the local page.
  manifest.loaderConfig.internalModuleBaseUrls = [assetsBase];
  const assets = new Map<string, Buffer>();
  for (const name of Object.keys(zip.files)) {
    const m = /^ClientSideAssets\/([^/]+)$/.exec(name);
    if (m && !zip.files[name].dir) assets.set(m[1], await zip.file(name)!.async('nodebuffer'));
  }
  const entry = manifest.loaderConfig.scriptResources[manifest.loaderConfig.entryModuleId];
  if (!entry || typeof entry.path !== 'string' || !assets.has(entry.path)) {
    throw new SpfxRuntimeError(`the web part's entry module '${manifest.loaderConfig.entryModuleId}' is not in the package's ClientSideAssets.`);
  }
  return { manifest, assets };
}

/** A stand-in for a Microsoft-internal bundle that is not on npm: an AMD module whose every member is inert. */
function standInSource(name: string): string {
  return `/* Stand-in for ${name} (a Microsoft-internal SPFx bundle that is not on npm): every member is inert. */
define([], function () {
  function inert() { return stub; }
  var stub = new Proxy(inert, {
    get: function (_t, key) {
      if (key === Symbol.toPrimitive) return function () { return ''; };
      if (key === 'then' || key === '__esModule') return undefined;
      if (key === 'toString' || key === 'valueOf') return function () { return ''; };
      return stub;
    },
    apply: function () { return stub; },
    construct: function () { return stub; }
  });
  return stub;
});
`;
}

/**
 * Reads SPFx's runtime from `node_modules` and the web part from the `.sppkg`, and checks the shapes the page relies
 * on. `root` is the repository; `sitePath` the site whose ClientSideAssets serve the package.
 */
export async function loadSpfxRuntime(root: string, sitePath: string, options: { sppkg?: string; applicationScript: () => Buffer }): Promise<SpfxRuntime> {
  const modules = path.join(root, 'node_modules');
  const files = new Map<string, string>();
  const manifests: ComponentManifest[] = [];
  const addFile = (name: string, file: string): void => {
    const existing = files.get(name);
    if (existing && existing !== file) throw new SpfxRuntimeError(`two framework files share the name ${name} (${existing}, ${file}); the flat folder needs unique names.`);
    files.set(name, file);
  };

  for (const pkg of FRAMEWORK_PACKAGES) {
    const dir = path.join(modules, '@microsoft', pkg);
    if (!existsSync(path.join(dir, 'package.json'))) throw new SpfxRuntimeError(`@microsoft/${pkg} is not installed (run \`npm install\`).`);
    const version = readJson<{ version: string }>(path.join(dir, 'package.json')).version;
    if (version !== SPFX_VERSION) throw new SpfxRuntimeError(`@microsoft/${pkg} is ${version}, not ${SPFX_VERSION}: re-prove the local page for the new version (tests/browser/spfx-runtime.test.ts).`);
    const dist = path.join(dir, 'dist');
    const names = readdirSync(dist);
    const manifestNames = names.filter((n) => n.endsWith('.manifest.json'));
    if (!manifestNames.length) throw new SpfxRuntimeError(`@microsoft/${pkg}/dist has no *.manifest.json.`);
    for (const name of names) {
      const file = path.join(dist, name);
      if (name.endsWith('.manifest.json') || !statSync(file).isFile()) continue;
      if (/\.(js|css)$/.test(name) && name !== 'index.js') addFile(name, file);
    }
    for (const name of manifestNames) {
      const manifest = readJson<ComponentManifest>(path.join(dist, name));
      manifest.loaderConfig.internalModuleBaseUrls = [FRAMEWORK_BASE];
      manifests.push(manifest);
    }
  }

  const loaderFile = files.get('sp-loader-assembly_default.js');
  if (!loaderFile) throw new SpfxRuntimeError('@microsoft/sp-loader/dist/sp-loader-assembly_default.js is missing.');
  const loaderSource = readFileSync(loaderFile, 'utf8');
  if (!loaderSource.startsWith('self.spModuleLoader = ')) throw new SpfxRuntimeError('sp-loader-assembly_default.js no longer defines self.spModuleLoader.');
  for (const marker of ['e.start=function', '_Navigator(', 'navigateToApplication(', '2bf3e1ce-55da-4552-bc41-e3d072202d3c']) {
    if (loaderSource.indexOf(marker) < 0) throw new SpfxRuntimeError(`the loader no longer contains '${marker}' (its start-up path changed).`);
  }

  // React and ReactDOM as the library components SharePoint serves.
  for (const react of REACT_COMPONENTS) {
    const file = path.join(modules, react.file);
    if (!existsSync(file)) throw new SpfxRuntimeError(`${react.file} is missing.`);
    const version = readJson<{ version: string }>(path.join(modules, react.name, 'package.json')).version;
    addFile(path.basename(file), file);
    manifests.push({
      id: react.id,
      alias: react.name,
      componentType: 'Library',
      version,
      manifestVersion: 2,
      loaderConfig: {
        internalModuleBaseUrls: [FRAMEWORK_BASE],
        entryModuleId: react.name,
        scriptResources: { [react.name]: { type: 'path', path: path.basename(file) }, ...react.deps },
      },
    });
  }

  // The loader's own bundled components need manifests too, so that it registers its copies (never fetched).
  const known = new Set(manifests.map((m) => m.id));
  for (const component of assemblyComponents(loaderSource)) {
    if (known.has(component.id)) continue;
    known.add(component.id);
    manifests.push({
      id: component.id,
      alias: `sp-loader-bundled-${component.id}`,
      componentType: 'Library',
      version: component.version,
      manifestVersion: 2,
      loaderConfig: {
        internalModuleBaseUrls: [FRAMEWORK_BASE],
        entryModuleId: `sp-loader-bundled-${component.id}`,
        scriptResources: { [`sp-loader-bundled-${component.id}`]: { type: 'path', path: 'sp-loader-assembly_default.js' } },
      },
    });
  }

  // The page application: the local page's stand-in of @microsoft/sp-application-base.
  const byAlias = (alias: string): ComponentManifest => {
    const manifest = manifests.find((m) => m.alias === alias);
    if (!manifest) throw new SpfxRuntimeError(`no framework manifest has the alias ${alias}.`);
    return manifest;
  };
  const dependency = (alias: string): ScriptResource => ({ type: 'component', id: byAlias(alias).id, version: byAlias(alias).version });
  manifests.push({
    id: APPLICATION_ID,
    alias: 'SPApplicationBase',
    componentType: 'Library',
    version: SPFX_VERSION,
    manifestVersion: 2,
    loaderConfig: {
      internalModuleBaseUrls: [FRAMEWORK_BASE],
      entryModuleId: 'sp-application-base',
      scriptResources: {
        'sp-application-base': { type: 'path', path: 'local-page-application.js' },
        '@microsoft/sp-core-library': dependency('SPCoreLibrary'),
        '@microsoft/sp-page-context': dependency('SPPageContext'),
        '@microsoft/sp-component-base': dependency('SPComponentBase'),
        '@microsoft/sp-webpart-base': dependency('SPWebPartBase'),
        '@microsoft/sp-loader': dependency('SPLoader'),
      },
    },
  });
  known.add(APPLICATION_ID);

  // The web part exactly as the package carries it.
  const assetsBase = `${sitePath}/ClientSideAssets/`;
  const { manifest: webPart, assets } = await readPackage(options.sppkg ?? path.join(root, 'sharepoint/solution/integriteit-carma.sppkg'), assetsBase);
  manifests.push(webPart);
  known.add(webPart.id);

  // Stand-ins for every referenced component that is neither on npm nor in the loader.
  const standIns = new Map<string, { name: string; version: string }>();
  for (const manifest of manifests) {
    for (const [name, resource] of Object.entries(manifest.loaderConfig.scriptResources)) {
      if (resource.type === 'component' && resource.id && !known.has(resource.id) && !standIns.has(resource.id)) {
        standIns.set(resource.id, { name, version: resource.version ?? '0.0.0' });
      }
    }
  }
  for (const [id, { name, version }] of standIns) {
    manifests.push({
      id,
      alias: name,
      componentType: 'Library',
      version,
      manifestVersion: 2,
      loaderConfig: {
        internalModuleBaseUrls: [STANDIN_BASE],
        entryModuleId: name,
        scriptResources: { [name]: { type: 'path', path: `${id}.js` } },
      },
    });
  }

  return {
    manifests,
    webPart,
    standIns: [...standIns.keys()],
    loaderUrl: `${FRAMEWORK_BASE}sp-loader-assembly_default.js`,
    file(urlPath) {
      if (urlPath.startsWith(STANDIN_BASE)) {
        const id = urlPath.slice(STANDIN_BASE.length).replace(/\.js$/, '');
        const standIn = standIns.get(id);
        return standIn ? { body: Buffer.from(standInSource(`${standIn.name} ${standIn.version}`)), type: JS } : undefined;
      }
      if (urlPath.startsWith(FRAMEWORK_BASE)) {
        const name = urlPath.slice(FRAMEWORK_BASE.length);
        if (name === 'local-page-application.js') return { body: options.applicationScript(), type: JS };
        const file = files.get(name);
        return file ? { body: readFileSync(file), type: typeOf(name) } : undefined;
      }
      if (urlPath.toLowerCase().startsWith(assetsBase.toLowerCase())) {
        const name = urlPath.slice(assetsBase.length);
        const asset = assets.get(name);
        return asset ? { body: asset, type: typeOf(name) } : undefined;
      }
      return undefined;
    },
  };
}
