import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/site-users/web';
import '@pnp/sp/site-groups/web';
import { activityFor } from '../../domain/proposal/activity';
import { notificationTargets } from '../../domain/proposal/notifications';
import type { Transition } from '../../domain/proposal/proposal';
import { GROUPS } from '../groups';
import { deliver } from '../notifications/deliver';
import type { GraphAccess } from '../notifications/graph';
import { notificationFolder } from '../notifications/mapper';
import type { TeamsOutbox } from '../notifications/teamsOutbox';
import type { NotifyReport, OutgoingNotification } from '../notifications/types';
import { inOneRoundTrip } from '../oneRoundTrip';
import type { Outbox } from '../outbox';
import { MELDINGEN, WERKGROEPEN } from '../schema';
import { decisionClientId } from './decisionLog';
import { assigneeName } from './fields';
import type { WerkgroepJson } from './mapper';
import type { Organisation } from './people';
import { recipientsOf } from './recipients';
import type { ProposalItem, ProposalUser } from './types';

/** What delivering notifications needs: the site, Graph for Teams, and the outboxes that keep what could not go yet. */
export interface NotificationPost {
  sp: SPFI;
  siteUrl: string;
  graph?: GraphAccess;
  /** The app's name as the Teams feed shows it. */
  topic: string;
  /** Where in-app notifications wait while SharePoint is unreachable. */
  writes: Outbox;
  /** Teams notifications Graph did not take yet. */
  teams: TeamsOutbox;
  now: () => Date;
}

/** Tells the parties of a decision, in the app and in Teams; a failure is counted, never thrown (the decision stands). */
export async function notifyParties(
  post: NotificationPost,
  proposal: ProposalItem,
  transition: Transition,
  user: ProposalUser,
  organisation: Organisation,
  werkgroepId: number | null | undefined,
): Promise<NotifyReport> {
  const parties = notificationTargets(transition);
  try {
    const needsBoard = parties.some((p) => p.kind === 'directiecomite');
    const needsChair = parties.some((p) => p.kind === 'uitvoerder') && typeof werkgroepId === 'number';
    const [board, werkgroep] =
      needsBoard || needsChair
        ? await inOneRoundTrip(post.sp, (b): Promise<[{ Id: number }[], WerkgroepJson | null]> => Promise.all([
            needsBoard ? b.web.siteGroups.getByName(GROUPS.directiecomite).users.select('Id')<{ Id: number }[]>() : Promise.resolve([]),
            needsChair ? b.web.lists.getByTitle(WERKGROEPEN.title).items.getById(werkgroepId as number).select('Id', 'ChairId')<WerkgroepJson>() : Promise.resolve(null),
          ]))
        : [[], null];
    const recipients = recipientsOf(
      parties,
      {
        organisation,
        proposerId: proposal.authorId,
        directiecomiteIds: board.map((u) => u.Id),
        uitvoerderChairId: werkgroep && typeof werkgroep.ChairId === 'number' ? werkgroep.ChairId : null,
      },
      user.userId,
    );
    if (recipients.length === 0) return { inApp: 0, teams: 0, failed: 0 };
    const people = await inOneRoundTrip(post.sp, (b): Promise<{ Id: number; UserPrincipalName?: string | null; Email?: string | null; LoginName: string }[]> =>
      Promise.all(recipients.map((r) => b.web.getUserById(r.userId).select('Id', 'Email', 'UserPrincipalName', 'LoginName')()))
    );
    const { next, decision } = transition;
    const subEntityId = `voorstellen:voorstel/${proposal.itemId}`;
    const link = post.graph
      ? post.graph.tabLink(subEntityId)
      : `${post.siteUrl}?view=voorstellen&item=${encodeURIComponent(`voorstel/${proposal.itemId}`)}`;
    const clientId = decisionClientId(proposal.itemId, decision.at);
    const outgoing: OutgoingNotification[] = recipients.map((r, i) => {
      const activity = activityFor(decision.action, r.party);
      const templateParameters: Record<string, string> =
        activity === 'proposalSubmitted'
          ? { proposalTitle: proposal.title }
          : activity === 'proposalAssigned'
            ? { proposalTitle: proposal.title, assignee: assigneeName(next) }
            : { proposalTitle: proposal.title, status: next.status };
      return {
        clientId: `${clientId}-${r.userId}`.slice(0, 64),
        recipientId: r.userId,
        recipientLogin: people[i].LoginName,
        recipientUpn: people[i].UserPrincipalName || people[i].Email || null,
        activity,
        title: proposal.title,
        body: decision.reason || '',
        status: next.status,
        proposalId: proposal.itemId,
        at: decision.at,
        templateParameters,
        link,
        topic: post.topic,
      };
    });
    // each notification goes into its recipient's folder, where only the recipient reads, marks and removes it
    return await deliver(
      post.graph,
      outgoing,
      (item, n) => post.writes.submit(post.sp, MELDINGEN.title, item, post.now(), notificationFolder(n.recipientId)),
      (recipient, activity) => post.teams.keep(recipient, activity, post.now()),
    );
  } catch {
    return { inApp: 0, teams: 0, failed: parties.length };
  }
}
