import { PROPOSAL_ACTIVITIES, type ProposalActivity } from '../../domain/proposal/activity';
import { PROPOSAL_STATUSES, type ProposalStatus } from '../../domain/proposal/statuses';
import type { ListItemJson } from '../schema';
import type { AppNotification, OutgoingNotification } from './types';
import { etagOf } from '../fieldValues';

/** A Meldingen item as read with its author expanded. */
export type NotificationJson = Partial<ListItemJson<'Meldingen'>> &
  Pick<ListItemJson<'Meldingen'>, 'Id' | 'Created'> & { 'odata.etag'?: string; Author?: { Title?: string | null } };

/** Maps a Meldingen item to a notification. */
export function toNotification(json: NotificationJson): AppNotification {
  const activity = (PROPOSAL_ACTIVITIES as readonly string[]).indexOf(json.Activity || '') >= 0 ? (json.Activity as ProposalActivity) : null;
  const status = (PROPOSAL_STATUSES as readonly string[]).indexOf(json.ProposalStatus || '') >= 0 ? (json.ProposalStatus as ProposalStatus) : null;
  return {
    itemId: json.Id,
    etag: etagOf(json),
    title: json.Title || '',
    body: json.Body || '',
    activity,
    status,
    proposalId: typeof json.ProposalId === 'number' ? json.ProposalId : null,
    actorName: json.Author && json.Author.Title ? json.Author.Title : '',
    at: new Date(json.EventAt || json.Created).toISOString(),
    isRead: json.IsRead === true,
  };
}

/** The folder of a person's notifications in Meldingen: only that person reads, marks and removes what is in it. */
export function notificationFolder(userId: number): string {
  return `u${userId}`;
}

/**
 * The form values of the Meldingen item for an outgoing notification, created in the recipient's folder in one request
 * (`AddValidateUpdateItemUsingPath`: a person as its login, a link as "url, description").
 */
export function notificationFields(n: OutgoingNotification): Record<string, unknown> & { ClientId: string } {
  return {
    Title: n.title.slice(0, 255),
    ClientId: n.clientId,
    Recipient: JSON.stringify([{ Key: n.recipientLogin }]),
    Body: n.body,
    Link: `${n.link.replace(/,/g, '%2C')}, ${n.title.slice(0, 200).replace(/,/g, ' ')}`,
    IsRead: false,
    ProposalId: n.proposalId,
    Activity: n.activity,
    ProposalStatus: n.status,
    EventAt: n.at,
  };
}
