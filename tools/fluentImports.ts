/**
 * An esbuild plugin that points imports of Fluent UI's re-exporting modules (`@fluentui/react-components`, each
 * package's index, a component's `index.js`) at the modules that define the names, as webpack's `sideEffects`
 * optimisation does by itself: `import { Badge } from '@fluentui/react-components'` becomes an import of
 * react-badge's `components/Badge/Badge.js`. esbuild's code splitting puts a module in the chunk of every page and
 * every `import()` that reaches it through any import, whether or not the importer uses it: without the plugin a
 * re-exporting module drags everything it names that the build uses anywhere (PresenceBadge with Badge, the dark and
 * high-contrast tokens with Fluent's `tokens`) into each chunk that imports it. Only packages whose package.json
 * declares `"sideEffects": false` (all of Fluent v9) are followed.
 */
import type { Plugin, PluginBuild } from 'esbuild';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

const BARREL = '@fluentui/react-components';
/**
 * The packages whose imports are followed in Fluent's own modules too: indexes that name parts the build uses
 * elsewhere beside what a component imports (every theme beside `tokens`; the comboboxes' active-descendant code beside
 * `useARIAButtonProps`; utilities; Tabster, which react-tabster's index names beside the focus-ring styles of every
 * button and link and the provider's focus-visible hook, while only other views' tab lists, menus and dialogs use it).
 * Others are not: following them splits Fluent into more, smaller chunks that cost more gzip than they save (measured
 * on the tab's first load with bench/bundles.ts).
 */
const FOLLOWED_PACKAGES = ['@fluentui/react-theme', '@fluentui/tokens', '@fluentui/react-aria', '@fluentui/react-utilities', '@fluentui/react-tabster'];
/**
 * Packages imported through their index, not past it: their parts are small and a view uses several of them (the text
 * presets, the message bar's body and title); one module each would make a chunk each (measured: 1.6 KB gzip more).
 */
const WHOLE_PACKAGES = ['@fluentui/react-text', '@fluentui/react-message-bar'];
const NAMED_IMPORT = /import\s*\{([^}]*)\}\s*from\s*(["'])([^"']+)\2;?/g;

/** The specifiers of an import or export list (`a, b as c, type D`): each as written, its name, its alias, whether a type. */
function specifiers(list: string): Array<{ spec: string; name: string; alias: string | undefined; isType: boolean }> {
  return list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((spec) => {
      const [name, alias] = spec.replace(/^type\s+/, '').split(/\s+as\s+/);
      return { spec, name, alias, isType: spec.startsWith('type ') };
    });
}

/** Which names a module re-exports (`export { a, b as c } from '…'`), from where and under which name there. */
export function reExports(source: string): Map<string, { from: string; name: string }> {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/[^\n]*/g, '');
  const map = new Map<string, { from: string; name: string }>();
  for (const m of code.matchAll(/export\s*\{([^}]*)\}\s*from\s*["']([^"']+)["']/g)) {
    for (const { name, alias, isType } of specifiers(m[1])) {
      if (!isType) map.set(alias ?? name, { from: m[2], name });
    }
  }
  return map;
}

/** A name's defining module: its file and the name it has there. */
export interface Definition {
  file: string;
  name: string;
}

/** The named imports of a source file: each value name with the module specifier it is imported from. */
export function namedImports(source: string): Array<{ from: string; name: string }> {
  const found: Array<{ from: string; name: string }> = [];
  for (const m of source.matchAll(NAMED_IMPORT)) {
    for (const { name, isType } of specifiers(m[1])) {
      if (!isType) found.push({ from: m[3], name });
    }
  }
  return found;
}

/**
 * Rewrites a source file's named imports: each value name whose defining module `definitionOf` knows is imported from
 * that module (by absolute path); type imports and names it does not know stay as they are.
 */
export function rewriteImports(source: string, definitionOf: (from: string, name: string) => Definition | undefined): string {
  return source.replace(NAMED_IMPORT, (whole, list: string, _quote: string, from: string) => {
    const kept: string[] = [];
    const byFile = new Map<string, string[]>();
    for (const { spec, name, alias, isType } of specifiers(list)) {
      const target = isType ? undefined : definitionOf(from, name);
      if (!target) {
        kept.push(spec);
        continue;
      }
      const local = alias ?? name;
      const entries = byFile.get(target.file) ?? [];
      entries.push(target.name === local ? local : `${target.name} as ${local}`);
      byFile.set(target.file, entries);
    }
    if (byFile.size === 0) return whole;
    const lines = [...byFile].map(([file, names]) => `import { ${names.join(', ')} } from ${JSON.stringify(file)};`);
    if (kept.length) lines.push(`import { ${kept.join(', ')} } from ${JSON.stringify(from)};`);
    return lines.join(' ');
  });
}

/** Follows re-exports through side-effect-free modules to the modules that define the names (cached per build). */
function definitions(build: PluginBuild): (from: string, resolveDir: string, name: string) => Promise<Definition | undefined> {
  const resolved = new Map<string, Promise<string | undefined>>();
  const resolve = (spec: string, resolveDir: string): Promise<string | undefined> => {
    const key = `${resolveDir}\0${spec}`;
    if (!resolved.has(key)) {
      resolved.set(key, build.resolve(spec, { kind: 'import-statement', resolveDir }).then((r) => (r.errors.length || r.external ? undefined : r.path)));
    }
    return resolved.get(key)!;
  };
  const sideEffectFree = new Map<string, Promise<boolean>>();
  const freeOfSideEffects = (dir: string): Promise<boolean> => {
    if (!sideEffectFree.has(dir)) {
      sideEffectFree.set(
        dir,
        readFile(path.join(dir, 'package.json'), 'utf8').then(
          (text) => (JSON.parse(text) as { sideEffects?: unknown }).sideEffects === false,
          () => (path.dirname(dir) === dir ? false : freeOfSideEffects(path.dirname(dir))),
        ),
      );
    }
    return sideEffectFree.get(dir)!;
  };
  const exportsOf = new Map<string, Promise<Map<string, { from: string; name: string }>>>();
  const follow = async (file: string, name: string): Promise<Definition> => {
    if (!exportsOf.has(file)) exportsOf.set(file, readFile(file, 'utf8').then(reExports));
    const entry = (await exportsOf.get(file)!).get(name);
    const next = entry && (await resolve(entry.from, path.dirname(file)));
    if (!entry || !next || !(await freeOfSideEffects(path.dirname(next)))) return { file, name };
    return WHOLE_PACKAGES.includes(entry.from) ? { file: next, name: entry.name } : follow(next, entry.name);
  };
  return async (from, resolveDir, name) => {
    if (WHOLE_PACKAGES.includes(from)) return undefined;
    const file = await resolve(from, resolveDir);
    if (!file || !(await freeOfSideEffects(path.dirname(file)))) return undefined;
    const found = await follow(file, name);
    return found.file === file ? undefined : found;
  };
}

/** The plugin: applies {@link rewriteImports} to the project's TypeScript files and to Fluent's imports of {@link FOLLOWED_PACKAGES}. */
export function fluentImports(root: string): Plugin {
  return {
    name: 'fluent-imports',
    setup(build) {
      // the packages resolve as the barrel itself resolves them (some are nested in its own node_modules)
      const barrelDir = path.join(root, 'node_modules', BARREL);
      build.onResolve({ filter: /^@fluentui\// }, async (args) => {
        if (args.pluginData === 'fluent-imports' || args.resolveDir === barrelDir) return undefined;
        const result = await build.resolve(args.path, { kind: args.kind, resolveDir: barrelDir, pluginData: 'fluent-imports' });
        return result.errors.length ? undefined : result;
      });
      const definitionOf = definitions(build);
      const rewrite = async (file: string, source: string, follows: (from: string) => boolean): Promise<string> => {
        const known = new Map<string, Definition | undefined>();
        for (const { from, name } of namedImports(source)) {
          if (follows(from)) known.set(`${from}\0${name}`, await definitionOf(from, path.dirname(file), name));
        }
        return rewriteImports(source, (from, name) => known.get(`${from}\0${name}`));
      };
      const isModule = `${path.sep}node_modules${path.sep}`;
      build.onLoad({ filter: /\.tsx?$/ }, async (args) => {
        if (args.path.includes(isModule)) return undefined;
        const source = await readFile(args.path, 'utf8');
        if (!source.includes('@fluentui/')) return undefined;
        return { contents: await rewrite(args.path, source, (from) => from.startsWith('@fluentui/')), loader: args.path.endsWith('x') ? 'tsx' : 'ts' };
      });
      // Fluent's own modules: only their imports of the packages above
      build.onLoad({ filter: /[\\/]node_modules[\\/]@fluentui[\\/].*\.js$/ }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        if (!FOLLOWED_PACKAGES.some((name) => source.includes(name))) return undefined;
        return { contents: await rewrite(args.path, source, (from) => FOLLOWED_PACKAGES.includes(from)), loader: 'js' };
      });
    },
  };
}
