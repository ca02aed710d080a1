import type { BrusselsDate } from '../../domain/dates';
import { formatDateBE } from '../../domain/dates';
import type { ReportEntry } from '../../domain/verslagen/content';
import type { ReportKind } from '../../domain/verslagen/kinds';
import { format, type Strings } from '../../loc';

/** A report's title in the user's language: "Verslag Directiecomité van 01/12/2026", "Nieuwsbrief december 2026". */
export function reportTitle(strings: Strings, kind: ReportKind, meetingDate: BrusselsDate): string {
  const v = strings.verslagen;
  if (kind === 'nieuwsbrief') {
    const [year, month] = meetingDate.split('-').map(Number);
    const name = new Intl.DateTimeFormat(strings.locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, 15)));
    return format(v.newsletterTitle, { month: name });
  }
  return format(v.reportTitle, { kind: v.kinds[kind], date: formatDateBE(meetingDate) });
}

/** What a report says became of a proposal: "Verwezen naar het Aankoopcomité", "Uitgesteld naar het directiecomité van …". */
export function outcomeText(strings: Strings, entry: ReportEntry): string {
  const v = strings.verslagen;
  const base = format(v.outcome[entry.outcome], {
    comite: entry.comite ? strings.proposals.comite[entry.comite] : '',
    uitvoerder: entry.uitvoerder || '',
  });
  return entry.outcome === 'deferred' && entry.deferredTo ? `${base} ${format(v.deferredTo, { date: formatDateBE(entry.deferredTo) })}` : base;
}
