/**
 * A list the app keeps as JSON in a text column (a history, a decision log). Text that is not such a list (edited by
 * hand in SharePoint) yields an empty list rather than an error, so the item itself still shows.
 */
export function parseJsonList<T>(value: unknown): T[] {
  if (typeof value !== 'string' || !value) return [];
  try {
    const parsed = JSON.parse(value) as unknown;
    return Array.isArray(parsed) ? (parsed as T[]) : [];
  } catch {
    return [];
  }
}
