import type { CascadeStepKey } from './cascade';
import type { ProposalAction } from './proposal';
import { actionBetween } from './reconcile';
import type { ProposalStatus } from './statuses';
import { entitledTo, type ProposalParties } from './turns';

/** One version of a proposal as SharePoint's version history holds it: its status and who saved it (`Editor`). */
export interface StatusVersion {
  status: ProposalStatus;
  editorId: number;
  editorName: string;
  at: string;
}

/** Who wrote a decision-log entry, as SharePoint set it (`Author`), beside the name the entry itself gives. */
export interface LogEntryIdentity {
  entryId: number;
  action: ProposalAction | null;
  to: ProposalStatus;
  authorId: number;
  authorName: string;
  /** The free-text name the entry gives (`ActorName`). */
  namedAs: string;
}

/** Something SharePoint recorded that the flow does not explain ("gewijzigd buiten de app"). */
export type IntegrityFinding =
  | { kind: 'statusOutsideApp'; from: ProposalStatus | null; to: ProposalStatus; editorName: string; at: string }
  | { kind: 'unentitledEntry'; entryId: number; authorName: string; action: ProposalAction | null }
  | { kind: 'otherName'; entryId: number; authorName: string; namedAs: string }
  | { kind: 'unentitledFeedback'; entryId: number; authorName: string; step: CascadeStepKey };

/** Whether a log entry counts: an action of the flow, written by someone entitled to it for this proposal. */
export function entryCounts(entry: LogEntryIdentity, parties: ProposalParties): boolean {
  return entry.action !== null && entitledTo(entry.action, entry.authorId, parties);
}

/** Whether the free-text name of an entry is another person's than its author's. */
export function namesOther(entry: LogEntryIdentity): boolean {
  return entry.namedAs.trim() !== '' && entry.namedAs.trim().toLowerCase() !== entry.authorName.trim().toLowerCase();
}

/**
 * Checks a proposal's version history against its decision log: every status a version introduced must be the
 * result of a counting log entry (same status, written by the version's editor), every entry must be written by
 * someone entitled to it, and names the entry gives must be its author's. Versions are oldest first.
 */
export function checkProposalIntegrity(versions: readonly StatusVersion[], log: readonly LogEntryIdentity[], parties: ProposalParties): IntegrityFinding[] {
  const findings: IntegrityFinding[] = [];
  log.forEach((entry) => {
    if (entry.action !== null && !entitledTo(entry.action, entry.authorId, parties)) {
      findings.push({ kind: 'unentitledEntry', entryId: entry.entryId, authorName: entry.authorName, action: entry.action });
    }
    if (namesOther(entry)) findings.push({ kind: 'otherName', entryId: entry.entryId, authorName: entry.authorName, namedAs: entry.namedAs });
  });
  let previous: ProposalStatus | null = null;
  versions.forEach((version) => {
    if (version.status !== previous) {
      const explained = log.some((e) => e.to === version.status && e.authorId === version.editorId && entryCounts(e, parties));
      const action = actionBetween(previous === null ? 'Concept' : previous, version.status);
      const flowStep = action !== null && entitledTo(action, version.editorId, parties);
      if (!explained || !flowStep) findings.push({ kind: 'statusOutsideApp', from: previous, to: version.status, editorName: version.editorName, at: version.at });
    }
    previous = version.status;
  });
  return findings;
}
