import { addCalendarDays, brusselsDateOf, daysBetween, type BrusselsDate } from '../dates';
import type { ZoneSettings } from '../settings';
import type { Kader } from './incompatibilities';

/** The politiecollege advises within 45 calendar days after receipt of an Ops member's declaration (aandachtspunt 2). */
export const ADVICE_DEADLINE_DAYS = 45;

/** The zone's reminder days before the deadline (the policy gives none: the zone's choice, in its settings). */
export type AdviceReminderSettings = Pick<ZoneSettings, 'adviceFirstReminderDaysBefore' | 'adviceLastReminderDaysBefore'>;

/** The reminder days of the zone's settings, furthest from the deadline first, each once. */
export function adviceReminderDays(settings: AdviceReminderSettings): number[] {
  const days = [settings.adviceFirstReminderDaysBefore, settings.adviceLastReminderDaysBefore];
  return days.filter((d, i) => days.indexOf(d) === i).sort((a, b) => b - a);
}

/** Where the advice stands: on time, due soon (from the first reminder on), overdue, or given. */
export type AdviceStatus = 'onTime' | 'dueSoon' | 'overdue' | 'given';

/** A reminder: its Brussels date and how many days before the deadline it falls. */
export interface AdviceReminder {
  date: BrusselsDate;
  daysBefore: number;
}

/** The 45-day advice clock of one declaration. */
export interface AdviceClock {
  status: AdviceStatus;
  /** The Brussels date of receipt: day 0, not counted. */
  receivedOn: BrusselsDate;
  /** The last day on which the advice is on time. */
  deadline: BrusselsDate;
  /** Calendar days from today to the deadline (negative once overdue). */
  daysLeft: number;
  reminders: AdviceReminder[];
  /** The first reminder not yet past, while the advice is awaited. */
  nextReminder: AdviceReminder | null;
  /** The advice was given, or is still awaited, after the deadline. */
  late: boolean;
}

/**
 * The last day of the advice term: the Brussels date of receipt plus 45 calendar days (the day of receipt is not
 * counted, so a receipt at 23:30 Brussels time counts that Brussels date, whatever the UTC date).
 */
export function adviceDeadline(receivedAt: string | Date): BrusselsDate {
  return addCalendarDays(brusselsDateOf(receivedAt), ADVICE_DEADLINE_DAYS);
}

/**
 * The advice clock of a declaration at `now` with the zone's reminder days, or null when no advice is awaited (CaLog,
 * or receipt not registered). The 45 days are the policy's; the reminders, and "due soon" from the first one on, the zone's.
 */
export function adviceStatus(
  declaration: { kader: Kader; receivedAt: string | null; decidedAt: string | null },
  now: Date,
  settings: AdviceReminderSettings,
): AdviceClock | null {
  if (declaration.kader !== 'Ops' || !declaration.receivedAt) return null;
  const today = brusselsDateOf(now);
  const deadline = adviceDeadline(declaration.receivedAt);
  const daysLeft = daysBetween(today, deadline);
  const days = adviceReminderDays(settings);
  const reminders = days.map((daysBefore) => ({ date: addCalendarDays(deadline, -daysBefore), daysBefore }));
  const base = { receivedOn: brusselsDateOf(declaration.receivedAt), deadline, daysLeft, reminders };
  if (declaration.decidedAt) {
    return { ...base, status: 'given', nextReminder: null, late: brusselsDateOf(declaration.decidedAt) > deadline };
  }
  const soon = days[0];
  const status: AdviceStatus = daysLeft < 0 ? 'overdue' : daysLeft <= soon ? 'dueSoon' : 'onTime';
  return { ...base, status, nextReminder: reminders.filter((r) => r.date >= today)[0] || null, late: daysLeft < 0 };
}
