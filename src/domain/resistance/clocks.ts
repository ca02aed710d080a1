import { addCalendarDays, daysBetween, type BrusselsDate } from '../dates';

/**
 * The terms of the resistance follow-up. The source sets none ("alle feiten ... evalueren", "structurele opvolging van
 * en bijstand bij"): these are the zone's choice, shown as such in the app, and changed here.
 */
export const RESISTANCE_TERMS = {
  /** Days after the incident within which TIWK and Cel GWB evaluate it tactically. */
  evaluationDays: 30,
  /** Days after the incident within which Cel GWB or HR first contacts each member involved. */
  firstContactDays: 3,
  /** Days after the first contact within which the follow-up of a member is concluded or looked at again. */
  followUpDays: 30,
} as const;

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

/** When the tactical evaluation of an incident is due. */
export const evaluationDue = (occurredOn: BrusselsDate): BrusselsDate => addCalendarDays(occurredOn, RESISTANCE_TERMS.evaluationDays);

/** When the next step of a member's follow-up is due: the first contact, then the conclusion. */
export function followUpDue(occurredOn: BrusselsDate, firstContactOn: BrusselsDate | null): BrusselsDate {
  return firstContactOn ? addCalendarDays(firstContactOn, RESISTANCE_TERMS.followUpDays) : addCalendarDays(occurredOn, RESISTANCE_TERMS.firstContactDays);
}
