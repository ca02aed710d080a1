#!/usr/bin/env node
/**
 * The browser tests drive a Chromium (playwright-core downloads no browser): the one at CHROMIUM_PATH, or Debian's at
 * /usr/bin/chromium. Installs Debian's `chromium` package when it is missing and this is a Debian machine we are root
 * on; otherwise says what to do (on Windows and macOS: point CHROMIUM_PATH at Chrome or Edge, which it looks for).
 * Plain CommonJS for any Node from 18 on: `npm test` runs it first, on Windows, macOS and Linux.
 */
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

/** Chrome and Edge where their installers put them, per platform: what CHROMIUM_PATH may point at. */
function knownBrowsers(platform = process.platform, env = process.env) {
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter(Boolean);
    return roots.flatMap((root) => [
      path.win32.join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'),
      path.win32.join(root, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
    ]);
  }
  if (platform === 'darwin') {
    return ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge', '/Applications/Chromium.app/Contents/MacOS/Chromium'];
  }
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/microsoft-edge'];
}

/**
 * What to do, decided from the facts only.
 * @param {{ chromiumPath: string, explicit: boolean, present: boolean, root: boolean, debian: boolean, platform: string, found: string[] }} facts
 * @returns {{ action: 'present' } | { action: 'install' } | { action: 'instructions', message: string }}
 */
function plan(facts) {
  if (facts.present) return { action: 'present' };
  // Debian's package lands at /usr/bin/chromium: not where a CHROMIUM_PATH that names another place looks
  if (facts.platform === 'linux' && facts.debian && facts.root && !facts.explicit) return { action: 'install' };
  const set = facts.platform === 'win32' ? 'set CHROMIUM_PATH=<path>' : 'export CHROMIUM_PATH=<path>';
  const lines = [`The browser tests need a Chromium at ${facts.chromiumPath}.`];
  if (facts.found.length > 0) lines.push(`Found ${facts.found[0]}: point CHROMIUM_PATH at it (${set.replace('<path>', facts.found[0])}), then run npm test again.`);
  else if (facts.platform === 'linux' && facts.debian) lines.push("Install Debian's 'chromium' package as root (apt-get install chromium), or set CHROMIUM_PATH to a Chrome or Chromium.");
  else lines.push(`Install Google Chrome or Microsoft Edge (or Chromium) and point CHROMIUM_PATH at its executable (${set}).`);
  return { action: 'instructions', message: lines.join('\n') };
}

/** The facts of this machine. */
function factsOf(env = process.env, platform = process.platform) {
  const defaultPath = platform === 'linux' ? '/usr/bin/chromium' : '(CHROMIUM_PATH is not set)';
  const chromiumPath = env.CHROMIUM_PATH || defaultPath;
  const executable = (p) => {
    try {
      fs.accessSync(p, platform === 'win32' ? fs.constants.F_OK : fs.constants.X_OK);
      return fs.statSync(p).isFile();
    } catch {
      return false;
    }
  };
  const debian = platform === 'linux' && fs.existsSync('/etc/debian_version') && spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
  return {
    chromiumPath,
    explicit: !!env.CHROMIUM_PATH,
    present: executable(chromiumPath),
    root: typeof process.getuid === 'function' && process.getuid() === 0,
    debian,
    platform,
    found: knownBrowsers(platform, env).filter(executable),
  };
}

function main() {
  const decided = plan(factsOf());
  if (decided.action === 'present') return 0;
  if (decided.action === 'instructions') {
    process.stderr.write(`${decided.message}\n`);
    return 1;
  }
  process.stdout.write("Installing Chromium for the browser tests (Debian's package chromium)…\n");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const run = (args) => spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env }).status === 0;
  if (!run(['update', '-qq']) || !run(['install', '-y', '-qq', 'chromium', 'fonts-dejavu-core'])) {
    process.stderr.write("apt-get could not install Debian's chromium package.\n");
    return 1;
  }
  return 0;
}

module.exports = { plan, factsOf, knownBrowsers };

if (require.main === module) process.exitCode = main();
