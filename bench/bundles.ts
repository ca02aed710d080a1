/**
 * What users download, from the built artefacts (`npm run build`): per host the entry (what the page's script tag
 * loads, with its static imports) and the first load (everything the page loads before its first view shows: the
 * entry, the user's language (its frame's texts and those of the features the first view and the bell show), the chunks
 * of the view it opens first, of that view's repository and of the bell beside it); for the tab also what a plain browser
 * outside Teams loads in addition (msal-browser's standard client, when the tab first needs a token). The bundle budgets
 * (tests/build/budgets.test.ts) hold these figures against the limits of issue #15.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { initialRoute } from '../src/app/navigation';
import type { ViewKey } from '../src/app/views';
import type { Locale } from '../src/loc';
import { TAB_METAFILE } from '../tools/build-web';

const root = path.resolve(__dirname, '..');
/** The web part's chunk groups as its webpack build reports them (gulpfile.js). */
export const WEB_PART_CHUNK_GROUPS = path.join(root, 'temp/webpart-chunk-groups.json');
/** The language of the figures: Dutch, the zone's own (each language is one chunk of about the same size). */
const LOCALE: Locale = 'nl-BE';
/** The view a page opens without a setting or a deep link. */
const FIRST_VIEW: ViewKey = initialRoute(undefined, undefined).view;
/** The module of the tab's standard MSAL client, loaded only outside a Nested App Authentication host (teams-app/nestableClient.ts). */
const STANDARD_SIGN_IN = 'teams-app/standardClient.ts';
/** The app frame's own part that loads on demand beside the first view (src/app/viewRegistry.tsx): the bell. */
const BELL = { chunkGroup: 'notification-bell', module: 'src/ui/notifications/NotificationBell.tsx' };

/** Sizes of a set of files: raw bytes and gzip -9 bytes, each file compressed alone (as a server sends it). */
export interface Sizes {
  files: string[];
  raw: number;
  gzip: number;
}

function sizes(files: Iterable<string>): Sizes {
  const list = [...new Set(files)];
  let raw = 0;
  let gzip = 0;
  for (const file of list) {
    const bytes = readFileSync(file);
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { files: list.map((f) => path.relative(root, f)), raw, gzip };
}

/** The source module each view's chunk starts from, as the view registry imports it. */
export function viewModules(): Record<ViewKey, string> {
  const registry = readFileSync(path.join(root, 'src/app/viewRegistry.tsx'), 'utf8');
  const found: Partial<Record<ViewKey, string>> = {};
  for (const m of registry.matchAll(/(\w+): lazyView\(\(\) => import\((?:\/\*.*?\*\/ )?'([^']+)'\)/g)) {
    found[m[1] as ViewKey] = path.posix.join('src/app', `${m[2]}.tsx`);
  }
  return found as Record<ViewKey, string>;
}

/** The features whose texts load with each view and with the bell (src/app/viewRegistry.tsx): chunks of the language. */
export function viewStrings(): Record<ViewKey | 'bell', string[]> {
  const registry = readFileSync(path.join(root, 'src/app/viewRegistry.tsx'), 'utf8');
  const list = (text: string): string[] => [...text.matchAll(/'(\w+)'/g)].map((m) => m[1]);
  const found: Partial<Record<ViewKey | 'bell', string[]>> = {};
  for (const m of registry.matchAll(/(\w+): lazyView\(.*, \[([^\]]*)\],/g)) found[m[1] as ViewKey] = list(m[2]);
  // the bell's own texts are the frame's; a chunk of texts it loads beside its code counts too
  const bell = /NotificationBell'\), loadFeatureStrings\(\[([^\]]*)\]\)/.exec(registry);
  found.bell = bell ? list(bell[1]) : [];
  return found as Record<ViewKey | 'bell', string[]>;
}

/** Each view's repository (src/data/services.ts), whose chunk loads with the view: the web part's chunk group and the module. */
export function viewRepositories(): Record<ViewKey, { chunkGroup: string; module: string }> {
  const services = readFileSync(path.join(root, 'src/data/services.ts'), 'utf8');
  const modules: Record<string, { chunkGroup: string; module: string }> = {};
  for (const m of services.matchAll(/^ {2}(\w+): lazy\(\s*\(\) => import\(\/\* webpackChunkName: "([\w-]+)" \*\/ '([^']+)'\)/gm)) {
    modules[m[1]] = { chunkGroup: m[2], module: path.posix.join('src/data', `${m[3]}.ts`) };
  }
  const registry = readFileSync(path.join(root, 'src/app/viewRegistry.tsx'), 'utf8');
  const found: Partial<Record<ViewKey, { chunkGroup: string; module: string }>> = {};
  for (const m of registry.matchAll(/(\w+): lazyView\(.*, '(\w+)'\),$/gm)) found[m[1] as ViewKey] = modules[m[2]];
  return found as Record<ViewKey, { chunkGroup: string; module: string }>;
}

/** The Teams tab's pages, from esbuild's metafile: a page's static import closure, and the chunk a module starts. */
function tabGraph(): { closure(files: string[]): string[]; chunkOf(module: string): string } {
  if (!existsSync(TAB_METAFILE)) throw new Error('run `npm run build` first (dist/teams-app.meta.json is missing)');
  const meta = JSON.parse(readFileSync(TAB_METAFILE, 'utf8')) as {
    outputs: Record<string, { entryPoint?: string; imports: { path: string; kind: string; external?: boolean }[] }>;
  };
  const closure = (files: string[]): string[] => {
    const seen = new Set<string>();
    const visit = (file: string): void => {
      if (seen.has(file)) return;
      const output = meta.outputs[file];
      if (!output) throw new Error(`${file} is not in the tab's build`);
      seen.add(file);
      for (const i of output.imports) if (i.kind === 'import-statement' && !i.external) visit(i.path);
    };
    files.forEach(visit);
    return [...seen];
  };
  const chunkOf = (module: string): string => {
    const file = Object.keys(meta.outputs).find((name) => meta.outputs[name].entryPoint === module && name.endsWith('.js'));
    if (!file) throw new Error(`no chunk of the tab starts at ${module}`);
    return file;
  };
  return { closure, chunkOf };
}

/** The figures of each host. */
export interface BundleFigures {
  webPart: { entry: Sizes; firstLoad: Sizes };
  /** `standardSignIn`: what the tab loads in addition outside Teams (a plain browser), the standard MSAL client's chunks. */
  tab: { entry: Sizes; firstLoad: Sizes; standardSignIn: Sizes };
  configPage: { firstLoad: Sizes };
  /** The sign-in redirect bridge (redirect.html's module and its imports). */
  redirectPage: Sizes;
}

export function bundleFigures(): BundleFigures {
  const dist = path.join(root, 'dist');
  // the web part: SPFx loads the entry bundle; webpack loads a view's or a language's chunk group on demand
  if (!existsSync(WEB_PART_CHUNK_GROUPS)) throw new Error('run `npm run build` first (temp/webpart-chunk-groups.json is missing)');
  const groups = JSON.parse(readFileSync(WEB_PART_CHUNK_GROUPS, 'utf8')) as Record<string, { initial: boolean; files: string[] }>;
  const group = (name: string): string[] => {
    if (!groups[name]) throw new Error(`the web part's build has no chunk group ${name}`);
    return groups[name].files.map((f) => path.join(dist, f));
  };
  const webPartEntry = group('integriteit-carma-web-part');
  // the tab: ES modules; a page loads its entry's static imports at once, chunks on demand
  const tab = tabGraph();
  const language = tab.closure([tab.chunkOf(`src/loc/${LOCALE}/index.ts`)]);
  const tabEntry = tab.closure(['dist/teams-app/app.js']);
  const data = viewRepositories()[FIRST_VIEW];
  const texts = viewStrings();
  const firstFeatures = [...new Set([...texts[FIRST_VIEW], ...texts.bell])];
  const firstTexts = firstFeatures.map((feature) => tab.chunkOf(`src/loc/${LOCALE}/${feature}.ts`));
  const firstView = tab.closure([tab.chunkOf(viewModules()[FIRST_VIEW]), tab.chunkOf(data.module), tab.chunkOf(BELL.module), ...firstTexts]);
  const tabFirstLoad = [...tabEntry, ...language, ...firstView];
  const standardSignIn = tab.closure([tab.chunkOf(STANDARD_SIGN_IN)]).filter((file) => !tabFirstLoad.includes(file));
  const abs = (files: string[]): string[] => files.map((f) => path.join(root, f));
  return {
    webPart: {
      entry: sizes(webPartEntry),
      firstLoad: sizes([
        ...webPartEntry,
        ...group(`strings-${LOCALE}`),
        ...firstFeatures.flatMap((feature) => group(`strings-${LOCALE}-${feature}`)),
        ...group(`view-${FIRST_VIEW}`),
        ...group(data.chunkGroup),
        ...group(BELL.chunkGroup),
      ]),
    },
    tab: { entry: sizes(abs(tabEntry)), firstLoad: sizes(abs(tabFirstLoad)), standardSignIn: sizes(abs(standardSignIn)) },
    configPage: { firstLoad: sizes(abs(tab.closure(['dist/teams-app/config.js', ...language]))) },
    redirectPage: sizes(abs(tab.closure(['dist/teams-app/redirect.js']))),
  };
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

/** `npm run bench`: the sizes per host, raw and gzip -9, with the files each figure counts. */
export function benchBundles(): Record<string, number | string> {
  const f = bundleFigures();
  const line = (s: Sizes): string => `${kb(s.gzip)} gzip, ${kb(s.raw)} raw, ${s.files.length} files`;
  const texts = viewStrings();
  const language = `${LOCALE} (frame + ${[...new Set([...texts[FIRST_VIEW], ...texts.bell])].join(', ')} texts)`;
  return {
    'web part entry bundle (budget 150 KB gzip)': line(f.webPart.entry),
    [`web part first load (entry + ${language} + view ${FIRST_VIEW} and its repository + the bell; React and ReactDOM come from SPFx)`]: line(f.webPart.firstLoad),
    'Teams tab entry (app.js and its static imports)': line(f.tab.entry),
    [`Teams tab first load (entry + ${language} + view ${FIRST_VIEW} and its repository + the bell; budget 250 KB gzip)`]: line(f.tab.firstLoad),
    'Teams tab outside Teams (a plain browser): the standard MSAL client it loads in addition when it first needs a token': line(f.tab.standardSignIn),
    [`configuration page first load (config.js, its imports + ${LOCALE}; budget 60 KB gzip)`]: line(f.configPage.firstLoad),
  };
}
