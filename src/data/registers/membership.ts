import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/site-users/web';
import '@pnp/sp/site-groups';
import { GROUPS, type GroupKey } from '../groups';
import type { Membership } from '../../domain/membership';

export { isIn, type Membership } from '../../domain/membership';

interface UserJson {
  Id: number;
  Title: string;
  LoginName: string;
}

/**
 * Queues the two reads that say who the user is (their site user and their groups) on a root that may be batched,
 * so a view gets them in the same round trip as its data; await the returned promise after the batch ran.
 */
export function readMembership(sp: SPFI): Promise<Membership> {
  const user = sp.web.currentUser.select('Id', 'Title', 'LoginName')<UserJson>();
  const groups = sp.web.currentUser.groups.select('Title')<{ Title: string }[]>();
  return Promise.all([user, groups]).then(([u, g]) => {
    const titles = g.map((group) => group.Title);
    const keys = (Object.keys(GROUPS) as GroupKey[]).filter((key) => titles.indexOf(GROUPS[key]) >= 0);
    return { userId: u.Id, name: u.Title, loginName: u.LoginName, groups: keys };
  });
}
