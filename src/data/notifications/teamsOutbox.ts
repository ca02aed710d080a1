import { isTransient } from '../errors';
import type { KeyValueStore } from '../storedJson';
import { StoredList } from '../storedList';
import { sendActivityNotification, type ActivityNotification, type GraphAccess } from './graph';

/** A Teams notification that Graph did not take yet (throttled, unreachable). */
export interface PendingActivity {
  recipient: string;
  notification: ActivityNotification;
  queuedAt: string;
}

/**
 * Teams activity-feed notifications that failed for a passing reason (network, 429, 5xx), kept in the browser's
 * storage and sent again when the app resumes its outbox, so a decision's notification is never silently dropped.
 */
export class TeamsOutbox {
  private readonly entries: StoredList<PendingActivity>;

  public constructor(store: KeyValueStore, key: string = 'integriteit-carma.teams.outbox') {
    this.entries = new StoredList(store, key);
  }

  /** The notifications still waiting. */
  public pending(): PendingActivity[] {
    return this.entries.read();
  }

  /** Keeps a notification to send later. */
  public keep(recipient: string, notification: ActivityNotification, now: Date = new Date()): void {
    this.entries.write(this.pending().concat([{ recipient, notification, queuedAt: now.toISOString() }]));
  }

  /** Sends what waits; a passing failure keeps it, a refusal (4xx) drops it. Returns how many got through. */
  public async flush(graph: GraphAccess | undefined): Promise<number> {
    if (!graph) return 0;
    let sent = 0;
    const left: PendingActivity[] = [];
    for (const entry of this.pending()) {
      try {
        await sendActivityNotification(graph, entry.recipient, entry.notification);
        sent++;
      } catch (error) {
        if (isTransient(error)) left.push(entry);
      }
    }
    this.entries.write(left);
    return sent;
  }
}
