import { tabEN, tabFR, tabNL, tabStringsFor } from '../../teams-app/strings';
import { expectSameShape } from '../support/stringTrees';

describe('Teams tab shell strings', () => {
  it.each([
    ['fr-BE', tabFR],
    ['en-US', tabEN],
  ])('%s has the keys and placeholders of nl-BE, none empty and none left in Dutch', (_locale, strings) => {
    expectSameShape(tabNL, strings, { translated: true });
  });

  it('picks the language of the host', () => {
    expect(tabStringsFor('nl-BE').signIn.button).toBe('Aanmelden');
    expect(tabStringsFor('fr-BE').signIn.button).toBe('Se connecter');
    expect(tabStringsFor('en-US').signIn.button).toBe('Sign in');
  });
});
