import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { MELDINGEN, fieldNames } from '../schema';
import { toNotification, type NotificationJson } from './mapper';
import type { AppNotification } from './types';

const M = fieldNames(MELDINGEN);

/** How many notifications the bell shows; more unread ones show as "20+". */
export const NOTIFICATIONS_SHOWN = 20;

/** The notifications of the signed-in user in the app (the Meldingen list). */
export interface NotificationRepository {
  /** The signed-in user's site user id. */
  myId(): Promise<number>;
  /** The user's newest notifications (unread first in the bell), at most {@link NOTIFICATIONS_SHOWN}. */
  latest(userId: number): Promise<AppNotification[]>;
  /** The user's unread notifications, at most {@link NOTIFICATIONS_SHOWN} + 1 (to tell "more"). */
  unread(userId: number): Promise<AppNotification[]>;
  /** Marks a notification read. */
  markRead(notification: AppNotification): Promise<void>;
}

const SELECT = ['Id', M.Title, M.Body, M.IsRead, M.ProposalId, M.Activity, M.ProposalStatus, 'Created', 'Author/Title'];

/** {@link NotificationRepository} on the Meldingen list through PnPjs: every query filters on the indexed recipient first. */
export class PnpNotificationRepository implements NotificationRepository {
  public constructor(private readonly sp: SPFI) {}

  private items() {
    return this.sp.web.lists.getByTitle(MELDINGEN.title).items;
  }

  public async myId(): Promise<number> {
    return (await this.sp.web.currentUser.select('Id')<{ Id: number }>()).Id;
  }

  public async latest(userId: number): Promise<AppNotification[]> {
    const rows: NotificationJson[] = await this.items()
      .select(...SELECT)
      .expand('Author')
      .filter(`${M.Recipient}Id eq ${userId}`)
      .orderBy('ID', false)
      .top(NOTIFICATIONS_SHOWN)();
    return rows.map(toNotification);
  }

  public async unread(userId: number): Promise<AppNotification[]> {
    const rows: NotificationJson[] = await this.items()
      .select(...SELECT)
      .expand('Author')
      .filter(`${M.Recipient}Id eq ${userId} and ${M.IsRead} eq 0`)
      .orderBy('ID', false)
      .top(NOTIFICATIONS_SHOWN + 1)();
    return rows.map(toNotification);
  }

  public async markRead(notification: AppNotification): Promise<void> {
    // marking read is idempotent: no ETag needed, a concurrent change cannot be lost
    await this.items().getById(notification.itemId).update({ [M.IsRead]: true });
  }
}
