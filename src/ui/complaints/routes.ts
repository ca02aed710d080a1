/** The pages of the Klachten view, read from the route's item. */
export type ComplaintRoute =
  | { page: 'register' }
  | { page: 'intake' }
  | { page: 'administration' }
  | { page: 'dossier'; id: string }
  | { page: 'listing'; month: string | null }
  | { page: 'figures'; year: number | null };

/** The page an item route names (`nieuw`, `administratie`, `dossier/12`, `maandlijst/2026-03`, `jaarcijfers/2025`); anything else opens the register. */
export function parseComplaintRoute(item: string | undefined): ComplaintRoute {
  const [first, second] = (item || '').split('/');
  if (first === 'nieuw') return { page: 'intake' };
  if (first === 'administratie') return { page: 'administration' };
  if (first === 'dossier' && /^\d+$/.test(second || '')) return { page: 'dossier', id: second };
  if (first === 'maandlijst') return { page: 'listing', month: /^\d{4}-(0[1-9]|1[0-2])$/.test(second || '') ? second : null };
  if (first === 'jaarcijfers') return { page: 'figures', year: /^\d{4}$/.test(second || '') ? Number(second) : null };
  return { page: 'register' };
}

/** Route items of the Klachten view. */
export const complaintItems = {
  intake: 'nieuw',
  administration: 'administratie',
  dossier: (id: string): string => `dossier/${id}`,
  listing: (month: string): string => `maandlijst/${month}`,
  figures: (year: number): string => `jaarcijfers/${year}`,
};

/** The `yyyy-mm` months from `now` back, newest first. */
export function recentMonths(now: string, count: number): string[] {
  const months: string[] = [];
  let year = Number(now.slice(0, 4));
  let month = Number(now.slice(5, 7));
  for (let i = 0; i < count; i++) {
    months.push(`${year}-${month < 10 ? '0' : ''}${month}`);
    month -= 1;
    if (month === 0) {
      month = 12;
      year -= 1;
    }
  }
  return months;
}

/** A month `yyyy-mm` in words in the user's language (e.g. "maart 2026"). */
export function monthLabel(month: string, locale: string): string {
  const date = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 15));
  return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}
