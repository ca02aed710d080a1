import type { ComplaintOutcome } from './dossier';
import { entitledRouting, type DossierVersion, type RoutingEntitlement, type VersionPerson } from './dossierVersions';

/** The kinds of finding an investigator adds: a finding of the investigation, or the written feedback sent to the complainant. */
export const FINDING_KINDS = ['Bevinding', 'Terugkoppeling'] as const;

/** One kind of {@link FINDING_KINDS}. */
export type FindingKind = (typeof FINDING_KINDS)[number];

/** A finding as stored in Onderzoeksbevindingen: its author is what SharePoint recorded (Author). */
export interface Finding {
  id: string;
  dossierId: number;
  kind: FindingKind;
  text: string;
  outcome: ComplaintOutcome | null;
  feedbackSentOn: string | null;
  author: VersionPerson;
  at: string;
}

/** A finding with whether it counts: only the dossier's investigator at the time it was added is heard. */
export interface CheckedFinding extends Finding {
  counts: boolean;
}

/**
 * Checks each finding against the dossier's version history: it counts only when its Author was the investigator that
 * an entitled person had assigned at the time it was added; any other is shown as such and ignored.
 */
export function checkFindings(findings: readonly Finding[], versions: readonly DossierVersion[], who: RoutingEntitlement): CheckedFinding[] {
  return findings.map((f) => {
    const routing = entitledRouting(versions, who, f.at);
    const counts = routing.investigatorId === f.author.id && routing.disciplinaryOpenedOn === null && routing.status !== 'Tuchtdossier';
    return { ...f, counts };
  });
}

/** The latest counted feedback finding (what Intern Toezicht records as the feedback to the complainant), or null. */
export function latestFeedback(findings: readonly CheckedFinding[]): CheckedFinding | null {
  const feedback = findings.filter((f) => f.counts && f.kind === 'Terugkoppeling').sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  return feedback.length ? feedback[feedback.length - 1] : null;
}
