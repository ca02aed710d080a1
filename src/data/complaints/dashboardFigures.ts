import { daysBetween } from '../../domain/dates';
import { annualFigures, COMPLAINT_STATUSES, toComplaintFigure, type AnnualFigures, type ComplaintDossier, type ComplaintStatus } from '../../domain/complaints';

/** The statuses of a dossier still being handled. */
export const OPEN_STATUSES: readonly ComplaintStatus[] = COMPLAINT_STATUSES.filter((s) => s !== 'Afgesloten');

/** The internal dashboard of a year for the korpsleiding and Intern Toezicht: exact counts, nothing hidden. */
export interface DashboardFigures {
  year: number;
  /** Per theme, dienst and outcome, tuchtdossiers and the median lead time, counted by the domain without suppression. */
  annual: AnnualFigures;
  receivedByMonth: number[];
  closedByMonth: number[];
  /** Dossiers being handled now, per status. */
  openByStatus: { status: ComplaintStatus; count: number }[];
  /** Average calendar days from receipt to the written feedback, for the feedback given in the year. */
  averageFeedbackDays: number | null;
  feedbackGiven: number;
}

const byMonth = (dates: string[], year: number): number[] => {
  const counts = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
  dates.filter((d) => d.slice(0, 4) === String(year)).forEach((d) => counts[Number(d.slice(5, 7)) - 1]++);
  return counts;
};

/**
 * Counts the dashboard from the dossiers received or closed in the year and the dossiers open now (a dossier may be
 * in several of these sets; each is counted once).
 */
export function dashboardFigures(year: number, dossiers: readonly ComplaintDossier[]): DashboardFigures {
  const seen: { [id: string]: true } = {};
  const unique = dossiers.filter((d) => (seen[d.id] ? false : (seen[d.id] = true)));
  // a threshold of 1 hides nothing: the internal dashboard shows exact counts to who may see every dossier
  const annual = annualFigures(unique.map(toComplaintFigure), year, 1);
  const feedback = unique.filter((d) => d.feedbackSentOn !== null && d.feedbackSentOn.slice(0, 4) === String(year));
  const feedbackDays = feedback.map((d) => daysBetween(d.receivedOn, d.feedbackSentOn as string));
  return {
    year,
    annual,
    receivedByMonth: byMonth(unique.map((d) => d.receivedOn), year),
    closedByMonth: byMonth(unique.map((d) => d.closedOn || ''), year),
    openByStatus: OPEN_STATUSES.map((status) => ({ status, count: unique.filter((d) => d.status === status).length })),
    averageFeedbackDays: feedbackDays.length ? Math.round((feedbackDays.reduce((a, b) => a + b, 0) / feedbackDays.length) * 10) / 10 : null,
    feedbackGiven: feedback.length,
  };
}
