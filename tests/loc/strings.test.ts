import { enUS } from '../../src/loc/en-US';
import { frBE } from '../../src/loc/fr-BE';
import { nlBE } from '../../src/loc/nl-BE';
import { format, formatCount, resolveLocale, stringsFor, LOCALES } from '../../src/loc';
import { expectSameShape, leaves } from '../support/stringTrees';

describe('UI strings', () => {
  const reference = leaves(nlBE);

  it.each([
    ['fr-BE', frBE],
    ['en-US', enUS],
  ])('%s has exactly the keys of nl-BE, none empty, with the same placeholders', (_name, strings) => {
    expectSameShape(nlBE, strings);
  });

  it('has no empty Dutch text', () => {
    for (const text of reference.values()) expect(text.trim()).not.toBe('');
  });

  it('resolves host cultures to the supported locales, Dutch first', () => {
    expect(resolveLocale('nl-NL')).toBe('nl-BE');
    expect(resolveLocale('fr-fr')).toBe('fr-BE');
    expect(resolveLocale('en-GB')).toBe('en-US');
    expect(resolveLocale('de-DE')).toBe('nl-BE');
    expect(resolveLocale(undefined)).toBe('nl-BE');
    expect(LOCALES.map((l) => stringsFor(l).nav.beleid)).toEqual(['Beleid', 'Politique', 'Policy']);
  });

  it('says counts through the plural rules of each language, never "(en)" or "(s)"', () => {
    for (const locale of LOCALES) {
      for (const text of leaves(stringsFor(locale)).values()) expect({ locale, text, bracket: /\w\((en|n|s|nt|e\)\(s)\)/.test(text) }).toMatchObject({ bracket: false });
    }
    const nl = stringsFor('nl-BE');
    expect(formatCount(nl, nl.proposals.agenda.confirmed, 1)).toBe('1 beslissing bevestigd.');
    expect(formatCount(nl, nl.proposals.agenda.confirmed, 2)).toBe('2 beslissingen bevestigd.');
    expect(formatCount(nl, nl.proposals.decision.notified, 0)).toBe('0 betrokkenen verwittigd.');
    const fr = stringsFor('fr-BE');
    expect(formatCount(fr, fr.proposals.agenda.confirmed, 0)).toBe('0 décision confirmée.');
  });

  it('fills placeholders and leaves unknown ones', () => {
    expect(format('Aangemeld als {name} {x}', { name: 'An' })).toBe('Aangemeld als An {x}');
  });
});
