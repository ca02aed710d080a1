import { csvCell, neutraliseFormula } from '../../src/domain/spreadsheetCell';

describe('spreadsheet cells', () => {
  it.each(['=HYPERLINK("http://x")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1'])('neutralises %p so a spreadsheet shows it as text', (value) => {
    expect(neutraliseFormula(value)).toBe(`'${value}`);
  });

  it('leaves ordinary text alone', () => {
    expect(neutraliseFormula('KL-5')).toBe('KL-5');
    expect(neutraliseFormula('12')).toBe('12');
    expect(neutraliseFormula('')).toBe('');
    expect(neutraliseFormula('a=b')).toBe('a=b');
  });

  it('quotes a neutralised cell when it holds a separator, a quote or a line break', () => {
    expect(csvCell('=1;2')).toBe(`"'=1;2"`);
    expect(csvCell('Zei "ja"')).toBe('"Zei ""ja"""');
    expect(csvCell('-cmd|x\n')).toBe(`"'-cmd|x\n"`);
  });
});
