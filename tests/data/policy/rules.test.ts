import { allOperationalObjectives } from '../../../seed/content';
import { ownerGroupOf } from '../../../seed/policy';
import { canUpdateActionPoint, compareCodes } from '../../../src/domain/plan/planRules';
import {
  acknowledgementReport,
  directiveActions,
  draftProblems,
  matchesDirective,
  needsAcknowledgement,
  nextVersion,
} from '../../../src/domain/policy/directiveRules';
import { clip, excerpt, htmlToText, paragraphsOf, plainText, textToHtml } from '../../../src/domain/policy/richText';
import type { Acknowledgement, DirectiveDraft, DirectiveSummary } from '../../../src/data/policy/types';
import type { Membership } from '../../../src/data/membership';
import { declarationRoute, parsePolicyItem } from '../../../src/ui/policy/routes';

const directive: DirectiveSummary = {
  id: 4,
  number: 'KR-2020-04',
  title: 'Sociale media',
  summary: 'Privé en online',
  status: 'Gepubliceerd',
  versionMajor: 2,
  versionMinor: 1,
  themeIds: [9],
  requiresAcknowledgement: true,
};
const ack = (versionMajor: number, authorId = 7, claimed: Partial<Acknowledgement> = {}): Acknowledgement => ({
  id: versionMajor * 100 + authorId,
  directiveId: 4,
  versionMajor,
  authorId,
  claimedEmployeeId: authorId,
  acknowledgedAt: '2026-01-01T09:00:00Z',
  ...claimed,
});
const member = (...groups: Membership['groups']): Membership => ({ userId: 1, name: 'X', loginName: 'x', groups });

describe('rich text of the policy', () => {
  it('turns the markup into paragraphs, lists and sub-headings, escaping what it holds', () => {
    expect(textToHtml('## Doel\n\nEen <b> & "c"\nop twee regels.\n\nLijst:\n- een\n- twee')).toBe(
      '<h3>Doel</h3><p>Een &lt;b&gt; &amp; &quot;c&quot; op twee regels.</p><p>Lijst:</p><ul><li>een</li><li>twee</li></ul>',
    );
  });

  it('turns HTML back into the markup for editing', () => {
    const text = '## Doel\n\nEen & twee.\n\n- een\n- twee';
    expect(htmlToText(textToHtml(text))).toBe(text);
    expect(htmlToText('<div class="ExternalClass"><h1>Titel</h1><p>A&nbsp;b<br>c</p></div>')).toBe('## Titel\n\nA b\nc');
  });

  it('gives the text on one line, its paragraphs, and excerpts cut at a word', () => {
    expect(plainText('<p>Een&#39;s</p><ul><li>twee</li></ul>')).toBe("Een's twee");
    expect(paragraphsOf('<p>a</p><p class="x">b</p>')).toEqual(['<p>a</p>', '<p class="x">b</p>']);
    expect(paragraphsOf('zonder alinea')).toEqual(['zonder alinea']);
    expect(excerpt('Eerste zin. Tweede zin.', 100)).toBe('Eerste zin.');
    expect(clip('een twee drie vier', 12)).toBe('een twee…');
    expect(clip('kort', 12)).toBe('kort');
  });
});

describe('the rules of korpsrichtlijnen', () => {
  it('asks for acknowledgement again after a new major version, not after a minor one', () => {
    expect(needsAcknowledgement(directive, [ack(1)])).toBe(true);
    expect(needsAcknowledgement(directive, [ack(2)])).toBe(false);
    expect(needsAcknowledgement({ ...directive, requiresAcknowledgement: false }, [])).toBe(false);
    expect(needsAcknowledgement({ ...directive, status: 'Gearchiveerd' }, [])).toBe(false);
  });

  it('versions an edit of a published directive, not of a concept', () => {
    expect(nextVersion(directive, 'minor')).toEqual({ versionMajor: 2, versionMinor: 2 });
    expect(nextVersion(directive, 'major')).toEqual({ versionMajor: 3, versionMinor: 0 });
    expect(nextVersion({ ...directive, status: 'Concept' }, 'major')).toEqual({ versionMajor: 2, versionMinor: 1 });
  });

  it('follows concept → gepubliceerd → gearchiveerd; a published one changes only through a concept of a new version', () => {
    expect(directiveActions('Concept')).toEqual({ edit: true, publish: true, discard: true, revise: false, archive: false });
    expect(directiveActions('Gepubliceerd')).toEqual({ edit: false, publish: false, discard: false, revise: true, archive: true });
    expect(directiveActions('Gearchiveerd')).toEqual({ edit: false, publish: false, discard: false, revise: false, archive: false });
  });

  it('names what is wrong with a draft', () => {
    const draft: DirectiveDraft = { number: 'KR-2026-01', title: 'T', summary: '', body: '', themeIds: [], requiresAcknowledgement: true };
    expect(draftProblems(draft, 'Concept')).toEqual({});
    expect(draftProblems(draft, 'Gepubliceerd')).toEqual({ body: 'bodyRequired' });
    expect(draftProblems({ ...draft, number: 'kr 1', title: ' ', summary: 'x'.repeat(256) }, 'Concept')).toEqual({
      number: 'numberFormat',
      title: 'titleRequired',
      summary: 'summaryTooLong',
    });
    expect(draftProblems({ ...draft, number: '', title: 'x'.repeat(256) }, 'Concept')).toEqual({ number: 'numberRequired', title: 'titleTooLong' });
  });

  it('matches every word of a search in number, title, summary or text, and the theme', () => {
    expect(matchesDirective(directive, 'Deel geen beelden op Facebook', { status: 'Gepubliceerd', text: 'facebook PRIVÉ' })).toBe(true);
    expect(matchesDirective(directive, '', { status: 'Gepubliceerd', text: 'kr-2020' })).toBe(true);
    expect(matchesDirective(directive, '', { status: 'Gepubliceerd', text: 'geweld' })).toBe(false);
    expect(matchesDirective(directive, '', { status: 'Gepubliceerd', themeId: 3 })).toBe(false);
  });

  it('counts acknowledgements of the major version per dienst, unknown dienst last', () => {
    const roster = [
      { id: 7, title: 'Jonas', dienst: 'Interventie' as const },
      { id: 8, title: 'Anna', dienst: 'Interventie' as const },
      { id: 9, title: 'Nieuw' },
      { id: 10, title: 'Wim', dienst: 'HR' as const },
    ];
    const report = acknowledgementReport(roster, [ack(2, 7), ack(1, 8), ack(2, 10)], 2);
    expect(report).toMatchObject({ versionMajor: 2, total: 4, acknowledged: 2 });
    expect(report.perDienst.map((g) => [g.dienst, g.acknowledged.map((m) => m.title), g.missing.map((m) => m.title)])).toEqual([
      ['Interventie', ['Jonas'], ['Anna']],
      ['HR', ['Wim'], []],
      [undefined, [], ['Nieuw']],
    ]);
    expect(report.misattributed).toEqual([]);
  });

  it('counts an acknowledgement for its author only, and names the entries that claim someone else', () => {
    const roster = [
      { id: 7, title: 'Jonas Maes', dienst: 'Interventie' as const },
      { id: 8, title: 'Lotte Wouters', dienst: 'Interventie' as const },
      { id: 10, title: 'Wim Hendrickx', dienst: 'HR' as const },
    ];
    // Jonas added one for Lotte (person field and title), and one of his own whose title names Wim
    const forged = ack(2, 7, { claimedEmployeeId: 8, claimedName: 'Lotte Wouters', authorName: 'Jonas Maes' });
    const renamed = ack(2, 7, { id: 2, claimedName: 'Wim Hendrickx', authorName: 'Jonas Maes' });
    const honest = ack(2, 10, { claimedName: 'Wim Hendrickx', authorName: 'Wim Hendrickx' });
    const report = acknowledgementReport(roster, [forged, renamed, honest], 2);
    expect(report.acknowledged).toBe(2);
    expect(report.perDienst.map((g) => [g.dienst, g.acknowledged.map((m) => m.title), g.missing.map((m) => m.title)])).toEqual([
      ['Interventie', ['Jonas Maes'], ['Lotte Wouters']],
      ['HR', ['Wim Hendrickx'], []],
    ]);
    expect(report.misattributed).toEqual([
      { id: forged.id, author: { id: 7, title: 'Jonas Maes' }, named: 'Lotte Wouters' },
      { id: 2, author: { id: 7, title: 'Jonas Maes' }, named: 'Wim Hendrickx' },
    ]);
  });
});

describe('routes of the Beleid view', () => {
  it('reads item routes and refuses what it does not know', () => {
    expect(parsePolicyItem(undefined)).toEqual({ kind: 'home' });
    expect(parsePolicyItem('thema/3')).toEqual({ kind: 'theme', number: 3 });
    expect(parsePolicyItem('richtlijnen')).toEqual({ kind: 'directives' });
    expect(parsePolicyItem('richtlijn/12')).toEqual({ kind: 'directive', id: 12 });
    expect(parsePolicyItem('richtlijn/nieuw')).toEqual({ kind: 'newDirective' });
    expect(parsePolicyItem('concept/4')).toEqual({ kind: 'concept', id: 4 });
    expect(parsePolicyItem('concept/4/bewerken')).toEqual({ kind: 'editConcept', id: 4 });
    for (const bad of ['thema/0', 'thema/x', 'thema/1.5', 'richtlijn/-1', 'richtlijn/3/wissen', 'richtlijn/12/bewerken', 'concept/0', 'iets']) {
      expect(parsePolicyItem(bad)).toEqual({ kind: 'unknown' });
    }
  });

  it('sends the themes with a declaration to the registers’ forms', () => {
    expect(declarationRoute('Geschenk')).toEqual({ view: 'registers', item: 'nieuw/geschenk' });
    expect(declarationRoute('Nevenactiviteit')).toEqual({ view: 'registers', item: 'nieuw/nevenactiviteit' });
    expect(declarationRoute('Materiaalschade')).toEqual({ view: 'registers', item: 'nieuw/materiaalschade' });
    expect(declarationRoute('Geen')).toBeUndefined();
  });
});

describe('the rules of the integrity plan', () => {
  it('lets the owner group, the korpsleiding and the beheerders update an objective', () => {
    expect(canUpdateActionPoint({ ownerGroup: 'HR' }, member('medewerkers', 'hr'))).toBe(true);
    expect(canUpdateActionPoint({ ownerGroup: 'HR' }, member('medewerkers', 'korpsleiding'))).toBe(true);
    expect(canUpdateActionPoint({ ownerGroup: 'HR' }, member('beheerders'))).toBe(true);
    expect(canUpdateActionPoint({ ownerGroup: 'HR' }, member('medewerkers', 'juridischeDienst'))).toBe(false);
  });

  it('orders codes as people read them', () => {
    expect(['SD1.10', 'SD1.2', 'SD2.1', 'SD1.1'].sort(compareCodes)).toEqual(['SD1.1', 'SD1.2', 'SD1.10', 'SD2.1']);
  });

  it('knows an owner group for every actor of the plan, and refuses an actor it does not know', () => {
    for (const o of allOperationalObjectives) expect(typeof ownerGroupOf(o.actor)).toBe('string');
    expect(() => ownerGroupOf('Onbekende dienst')).toThrow('Geen eigenaar bekend voor actor "Onbekende dienst"');
  });
});
