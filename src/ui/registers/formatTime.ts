import { formatDateBE } from '../../domain/dates';

const clock = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Brussels', hour: '2-digit', minute: '2-digit', hour12: false });

/** An instant as Belgians write it with the time, `dd/mm/yyyy hh:mm` (Brussels time). */
export function formatDateTimeBE(instant: string): string {
  return `${formatDateBE(instant)} ${clock.format(new Date(instant))}`;
}
