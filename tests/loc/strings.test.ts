import { format, formatCount, resolveLocale, stringsFor, LOCALES } from '../../src/loc';
import { expectSameShape, leaves } from '../support/stringTrees';

describe('UI strings', () => {
  it.each(['fr-BE', 'en-US'] as const)('%s has exactly the keys of nl-BE, none empty, with the same placeholders', (locale) => {
    expectSameShape(stringsFor('nl-BE'), stringsFor(locale));
  });

  it('has no empty Dutch text', () => {
    for (const text of leaves(stringsFor('nl-BE')).values()) expect(text.trim()).not.toBe('');
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

describe('loading a language', () => {
  it('loads the asked language only; a language not loaded yet is an error that says what to do', async () => {
    await jest.isolateModulesAsync(async () => {
      const loc = await import('../../src/loc');
      expect(() => loc.stringsFor('fr-BE')).toThrow("await loadStrings('fr-BE')");
      const fr = await loc.loadStrings('fr-BE');
      expect(fr.nav.beleid).toBe('Politique');
      expect(loc.stringsFor('fr-BE')).toBe(fr);
      expect(() => loc.stringsFor('nl-BE')).toThrow();
    });
  });

  it("loads a feature's texts only when asked (with the view that shows them), in the languages loaded before and after", async () => {
    await jest.isolateModulesAsync(async () => {
      const loc = await import('../../src/loc');
      const nl = await loc.loadStrings('nl-BE');
      expect(nl.app.title).toBe('Integriteit CARMA');
      expect(() => nl.policy).toThrow('The policy strings of nl-BE are not loaded');
      expect(Object.keys(nl)).toEqual(['locale', 'app', 'nav', 'errors', 'notifications']);
      await loc.loadFeatureStrings(['policy']);
      expect(nl.policy.home.heading).toBe(stringsFor('nl-BE').policy.home.heading);
      expect(() => nl.registers).toThrow('The registers strings of nl-BE are not loaded');
      // a language loaded later (the user's language changed) comes with the features asked for so far
      const fr = await loc.loadStrings('fr-BE');
      expect(fr.policy.home.heading).toBe(stringsFor('fr-BE').policy.home.heading);
    });
  });

  it('gives Dutch when another language cannot be loaded, and fails when Dutch cannot', async () => {
    await jest.isolateModulesAsync(async () => {
      jest.doMock('../../src/loc/en-US', () => {
        throw new Error('chunk en-US failed to load');
      });
      const loc = await import('../../src/loc');
      expect((await loc.loadStrings('en-US')).nav.beleid).toBe('Beleid');
    });
    await jest.isolateModulesAsync(async () => {
      jest.doMock('../../src/loc/nl-BE', () => {
        throw new Error('chunk nl-BE failed to load');
      });
      const loc = await import('../../src/loc');
      await expect(loc.loadStrings('nl-BE')).rejects.toThrow('chunk nl-BE failed to load');
    });
  });
});
