import type { SPFI } from '@pnp/sp';
import type { GraphAccess } from '../data/notifications/graph';

/** The data services the app runs on; hosts compose them, tests pass fakes. */
export interface Services {
  /** The PnPjs root for the site that holds the lists (see src/data/pnp.ts). */
  sp: SPFI;
  /**
   * Microsoft Graph for Teams activity-feed notifications (`https://graph.microsoft.com` in production, the local
   * SharePoint's stand-in locally; see src/data/notifications/graph.ts). Absent: only in-app notifications are sent.
   */
  graph?: GraphAccess;
}
