import { enUS } from './en-US';
import { frBE } from './fr-BE';
import { nlBE } from './nl-BE';
import { LOCALES, type Locale, type Plural, type Strings } from './strings';

export { LOCALES };
export type { Locale, Plural, Strings };

const BY_LOCALE: Record<Locale, Strings> = { 'nl-BE': nlBE, 'fr-BE': frBE, 'en-US': enUS };

/** The strings of a supported locale. */
export function stringsFor(locale: Locale): Strings {
  return BY_LOCALE[locale];
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
