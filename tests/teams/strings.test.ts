import { tabEN, tabFR, tabNL, tabStringsFor } from '../../teams-app/strings';

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

describe('Teams tab shell strings', () => {
  const reference = leaves(tabNL as unknown as Tree);

  it.each([
    ['fr-BE', tabFR],
    ['en-US', tabEN],
  ])('%s has the keys and placeholders of nl-BE, none empty and none left in Dutch', (_locale, strings) => {
    const other = leaves(strings as unknown as Tree);
    expect([...other.keys()].sort()).toEqual([...reference.keys()].sort());
    for (const [key, text] of other) {
      expect(text.trim()).not.toBe('');
      expect({ key, placeholders: placeholders(text) }).toEqual({ key, placeholders: placeholders(reference.get(key)!) });
      if (!/^\{\w+\}/.test(text)) expect({ key, text }).not.toEqual({ key, text: reference.get(key) });
    }
  });

  it('picks the language of the host', () => {
    expect(tabStringsFor('nl-BE').signIn.button).toBe('Aanmelden');
    expect(tabStringsFor('fr-BE').signIn.button).toBe('Se connecter');
    expect(tabStringsFor('en-US').signIn.button).toBe('Sign in');
  });
});
