/** The CAML value types used in the product's view queries. */
export type CamlValueType = 'Text' | 'Choice' | 'Number' | 'Integer' | 'Boolean' | 'DateTime' | 'Lookup';

const xml = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** `<Eq>`: the field equals a value. */
export const eq = (field: string, type: CamlValueType, value: string | number): string =>
  `<Eq><FieldRef Name="${field}"/><Value Type="${type}">${xml(String(value))}</Value></Eq>`;

/** `<Neq>`: the field differs from a value. */
export const neq = (field: string, type: CamlValueType, value: string | number): string =>
  `<Neq><FieldRef Name="${field}"/><Value Type="${type}">${xml(String(value))}</Value></Neq>`;

/** The person field is the signed-in user ([Me]). */
export const isMe = (field: string): string =>
  `<Eq><FieldRef Name="${field}" LookupId="TRUE"/><Value Type="Integer"><UserID Type="Integer"/></Value></Eq>`;

/** `<And>` of two conditions; put the condition on the most selective indexed column first. */
export const and = (first: string, second: string): string => `<And>${first}${second}</And>`;

/** A view query: an optional `<Where>` and the sort order (`[field, ascending]` pairs). */
export function query(where: string | null, orderBy: ReadonlyArray<readonly [string, boolean]>): string {
  const order = orderBy.map(([field, asc]) => `<FieldRef Name="${field}" Ascending="${asc ? 'TRUE' : 'FALSE'}"/>`).join('');
  return `${where ? `<Where>${where}</Where>` : ''}<OrderBy>${order}</OrderBy>`;
}

/** Internal names referenced by a CAML fragment, in order of appearance. */
export function fieldRefs(caml: string): string[] {
  const names: string[] = [];
  const re = /<FieldRef\s+Name="([^"]+)"/g;
  for (let m = re.exec(caml); m; m = re.exec(caml)) names.push(m[1]);
  return names;
}
