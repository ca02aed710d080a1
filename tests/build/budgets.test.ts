import { readFileSync } from 'node:fs';
import path from 'node:path';
import { bundleFigures, viewModules, viewStrings, WEB_PART_CHUNK_GROUPS } from '../../bench/bundles';
import { VIEW_KEYS } from '../../src/app/views';
import { STRINGS_FEATURES } from '../../src/loc';
import { TAB_METAFILE } from '../../tools/build-web';

const KB = 1024;
const root = path.resolve(__dirname, '../..');
// `npm test` runs `npm run build` first; the figures are the ones `npm run bench` prints (bench/bundles.ts).
const figures = bundleFigures();

describe('bundle budgets (issue #15), gzip -9 per file as a server sends it', () => {
  it('the web part entry bundle is at most 150 KB (React and ReactDOM come from SPFx; views and languages are chunks)', () => {
    expect(figures.webPart.entry.gzip).toBeLessThanOrEqual(150 * KB);
  });

  it('the Teams configuration page loads at most 60 KB: no React, Fluent, PnPjs, DOMPurify or MSAL, and one language', () => {
    expect(figures.configPage.firstLoad.gzip).toBeLessThanOrEqual(60 * KB);
  });

  // 243.2 KB gzip in 60 files (bench/bundles.ts; the first view Beleid with its repository, its texts and the bell,
  // in Teams' light theme: a user in Teams' dark or high-contrast theme loads their tokens on demand, one chunk of
  // 2.7 KB gzip that the first paint then awaits). In it, gzip: MSAL (msal-common and msal-browser's Nested App
  // Authentication controller; the standard client, 29 KB more, loads only outside a Teams host:
  // teams-app/nestableClient.ts), React and ReactDOM, Fluent's core (the light theme's tokens, Griffel, keyborg's
  // focus-visible), teams-js, PnPjs, DOMPurify (rich text), the Fluent components of the frame and of Beleid (button,
  // badge, message bar, spinner, text, link; tools/fluentImports.ts points imports past the package indexes, so no
  // PresenceBadge and no combobox code rides along), the app's own code and texts. Tabster, Fluent's tabs and its
  // accordion are not in it: the frame's bar is a list of links, Beleid's framework native disclosures, the bell gives
  // the focus back itself (the test below).
  it('the Teams tab loads at most 250 KB before its first view shows (entry, language, the view and the bell)', () => {
    expect(figures.tab.firstLoad.gzip).toBeLessThanOrEqual(250 * KB);
  });
});

describe('what loads on demand', () => {
  const text = (file: string): string => readFileSync(path.join(root, file), 'utf8');
  /** esbuild's account of the tab's build: which source modules went into which output file, with how many bytes. */
  type TabMeta = {
    inputs: Record<string, { imports: { path: string; kind: string; external?: boolean }[] }>;
    outputs: Record<string, { inputs: Record<string, { bytesInOutput: number }> }>;
  };
  const tabMeta = (): TabMeta => JSON.parse(text(path.relative(root, TAB_METAFILE))) as TabMeta;
  /** The source modules inside some of the tab's output files. */
  const inputsOf = (files: string[]): string[] => {
    const meta = tabMeta();
    return files.flatMap((file) => Object.keys(meta.outputs[file].inputs));
  };

  it('each view and each language is its own chunk of the web part, loaded from beside the entry bundle', () => {
    const groups = JSON.parse(readFileSync(WEB_PART_CHUNK_GROUPS, 'utf8')) as Record<string, { initial: boolean; files: string[] }>;
    for (const name of [...VIEW_KEYS.map((v) => `view-${v}`), 'strings-nl-BE', 'strings-fr-BE', 'strings-en-US']) {
      expect({ name, initial: groups[name]?.initial }).toEqual({ name, initial: false });
    }
    const entry = groups['integriteit-carma-web-part'].files.map((f) => text(`dist/${f}`)).join('\n');
    // no language and no view inside the entry: the Dutch, French and English texts of the Beleid view are elsewhere
    for (const words of ['Ons integriteitsbeleid', 'Notre politique', 'Our integrity policy']) expect(entry).not.toContain(words);
    expect(entry).not.toContain('DOMPurify');
  });

  it("the tab's entry holds no view and no language; each view's module starts a chunk", () => {
    const entry = figures.tab.entry.files.map(text).join('\n');
    for (const words of ['Ons integriteitsbeleid', 'Notre politique', 'Our integrity policy']) expect(entry).not.toContain(words);
    expect(Object.keys(viewModules()).sort()).toEqual([...VIEW_KEYS].sort());
  });

  it("each view loads the texts of every feature its code reads (a feature not loaded would throw), the bell none but the frame's", () => {
    const meta = tabMeta();
    // the project's modules a part loads: its own and those it imports, its pages loaded on demand too (not its repository's)
    const code = (start: string, onDemand: boolean): string[] => {
      const seen = new Set<string>();
      const visit = (file: string): void => {
        if (seen.has(file) || !meta.inputs[file]) return;
        seen.add(file);
        for (const i of meta.inputs[file].imports) {
          const own = !i.external && /^src\/(ui|app|domain)\//.test(i.path);
          if (own && (i.kind === 'import-statement' || (onDemand && i.kind === 'dynamic-import'))) visit(i.path);
        }
      };
      visit(start);
      return [...seen];
    };
    const reads = (files: string[]): string[] => {
      const pattern = new RegExp(`(?:strings|useStrings\\(\\)|allStrings|\\bt|\\bs)\\.(${STRINGS_FEATURES.join('|')})\\b`, 'g');
      const found = new Set<string>();
      for (const file of files) for (const m of text(file).matchAll(pattern)) found.add(m[1]);
      return [...found].sort();
    };
    const loads = viewStrings();
    for (const [view, module] of Object.entries(viewModules())) {
      const missing = reads(code(module, true)).filter((feature) => !loads[view as keyof typeof loads].includes(feature));
      expect({ view, missing }).toEqual({ view, missing: [] });
    }
    expect(reads(code('src/ui/notifications/NotificationBell.tsx', false))).toEqual(loads.bell);
  });

  it("the tab's first load holds msal-browser's Nested App Authentication controller; its standard client loads on demand, outside Teams", () => {
    const controllers = (files: string[]): string[] => inputsOf(files).filter((input) => /msal-browser\/dist\/controllers\//.test(input)).map((input) => path.basename(input));
    expect(controllers(figures.tab.firstLoad.files)).toEqual(['NestedAppAuthController.mjs']);
    expect(controllers(figures.tab.standardSignIn.files)).toEqual(['StandardController.mjs']);
  });

  it("the tab's first load holds Teams' light theme only (dark and high contrast load on demand) and no Fluent component it does not show", () => {
    const meta = tabMeta();
    const inputs = figures.tab.firstLoad.files.flatMap((file) => Object.entries(meta.outputs[file].inputs).filter(([, input]) => input.bytesInOutput > 0).map(([name]) => name));
    expect(inputs.filter((input) => input.includes('@fluentui/tokens/lib/themes/teams/'))).toEqual(['node_modules/@fluentui/tokens/lib/themes/teams/lightTheme.js']);
    expect(inputs.filter((input) => /@fluentui\/tokens\/lib\/alias\/(teamsDark|dark|highContrast)/.test(input))).toEqual([]);
    expect(inputs.filter((input) => /PresenceBadge|react-aria\/lib\/activedescendant/.test(input))).toEqual([]);
  });

  it("the tab's first load holds no Tabster, no Fluent tabs and no Fluent accordion: other views load them when they use them", () => {
    const heavy = (files: string[]): string[] => [...new Set(inputsOf(files).map((input) => /node_modules\/(tabster|@fluentui\/react-tabs|@fluentui\/react-accordion)\//.exec(input)?.[1]).filter((name): name is string => !!name))];
    expect(heavy(figures.tab.firstLoad.files)).toEqual([]);
    // … while the build has them, for the views that use them (the proposals' sections, dialogs)
    expect(heavy(Object.keys(tabMeta().outputs)).sort()).toEqual(['@fluentui/react-tabs', 'tabster']);
  });

  it('the configuration page loads no React, Fluent, PnPjs, DOMPurify or MSAL, and one language', () => {
    const inputs = inputsOf(figures.configPage.firstLoad.files);
    const libraries = inputs.map((input) => /node_modules\/((@[^/]+\/)?[^/]+)\/(?!.*node_modules)/.exec(input)?.[1]).filter(Boolean);
    expect(new Set(libraries)).toEqual(new Set(['@microsoft/teams-js', 'debug', 'ms', 'uuid', 'tslib']));
    expect(inputs.filter((input) => input.startsWith('src/loc/') && /-(BE|US)\//.test(input)).every((input) => input.startsWith('src/loc/nl-BE/'))).toBe(true);
  });
});
