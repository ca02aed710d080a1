/**
 * Readers of the raw values SharePoint returns for an item's fields (`unknown` in a row typed `Record<string, unknown>`):
 * every mapper reads text, numbers, people and ETags the same way.
 */

/** A person or group as SharePoint expands a user field (`Field/Id`, `Field/Title`). */
export interface PersonJson {
  Id: number;
  Title: string;
}

/** The `$select` of a user field: its id and, once expanded, the person's id and name. */
export const personSelect = (field: string): string[] => [`${field}Id`, `${field}/Id`, `${field}/Title`];

/** The text of a text field, or '' when empty or not text. */
export const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The text of a text field, or null when empty, blank or not text. */
export const textOrNull = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value : null);

/** The number of a number field, or null when empty. */
export const numberOrNull = (value: unknown): number | null => (typeof value === 'number' ? value : null);

/** The non-blank lines of a multi-line text field, trimmed. */
export const lines = (value: unknown): string[] =>
  text(value)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);

/** The person of an expanded user field, or null when the field is empty. */
export const personOf = (value: unknown): { id: string; name: string } | null => {
  const p = value as PersonJson | null | undefined;
  return p && typeof p.Id === 'number' ? { id: String(p.Id), name: p.Title } : null;
};

/** The people of an expanded multi-user field. */
export const peopleOf = (value: unknown): { id: string; name: string }[] =>
  ((value as PersonJson[] | null | undefined) || []).map((p) => ({ id: String(p.Id), name: p.Title }));

/** An item's ETag, or '*' (any version) when the response carries none. */
export const etagOf = (item: { 'odata.etag'?: string }): string => item['odata.etag'] || '*';
