/**
 * The local SharePoint's modules import each other without circles (issue #15 part 5): every import of every file
 * under devserver/, type-only imports included, resolved with TypeScript's own module resolution and the options of
 * tsconfig.node.json (the tsconfig that compiles devserver/).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import * as ts from 'typescript';

const ROOT = resolve(__dirname, '../..');
const DEVSERVER = join(ROOT, 'devserver');

type Graph = Map<string, string[]>;

/** The .ts/.tsx files under a folder. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

/** Each file's imports (static, type-only, `export … from`, dynamic `import()`) that resolve to a file under `dir`. */
function importGraph(dir: string): Graph {
  const config = ts.readConfigFile(join(ROOT, 'tsconfig.node.json'), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
  const graph: Graph = new Map();
  for (const file of sourceFiles(dir)) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = importedFiles
      .map((i) => ts.resolveModuleName(i.fileName, file, options, ts.sys).resolvedModule)
      .filter((m): m is ts.ResolvedModuleFull => !!m && !m.isExternalLibraryImport && m.resolvedFileName.startsWith(dir + '/'))
      .map((m) => m.resolvedFileName);
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** Every import circle, each as the path that closes it (a → b → a); a depth-first walk reports each back edge once. */
function importCircles(graph: Graph): string[][] {
  const circles: string[][] = [];
  const done = new Set<string>();
  const path: string[] = [];
  const visit = (file: string): void => {
    path.push(file);
    for (const next of graph.get(file) ?? []) {
      const at = path.indexOf(next);
      if (at >= 0) circles.push([...path.slice(at), next]);
      else if (!done.has(next)) visit(next);
    }
    path.pop();
    done.add(file);
  };
  for (const file of graph.keys()) if (!done.has(file)) visit(file);
  return circles;
}

describe('devserver/ import circles', () => {
  it('the walk finds a circle when there is one', () => {
    const graph: Graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a', 'd']],
      ['d', []],
    ]);
    expect(importCircles(graph)).toEqual([['a', 'b', 'c', 'a']]);
    expect(importCircles(new Map([['a', ['b']], ['b', []]]))).toEqual([]);
  });

  it('resolves the imports across the folders', () => {
    const graph = importGraph(DEVSERVER);
    const edges = (file: string): string[] => (graph.get(join(DEVSERVER, file)) ?? []).map((f) => relative(DEVSERVER, f));
    expect(edges('http/router.ts')).toEqual(expect.arrayContaining(['http/context.ts', 'query/segments.ts', 'resources/web.ts']));
    // a type-only import counts too
    expect(edges('http/context.ts')).toEqual(expect.arrayContaining(['auth/mask.ts', 'store/db.ts']));
  });

  it('no file under devserver/ imports itself through other files', () => {
    const circles = importCircles(importGraph(DEVSERVER)).map((c) => c.map((f) => relative(DEVSERVER, f)).join(' → '));
    expect(circles).toEqual([]);
  });
});
