import type { Route } from '../../app/navigation';
import type { ThemeAction } from '../../data/policy/types';

/** The pages of the Beleid view, read from the route's item (`thema/3`, `richtlijnen`, `richtlijn/12` …). */
export type PolicyPage =
  | { kind: 'home' }
  | { kind: 'theme'; number: number }
  | { kind: 'directives' }
  | { kind: 'directive'; id: number }
  | { kind: 'newDirective' }
  | { kind: 'editDirective'; id: number }
  | { kind: 'unknown' };

/** The page an item route names. */
export function parsePolicyItem(item: string | undefined): PolicyPage {
  if (!item) return { kind: 'home' };
  const parts = item.split('/');
  const id = Number(parts[1]);
  const valid = /^\d+$/.test(parts[1] || '') && id > 0;
  if (parts[0] === 'thema' && parts.length === 2 && valid) return { kind: 'theme', number: id };
  if (parts[0] === 'richtlijnen' && parts.length === 1) return { kind: 'directives' };
  if (parts[0] === 'richtlijn' && parts[1] === 'nieuw' && parts.length === 2) return { kind: 'newDirective' };
  if (parts[0] === 'richtlijn' && parts.length === 2 && valid) return { kind: 'directive', id };
  if (parts[0] === 'richtlijn' && parts.length === 3 && parts[2] === 'bewerken' && valid) return { kind: 'editDirective', id };
  return { kind: 'unknown' };
}

/** Routes into the Beleid view. */
export const policyRoutes = {
  home: (): Route => ({ view: 'beleid' }),
  theme: (number: number): Route => ({ view: 'beleid', item: `thema/${number}` }),
  directives: (): Route => ({ view: 'beleid', item: 'richtlijnen' }),
  directive: (id: number): Route => ({ view: 'beleid', item: `richtlijn/${id}` }),
  newDirective: (): Route => ({ view: 'beleid', item: 'richtlijn/nieuw' }),
  editDirective: (id: number): Route => ({ view: 'beleid', item: `richtlijn/${id}/bewerken` }),
};

/** The registers' form for the declaration a theme asks for (the registers view reads `nieuw/<kind>`). */
export function declarationRoute(action: ThemeAction): Route | undefined {
  const kinds: { [A in ThemeAction]?: string } = { Geschenk: 'geschenk', Nevenactiviteit: 'nevenactiviteit', Materiaalschade: 'materiaalschade' };
  const kind = kinds[action];
  return kind ? { view: 'registers', item: `nieuw/${kind}` } : undefined;
}
