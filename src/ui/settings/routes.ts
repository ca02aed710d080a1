import type { Route } from '../../app/navigation';

/** The zone's settings page lives in the Beleid view (item `instellingen`). */
export const SETTINGS_ITEM = 'instellingen';

/** Routes to the zone's settings page. */
export const settingsRoutes = {
  page: (): Route => ({ view: 'beleid', item: SETTINGS_ITEM }),
};
