import { addCalendarDays, brusselsDateOf, brusselsInstant, weekdayOf } from '../dates';

/** The directiecomité (weekly meeting of the korpsleiding) meets on Tuesdays (0 = Sunday). */
export const DIRECTIECOMITE_WEEKDAY = 2;

/** The directiecomité starts at 09:00 Brussels time. */
export const DIRECTIECOMITE_TIME = '09:00';

/** The agenda of a meeting closes this many days before it … */
export const AGENDA_CLOSES_DAYS_BEFORE = 1;

/** … at 12:00 Brussels time (Monday noon), so the secretariat can send the agenda out that afternoon. */
export const AGENDA_CLOSES_AT = '12:00';

/** The ISO instant at which the agenda of a meeting (given by its ISO start) closes. */
export function agendaClosing(meeting: string): string {
  return brusselsInstant(addCalendarDays(brusselsDateOf(meeting), -AGENDA_CLOSES_DAYS_BEFORE), AGENDA_CLOSES_AT);
}

/**
 * The ISO start of the first directiecomité meeting whose agenda is still open at `now`:
 * a proposal validated after the agenda closed goes to the meeting of the week after.
 */
export function nextDirectiecomiteMeeting(now: Date): string {
  const today = brusselsDateOf(now);
  const meetingDay = addCalendarDays(today, (DIRECTIECOMITE_WEEKDAY - weekdayOf(today) + 7) % 7);
  const meeting = brusselsInstant(meetingDay, DIRECTIECOMITE_TIME);
  return now.getTime() < Date.parse(agendaClosing(meeting))
    ? meeting
    : brusselsInstant(addCalendarDays(meetingDay, 7), DIRECTIECOMITE_TIME);
}
