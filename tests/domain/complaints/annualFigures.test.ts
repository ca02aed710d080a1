import {
  annualFigures,
  formatProtectedCell,
  toComplaintFigure,
  type ComplaintDossier,
  type ComplaintFigure,
  type ProtectedBreakdown,
} from '../../../src/domain/complaints';
import { DEFAULT_ZONE_SETTINGS } from '../../../src/domain/settings';

/** The zone's default anonymity threshold (5). */
const T = DEFAULT_ZONE_SETTINGS.anonymityThreshold;

const figure = (overrides: Partial<ComplaintFigure>): ComplaintFigure => ({
  receivedOn: '2025-03-01',
  closedOn: null,
  theme: 'Gewenst gedrag tijdens de functie',
  dienst: 'Interventie',
  outcome: null,
  disciplinary: false,
  ...overrides,
});

const times = (n: number, overrides: Partial<ComplaintFigure>) => Array.from({ length: n }, () => figure(overrides));
const shown = (b: ProtectedBreakdown, t = T) => b.items.map((i) => `${i.label}: ${formatProtectedCell(i.cell, t)}`).concat(`totaal: ${formatProtectedCell(b.total, t)}`);

describe('annualFigures', () => {
  const FIGURES: ComplaintFigure[] = [
    ...times(8, { theme: 'Gewenst gedrag tijdens de functie', dienst: 'Interventie', outcome: 'Ongegrond', closedOn: '2025-05-01' }),
    ...times(6, { theme: 'Respect voor de verkeersregels', dienst: 'Verkeer', outcome: 'Gegrond', closedOn: '2025-04-10' }),
    ...times(2, { theme: 'Rechtmatig gebruik van geweld', dienst: 'Interventie', outcome: 'Deels gegrond', closedOn: '2025-06-15', disciplinary: true }),
    ...times(5, { theme: 'Gewenst gedrag tijdens de functie', dienst: 'Wijk', outcome: null }),
    // other years: received in 2024 but closed in 2025 (counts for the lead time only), and 2026
    figure({ receivedOn: '2024-12-20', closedOn: '2025-01-09', outcome: 'Ongegrond' }),
    figure({ receivedOn: '2026-01-02' }),
  ];

  it('counts the complaints received in the year per theme, hiding small counts', () => {
    const f = annualFigures(FIGURES, 2025, T);
    expect(f.year).toBe(2025);
    expect(formatProtectedCell(f.received, T)).toBe('21');
    expect(shown(f.byTheme)).toEqual([
      'Gewenst gedrag tijdens de functie: 13',
      'Rechtmatig gebruik van geweld: <5',
      'Respect voor de verkeersregels: x',
      'totaal: 21',
    ]);
  });

  it('counts per dienst, with a label for dossiers without one', () => {
    const f = annualFigures(FIGURES.concat(times(5, { dienst: null })), 2025, T);
    expect(shown(f.byDienst)).toEqual(['Interventie: 10', 'Verkeer: 6', 'Wijk: 5', 'Geen dienst: 5', 'totaal: 26']);
  });

  it('counts every outcome, open dossiers as Lopend', () => {
    const f = annualFigures(FIGURES, 2025, T);
    expect(shown(f.byOutcome)).toEqual([
      'Gegrond: 6',
      'Deels gegrond: <5',
      'Ongegrond: 8',
      'Niet ontvankelijk: 0',
      'Ingetrokken: 0',
      'Lopend: x',
      'totaal: 21',
    ]);
  });

  it('hides a small number of tuchtdossiers', () => {
    expect(formatProtectedCell(annualFigures(FIGURES, 2025, T).disciplinary, T)).toBe('<5');
    expect(formatProtectedCell(annualFigures(FIGURES.concat(times(3, { disciplinary: true })), 2025, T).disciplinary, T)).toBe('5');
  });

  it('gives the median lead time in days of the dossiers closed in the year', () => {
    // closed in 2025: 8 × 61 days, 6 × 40 days, 2 × 106 days, 1 × 20 days (received in 2024)
    const f = annualFigures(FIGURES, 2025, T);
    expect(f.leadTime).toEqual({ closed: { value: 17, suppressed: null }, medianDays: 61 });
  });

  it('takes the mean of the two middle lead times for an even number', () => {
    const even = [
      ...times(3, { closedOn: '2025-03-11' }),
      ...times(3, { closedOn: '2025-03-21' }),
    ];
    expect(annualFigures(even, 2025, T).leadTime).toEqual({ closed: { value: 6, suppressed: null }, medianDays: 15 });
  });

  it('hides the lead time when fewer than five dossiers closed', () => {
    const few = times(4, { closedOn: '2025-03-11' });
    expect(annualFigures(few, 2025, T).leadTime).toEqual({ closed: { value: null, suppressed: 'primary' }, medianDays: null });
    expect(annualFigures([], 2025, T).leadTime).toEqual({ closed: { value: 0, suppressed: null }, medianDays: null });
  });

  it('follows another threshold', () => {
    const f = annualFigures(FIGURES, 2025, 2);
    expect(shown(f.byTheme)).toEqual([
      'Gewenst gedrag tijdens de functie: 13',
      'Rechtmatig gebruik van geweld: 2',
      'Respect voor de verkeersregels: 6',
      'totaal: 21',
    ]);
  });

  it("hides by the zone's threshold and says which one it used", () => {
    expect(annualFigures(FIGURES, 2025, T).threshold).toBe(5);
    // a zone that chose 3: the two tuchtdossiers stay hidden as "<3", the 6 and the 2 of a theme no longer all hide
    const f = annualFigures(FIGURES, 2025, 3);
    expect(f.threshold).toBe(3);
    expect(formatProtectedCell(f.disciplinary, f.threshold)).toBe('<3');
    expect(shown(f.byDienst, f.threshold)).toEqual(['Interventie: 10', 'Verkeer: 6', 'Wijk: 5', 'totaal: 21']);
    // with the default the count of 3 hides; with the zone's 3 it shows
    const three = times(3, { theme: 'Respect voor de verkeersregels', dienst: 'Verkeer' });
    expect(formatProtectedCell(annualFigures(three, 2025, T).received, T)).toBe('<5');
    expect(formatProtectedCell(annualFigures(three, 2025, 3).received, 3)).toBe('3');
  });
});

describe('toComplaintFigure', () => {
  it('keeps no personal data', () => {
    const dossier: ComplaintDossier = {
      id: 'k-1',
      reference: 'KL/2025/017',
      receivedOn: '2025-03-01',
      channel: 'E-mail',
      complainant: { name: 'Marie Peeters', contact: 'marie@example.org' },
      facts: 'Onvriendelijk behandeld bij een verkeerscontrole.',
      theme: 'Respect voor de verkeersregels',
      involvedDienst: 'Verkeer',
      involvedStaff: [{ id: 'sofie', name: 'Sofie Claes' }],
      investigator: { id: 'ann', name: 'Ann Lambert', function: 'hinp' },
      status: 'Afgesloten',
      outcome: 'Ongegrond',
      feedbackSentOn: '2025-03-20',
      disciplinaryOpenedOn: null,
      closedOn: '2025-03-25',
      mayorFeedbackOn: null,
      evidence: ['bodycam 2025-02-28 14:02'],
    };
    expect(toComplaintFigure(dossier)).toEqual({
      receivedOn: '2025-03-01',
      closedOn: '2025-03-25',
      theme: 'Respect voor de verkeersregels',
      dienst: 'Verkeer',
      outcome: 'Ongegrond',
      disciplinary: false,
    });
  });
});
