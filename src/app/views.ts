import type { Membership } from '../domain/membership';
import { mayUseView } from '../domain/viewAccess';
import type { Strings } from '../loc';

/** The parts of the product, in navigation order. */
export const VIEW_KEYS = ['beleid', 'plan', 'voorstellen', 'registers', 'klachten', 'melden', 'weerspannigheid', 'opleidingen', 'dashboard', 'verslagen'] as const;
/** One of {@link VIEW_KEYS}. */
export type ViewKey = (typeof VIEW_KEYS)[number];

/**
 * The views the user may use, in navigation order; all of them while who the user is is not known (yet): each view
 * then says itself what the user may do there.
 */
export function offeredViews(member: Membership | null): ViewKey[] {
  // every view names who may use it in src/domain/viewAccess.ts: a view without its entry does not compile here
  return VIEW_KEYS.filter((view) => !member || mayUseView(view, member));
}

/** Whether a string (e.g. from a URL or a setting) names a view. */
export function isViewKey(value: unknown): value is ViewKey {
  return typeof value === 'string' && (VIEW_KEYS as readonly string[]).indexOf(value) >= 0;
}

/** The navigation label of a view. */
export function viewLabel(strings: Strings, view: ViewKey): string {
  const labels: Record<ViewKey, string> = {
    beleid: strings.nav.beleid,
    plan: strings.nav.plan,
    voorstellen: strings.nav.voorstellen,
    registers: strings.nav.registers,
    klachten: strings.nav.klachten,
    melden: strings.nav.melden,
    weerspannigheid: strings.nav.weerspannigheid,
    opleidingen: strings.nav.opleidingen,
    dashboard: strings.nav.dashboard,
    verslagen: strings.nav.verslagen,
  };
  return labels[view];
}
