import type { Strings } from '../loc';

/** The parts of the product, in navigation order. */
export const VIEW_KEYS = ['beleid', 'plan', 'voorstellen', 'registers', 'klachten', 'melden', 'dashboard'] as const;
/** One of {@link VIEW_KEYS}. */
export type ViewKey = (typeof VIEW_KEYS)[number];

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
    dashboard: strings.nav.dashboard,
  };
  return labels[view];
}
