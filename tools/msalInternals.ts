/**
 * An esbuild plugin that lets the tab import msal-browser's own modules by their place in the package,
 * `@azure/msal-browser/dist/<path>` (the file `dist/<path>.mjs`), which its `exports` map does not list: the tab
 * uses its Nested App Authentication operating context and controller without the factory that also imports the
 * standard client (teams-app/nestableClient.ts). The same rule maps the name to `types/<path>.d.ts` for TypeScript
 * (`paths` in tsconfig.jest.json) and to `dist/<path>.mjs` for jest (`moduleNameMapper` in jest.config.js). A
 * msal-browser that moves such a file fails the build here, naming the file and the version.
 */
import type { Plugin } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const PACKAGE = '@azure/msal-browser';

export function msalInternals(root: string): Plugin {
  const packageDir = path.join(root, 'node_modules', PACKAGE);
  return {
    name: 'msal-internals',
    setup(build) {
      build.onResolve({ filter: /^@azure\/msal-browser\/dist\// }, (args) => {
        const file = path.join(packageDir, `${args.path.slice(PACKAGE.length + 1)}.mjs`);
        if (existsSync(file)) return { path: file };
        const { version } = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as { version: string };
        return { errors: [{ text: `${PACKAGE} ${version} has no ${path.relative(packageDir, file)}: see where its Nested App Authentication code went and update ${args.importer ? path.relative(root, args.importer) : 'the import'}` }] };
      });
    },
  };
}
