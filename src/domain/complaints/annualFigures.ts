import { DIENSTEN, type Dienst } from '../groups';
import { daysBetween, type BrusselsDate } from '../dates';
import { COMPLAINT_OUTCOMES, type ComplaintDossier, type ComplaintOutcome } from './dossier';
import {
  protectCount,
  suppressSmallCountsList,
  type ProtectedBreakdown,
  type ProtectedCell,
} from './suppression';

/** What the annual figures read of a dossier: no complainant, no staff, no investigator, no facts. */
export interface ComplaintFigure {
  receivedOn: BrusselsDate;
  closedOn: BrusselsDate | null;
  theme: string;
  dienst: Dienst | null;
  outcome: ComplaintOutcome | null;
  disciplinary: boolean;
}

/** The outcome label of dossiers still open. */
export const OPEN_OUTCOME_LABEL = 'Lopend';

/** The dienst label of dossiers without an involved dienst. */
export const NO_DIENST_LABEL = 'Geen dienst';

/** The anonymous complaint figures of one year for the annual report. */
export interface AnnualFigures {
  year: number;
  /** The counts from 1 up to one below this were hidden (the zone's anonymity threshold when they were counted). */
  threshold: number;
  /** Complaints received in the year. */
  received: ProtectedCell;
  byTheme: ProtectedBreakdown;
  byDienst: ProtectedBreakdown;
  /** Outcomes of the complaints received in the year (`Lopend` while open). */
  byOutcome: ProtectedBreakdown;
  /** Complaints received in the year that became a tuchtdossier. */
  disciplinary: ProtectedCell;
  /** Lead time from receipt to closing of the dossiers closed in the year; the median is hidden when few closed. */
  leadTime: { closed: ProtectedCell; medianDays: number | null };
}

/** Strips a dossier down to what the figures may use. */
export function toComplaintFigure(dossier: ComplaintDossier): ComplaintFigure {
  return {
    receivedOn: dossier.receivedOn,
    closedOn: dossier.closedOn,
    theme: dossier.theme,
    dienst: dossier.involvedDienst,
    outcome: dossier.outcome,
    disciplinary: dossier.disciplinaryOpenedOn !== null,
  };
}

/** Counts per label: the `listed` labels always (also at zero), then the others found, in `order` and else alphabetically. */
function countBy(labels: string[], listed: readonly string[], order: readonly string[] = []): { label: string; count: number }[] {
  const rank = (label: string) => (order.indexOf(label) >= 0 ? order.indexOf(label) : order.length);
  const found = labels
    .filter((l, i) => labels.indexOf(l) === i && listed.indexOf(l) < 0)
    .sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  return listed.concat(found).map((label) => ({ label, count: labels.filter((l) => l === label).length }));
}

function median(values: number[]): number {
  const sorted = values.slice().sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * The annual figures of a year: counts per theme, dienst and outcome, tuchtdossiers, and the median lead time in days;
 * counts below `threshold` (the zone's anonymity threshold) hidden with whatever would reveal them.
 */
export function annualFigures(figures: readonly ComplaintFigure[], year: number, threshold: number): AnnualFigures {
  const inYear = (date: BrusselsDate | null) => date !== null && date.slice(0, 4) === String(year);
  const received = figures.filter((f) => inYear(f.receivedOn));
  const leadDays = figures.filter((f) => inYear(f.closedOn)).map((f) => daysBetween(f.receivedOn, f.closedOn || f.receivedOn));
  const byTheme = suppressSmallCountsList(countBy(received.map((f) => f.theme), []), threshold);
  return {
    year,
    threshold,
    received: byTheme.total,
    byTheme,
    byDienst: suppressSmallCountsList(
      countBy(received.map((f) => f.dienst || NO_DIENST_LABEL), [], (DIENSTEN as readonly string[]).concat(NO_DIENST_LABEL)),
      threshold,
    ),
    byOutcome: suppressSmallCountsList(
      countBy(received.map((f) => f.outcome || OPEN_OUTCOME_LABEL), (COMPLAINT_OUTCOMES as readonly string[]).concat(OPEN_OUTCOME_LABEL)),
      threshold,
    ),
    disciplinary: protectCount(received.filter((f) => f.disciplinary).length, threshold),
    leadTime: {
      closed: protectCount(leadDays.length, threshold),
      medianDays: leadDays.length > 0 && leadDays.length >= threshold ? median(leadDays) : null,
    },
  };
}
