import type { Route } from '../../app/navigation';

/** What a page says after an author's action. */
export type Feedback = { intent: 'success' | 'warning'; text: string };

/** A message for the page an action goes on to (publishing a concept opens the published korpsrichtlijn). */
let pending: { item: string; feedback: Feedback } | undefined;

/** Leaves `feedback` for the page of `route`, shown once when it opens. */
export function flash(route: Route, feedback: Feedback): void {
  pending = { item: `${route.view}:${route.item ?? ''}`, feedback };
}

/** The message left for the page of `route`, if any; it is shown once. */
export function takeFlash(route: Route): Feedback | undefined {
  const found = pending && pending.item === `${route.view}:${route.item ?? ''}` ? pending.feedback : undefined;
  if (found) pending = undefined;
  return found;
}
