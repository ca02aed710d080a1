import { execFileSync } from 'child_process';
import * as path from 'path';
import * as ts from 'typescript';

const ROOT = path.resolve(__dirname, '../..');
/** The projects `npm run typecheck` checks besides tsconfig.json (SPFx's build), whose src and spfx-webpart tsconfig.jest.json holds too. */
const PROJECTS = ['tsconfig.jest.json', 'tsconfig.node.json'];

function projectFiles(config: string): string[] {
  const parsed = ts.getParsedCommandLineOfConfigFile(path.join(ROOT, config), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
  return parsed ? parsed.fileNames.map((f) => path.relative(ROOT, f)) : [];
}

describe('tsconfig coverage', () => {
  it('puts every TypeScript file git tracks in a project that npm run typecheck checks', () => {
    const listed = execFileSync('git', ['ls-files', '--cached'], { cwd: ROOT, encoding: 'utf8' });
    const files = listed.split('\n').filter((f) => /\.(ts|tsx|mts|cts)$/.test(f));
    const covered = new Set(PROJECTS.reduce<string[]>((all, p) => all.concat(projectFiles(p)), []));
    expect(files.filter((f) => !covered.has(f))).toEqual([]);
  });
});
