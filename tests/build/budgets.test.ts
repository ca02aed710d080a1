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

  // Not met yet: 276.3 KB gzip in 62 files (bench/bundles.ts; the first view Beleid with its repository, its texts and
  // the bell, in Teams' light theme: a user in Teams' dark or high-contrast theme loads their tokens on demand, one chunk
  // of 2.7 KB gzip that the first paint then awaits). What remains, gzip: MSAL 56 KB (msal-browser's Nested App
  // Authentication controller and what only it uses 15, msal-common and the msal-browser modules both clients use 41:
  // esbuild splits by module, so such a module brings along what the standard client uses of it too; the first read
  // needs a token through Nested App Authentication in production, and the tab loads msal-browser's standard client,
  // 29 KB more, only outside a Teams host: teams-app/nestableClient.ts); React and ReactDOM 42 KB; Fluent's core about
  // 35 KB (Tabster 19, which the tab list's and the accordion's arrow keys need; the light theme's tokens 10; Griffel 6);
  // teams-js 16 KB; PnPjs 15 KB; DOMPurify 12 KB (the vision and the messages are rich text); the Fluent components of
  // the frame and of Beleid about 30 KB (tabs 8, button 7, badge 4, accordion 4, message bar 3, spinner 3, …;
  // tools/fluentImports.ts points imports past the package indexes, so no PresenceBadge and no combobox code rides
  // along); the app's own code and texts about 30 KB. Summed per file as a server sends them; the same files gzipped as
  // one are 264.8 KB: esbuild's splitting makes a chunk per set of pages and `import()`s that share code, many of them
  // small. When the budget is met this test fails: make it a plain `it` then.
  it.failing('the Teams tab loads at most 250 KB before its first view shows (entry, language, the view and the bell)', () => {
    expect(figures.tab.firstLoad.gzip).toBeLessThanOrEqual(250 * KB);
  });

  it('the Teams tab does not grow past what it loads today before its first view (277 KB: entry, frame texts, Beleid with its repository and its texts, the bell without its list) while its budget is not met', () => {
    expect(figures.tab.firstLoad.gzip).toBeLessThanOrEqual(277 * KB);
  });
});

describe('what loads on demand', () => {
  const text = (file: string): string => readFileSync(path.join(root, file), 'utf8');

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
    const meta = JSON.parse(text(path.relative(root, TAB_METAFILE))) as { inputs: Record<string, { imports: { path: string; kind: string; external?: boolean }[] }> };
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
    const meta = JSON.parse(text(path.relative(root, TAB_METAFILE))) as { outputs: Record<string, { inputs: Record<string, unknown> }> };
    const inputs = (files: string[]): string[] => files.flatMap((file) => Object.keys(meta.outputs[file].inputs));
    const controllers = (files: string[]): string[] => inputs(files).filter((input) => /msal-browser\/dist\/controllers\//.test(input)).map((input) => path.basename(input));
    expect(controllers(figures.tab.firstLoad.files)).toEqual(['NestedAppAuthController.mjs']);
    expect(controllers(figures.tab.standardSignIn.files)).toEqual(['StandardController.mjs']);
  });

  it("the tab's first load holds Teams' light theme only (dark and high contrast load on demand) and no Fluent component it does not show", () => {
    const meta = JSON.parse(text(path.relative(root, TAB_METAFILE))) as { outputs: Record<string, { inputs: Record<string, { bytesInOutput: number }> }> };
    const inputs = figures.tab.firstLoad.files.flatMap((file) => Object.entries(meta.outputs[file].inputs).filter(([, input]) => input.bytesInOutput > 0).map(([name]) => name));
    expect(inputs.filter((input) => input.includes('@fluentui/tokens/lib/themes/teams/'))).toEqual(['node_modules/@fluentui/tokens/lib/themes/teams/lightTheme.js']);
    expect(inputs.filter((input) => /@fluentui\/tokens\/lib\/alias\/(teamsDark|dark|highContrast)/.test(input))).toEqual([]);
    expect(inputs.filter((input) => /PresenceBadge|react-aria\/lib\/activedescendant/.test(input))).toEqual([]);
  });

  it('the configuration page loads no React, Fluent, PnPjs, DOMPurify or MSAL, and one language', () => {
    const meta = JSON.parse(text(path.relative(root, TAB_METAFILE))) as { outputs: Record<string, { inputs: Record<string, unknown> }> };
    const inputs = figures.configPage.firstLoad.files.flatMap((file) => Object.keys(meta.outputs[file].inputs));
    const libraries = inputs.map((input) => /node_modules\/((@[^/]+\/)?[^/]+)\/(?!.*node_modules)/.exec(input)?.[1]).filter(Boolean);
    expect(new Set(libraries)).toEqual(new Set(['@microsoft/teams-js', 'debug', 'ms', 'uuid', 'tslib']));
    expect(inputs.filter((input) => input.startsWith('src/loc/') && /-(BE|US)\//.test(input)).every((input) => input.startsWith('src/loc/nl-BE/'))).toBe(true);
  });
});
