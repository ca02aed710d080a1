/** Rules of the source the app once stated differently (issue 13, part 7): each as the source says it. */
import * as fs from 'fs';
import * as path from 'path';
import { GROUP_INFO } from '../../src/data/groups';
import { COMITES } from '../../src/domain/proposal/bodies';
import { stringsFor, LOCALES } from '../../src/loc';

const ROOT = path.resolve(__dirname, '../..');

/** Every text file under a folder of the repository (no node_modules, no build output). */
function filesUnder(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : filesUnder(rel);
    return /\.(ts|tsx|json|md|html)$/.test(entry.name) ? [rel] : [];
  });
}

describe('Q&W means kwaliteit en welzijn', () => {
  it('is never spelled out as anything else in the code, the seeds, the strings or the docs', () => {
    const wrong = /kwaliteit\s*(&|en)\s*werking/i;
    const offenders = ['src', 'seed', 'devserver', 'docs', 'spfx-webpart', 'teams-app', 'manifest']
      .flatMap(filesUnder)
      .filter((file) => !file.startsWith(path.join('seed', 'source')))
      .filter((file) => wrong.test(fs.readFileSync(path.join(ROOT, file), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('is what the team Q&W group says, and the proposals view explains it once in every language', () => {
    expect(GROUP_INFO.teamQW.description).toContain('kwaliteit en welzijn');
    expect(stringsFor('nl-BE').proposals.qwExplained).toMatch(/^Q&W staat voor kwaliteit en welzijn\./);
    LOCALES.forEach((locale) => expect(stringsFor(locale).proposals.qwExplained).toContain('kwaliteit en welzijn'));
  });
});

describe('the preventiecomité', () => {
  it('concerns the matter of the preventieambtenaar (SD2)', () => {
    expect(COMITES.filter((c) => c.key === 'preventiecomite')[0].handles).toMatch(/preventieambtenaar/);
  });
});
