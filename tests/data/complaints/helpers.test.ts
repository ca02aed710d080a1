import { retainUntil } from '../../../src/data/complaints/auditLog';
import { dashboardFigures } from '../../../src/data/complaints/dashboardFigures';
import { complaintProblems } from '../../../src/domain/complaints/drafts';
import { monthsBetween, monthsOf } from '../../../src/data/complaints/monthQuery';
import { fromDateField, toDateField } from '../../../src/data/registers/dateFields';
import { parseDecimal, sideActivityProblems } from '../../../src/domain/registers/drafts';
import type { ComplaintDossier } from '../../../src/domain/complaints';

const base: ComplaintDossier = {
  id: '1', reference: 'KL-1', channel: 'Brief', complainant: { name: '', contact: '' }, facts: '', theme: 'A', involvedStaff: [], mayorFeedbackOn: null, evidence: [],
  status: 'Afgesloten', receivedOn: '2026-01-10', involvedDienst: 'Intake', investigator: null, outcome: 'Gegrond', feedbackSentOn: '2026-01-20', disciplinaryOpenedOn: null, closedOn: '2026-02-05',
};

describe('the data helpers of the registers and the complaints', () => {
  it('store a date-only value as Brussels midnight and read the same day back, summer and winter', () => {
    expect(toDateField('2026-01-15')).toBe('2026-01-14T23:00:00.000Z');
    expect(toDateField('2026-07-15')).toBe('2026-07-14T22:00:00.000Z');
    expect(fromDateField(toDateField('2026-03-29'))).toBe('2026-03-29');
    expect(fromDateField(null)).toBeNull();
  });

  it('keep a consultation five years, from the Brussels day', () => {
    expect(retainUntil(new Date('2026-03-10T23:30:00Z'))).toBe(toDateField('2031-03-11'));
    expect(retainUntil(new Date('2028-02-29T10:00:00Z'))).toBe(toDateField('2033-02-28'));
  });

  it('list the months a report asks for', () => {
    expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsOf(2026)).toHaveLength(12);
    expect(monthsBetween('2026-03', '2026-02')).toEqual([]);
  });

  it('read amounts as Belgians type them', () => {
    expect(parseDecimal('12,50')).toBe(12.5);
    expect(parseDecimal(' 1 250 ')).toBe(1250);
    expect(parseDecimal('')).toBeNull();
    expect(parseDecimal('twaalf')).toBeNaN();
  });

  it('refuse a side activity that already started and an end before the start', () => {
    const draft = { kader: 'Ops' as const, kind: 'andere' as const, title: 'x', description: 'y', organisation: '', startDate: '2026-03-01', endDate: '2026-02-01', hoursPerMonth: '', dienst: 'Wijk' as const };
    expect(sideActivityProblems(draft, '2026-03-10')).toEqual({ startDate: 'startInPast', endDate: 'endBeforeStart' });
    expect(sideActivityProblems({ ...draft, startDate: '2026-03-10', endDate: '' }, '2026-03-10')).toEqual({});
  });

  it('refuse an intake received in the future', () => {
    expect(complaintProblems({ title: 'x', reference: '', receivedOn: '2026-04-01', channel: 'Brief', complainantName: '', complainantContact: '', facts: 'y', themeId: '', dienst: '', involvedStaff: [], evidence: '' }, '2026-03-10')).toEqual({
      receivedOn: 'inFuture',
    });
  });

  it('count the dashboard once per dossier, with months, open statuses and the time to feedback', () => {
    const open = { ...base, id: '2', status: 'In onderzoek' as const, closedOn: null, outcome: null, feedbackSentOn: null, receivedOn: '2026-02-14' };
    const f = dashboardFigures(2026, [base, base, open]);
    expect(f.receivedByMonth.slice(0, 3)).toEqual([1, 1, 0]);
    expect(f.closedByMonth.slice(0, 3)).toEqual([0, 1, 0]);
    expect(f.openByStatus.filter((s) => s.count > 0)).toEqual([{ status: 'In onderzoek', count: 1 }]);
    expect(f.averageFeedbackDays).toBe(10);
    expect(f.annual.received).toEqual({ value: 2, suppressed: null });
  });
});
