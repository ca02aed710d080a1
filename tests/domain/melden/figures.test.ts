import { annualFigures, registeredReportProblems, reportProblems, type IntegrityReport } from '../../../src/domain/melden';
import { DEFAULT_ZONE_SETTINGS } from '../../../src/domain/settings';

/** The zone's default anonymity threshold (5). */
const T = DEFAULT_ZONE_SETTINGS.anonymityThreshold;

type Row = Pick<IntegrityReport, 'receivedOn' | 'category' | 'status' | 'outcome' | 'receiptConfirmedOn' | 'feedbackOn'>;
const row = (over: Partial<Row>): Row => ({
  receivedOn: '2025-03-02',
  category: 'Inbreuk op regels of procedures',
  status: 'Afgesloten',
  outcome: 'Gegrond',
  receiptConfirmedOn: '2025-03-04',
  feedbackOn: '2025-05-01',
  ...over,
});

describe('annual figures', () => {
  test('count the reports of the year only, and hide counts from 1 to 4 with what would reveal them', () => {
    const rows = [
      ...Array.from({ length: 6 }, () => row({})),
      ...Array.from({ length: 2 }, () => row({ category: 'Ernstige tekortkoming in beroepsplichten of beheer', outcome: 'Ongegrond' })),
      row({ receivedOn: '2024-12-31' }),
    ];
    const f = annualFigures(rows, 2025, new Date('2026-01-15T10:00:00Z'), T);
    const cell = (b: typeof f.byCategory, label: string) => b.items.filter((i) => i.label === label)[0].cell;
    expect(cell(f.byCategory, 'Inbreuk op regels of procedures').suppressed).not.toBeNull();
    expect(cell(f.byCategory, 'Ernstige tekortkoming in beroepsplichten of beheer')).toEqual({ value: null, suppressed: 'primary' });
    expect(f.byCategory.total).toEqual({ value: 8, suppressed: null });
    expect(cell(f.byStatus, 'Afgesloten')).toEqual({ value: 8, suppressed: null });
    expect(cell(f.receiptTimeliness, 'Tijdig')).toEqual({ value: 8, suppressed: null });
  });

  test("hide by the zone's anonymity threshold, the same setting as the complaints' figures", () => {
    const rows = [
      ...Array.from({ length: 6 }, () => row({})),
      ...Array.from({ length: 3 }, () => row({ category: 'Ernstige tekortkoming in beroepsplichten of beheer' })),
    ];
    const category = (threshold: number) => {
      const f = annualFigures(rows, 2025, new Date('2026-01-15T10:00:00Z'), threshold);
      return { threshold: f.threshold, cell: f.byCategory.items.filter((i) => i.label === 'Ernstige tekortkoming in beroepsplichten of beheer')[0].cell };
    };
    expect(category(T)).toEqual({ threshold: 5, cell: { value: null, suppressed: 'primary' } });
    // a zone that chose 3 publishes the count of 3; one that chose 8 hides the 6 as well
    expect(category(3)).toEqual({ threshold: 3, cell: { value: 3, suppressed: null } });
    const strict = annualFigures(rows, 2025, new Date('2026-01-15T10:00:00Z'), 8);
    expect(strict.byCategory.items.filter((i) => i.label === 'Inbreuk op regels of procedures')[0].cell).toEqual({ value: null, suppressed: 'primary' });
  });

  test('timeliness: late and overdue reports are counted as such', () => {
    const rows = [
      ...Array.from({ length: 5 }, () => row({ receiptConfirmedOn: '2025-03-20', feedbackOn: null, status: 'Ontvangst bevestigd', outcome: null })),
    ];
    const f = annualFigures(rows, 2025, new Date('2025-12-01T10:00:00Z'), T);
    expect(f.receiptTimeliness.items.filter((i) => i.label === 'Laattijdig')[0].cell).toEqual({ value: 5, suppressed: null });
    expect(f.feedbackTimeliness.items.filter((i) => i.label === 'Over tijd')[0].cell).toEqual({ value: 5, suppressed: null });
  });
});

describe('drafts', () => {
  const draft = { subject: 'Onderwerp', category: 'Inbreuk op regels of procedures' as const, facts: 'Feiten', whenWhere: '', involved: '', feedbackPreference: 'In de app' as const };

  test('a report needs a subject, a kind, the facts and the feedback wanted', () => {
    expect(reportProblems(draft)).toEqual({});
    expect(reportProblems({ ...draft, subject: ' ', category: '', facts: '', feedbackPreference: '' })).toEqual({
      subject: 'required',
      category: 'required',
      facts: 'required',
      feedbackPreference: 'required',
    });
  });

  test('a registered report also needs how and when it was received (not in the future)', () => {
    const registered = { ...draft, channel: 'Brief' as const, receivedOn: '2026-03-01', reporterName: '', reporterContact: '' };
    expect(registeredReportProblems(registered, '2026-03-02')).toEqual({});
    expect(registeredReportProblems({ ...registered, channel: '', receivedOn: '2026-03-05' }, '2026-03-02')).toEqual({ channel: 'required', receivedOn: 'inFuture' });
  });
});
