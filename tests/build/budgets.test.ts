import { readFileSync } from 'node:fs';
import path from 'node:path';
import { bundleFigures, viewModules, WEB_PART_CHUNK_GROUPS } from '../../bench/bundles';
import { VIEW_KEYS } from '../../src/app/views';
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

  // Not met yet (361 KB, counting the first view's repository chunk): MSAL (about 92 KB: the first read needs a token
  // through Nested App Authentication in production), Fluent's core (about 66 KB: tokens, Griffel, Tabster), ReactDOM
  // (about 39 KB), teams-js (about 19 KB) and the whole Dutch language chunk (about 17 KB) load before the first view.
  // When the budget is met this test fails: make it a plain `it` then.
  it.failing('the Teams tab loads at most 250 KB before its first view shows (entry, language, the view and the bell)', () => {
    expect(figures.tab.firstLoad.gzip).toBeLessThanOrEqual(250 * KB);
  });

  it('the Teams tab does not grow past what it loads today before its first view (380 KB: the language chunk carries every feature’s strings, Verslagen, Integriteitsmelding and the settings included) while its budget is not met', () => {
    expect(figures.tab.firstLoad.gzip).toBeLessThanOrEqual(380 * KB);
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

  it('the configuration page loads no React, Fluent, PnPjs, DOMPurify or MSAL, and one language', () => {
    const meta = JSON.parse(text(path.relative(root, TAB_METAFILE))) as { outputs: Record<string, { inputs: Record<string, unknown> }> };
    const inputs = figures.configPage.firstLoad.files.flatMap((file) => Object.keys(meta.outputs[file].inputs));
    const libraries = inputs.map((input) => /node_modules\/((@[^/]+\/)?[^/]+)\/(?!.*node_modules)/.exec(input)?.[1]).filter(Boolean);
    expect(new Set(libraries)).toEqual(new Set(['@microsoft/teams-js', 'debug', 'ms', 'uuid', 'tslib']));
    expect(inputs.filter((input) => input.startsWith('src/loc/') && /-(BE|US)\//.test(input)).every((input) => input.startsWith('src/loc/nl-BE/'))).toBe(true);
  });
});
