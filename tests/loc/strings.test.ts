import { enUS } from '../../src/loc/en-US';
import { frBE } from '../../src/loc/fr-BE';
import { nlBE } from '../../src/loc/nl-BE';
import { format, resolveLocale, stringsFor, LOCALES } from '../../src/loc';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [p, v] of leaves(value, path)) out.set(p, v);
  }
  return out;
}

const placeholders = (text: string): string[] => (text.match(/\{\w+\}/g) || []).sort();

describe('UI strings', () => {
  const reference = leaves(nlBE as unknown as Tree);

  it.each([
    ['fr-BE', frBE],
    ['en-US', enUS],
  ])('%s has exactly the keys of nl-BE, none empty, with the same placeholders', (_name, strings) => {
    const other = leaves(strings as unknown as Tree);
    expect([...other.keys()].sort()).toEqual([...reference.keys()].sort());
    for (const [key, text] of other) {
      expect(text.trim()).not.toBe('');
      expect({ key, placeholders: placeholders(text) }).toEqual({ key, placeholders: placeholders(reference.get(key)!) });
    }
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

  it('fills placeholders and leaves unknown ones', () => {
    expect(format('Aangemeld als {name} {x}', { name: 'An' })).toBe('Aangemeld als An {x}');
  });
});
