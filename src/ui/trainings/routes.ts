/** The pages of the Opleidingen view, read from the route's item (`nieuw`, `plannen/4`, `opleiding/4`, `dilemmas`). */
export type TrainingsRoute = { page: 'overview' } | { page: 'new' } | { page: 'plan'; id: string } | { page: 'training'; id: string } | { page: 'dilemmas' };

/** The page an item route names; anything unknown opens the opleidingsplan. */
export function parseTrainingsRoute(item: string | undefined): TrainingsRoute {
  const [first, second] = (item || '').split('/');
  if (first === 'nieuw') return { page: 'new' };
  if (first === 'dilemmas') return { page: 'dilemmas' };
  if ((first === 'opleiding' || first === 'plannen') && /^\d+$/.test(second || '')) return first === 'plannen' ? { page: 'plan', id: second } : { page: 'training', id: second };
  return { page: 'overview' };
}

/** The item route of one training. */
export const trainingRoute = (id: string): string => `opleiding/${id}`;
/** The item route of planning a need (or re-planning a session). */
export const planRoute = (id: string): string => `plannen/${id}`;
/** The item route of a new session. */
export const NEW_SESSION_ROUTE = 'nieuw';
/** The item route of the dilemmas for team meetings. */
export const DILEMMAS_ROUTE = 'dilemmas';
