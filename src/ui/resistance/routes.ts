/** The pages of the Weerspannigheid view, read from the route's item (`nieuw`, `incident/12`). */
export type ResistanceRoute = { page: 'overview' } | { page: 'new' } | { page: 'incident'; id: string };

/** The page an item route names; anything unknown opens the overview. */
export function parseResistanceRoute(item: string | undefined): ResistanceRoute {
  const [first, second] = (item || '').split('/');
  if (first === 'nieuw') return { page: 'new' };
  if (first === 'incident' && /^\d+$/.test(second || '')) return { page: 'incident', id: second };
  return { page: 'overview' };
}

/** The item route of the registration form. */
export const NEW_INCIDENT_ROUTE = 'nieuw';
/** The item route of one incident. */
export const incidentRoute = (id: string): string => `incident/${id}`;
