import type { Route } from '../../app/navigation';
import type { ThemeAction } from '../../data/policy/types';
import { SETTINGS_ITEM } from '../settings/routes';

/**
 * The pages of the Beleid view, read from the route's item (`thema/3`, `richtlijnen`, `richtlijn/12`, `concept/4` …):
 * a published korpsrichtlijn and a concept live in different lists, so they have different routes.
 */
export type PolicyPage =
  | { kind: 'home' }
  | { kind: 'theme'; number: number }
  | { kind: 'directives' }
  | { kind: 'directive'; id: number }
  | { kind: 'newDirective' }
  | { kind: 'concept'; id: number }
  | { kind: 'editConcept'; id: number }
  | { kind: 'settings' }
  | { kind: 'unknown' };

/** The page an item route names. */
export function parsePolicyItem(item: string | undefined): PolicyPage {
  if (!item) return { kind: 'home' };
  const parts = item.split('/');
  const id = Number(parts[1]);
  const valid = /^\d+$/.test(parts[1] || '') && id > 0;
  if (parts[0] === 'thema' && parts.length === 2 && valid) return { kind: 'theme', number: id };
  if (parts[0] === 'richtlijnen' && parts.length === 1) return { kind: 'directives' };
  if (parts[0] === SETTINGS_ITEM && parts.length === 1) return { kind: 'settings' };
  if (parts[0] === 'richtlijn' && parts[1] === 'nieuw' && parts.length === 2) return { kind: 'newDirective' };
  if (parts[0] === 'richtlijn' && parts.length === 2 && valid) return { kind: 'directive', id };
  if (parts[0] === 'concept' && parts.length === 2 && valid) return { kind: 'concept', id };
  if (parts[0] === 'concept' && parts.length === 3 && parts[2] === 'bewerken' && valid) return { kind: 'editConcept', id };
  return { kind: 'unknown' };
}

/** The page of a korpsrichtlijn as a list shows it: a concept's, or the published (or archived) one's. */
export function directiveRoute(directive: { id: number; status: string }): Route {
  return directive.status === 'Concept' ? policyRoutes.concept(directive.id) : policyRoutes.directive(directive.id);
}

/** Routes into the Beleid view. */
export const policyRoutes = {
  home: (): Route => ({ view: 'beleid' }),
  theme: (number: number): Route => ({ view: 'beleid', item: `thema/${number}` }),
  directives: (): Route => ({ view: 'beleid', item: 'richtlijnen' }),
  directive: (id: number): Route => ({ view: 'beleid', item: `richtlijn/${id}` }),
  newDirective: (): Route => ({ view: 'beleid', item: 'richtlijn/nieuw' }),
  concept: (id: number): Route => ({ view: 'beleid', item: `concept/${id}` }),
  editConcept: (id: number): Route => ({ view: 'beleid', item: `concept/${id}/bewerken` }),
};

/** The registers' form for the declaration a theme asks for (the registers view reads `nieuw/<kind>`). */
export function declarationRoute(action: ThemeAction): Route | undefined {
  const kinds: { [A in ThemeAction]?: string } = { Geschenk: 'geschenk', Nevenactiviteit: 'nevenactiviteit', Materiaalschade: 'materiaalschade' };
  const kind = kinds[action];
  return kind ? { view: 'registers', item: `nieuw/${kind}` } : undefined;
}
