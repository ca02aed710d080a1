import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/site-groups/web';
import { emptyWhenRefused } from './errors';
import type { GroupTitle } from './groups';

/** A site user as a picker and a record name them. */
export interface SitePerson {
  id: string;
  name: string;
}

/**
 * The members of a SharePoint group by name, sorted (empty when the user may not see the group's members); queued on
 * `sp`, which may be a batched root.
 */
export function groupPeople(sp: SPFI, group: GroupTitle): Promise<SitePerson[]> {
  return emptyWhenRefused(sp.web.siteGroups.getByName(group).users.select('Id', 'Title')<{ Id: number; Title: string }[]>(), []).then((rows) =>
    rows.map((u) => ({ id: String(u.Id), name: u.Title })).sort((a, b) => a.name.localeCompare(b.name)),
  );
}
