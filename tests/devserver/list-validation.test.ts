/** The local SharePoint's list validation formulas: the subset the product's lists use, evaluated as SharePoint does. */
import { evaluateFormula } from '../../devserver/resources/list-validation';

const item = (values: Record<string, string | number | boolean | null>) => (name: string) => {
  if (!(name in values)) throw new Error(`unknown [${name}]`);
  return values[name];
};

describe('list validation formulas', () => {
  const tpi = '=OR([Status]<>"Afgesloten",NOT([Gebruik van geweld]),NOT(ISBLANK([TPI onderzocht op])))';
  it('holds a use-of-force complaint open until its TPI check is recorded', () => {
    expect(evaluateFormula(tpi, item({ Status: 'In onderzoek', 'Gebruik van geweld': true, 'TPI onderzocht op': null }))).toBe(true);
    expect(evaluateFormula(tpi, item({ Status: 'Afgesloten', 'Gebruik van geweld': true, 'TPI onderzocht op': null }))).toBe(false);
    expect(evaluateFormula(tpi, item({ Status: 'Afgesloten', 'Gebruik van geweld': true, 'TPI onderzocht op': '2026-03-09T23:00:00Z' }))).toBe(true);
    expect(evaluateFormula(tpi, item({ Status: 'Afgesloten', 'Gebruik van geweld': false, 'TPI onderzocht op': null }))).toBe(true);
  });
  it('compares dates and treats an empty end as valid (Nevenactiviteiten, Afwezigheden)', () => {
    const range = '=OR(ISBLANK([Einddatum]),[Einddatum]>=[Begindatum])';
    expect(evaluateFormula(range, item({ Einddatum: null, Begindatum: '2026-03-01T00:00:00Z' }))).toBe(true);
    expect(evaluateFormula(range, item({ Einddatum: '2026-02-01T00:00:00Z', Begindatum: '2026-03-01T00:00:00Z' }))).toBe(false);
    expect(evaluateFormula(range, item({ Einddatum: '2026-03-01T00:00:00Z', Begindatum: '2026-03-01T00:00:00Z' }))).toBe(true);
  });
  it('knows AND, numbers, TRUE and FALSE, and refuses what it cannot evaluate', () => {
    expect(evaluateFormula('=AND([A]>2,[B]=TRUE)', item({ A: 3, B: true }))).toBe(true);
    expect(evaluateFormula('=AND([A]>2,[B]=TRUE)', item({ A: 2, B: true }))).toBe(false);
    expect(() => evaluateFormula('=LEN([A])>2', item({ A: 'abc' }))).toThrow(/unsupported function LEN/);
    expect(() => evaluateFormula('=[A]&"x"', item({ A: 'a' }))).toThrow(/unsupported formula/);
  });
});
