import type { ProposalActivity } from '../../domain/proposal/activity';
import type { ProposalStatus } from '../../domain/proposal/statuses';

/** A notification in the app (a Meldingen item) for the signed-in user. */
export interface AppNotification {
  itemId: number;
  etag: string;
  /** The title of what the notification is about (the proposal's title). */
  title: string;
  /** The reason or remark that came with the decision, if any. */
  body: string;
  activity: ProposalActivity | null;
  status: ProposalStatus | null;
  proposalId: number | null;
  /** Who caused it (the item's author). */
  actorName: string;
  /** When what it announces happened (the decision's moment), else when it was delivered (Created); ISO 8601. */
  at: string;
  isRead: boolean;
}

/** A notification to deliver to one person, in the app and in the Teams activity feed. */
export interface OutgoingNotification {
  /** Unique per decision and recipient, so a retry never notifies twice. */
  clientId: string;
  recipientId: number;
  /** The recipient's login: the form value of the Recipient person field. */
  recipientLogin: string;
  /** The recipient's user principal name (Graph addresses users by it); null when unknown (no Teams notification). */
  recipientUpn: string | null;
  activity: ProposalActivity;
  title: string;
  body: string;
  status: ProposalStatus;
  proposalId: number;
  /** The Teams template values other than `{actor}` (e.g. `proposalTitle`, `status`, `assignee`). */
  templateParameters: Record<string, string>;
  /** When the decision it announces was taken (ISO 8601). */
  at: string;
  /** The link into the tab on the proposal. */
  link: string;
  /** The topic's title in the Teams feed (the app's name). */
  topic: string;
}

/** How many people were told about a decision in the app and in Teams, and how many deliveries failed. */
export interface NotifyReport {
  inApp: number;
  teams: number;
  failed: number;
}

/** How many notifications the bell shows; more unread ones show as "20+". */
export const NOTIFICATIONS_SHOWN = 20;

/** What the bell shows: the newest notifications and how many are unread (more than {@link NOTIFICATIONS_SHOWN} shows as such). */
export interface Inbox {
  latest: AppNotification[];
  unreadCount: number;
}

/** The notifications of the signed-in user in the app (the Meldingen list). */
export interface NotificationRepository {
  /** The signed-in user's newest notifications and unread count (their user id is read once). */
  inbox(): Promise<Inbox>;
  /** Marks a notification read. */
  markRead(notification: AppNotification): Promise<void>;
}
