import { checkProposalContent, checkUitvoerder, comiteName, COMITES, uitvoerderName, type ProposalContent } from '../../../src/domain/proposal';

const DRAFT: ProposalContent = {
  title: 'Extra zaklampen in de combi',
  problem: 'Bij nachtelijke interventies ontbreekt vaak een werkende zaklamp.',
  improvement: 'Twee oplaadbare zaklampen vast in elke combi.',
  description: '',
  topic: 'Materiaal en uitrusting',
  costEstimate: 240,
};

describe('checkProposalContent', () => {
  it('accepts a complete draft, with or without a cost', () => {
    expect(checkProposalContent(DRAFT)).toEqual([]);
    expect(checkProposalContent({ ...DRAFT, costEstimate: null })).toEqual([]);
    expect(checkProposalContent({ ...DRAFT, costEstimate: 0 })).toEqual([]);
  });

  it('requires title, problem, improvement and a known topic', () => {
    const empty = { ...DRAFT, title: ' ', problem: '', improvement: '\n', topic: 'Koffie' as ProposalContent['topic'] };
    expect(checkProposalContent(empty)).toEqual([
      { field: 'title', code: 'required' },
      { field: 'problem', code: 'required' },
      { field: 'improvement', code: 'required' },
      { field: 'topic', code: 'required' },
    ]);
  });

  it('limits the title to a SharePoint single line of text', () => {
    expect(checkProposalContent({ ...DRAFT, title: 'x'.repeat(255) })).toEqual([]);
    expect(checkProposalContent({ ...DRAFT, title: 'x'.repeat(256) })).toEqual([{ field: 'title', code: 'tooLong', max: 255 }]);
  });

  it.each([-1, NaN, Infinity])('refuses a cost of %p', (costEstimate) => {
    expect(checkProposalContent({ ...DRAFT, costEstimate })).toEqual([{ field: 'costEstimate', code: 'invalidAmount' }]);
  });
});

describe('comités and executors', () => {
  it('knows the five structural comités by their Dutch names', () => {
    expect(COMITES.map((c) => comiteName(c.key))).toEqual([
      'Preventiecomité',
      'HR-comité',
      'Communicatiecomité',
      'Aankoopcomité',
      'Operationeel Comité',
    ]);
  });

  it('names executors', () => {
    expect(uitvoerderName({ kind: 'q-team' })).toBe('Q-team');
    expect(uitvoerderName({ kind: 'cel-gwb' })).toBe('Cel Geweldsbeheersing (GWB)');
    expect(uitvoerderName({ kind: 'overleggroep', overleggroep: 'personen' })).toBe('Overleggroep personen');
    expect(uitvoerderName({ kind: 'werkgroep', name: ' Werkgroep bodycams ' })).toBe('Werkgroep bodycams');
    expect(uitvoerderName({ kind: 'werkgroep' })).toBe('Werkgroep');
    expect(uitvoerderName({ kind: 'voertuigcomite', name: 'genegeerd' })).toBe('Voertuigcomité');
  });

  it('checks that an executor is complete', () => {
    expect(checkUitvoerder({ kind: 'overleggroep', overleggroep: 'drugs' })).toBeNull();
    expect(checkUitvoerder({ kind: 'overleggroep', overleggroep: null })).toEqual({ code: 'overleggroepRequired' });
    expect(checkUitvoerder({ kind: 'werkgroep', name: 'Werkgroep onthaal' })).toBeNull();
    expect(checkUitvoerder({ kind: 'werkgroep', name: null })).toEqual({ code: 'werkgroepNameRequired' });
    expect(checkUitvoerder({ kind: 'cel-gwb', overleggroep: 'vermogen' })).toEqual({ code: 'overleggroepNotExpected' });
  });
});
