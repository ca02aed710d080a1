import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { fieldNames } from '../schema/fieldNames';
import { MELDINGEN } from '../schema/notifications';
import { Viewer } from '../membership';
import { inOneRoundTrip } from '../oneRoundTrip';
import { toNotification, type NotificationJson } from './mapper';
import { NOTIFICATIONS_SHOWN, type AppNotification, type Inbox, type NotificationRepository } from './types';

const M = fieldNames(MELDINGEN);

const SELECT = ['Id', M.Title, M.Body, M.IsRead, M.ProposalId, M.Activity, M.ProposalStatus, M.EventAt, 'Created', 'Author/Title'];

/** {@link NotificationRepository} on the Meldingen list through PnPjs: every query filters on the indexed recipient first. */
export class PnpNotificationRepository implements NotificationRepository {
  public constructor(
    private readonly sp: SPFI,
    private readonly viewer: Viewer = new Viewer(sp),
  ) {}

  private items(sp: SPFI = this.sp) {
    return sp.web.lists.getByTitle(MELDINGEN.title).items;
  }

  public async inbox(): Promise<Inbox> {
    // with the id the page knows or this device remembers, the inbox rides in the view's round trip (see Viewer)
    const [latest, unread] = await this.viewer.withUserId((userId) =>
      inOneRoundTrip(this.sp, (b): Promise<[NotificationJson[], { Id: number }[]]> => Promise.all([
        this.items(b).select(...SELECT).expand('Author').filter(`${M.Recipient}Id eq ${userId}`).orderBy('ID', false).top(NOTIFICATIONS_SHOWN)(),
        this.items(b).select('Id').filter(`${M.Recipient}Id eq ${userId} and ${M.IsRead} eq 0`).top(NOTIFICATIONS_SHOWN + 1)(),
      ])),
    );
    return { latest: latest.map(toNotification), unreadCount: unread.length };
  }

  public async markRead(notification: AppNotification): Promise<void> {
    // marking read is idempotent: no ETag needed, a concurrent change cannot be lost
    await this.items().getById(notification.itemId).update({ [M.IsRead]: true });
  }
}
