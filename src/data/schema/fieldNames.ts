import type { ListDef } from './types';

/** The field names of a list as an object (`F.Status === 'Status'`), so repositories never spell a name by hand. */
export function fieldNames<T extends ListDef>(list: T): { readonly [N in T['fields'][number]['name']]: N } {
  const names: { [name: string]: string } = {};
  list.fields.forEach((field) => {
    names[field.name] = field.name;
  });
  return names as { readonly [N in T['fields'][number]['name']]: N };
}
