import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { MELDINGEN, fieldNames } from '../schema';
import { readTogether } from '../proposals/readTogether';
import { toNotification, type NotificationJson } from './mapper';
import { NOTIFICATIONS_SHOWN, type AppNotification, type Inbox, type NotificationRepository } from './types';

const M = fieldNames(MELDINGEN);

const SELECT = ['Id', M.Title, M.Body, M.IsRead, M.ProposalId, M.Activity, M.ProposalStatus, 'Created', 'Author/Title'];

/** {@link NotificationRepository} on the Meldingen list through PnPjs: every query filters on the indexed recipient first. */
export class PnpNotificationRepository implements NotificationRepository {
  public constructor(private readonly sp: SPFI) {}

  private myId: Promise<number> | undefined;

  private items(sp: SPFI = this.sp) {
    return sp.web.lists.getByTitle(MELDINGEN.title).items;
  }

  public async inbox(): Promise<Inbox> {
    if (!this.myId) this.myId = this.sp.web.currentUser.select('Id')<{ Id: number }>().then((me) => me.Id);
    const userId = await this.myId.catch((error: unknown) => {
      this.myId = undefined;
      throw error;
    });
    const [latest, unread] = await readTogether<[NotificationJson[], { Id: number }[]]>(this.sp, (b) => [
      this.items(b).select(...SELECT).expand('Author').filter(`${M.Recipient}Id eq ${userId}`).orderBy('ID', false).top(NOTIFICATIONS_SHOWN)(),
      this.items(b).select('Id').filter(`${M.Recipient}Id eq ${userId} and ${M.IsRead} eq 0`).top(NOTIFICATIONS_SHOWN + 1)(),
    ]);
    return { latest: latest.map(toNotification), unreadCount: unread.length };
  }

  public async markRead(notification: AppNotification): Promise<void> {
    // marking read is idempotent: no ETag needed, a concurrent change cannot be lost
    await this.items().getById(notification.itemId).update({ [M.IsRead]: true });
  }
}
