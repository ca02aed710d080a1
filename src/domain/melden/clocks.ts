import { addCalendarDays, brusselsDateOf, daysBetween, type BrusselsDate } from '../dates';

/**
 * The time limits of an internal report (law of 8 December 2022, following art. 9(1)(b) and (f) of directive
 * 2019/1937; docs/integriteitsmeldingen.md): the receipt is confirmed to the reporter within 7 days of receipt, and
 * feedback is given within a reasonable time of at most 3 months from that confirmation or, when none was sent, from the
 * end of those 7 days.
 */
export const RECEIPT_DAYS = 7;
/** See {@link RECEIPT_DAYS}. */
export const FEEDBACK_MONTHS = 3;
/** A clock is "due soon" from this many days before its deadline (the zone's setting, not the law's). */
export const DUE_SOON_DAYS = 2;

/** Where one time limit stands. */
export type ClockState = 'open' | 'dueSoon' | 'overdue' | 'metOnTime' | 'metLate';

/** One time limit of a report. */
export interface Clock {
  state: ClockState;
  /** The last day on which it is on time. */
  deadline: BrusselsDate;
  /** Calendar days from today to the deadline (negative once past); null once met. */
  daysLeft: number | null;
}

/** The two clocks of a report. */
export interface ReportClocks {
  receipt: Clock;
  feedback: Clock;
}

/**
 * A date a number of months later, counted from date to date; a day the target month lacks becomes its last day
 * (31 May + 3 months = 31 August, 30 November + 3 months = 28 or 29 February).
 */
export function addCalendarMonths(date: BrusselsDate, months: number): BrusselsDate {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7)) - 1 + months;
  const day = Number(date.slice(8, 10));
  const targetYear = year + Math.floor(month / 12);
  const targetMonth = ((month % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  return new Date(Date.UTC(targetYear, targetMonth, Math.min(day, lastDay))).toISOString().slice(0, 10);
}

/** The last day to confirm receipt: the day of receipt plus 7 days. */
export function receiptDeadline(receivedOn: BrusselsDate): BrusselsDate {
  return addCalendarDays(receivedOn, RECEIPT_DAYS);
}

/** The last day for feedback: 3 months from the confirmation of receipt or, without one, from the end of the 7 days. */
export function feedbackDeadline(receivedOn: BrusselsDate, receiptConfirmedOn: BrusselsDate | null): BrusselsDate {
  const start = receiptConfirmedOn && receiptConfirmedOn <= receiptDeadline(receivedOn) ? receiptConfirmedOn : receiptDeadline(receivedOn);
  return addCalendarMonths(start, FEEDBACK_MONTHS);
}

function clock(deadline: BrusselsDate, metOn: BrusselsDate | null, today: BrusselsDate): Clock {
  if (metOn) return { state: metOn <= deadline ? 'metOnTime' : 'metLate', deadline, daysLeft: null };
  const daysLeft = daysBetween(today, deadline);
  return { state: daysLeft < 0 ? 'overdue' : daysLeft <= DUE_SOON_DAYS ? 'dueSoon' : 'open', deadline, daysLeft };
}

/** The receipt and feedback clocks of a report at `now` (Brussels dates). */
export function reportClocks(
  report: { receivedOn: BrusselsDate; receiptConfirmedOn: BrusselsDate | null; feedbackOn: BrusselsDate | null },
  now: Date,
): ReportClocks {
  const today = brusselsDateOf(now);
  return {
    receipt: clock(receiptDeadline(report.receivedOn), report.receiptConfirmedOn, today),
    feedback: clock(feedbackDeadline(report.receivedOn, report.receiptConfirmedOn), report.feedbackOn, today),
  };
}

/** Whether a clock still runs and needs the contacts' attention (due soon or overdue). */
export function needsAttention(c: Clock): boolean {
  return c.state === 'dueSoon' || c.state === 'overdue';
}
