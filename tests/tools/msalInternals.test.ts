import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { msalInternals } from '../../tools/msalInternals';

const root = path.resolve(__dirname, '../..');

/** Bundles one line of code with the plugin, as tools/build-web.ts bundles the tab. */
function bundle(code: string) {
  return build({ stdin: { contents: code, resolveDir: root, loader: 'ts' }, bundle: true, write: false, format: 'esm', plugins: [msalInternals(root)], logLevel: 'silent' });
}

describe("msal-browser's modules by their place in the package (tools/msalInternals.ts)", () => {
  it('bundles the Nested App Authentication controller from dist/, though the exports map does not list it', async () => {
    const result = await bundle("export { NestedAppAuthController } from '@azure/msal-browser/dist/controllers/NestedAppAuthController';");
    expect(result.outputFiles[0].text).toContain('// node_modules/@azure/msal-browser/dist/controllers/NestedAppAuthController.mjs');
  });

  it('fails the build, naming the version and the file, when msal-browser no longer has it', async () => {
    const { version } = JSON.parse(readFileSync(path.join(root, 'node_modules/@azure/msal-browser/package.json'), 'utf8')) as { version: string };
    await expect(bundle("export * from '@azure/msal-browser/dist/controllers/MovedController';")).rejects.toThrow(
      `@azure/msal-browser ${version} has no dist/controllers/MovedController.mjs`,
    );
  });
});
