import { agendaClosing, nextDirectiecomiteMeeting } from '../../../src/domain/proposal';

describe('nextDirectiecomiteMeeting', () => {
  it.each([
    // winter time: meeting Tuesday 09:00 CET = 08:00Z, agenda closes Monday 12:00 CET = 11:00Z
    ['on a Wednesday', '2026-11-25T09:00:00Z', '2026-12-01T08:00:00.000Z'],
    ['on a Sunday', '2026-11-29T15:00:00Z', '2026-12-01T08:00:00.000Z'],
    ['on Monday a minute before the agenda closes', '2026-11-30T10:59:00Z', '2026-12-01T08:00:00.000Z'],
    ['on Monday when the agenda closes', '2026-11-30T11:00:00Z', '2026-12-08T08:00:00.000Z'],
    ['on Monday evening', '2026-11-30T19:00:00Z', '2026-12-08T08:00:00.000Z'],
    ['on Tuesday just after midnight Brussels time (still Monday in UTC)', '2026-11-30T23:30:00Z', '2026-12-08T08:00:00.000Z'],
    ['on Tuesday before the meeting', '2026-12-01T07:00:00Z', '2026-12-08T08:00:00.000Z'],
    ['on Tuesday after the meeting', '2026-12-01T15:00:00Z', '2026-12-08T08:00:00.000Z'],
    // the spring change on Sunday 29/03/2026: the meeting of 31/03 is at 09:00 CEST = 07:00Z
    ['on the Wednesday before the spring change', '2026-03-25T10:00:00Z', '2026-03-31T07:00:00.000Z'],
    ['on the night of the spring change', '2026-03-29T01:30:00Z', '2026-03-31T07:00:00.000Z'],
    ['on the Monday after it, before noon CEST', '2026-03-30T09:59:00Z', '2026-03-31T07:00:00.000Z'],
    ['on the Monday after it, at noon CEST', '2026-03-30T10:00:00Z', '2026-04-07T07:00:00.000Z'],
    ['on the Monday before it, in winter time', '2026-03-23T10:59:00Z', '2026-03-24T08:00:00.000Z'],
    // the autumn change on Sunday 25/10/2026: the meeting of 27/10 is at 09:00 CET = 08:00Z
    ['on the Wednesday before the autumn change', '2026-10-21T10:00:00Z', '2026-10-27T08:00:00.000Z'],
    ['on the Monday after it, before noon CET', '2026-10-26T10:59:00Z', '2026-10-27T08:00:00.000Z'],
    ['on the Monday after it, at noon CET', '2026-10-26T11:00:00Z', '2026-11-03T08:00:00.000Z'],
    ['on the Monday before it, at noon CEST', '2026-10-19T10:00:00Z', '2026-10-27T08:00:00.000Z'],
    ['at the turn of the year', '2026-12-29T12:00:00Z', '2027-01-05T08:00:00.000Z'],
  ])('validated %s (%s) goes to %s', (_, now, meeting) => {
    expect(nextDirectiecomiteMeeting(new Date(now))).toBe(meeting);
  });

  it('always gives a Tuesday 09:00 Brussels time in the future, within eight days', () => {
    for (let t = Date.parse('2026-01-01T00:00:00Z'); t < Date.parse('2027-01-01T00:00:00Z'); t += 3 * 3600 * 1000 + 17 * 60 * 1000) {
      const meeting = nextDirectiecomiteMeeting(new Date(t));
      const wall = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Brussels', weekday: 'short', hour: '2-digit', minute: '2-digit', hour12: false }).format(new Date(meeting));
      expect(wall).toBe('Tue 09:00');
      expect(Date.parse(meeting) - t).toBeGreaterThan(0);
      expect(Date.parse(meeting) - t).toBeLessThanOrEqual(8 * 86400 * 1000);
    }
  });
});

describe('agendaClosing', () => {
  it('is the Monday before at noon Brussels time', () => {
    expect(agendaClosing('2026-12-01T08:00:00.000Z')).toBe('2026-11-30T11:00:00.000Z');
    expect(agendaClosing('2026-03-31T07:00:00.000Z')).toBe('2026-03-30T10:00:00.000Z');
  });
});
