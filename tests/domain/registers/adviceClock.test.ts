import { adviceDeadline, adviceReminderDays, adviceStatus, ADVICE_DEADLINE_DAYS } from '../../../src/domain/registers';
import { DEFAULT_ZONE_SETTINGS } from '../../../src/domain/settings';

/** The zone's default reminder days (10 and 3). */
const ZONE = DEFAULT_ZONE_SETTINGS;

const ops = (receivedAt: string | null, decidedAt: string | null = null) => ({ kader: 'Ops' as const, receivedAt, decidedAt });

describe('adviceDeadline', () => {
  it('is 45 calendar days after the day of receipt', () => {
    expect(ADVICE_DEADLINE_DAYS).toBe(45);
    expect(adviceDeadline('2026-01-10T09:00:00Z')).toBe('2026-02-24');
  });

  it.each([
    // late evening in winter: 23:30 Brussels on 10/03 is 22:30 UTC, the same date
    ['2026-03-10T22:30:00Z', '2026-04-24'],
    // 00:30 Brussels on 11/03 is still 10/03 in UTC: the Brussels date counts
    ['2026-03-10T23:30:00Z', '2026-04-25'],
    // late evening in summer: 23:45 Brussels on 30/06 is 21:45 UTC
    ['2026-06-30T21:45:00Z', '2026-08-14'],
    // 00:15 Brussels on 01/07 is 22:15 UTC on 30/06
    ['2026-06-30T22:15:00Z', '2026-08-15'],
    // across the autumn change (25/10) and the spring change (29/03)
    ['2026-10-20T10:00:00Z', '2026-12-04'],
    ['2026-02-20T10:00:00Z', '2026-04-06'],
    // a leap year
    ['2028-01-20T10:00:00Z', '2028-03-05'],
  ])('receipt at %s ends on %s', (receivedAt, deadline) => {
    expect(adviceDeadline(receivedAt)).toBe(deadline);
  });
});

describe('adviceStatus', () => {
  const received = '2026-06-30T21:45:00Z'; // 23:45 Brussels, deadline 14/08/2026

  it('counts days left and reminders 10 and 3 days before', () => {
    expect(adviceReminderDays(ZONE)).toEqual([10, 3]);
    expect(adviceStatus(ops(received), new Date('2026-07-01T08:00:00Z'), ZONE)).toEqual({
      status: 'onTime',
      receivedOn: '2026-06-30',
      deadline: '2026-08-14',
      daysLeft: 44,
      reminders: [
        { date: '2026-08-04', daysBefore: 10 },
        { date: '2026-08-11', daysBefore: 3 },
      ],
      nextReminder: { date: '2026-08-04', daysBefore: 10 },
      late: false,
    });
  });

  it.each([
    ['2026-08-03T12:00:00Z', 'onTime', 11, '2026-08-04'],
    ['2026-08-04T12:00:00Z', 'dueSoon', 10, '2026-08-04'],
    ['2026-08-05T12:00:00Z', 'dueSoon', 9, '2026-08-11'],
    ['2026-08-11T12:00:00Z', 'dueSoon', 3, '2026-08-11'],
    ['2026-08-12T12:00:00Z', 'dueSoon', 2, null],
    // the last day, late in the evening Brussels time
    ['2026-08-14T21:30:00Z', 'dueSoon', 0, null],
    // 00:30 Brussels on 15/08 is still 14/08 in UTC: overdue
    ['2026-08-14T22:30:00Z', 'overdue', -1, null],
    ['2026-09-01T12:00:00Z', 'overdue', -18, null],
  ])('at %s the advice is %s with %i days left', (now, status, daysLeft, nextReminder) => {
    const clock = adviceStatus(ops(received), new Date(now), ZONE);
    expect(clock?.status).toBe(status);
    expect(clock?.daysLeft).toBe(daysLeft);
    expect(clock?.nextReminder?.date ?? null).toBe(nextReminder);
    expect(clock?.late).toBe(status === 'overdue');
  });

  it('stops once the advice is given, and says whether it was late', () => {
    const onTime = adviceStatus(ops(received, '2026-08-14T21:00:00Z'), new Date('2026-09-01T12:00:00Z'), ZONE);
    expect(onTime).toMatchObject({ status: 'given', nextReminder: null, late: false });
    const late = adviceStatus(ops(received, '2026-08-14T22:30:00Z'), new Date('2026-09-01T12:00:00Z'), ZONE);
    expect(late).toMatchObject({ status: 'given', late: true });
  });

  it("reminds on the zone's own days (14 and 5), with the 45 days unchanged", () => {
    const zone = { ...ZONE, adviceFirstReminderDaysBefore: 14, adviceLastReminderDaysBefore: 5 };
    const clock = adviceStatus(ops(received), new Date('2026-07-31T12:00:00Z'), zone);
    expect(clock).toMatchObject({
      status: 'dueSoon',
      deadline: '2026-08-14',
      daysLeft: 14,
      reminders: [
        { date: '2026-07-31', daysBefore: 14 },
        { date: '2026-08-09', daysBefore: 5 },
      ],
      nextReminder: { date: '2026-07-31', daysBefore: 14 },
    });
    // with the defaults the same day is still on time: the first reminder is 10 days before
    expect(adviceStatus(ops(received), new Date('2026-07-31T12:00:00Z'), ZONE)?.status).toBe('onTime');
    expect(adviceStatus(ops(received), new Date('2026-08-06T12:00:00Z'), zone)?.nextReminder).toEqual({ date: '2026-08-09', daysBefore: 5 });
  });

  it('orders the reminders furthest first and counts a day given twice once', () => {
    expect(adviceReminderDays({ adviceFirstReminderDaysBefore: 2, adviceLastReminderDaysBefore: 7 })).toEqual([7, 2]);
    expect(adviceReminderDays({ adviceFirstReminderDaysBefore: 7, adviceLastReminderDaysBefore: 7 })).toEqual([7]);
  });

  it('awaits no advice for CaLog or before the receipt is registered', () => {
    expect(adviceStatus({ kader: 'CaLog', receivedAt: received, decidedAt: null }, new Date('2026-07-01T08:00:00Z'), ZONE)).toBeNull();
    expect(adviceStatus(ops(null), new Date('2026-07-01T08:00:00Z'), ZONE)).toBeNull();
  });
});
