import { findKeywords, matchesWordStarts, normaliseText } from '../../src/domain/text';

describe('normaliseText', () => {
  it('drops case, accents and punctuation', () => {
    expect(normaliseText("Aankóóp, ÉN  dienst-voertuig's!")).toBe(' aankoop en dienst voertuig s ');
  });
});

describe('findKeywords', () => {
  it('finds keywords inside Dutch compounds', () => {
    expect(findKeywords('Twee nieuwe dienstvoertuigen', ['voertuig'])).toEqual(['voertuig']);
  });

  it('pins a keyword with a space to a word edge', () => {
    expect(findKeywords('Automatische nummerplaatherkenning', [' auto '])).toEqual([]);
    expect(findKeywords("De auto's van de wijkdienst", [' auto '])).toEqual(['auto']);
  });

  it('matches regardless of case and accents, on both sides', () => {
    expect(findKeywords('FINANCIELE impact', ['financiële'])).toEqual(['financiële']);
    expect(findKeywords('Een financiële investering', ['financiele'])).toEqual(['financiele']);
  });

  it('reports a keyword only once and leaves out one contained in a longer match', () => {
    expect(findKeywords('Het wagenpark: elke wagen, nog een wagen', ['wagen', 'wagenpark', 'wagen'])).toEqual(['wagenpark']);
  });

  it('finds nothing in an empty text and ignores empty keywords', () => {
    expect(findKeywords('', ['aankoop'])).toEqual([]);
    expect(findKeywords('aankoop', ['', '  '])).toEqual([]);
  });
});

describe('matchesWordStarts', () => {
  it('finds whole words and word starts, never letters inside a word', () => {
    expect(matchesWordStarts('Nevenactiviteiten worden vooraf aangegeven.', 'ANG')).toBe(false);
    expect(matchesWordStarts('Nevenactiviteiten worden vooraf aangegeven.', 'aang')).toBe(true);
    expect(matchesWordStarts('Angst en onzekerheid', 'ang')).toBe(true);
    expect(matchesWordStarts('Één dienst-voertuig', 'een voertuig')).toBe(true);
    expect(matchesWordStarts('Dienstvoertuigen', 'voertuig')).toBe(false);
    expect(matchesWordStarts('wat dan ook', '  ')).toBe(true);
  });
});
