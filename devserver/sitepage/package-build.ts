/**
 * Keeps the `.sppkg` the local SharePoint page loads in step with the sources: `npm start` rebuilds it (gulp bundle
 * and package-solution, as `npm run build:spfx`) when it is missing or older than a source it is built from.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** What the package is built from (besides node_modules). */
const SOURCES = ['spfx-webpart', 'src', 'config', 'package.json', 'tsconfig.json', 'gulpfile.js'];

/** The newest modification time under a file or folder. */
function newest(file: string): number {
  if (!existsSync(file)) return 0;
  const stat = statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(file).reduce((max, name) => Math.max(max, newest(path.join(file, name))), stat.mtimeMs);
}

/** The package's path, and the first source newer than it (undefined: the package is up to date). */
export function packageStaleness(root: string): { sppkg: string; reason?: string } {
  const sppkg = path.join(root, 'sharepoint/solution/integriteit-carma.sppkg');
  if (!existsSync(sppkg)) return { sppkg, reason: 'there is no package yet' };
  const built = statSync(sppkg).mtimeMs;
  const changed = SOURCES.find((source) => newest(path.join(root, source)) > built);
  return { sppkg, reason: changed ? `${changed} changed since it was built` : undefined };
}

/** Rebuilds the package when the sources are newer; throws when the build fails. */
export function ensurePackage(root: string, log: (message: string) => void = console.log): void {
  const { reason } = packageStaleness(root);
  if (!reason) return;
  log(`Building the SharePoint package (${reason}): npm run build:spfx, about a minute…`);
  const result = spawnSync('npm', ['run', 'build:spfx'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('Building the SharePoint package failed (npm run build:spfx); the local SharePoint page loads the web part from it.');
}
