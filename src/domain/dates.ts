/** A calendar date in Europe/Brussels, written `yyyy-mm-dd`. */
export type BrusselsDate = string;

/** The time zone of every date the policy speaks of. */
export const BRUSSELS_TIME_ZONE = 'Europe/Brussels';

const DAY_MS = 86400000;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_PATTERN = /^(\d{2}):(\d{2})$/;

// formatToParts and hourCycle are not in the es5 typings of the SPFx build, so parse format() of a fixed locale.
const wallClock = new Intl.DateTimeFormat('en-US', {
  timeZone: BRUSSELS_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hour12: false,
});

function toMs(instant: string | Date): number {
  const ms = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  if (isNaN(ms)) throw new RangeError(`Not a valid instant: ${String(instant)}`);
  return ms;
}

/** The Brussels wall clock at an instant, as if it were a UTC time (milliseconds). */
function wallMs(ms: number): number {
  const m = /(\d+)\D+(\d+)\D+(\d+)\D+(\d+)\D+(\d+)\D+(\d+)/.exec(wallClock.format(new Date(ms)));
  if (!m) throw new RangeError('Intl.DateTimeFormat returned an unexpected format');
  // some engines write midnight as 24:00 with hour12: false
  const hour = Number(m[4]) % 24;
  return Date.UTC(Number(m[3]), Number(m[1]) - 1, Number(m[2]), hour, Number(m[5]), Number(m[6]));
}

function parseDate(date: BrusselsDate): number {
  const m = DATE_PATTERN.exec(date);
  const ms = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : NaN;
  if (isNaN(ms) || toDateString(ms) !== date) throw new RangeError(`Not a valid date (yyyy-mm-dd): ${date}`);
  return ms;
}

function toDateString(utcMs: number): BrusselsDate {
  return new Date(utcMs).toISOString().slice(0, 10);
}

/** True when the text is a real calendar date written `yyyy-mm-dd`. */
export function isBrusselsDate(text: string): boolean {
  try {
    parseDate(text);
    return true;
  } catch {
    return false;
  }
}

/** The Brussels calendar date of an instant (an ISO string or a Date). */
export function brusselsDateOf(instant: string | Date): BrusselsDate {
  return toDateString(wallMs(toMs(instant)));
}

/** The date a number of calendar days after (or, if negative, before) a date. */
export function addCalendarDays(date: BrusselsDate, days: number): BrusselsDate {
  return toDateString(parseDate(date) + days * DAY_MS);
}

/** The number of calendar days from one date to another (negative when `to` is earlier). */
export function daysBetween(from: BrusselsDate, to: BrusselsDate): number {
  return Math.round((parseDate(to) - parseDate(from)) / DAY_MS);
}

/** The day of the week of a date: 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: BrusselsDate): number {
  return new Date(parseDate(date)).getUTCDay();
}

/** The UTC instant (ISO) of a Brussels wall-clock time `HH:mm` on a date, summer and winter time alike. */
export function brusselsInstant(date: BrusselsDate, time: string): string {
  const t = TIME_PATTERN.exec(time);
  if (!t || Number(t[1]) > 23 || Number(t[2]) > 59) throw new RangeError(`Not a valid time (HH:mm): ${time}`);
  const wall = parseDate(date) + (Number(t[1]) * 60 + Number(t[2])) * 60000;
  // offset(x) = wallMs(x) - x; refining once with the offset at the first guess is exact across DST changes,
  // except for times inside the spring-forward gap, which no rule of the policy uses
  const guess = wall - (wallMs(wall) - wall);
  return new Date(wall - (wallMs(guess) - guess)).toISOString();
}

/** A date or an instant as Belgians write it, `dd/mm/yyyy` (instants are taken in Brussels time). */
export function formatDateBE(dateOrInstant: BrusselsDate | string | Date): string {
  const date =
    typeof dateOrInstant === 'string' && DATE_PATTERN.test(dateOrInstant)
      ? toDateString(parseDate(dateOrInstant))
      : brusselsDateOf(dateOrInstant);
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}
