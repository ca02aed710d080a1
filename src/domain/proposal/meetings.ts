import { addCalendarDays, brusselsDateOf, brusselsInstant, weekdayOf } from '../dates';
import { DEFAULT_ZONE_SETTINGS, type ZoneSettings } from '../settings';

// The directiecomité (weekly meeting of the korpsleiding) meets on the zone's weekday (settings.directiecomiteWeekday).

/** The directiecomité starts at 09:00 Brussels time. */
export const DIRECTIECOMITE_TIME = '09:00';

/** The agenda of a meeting closes the zone's number of days before it (settings.agendaClosesDaysBefore) at 12:00 Brussels time (Monday noon), so the secretariat can send the agenda out that afternoon. */
export const AGENDA_CLOSES_AT = '12:00';

/** The ISO instant at which the agenda of a meeting (given by its ISO start) closes. */
export function agendaClosing(meeting: string, settings: ZoneSettings = DEFAULT_ZONE_SETTINGS): string {
  return brusselsInstant(addCalendarDays(brusselsDateOf(meeting), -settings.agendaClosesDaysBefore), AGENDA_CLOSES_AT);
}

/**
 * The ISO start of the first directiecomité meeting whose agenda is still open at `now`:
 * a proposal validated after the agenda closed goes to the meeting of the week after.
 */
export function nextDirectiecomiteMeeting(now: Date, settings: ZoneSettings = DEFAULT_ZONE_SETTINGS): string {
  const today = brusselsDateOf(now);
  const meetingDay = addCalendarDays(today, (settings.directiecomiteWeekday - weekdayOf(today) + 7) % 7);
  const meeting = brusselsInstant(meetingDay, DIRECTIECOMITE_TIME);
  return now.getTime() < Date.parse(agendaClosing(meeting, settings))
    ? meeting
    : brusselsInstant(addCalendarDays(meetingDay, 7), DIRECTIECOMITE_TIME);
}
