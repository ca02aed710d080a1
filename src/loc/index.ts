import { LOCALES, type Locale, type Plural, type Strings } from './strings';

export { LOCALES };
export type { Locale, Plural, Strings };

/**
 * Each language is its own chunk (`src/loc/<locale>/`), imported only when a user speaks it: a page loads one language,
 * not three (src/loc/README.md).
 */
const LANGUAGE_CHUNKS: Record<Locale, () => Promise<Strings>> = {
  'nl-BE': () => import(/* webpackChunkName: "strings-nl-BE" */ './nl-BE').then((m) => m.nlBE),
  'fr-BE': () => import(/* webpackChunkName: "strings-fr-BE" */ './fr-BE').then((m) => m.frBE),
  'en-US': () => import(/* webpackChunkName: "strings-en-US" */ './en-US').then((m) => m.enUS),
};

/** The languages loaded so far (a page usually loads one). */
const loaded = new Map<Locale, Strings>();

/**
 * Loads the strings of a locale; the hosts await it before their first render. When the chunk of another language
 * cannot be loaded, the user gets Dutch (the zone's own language) rather than no app; a failed load can be retried.
 */
export async function loadStrings(locale: Locale): Promise<Strings> {
  const known = loaded.get(locale);
  if (known) return known;
  let strings: Strings;
  try {
    strings = await LANGUAGE_CHUNKS[locale]();
  } catch (error) {
    if (locale === 'nl-BE') throw error;
    strings = await loadStrings('nl-BE');
  }
  loaded.set(locale, strings);
  return strings;
}

/** The strings of a locale that {@link loadStrings} has loaded (the hosts load the user's before the first render). */
export function stringsFor(locale: Locale): Strings {
  const strings = loaded.get(locale);
  if (!strings) throw new Error(`The ${locale} strings are not loaded: await loadStrings('${locale}') before rendering.`);
  return strings;
}

/** Maps a host culture name (e.g. `nl-NL`, `fr-fr`, `en-GB`) to the nearest supported locale, Dutch by default. */
export function resolveLocale(culture: string | undefined): Locale {
  const language = (culture || '').toLowerCase().split(/[-_]/)[0];
  if (language === 'fr') return 'fr-BE';
  if (language === 'en') return 'en-US';
  return 'nl-BE';
}

/** Fills `{name}` placeholders of a string. */
export function format(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

/** Fills a count-dependent text with the form the language's plural rules ask for: "1 beslissing", "2 beslissingen". */
export function formatCount(strings: Strings, forms: Plural, count: number, values: Record<string, string | number> = {}): string {
  const category = new Intl.PluralRules(strings.locale).select(count);
  return format(category === 'one' ? forms.one : forms.other, { count, ...values });
}
