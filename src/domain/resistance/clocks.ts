import { addCalendarDays, daysBetween, type BrusselsDate } from '../dates';
import type { ZoneSettings } from '../settings';

/**
 * The terms of the resistance follow-up. The source sets none ("alle feiten ... evalueren", "structurele opvolging van
 * en bijstand bij"): they are the zone's choice, in its settings (src/domain/settings), shown as such in the app.
 */
export type ResistanceTerms = Pick<ZoneSettings, 'resistanceEvaluationDays' | 'resistanceFirstContactDays' | 'resistanceFollowUpDays'>;

/** A clock: when something is due and how it stands today. */
export interface Clock {
  due: BrusselsDate;
  /** Days left (negative: overdue). */
  daysLeft: number;
  overdue: boolean;
}

/** The clock of a due date, seen today. */
export function clockOf(due: BrusselsDate, today: BrusselsDate): Clock {
  const daysLeft = daysBetween(today, due);
  return { due, daysLeft, overdue: daysLeft < 0 };
}

/** When the tactical evaluation of an incident is due, by the zone's term. */
export const evaluationDue = (occurredOn: BrusselsDate, terms: ResistanceTerms): BrusselsDate => addCalendarDays(occurredOn, terms.resistanceEvaluationDays);

/** When the next step of a member's follow-up is due by the zone's terms: the first contact, then the conclusion. */
export function followUpDue(occurredOn: BrusselsDate, firstContactOn: BrusselsDate | null, terms: ResistanceTerms): BrusselsDate {
  return firstContactOn ? addCalendarDays(firstContactOn, terms.resistanceFollowUpDays) : addCalendarDays(occurredOn, terms.resistanceFirstContactDays);
}
