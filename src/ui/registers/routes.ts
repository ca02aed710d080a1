import type { RegisterKind } from '../../data/registers/RegistersRepository';

/** The pages of the registers view, read from the route's item (`nieuw/geschenk`, `nevenactiviteit/12` …). */
export type RegisterRoute = { page: 'overview' } | { page: 'new'; kind: RegisterKind } | { page: 'detail'; kind: RegisterKind; id: string };

const KINDS: readonly RegisterKind[] = ['geschenk', 'nevenactiviteit', 'materiaalschade'];
const isKind = (value: string): value is RegisterKind => KINDS.indexOf(value as RegisterKind) >= 0;

/** The page an item route names; anything unknown opens the overview. */
export function parseRegisterRoute(item: string | undefined): RegisterRoute {
  const [first, second] = (item || '').split('/');
  if (first === 'nieuw' && isKind(second)) return { page: 'new', kind: second };
  if (isKind(first) && /^\d+$/.test(second || '')) return { page: 'detail', kind: first, id: second };
  return { page: 'overview' };
}

/** The item route of a register's form. */
export const newItemRoute = (kind: RegisterKind): string => `nieuw/${kind}`;
/** The item route of one declaration. */
export const detailRoute = (kind: RegisterKind, id: string): string => `${kind}/${id}`;
