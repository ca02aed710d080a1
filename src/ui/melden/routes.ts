/** The pages of the Integriteitsmelding view, read from the route's item. */
export type MeldenRoute =
  | { page: 'home' }
  | { page: 'new' }
  | { page: 'onBehalf' }
  | { page: 'report'; id: number }
  | { page: 'figures'; year: number | null };

/** The page an item route names (`nieuw`, `namens`, `melding/12`, `jaarcijfers/2026`); anything else opens the channel's home. */
export function parseMeldenRoute(item: string | undefined): MeldenRoute {
  const [first, second] = (item || '').split('/');
  if (first === 'nieuw') return { page: 'new' };
  if (first === 'namens') return { page: 'onBehalf' };
  if (first === 'melding' && /^\d+$/.test(second || '')) return { page: 'report', id: Number(second) };
  if (first === 'jaarcijfers') return { page: 'figures', year: /^\d{4}$/.test(second || '') ? Number(second) : null };
  return { page: 'home' };
}

/** Route items of the Integriteitsmelding view. */
export const meldenItems = {
  new: 'nieuw',
  onBehalf: 'namens',
  report: (id: number): string => `melding/${id}`,
  figures: (year: number): string => `jaarcijfers/${year}`,
};
