import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/site-users/web';
import type { HostUser } from '../app/host';

/**
 * The signed-in user as SharePoint knows them, with their site user id (one request; hosts without a page context use
 * it, and pass the id on to the services so the view's reads and the bell's go out together).
 */
export async function getCurrentUser(sp: SPFI): Promise<HostUser & { userId: number }> {
  const me = await sp.web.currentUser.select('Id', 'LoginName', 'Title', 'Email')();
  return { userId: me.Id, loginName: me.LoginName, displayName: me.Title, email: me.Email };
}
