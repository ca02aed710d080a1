import { suppressSmallCountsList, type ProtectedBreakdown } from '../complaints/suppression';
import { reportClocks, type ClockState } from './clocks';
import { REPORT_CATEGORIES, REPORT_OUTCOMES, REPORT_STATUSES, type IntegrityReport } from './report';

/** How a time limit was kept over a year: on time, late, still running, or overdue. */
export const TIMELINESS = ['Tijdig', 'Laattijdig', 'Lopend', 'Over tijd'] as const;
/** One of {@link TIMELINESS}. */
export type Timeliness = (typeof TIMELINESS)[number];

const TIMELINESS_OF: Record<ClockState, Timeliness> = { metOnTime: 'Tijdig', metLate: 'Laattijdig', open: 'Lopend', dueSoon: 'Lopend', overdue: 'Over tijd' };

/** The figures of one year for the annual report: counts only, no names, small counts hidden. */
export interface ReportFigures {
  year: number;
  /** The counts from 1 up to one below this were hidden (the zone's anonymity threshold). */
  threshold: number;
  byCategory: ProtectedBreakdown;
  byStatus: ProtectedBreakdown;
  byOutcome: ProtectedBreakdown;
  receiptTimeliness: ProtectedBreakdown;
  feedbackTimeliness: ProtectedBreakdown;
}

function breakdown<T extends string>(labels: readonly T[], values: readonly T[], threshold: number): ProtectedBreakdown {
  return suppressSmallCountsList(labels.map((label) => ({ label, count: values.filter((v) => v === label).length })), threshold);
}

/**
 * The annual figures of the reports received in a year (by their Brussels date of receipt): per category, status,
 * outcome and how the two time limits were kept. Only counts leave here, and counts below `threshold` (the zone's
 * anonymity threshold, the same as the complaints' figures) are hidden with whatever would reveal them
 * (src/domain/complaints/suppression.ts), so no figure points to a reporter.
 */
export function annualFigures(
  reports: readonly Pick<IntegrityReport, 'receivedOn' | 'category' | 'status' | 'outcome' | 'receiptConfirmedOn' | 'feedbackOn'>[],
  year: number,
  now: Date,
  threshold: number,
): ReportFigures {
  const ofYear = reports.filter((r) => r.receivedOn.slice(0, 4) === String(year));
  const clocks = ofYear.map((r) => reportClocks(r, now));
  return {
    year,
    threshold,
    byCategory: breakdown(REPORT_CATEGORIES, ofYear.map((r) => r.category), threshold),
    byStatus: breakdown(REPORT_STATUSES, ofYear.map((r) => r.status), threshold),
    byOutcome: breakdown(REPORT_OUTCOMES, ofYear.filter((r) => r.outcome !== null).map((r) => r.outcome as (typeof REPORT_OUTCOMES)[number]), threshold),
    receiptTimeliness: breakdown(TIMELINESS, clocks.map((c) => TIMELINESS_OF[c.receipt.state]), threshold),
    feedbackTimeliness: breakdown(TIMELINESS, clocks.map((c) => TIMELINESS_OF[c.feedback.state]), threshold),
  };
}
