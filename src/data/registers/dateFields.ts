import { brusselsDateOf, brusselsInstant, type BrusselsDate } from '../../domain/dates';

/**
 * The value written to a date-only column: midnight in Brussels as a UTC instant, which is how SharePoint stores a
 * date-only value on a site in the Brussels time zone, so the list, its views and the app agree on the day.
 */
export function toDateField(date: BrusselsDate): string {
  return brusselsInstant(date, '00:00');
}

/** The Brussels date of a date-only column's value, or null when empty. */
export function fromDateField(value: string | null | undefined): BrusselsDate | null {
  return value ? brusselsDateOf(value) : null;
}
