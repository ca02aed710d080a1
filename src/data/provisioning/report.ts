import type { FlowSecurityReport } from '../proposals/folders';
/** What provisioning manages, one counter each. */
export type ProvisionKind = 'roles' | 'groups' | 'siteAccess' | 'lists' | 'fields' | 'views' | 'listPermissions';

/** How many objects of a kind were created, updated or found as the schema wants them. */
export interface ProvisionCounts {
  created: number;
  updated: number;
  unchanged: number;
}

/** The outcome of a provisioning run: counts per kind, the changes made, and what could not be fixed automatically. */
export interface ProvisionReport {
  counts: Record<ProvisionKind, ProvisionCounts>;
  /** One line per change, e.g. `created field Verbetervoorstellen.Status`. */
  changes: string[];
  /** Differences provisioning does not resolve (a field of another type, a lookup to another list). */
  conflicts: string[];
  /** The flow's folders and item permissions brought to the security model (docs/security.md). */
  flow?: FlowSecurityReport;
}

/** Collects a report while provisioning runs. */
export class ReportBuilder {
  public readonly report: ProvisionReport = {
    counts: {
      roles: { created: 0, updated: 0, unchanged: 0 },
      groups: { created: 0, updated: 0, unchanged: 0 },
      siteAccess: { created: 0, updated: 0, unchanged: 0 },
      lists: { created: 0, updated: 0, unchanged: 0 },
      fields: { created: 0, updated: 0, unchanged: 0 },
      views: { created: 0, updated: 0, unchanged: 0 },
      listPermissions: { created: 0, updated: 0, unchanged: 0 },
    },
    changes: [],
    conflicts: [],
  };

  public constructor(private readonly log: (line: string) => void) {}

  /** Records an object that did not exist. */
  public created(kind: ProvisionKind, what: string): void {
    this.report.counts[kind].created++;
    this.note(`created ${what}`);
  }

  /** Records an object changed to match the schema; `detail` names what differed. */
  public updated(kind: ProvisionKind, what: string, detail: string): void {
    this.report.counts[kind].updated++;
    this.note(`updated ${what} (${detail})`);
  }

  /** Records an object that already matched the schema. */
  public unchanged(kind: ProvisionKind): void {
    this.report.counts[kind].unchanged++;
  }

  /** Records a difference that needs a person. */
  public conflict(text: string): void {
    this.report.conflicts.push(text);
    this.log(`CONFLICT ${text}`);
  }

  private note(line: string): void {
    this.report.changes.push(line);
    this.log(line);
  }
}

/** The sum of all counters of a report. */
export function totals(report: ProvisionReport): ProvisionCounts {
  const sum: ProvisionCounts = { created: 0, updated: 0, unchanged: 0 };
  (Object.keys(report.counts) as ProvisionKind[]).forEach((kind) => {
    sum.created += report.counts[kind].created;
    sum.updated += report.counts[kind].updated;
    sum.unchanged += report.counts[kind].unchanged;
  });
  return sum;
}
