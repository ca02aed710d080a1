/**
 * An esbuild plugin that points the app's `import { … } from '@fluentui/react-components'` at the Fluent packages the
 * names come from (`@fluentui/react-tabs`, `@fluentui/react-dialog`, …), as webpack's `sideEffects` optimisation does
 * by itself. Without it, esbuild's code splitting sees every Fluent package as reachable from every page through the
 * one re-exporting module and puts all of them in one chunk that every page loads, the configuration page too.
 */
import type { Plugin } from 'esbuild';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

const BARREL = '@fluentui/react-components';

/** Which package each value of the barrel comes from, and under which name: read from its ES module index. */
export function barrelExports(indexSource: string): Map<string, { from: string; name: string }> {
  const code = indexSource.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/[^\n]*/g, '');
  const map = new Map<string, { from: string; name: string }>();
  for (const m of code.matchAll(/export\s*\{([^}]*)\}\s*from\s*["']([^"']+)["']/g)) {
    for (const spec of m[1].split(',').map((s) => s.trim()).filter(Boolean)) {
      const [name, alias] = spec.split(/\s+as\s+/);
      map.set(alias ?? name, { from: m[2], name });
    }
  }
  return map;
}

/** Rewrites one source file's value imports from the barrel; type imports and unknown names stay as they are. */
export function rewriteFluentImports(source: string, exportsOf: Map<string, { from: string; name: string }>): string {
  const pattern = new RegExp(`import\\s*\\{([^}]*)\\}\\s*from\\s*'${BARREL.replace('/', '\\/')}';`, 'g');
  return source.replace(pattern, (whole, list: string) => {
    const kept: string[] = [];
    const byPackage = new Map<string, string[]>();
    for (const spec of list.split(',').map((s) => s.trim()).filter(Boolean)) {
      const [name, alias] = spec.split(/\s+as\s+/);
      const target = name.startsWith('type ') ? undefined : exportsOf.get(name);
      if (!target) {
        kept.push(spec);
        continue;
      }
      const local = alias ?? name;
      const entries = byPackage.get(target.from) ?? [];
      entries.push(target.name === local ? local : `${target.name} as ${local}`);
      byPackage.set(target.from, entries);
    }
    if (byPackage.size === 0) return whole;
    const lines = [...byPackage].map(([from, names]) => `import { ${names.join(', ')} } from '${from}';`);
    if (kept.length) lines.push(`import { ${kept.join(', ')} } from '${BARREL}';`);
    return lines.join(' ');
  });
}

/** The plugin: applies {@link rewriteFluentImports} to the project's TypeScript files (not to node_modules). */
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
      let exportsOf: Promise<Map<string, { from: string; name: string }>> | undefined;
      build.onLoad({ filter: /\.tsx?$/ }, async (args) => {
        if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
        const source = await readFile(args.path, 'utf8');
        if (!source.includes(BARREL)) return undefined;
        exportsOf ??= readFile(path.join(root, 'node_modules', BARREL, 'lib', 'index.js'), 'utf8').then(barrelExports);
        return { contents: rewriteFluentImports(source, await exportsOf), loader: args.path.endsWith('x') ? 'tsx' : 'ts' };
      });
    },
  };
}
