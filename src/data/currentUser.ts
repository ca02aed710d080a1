import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/site-users/web';
import type { HostUser } from '../app/host';

/** The signed-in user as SharePoint knows them (one request; hosts without a page context use it). */
export async function getCurrentUser(sp: SPFI): Promise<HostUser> {
  const me = await sp.web.currentUser.select('LoginName', 'Title', 'Email')();
  return { loginName: me.LoginName, displayName: me.Title, email: me.Email };
}
