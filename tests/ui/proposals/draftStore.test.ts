import { parseAmount } from '../../../src/ui/proposals/draftStore';

describe('reading an amount in euro as Belgians type it', () => {
  it.each([
    ['', null],
    ['1250', 1250],
    ['1250,50', 1250.5],
    ['1.250,50', 1250.5],
    ['3.400', 3400],
    ['1.000.000', 1000000],
    ['1250.50', 1250.5],
    ['€ 48 000', 48000],
  ])('reads "%s" as %p', (text, amount) => {
    expect(parseAmount(text)).toBe(amount);
  });

  it.each(['twee euro', '12,345', '1.2.3', '-5', '3.4000'])('refuses "%s"', (text) => {
    expect(parseAmount(text)).toBeNaN();
  });
});
