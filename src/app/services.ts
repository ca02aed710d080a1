import type { SPFI } from '@pnp/sp';

/** The data services the app runs on; hosts compose them, tests pass fakes. */
export interface Services {
  /** The PnPjs root for the site that holds the lists (see src/data/pnp.ts). */
  sp: SPFI;
}
