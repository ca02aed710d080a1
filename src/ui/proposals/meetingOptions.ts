import { nextDirectiecomiteMeeting } from '../../domain/proposal/meetings';
import type { ZoneSettings } from '../../domain/settings';

const DAY_MS = 86400000;

/** The starts (ISO) of the next `count` directiecomité meetings whose agenda is still open at `now`. */
export function upcomingMeetings(now: Date, count: number, settings: ZoneSettings): string[] {
  const meetings: string[] = [];
  let from = now;
  while (meetings.length < count) {
    const meeting = nextDirectiecomiteMeeting(from, settings);
    meetings.push(meeting);
    from = new Date(Date.parse(meeting) + DAY_MS);
  }
  return meetings;
}
