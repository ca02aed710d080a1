import { addCalendarMonths, feedbackDeadline, receiptDeadline, reportClocks } from '../../../src/domain/melden';

const at = (date: string): Date => new Date(`${date}T10:00:00Z`);

describe('the time limits of the law of 8 December 2022 (7 days, 3 months)', () => {
  test('receipt is confirmed within 7 days of receipt', () => {
    expect(receiptDeadline('2026-03-02')).toBe('2026-03-09');
  });

  test('feedback within 3 months of the confirmation of receipt', () => {
    expect(feedbackDeadline('2026-03-02', '2026-03-04')).toBe('2026-06-04');
  });

  test('without a confirmation, 3 months from the end of the 7 days', () => {
    expect(feedbackDeadline('2026-03-02', null)).toBe('2026-06-09');
  });

  test('a late confirmation does not push the feedback further: 3 months from the end of the 7 days', () => {
    expect(feedbackDeadline('2026-03-02', '2026-03-20')).toBe('2026-06-09');
  });

  test('months are counted from date to date; a day the month lacks becomes its last day', () => {
    expect(addCalendarMonths('2026-05-31', 3)).toBe('2026-08-31');
    expect(addCalendarMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addCalendarMonths('2027-11-30', 3)).toBe('2028-02-29');
    expect(addCalendarMonths('2026-10-15', 3)).toBe('2027-01-15');
  });
});

describe('reportClocks', () => {
  const received = { receivedOn: '2026-03-02', receiptConfirmedOn: null, feedbackOn: null };

  test('a fresh report: both clocks run', () => {
    const c = reportClocks(received, at('2026-03-03'));
    expect(c.receipt).toEqual({ state: 'open', deadline: '2026-03-09', daysLeft: 6 });
    expect(c.feedback.state).toBe('open');
  });

  test('the receipt is due soon in its last 2 days and overdue after the 7th', () => {
    expect(reportClocks(received, at('2026-03-07')).receipt.state).toBe('dueSoon');
    expect(reportClocks(received, at('2026-03-09')).receipt).toEqual({ state: 'dueSoon', deadline: '2026-03-09', daysLeft: 0 });
    expect(reportClocks(received, at('2026-03-10')).receipt).toEqual({ state: 'overdue', deadline: '2026-03-09', daysLeft: -1 });
  });

  test('a clock met on or before its deadline is on time, after it late', () => {
    expect(reportClocks({ ...received, receiptConfirmedOn: '2026-03-09' }, at('2026-04-01')).receipt.state).toBe('metOnTime');
    expect(reportClocks({ ...received, receiptConfirmedOn: '2026-03-10' }, at('2026-04-01')).receipt.state).toBe('metLate');
    expect(reportClocks({ ...received, receiptConfirmedOn: '2026-03-04', feedbackOn: '2026-06-05' }, at('2026-07-01')).feedback.state).toBe('metLate');
    expect(reportClocks({ ...received, receiptConfirmedOn: '2026-03-04', feedbackOn: '2026-06-04' }, at('2026-07-01')).feedback.state).toBe('metOnTime');
  });

  test('feedback not given 3 months after the confirmation is overdue', () => {
    const c = reportClocks({ ...received, receiptConfirmedOn: '2026-03-04' }, at('2026-06-05'));
    expect(c.feedback).toEqual({ state: 'overdue', deadline: '2026-06-04', daysLeft: -1 });
  });

  test('the day is the Brussels day: 23:30 UTC on 9 March is already 10 March in Brussels', () => {
    expect(reportClocks(received, new Date('2026-03-09T23:30:00Z')).receipt.state).toBe('overdue');
  });
});
