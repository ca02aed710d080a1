import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const root = path.resolve(__dirname, '..');

function sizes(file: string): { raw: number; gzip: number } {
  const bytes = readFileSync(file);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/** Sizes of what users download: the web part bundle (from `npm run build`) and the Teams tab bundle. */
export function benchBundles(): Record<string, number | string> {
  const dist = path.join(root, 'dist');
  const webPart = readdirSync(dist).find((name) => /^integriteit-carma-web-part_[0-9a-f]+\.js$/.test(name));
  const tab = path.join(dist, 'teams-app', 'app.js');
  if (!webPart || !statSync(tab).isFile()) throw new Error('run `npm run build` first');
  const wp = sizes(path.join(dist, webPart));
  const tb = sizes(tab);
  return {
    'web part bundle (bytes raw)': wp.raw,
    'web part bundle (bytes gzip -9)': wp.gzip,
    'Teams tab bundle incl. React (bytes raw)': tb.raw,
    'Teams tab bundle incl. React (bytes gzip -9)': tb.gzip,
  };
}
