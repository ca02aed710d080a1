import type { Route } from '../../app/navigation';

/** The pages of the Verslagen view, read from the route's item (`verslag/12`, `concept/4`). */
export type VerslagenPage = { kind: 'home' } | { kind: 'report'; id: number } | { kind: 'draft'; id: number } | { kind: 'unknown' };

/** The page an item route names. */
export function parseVerslagenItem(item: string | undefined): VerslagenPage {
  if (!item) return { kind: 'home' };
  const match = /^(verslag|concept)\/(\d+)$/.exec(item);
  if (!match || Number(match[2]) <= 0) return { kind: 'unknown' };
  return match[1] === 'verslag' ? { kind: 'report', id: Number(match[2]) } : { kind: 'draft', id: Number(match[2]) };
}

/** Routes into the Verslagen view. */
export const verslagenRoutes = {
  home: (): Route => ({ view: 'verslagen' }),
  report: (id: number): Route => ({ view: 'verslagen', item: `verslag/${id}` }),
  draft: (id: number): Route => ({ view: 'verslagen', item: `concept/${id}` }),
};
