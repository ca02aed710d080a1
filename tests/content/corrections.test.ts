/**
 * The corrections of obvious typos of the source (seed/content/corrections.json): each original really occurs in the
 * source document and in the extracted content, and the content the app shows holds only the corrected text.
 */
import * as fs from 'fs';
import * as path from 'path';
import { corrections, policyContent, sourceContent } from '../../seed/content';

const SOURCE = fs.readFileSync(path.resolve(__dirname, '../../seed/source/integriteitsbeleid-pz-carma.txt'), 'utf8');
const oneLine = (text: string): string => text.replace(/\s+/g, ' ');

describe('the corrections of the source’s typos', () => {
  it('lists at least the two typos the issue names', () => {
    expect(corrections.map((c) => c.original)).toEqual(expect.arrayContaining(['Respect voor de de statutaire bepalingen', 'beleidsadvixeur']));
  });

  it.each(corrections.map((c) => [c.original, c]))('“%s” really occurs in the source and the extracted content', (_original, c) => {
    expect(oneLine(SOURCE)).toContain(c.original);
    expect(JSON.stringify(sourceContent)).toContain(JSON.stringify(c.original).slice(1, -1));
    expect(c.corrected).not.toBe(c.original);
    expect(c.why.trim()).not.toBe('');
  });

  it.each(corrections.map((c) => [c.original, c]))('“%s” is shown corrected wherever it occurred', (_original, c) => {
    const shown = JSON.stringify(policyContent);
    expect(shown).not.toContain(JSON.stringify(c.original).slice(1, -1));
    expect(shown).toContain(JSON.stringify(c.corrected).slice(1, -1));
  });

  it('reaches the titles the app shows', () => {
    expect(policyContent.themes.find((t) => t.number === 5)?.title).toBe('Respect voor de statutaire bepalingen');
    expect(policyContent.objectives[0].operational.find((o) => o.code === 'SD1.2')?.title).toContain('beleidsadviseur');
    expect(policyContent.milestones.find((m) => m.key === 'welzijnsenquete-2024')?.title).toBe('Navolgende welzijnsenquête');
  });
});
