import { LOCALES, STRINGS_FEATURES, type LanguageChunk, type Locale, type Plural, type Strings, type StringsFeature } from './strings';

export { LOCALES, STRINGS_FEATURES };
export type { Locale, Plural, Strings, StringsFeature };

/**
 * Each language is its own chunk (`src/loc/<locale>/`), imported only when a user speaks it: a page loads one language,
 * not three; in it, each feature's texts are a chunk again, loaded with the views that use them (src/loc/README.md).
 */
const LANGUAGE_CHUNKS: Record<Locale, () => Promise<LanguageChunk>> = {
  'nl-BE': () => import(/* webpackChunkName: "strings-nl-BE" */ './nl-BE').then((m) => m.nlBE),
  'fr-BE': () => import(/* webpackChunkName: "strings-fr-BE" */ './fr-BE').then((m) => m.frBE),
  'en-US': () => import(/* webpackChunkName: "strings-en-US" */ './en-US').then((m) => m.enUS),
};

/** A language loaded so far: its strings (features filled in as they load) and its feature loaders. */
interface LoadedLanguage {
  strings: Strings;
  features: LanguageChunk['features'];
  /** The features asked for, loaded or loading. */
  loading: Map<StringsFeature, Promise<void>>;
}

/** The languages loaded so far (a page usually loads one). */
const loaded = new Map<Locale, Promise<LoadedLanguage>>();
/** The strings of the languages loaded, for {@link stringsFor}. */
const settled = new Map<Locale, Strings>();
/** The features any part of the page asked for: a language loaded later loads them too. */
const wanted = new Set<StringsFeature>();

/** The strings of a language whose features are not loaded yet: reading one says what to do. */
function frameOnly(locale: Locale, chunk: LanguageChunk): Strings {
  const strings = { ...chunk.frame } as Strings;
  for (const feature of STRINGS_FEATURES) {
    Object.defineProperty(strings, feature, {
      configurable: true,
      enumerable: false,
      get(): never {
        throw new Error(`The ${feature} strings of ${locale} are not loaded: load them with the view that uses them (loadFeatureStrings).`);
      },
    });
  }
  return strings;
}

function loadFeature(language: LoadedLanguage, feature: StringsFeature): Promise<void> {
  let loading = language.loading.get(feature);
  if (!loading) {
    loading = language.features[feature]().then(
      (texts) => {
        Object.defineProperty(language.strings, feature, { value: texts, enumerable: true, configurable: false, writable: false });
      },
      (error: unknown) => {
        // a failed load (the network) can be retried
        language.loading.delete(feature);
        throw error;
      },
    );
    language.loading.set(feature, loading);
  }
  return loading;
}

async function loadLanguage(locale: Locale): Promise<LoadedLanguage> {
  let chunk: LanguageChunk;
  try {
    chunk = await LANGUAGE_CHUNKS[locale]();
  } catch (error) {
    if (locale === 'nl-BE') throw error;
    return language('nl-BE');
  }
  return { strings: frameOnly(locale, chunk), features: chunk.features, loading: new Map() };
}

async function language(locale: Locale): Promise<LoadedLanguage> {
  let known = loaded.get(locale);
  if (!known) {
    known = loadLanguage(locale);
    loaded.set(locale, known);
    // a failed load can be retried
    known.catch(() => loaded.delete(locale));
  }
  const lang = await known;
  await Promise.all(Array.from(wanted).map((feature) => loadFeature(lang, feature)));
  settled.set(locale, lang.strings);
  return lang;
}

/**
 * Loads the strings of a locale: the frame's texts (app, navigation, errors) and the features the page asked for so
 * far; the hosts await it before their first render. When the chunk of another language cannot be loaded, the user
 * gets Dutch (the zone's own language) rather than no app; a failed load can be retried.
 */
export async function loadStrings(locale: Locale): Promise<Strings> {
  return (await language(locale)).strings;
}

/**
 * Loads the texts of features in every language the page loaded (and in any it loads later): a view's code loads
 * with its features' texts (src/app/viewRegistry.tsx), so it renders with them at once.
 */
export async function loadFeatureStrings(features: readonly StringsFeature[]): Promise<void> {
  features.forEach((feature) => wanted.add(feature));
  await Promise.all(
    Array.from(loaded.values()).map(async (known) => {
      const lang = await known;
      await Promise.all(features.map((feature) => loadFeature(lang, feature)));
    }),
  );
}

/** The strings of a locale that {@link loadStrings} has loaded (the hosts load the user's before the first render). */
export function stringsFor(locale: Locale): Strings {
  const strings = settled.get(locale);
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
