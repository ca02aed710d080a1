import { spfi, type SPFI } from '@pnp/sp';
import type { TimelinePipe } from '@pnp/core';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import '@pnp/sp/site-users/web';

/**
 * The PnPjs preset: the selective imports the product uses and one factory. Hosts pass their behaviors:
 * `SPFx(context)` on a SharePoint page, `SPBrowser({ baseUrl })` plus an auth behavior in Teams and locally.
 */
export function createSP(siteUrl: string, ...behaviors: TimelinePipe[]): SPFI {
  return spfi(siteUrl).using(...behaviors);
}
