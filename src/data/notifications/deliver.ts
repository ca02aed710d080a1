import type { NewItem } from '../createOnce';
import { isTransient } from '../errors';
import { sendActivityNotification, type ActivityNotification, type GraphAccess } from './graph';
import { notificationFields } from './mapper';
import type { NotifyReport, OutgoingNotification } from './types';

/**
 * Delivers notifications: a Meldingen item per recipient through `save` (which creates it once, by its client id, or
 * keeps it to send later) and, when Graph is composed and the recipient's principal name is known, a Teams
 * activity-feed notification; one Graph did not take for a passing reason goes to `keep` (the Teams outbox). A failure
 * for one recipient never stops the others; the report counts what got through.
 */
export async function deliver(
  graph: GraphAccess | undefined,
  notifications: readonly OutgoingNotification[],
  save: (item: NewItem, notification: OutgoingNotification) => Promise<unknown>,
  keep: (recipient: string, activity: ActivityNotification) => void = () => undefined,
): Promise<NotifyReport> {
  const report: NotifyReport = { inApp: 0, teams: 0, failed: 0 };
  await Promise.all(
    notifications.map(async (n) => {
      try {
        await save(notificationFields(n), n);
        report.inApp++;
      } catch {
        report.failed++;
      }
      if (!graph || !n.recipientUpn) return;
      const activity: ActivityNotification = {
        activityType: n.activity,
        previewText: n.body ? `${n.status}: ${n.body}` : n.status,
        templateParameters: n.templateParameters,
        webUrl: n.link,
        topic: n.topic,
      };
      try {
        await sendActivityNotification(graph, n.recipientUpn, activity);
        report.teams++;
      } catch (error) {
        if (isTransient(error)) keep(n.recipientUpn, activity);
        report.failed++;
      }
    }),
  );
  return report;
}
