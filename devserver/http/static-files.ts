import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';

/** A folder served under a URL prefix, e.g. '/teams/' → dist/teams-app with index.html for unknown paths. */
export interface StaticRoute {
  prefix: string;
  dir: string;
  index?: string;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/**
 * The file a static route serves for a URL path, or undefined: files under the route's folder only; paths without an
 * extension fall back to the route's index (client-side routing).
 */
export async function staticFile(routes: StaticRoute[], pathname: string): Promise<{ body: Buffer; type: string } | undefined> {
  for (const route of routes) {
    const prefix = route.prefix.endsWith('/') ? route.prefix : `${route.prefix}/`;
    if (!pathname.startsWith(prefix) && pathname !== prefix.slice(0, -1)) continue;
    const root = resolve(route.dir);
    let relative: string;
    try {
      relative = decodeURIComponent(pathname.slice(prefix.length));
    } catch {
      return undefined;
    }
    let file = resolve(root, relative);
    if (file !== root && !file.startsWith(root + sep)) return undefined;
    if (!(await isFile(file))) {
      if (!route.index || (extname(file) && extname(file) !== '.html')) return undefined;
      file = join(root, route.index);
      if (!(await isFile(file))) return undefined;
    }
    return { body: await readFile(file), type: TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream' };
  }
  return undefined;
}
