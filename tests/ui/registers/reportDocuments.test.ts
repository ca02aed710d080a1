import { monthlyListing, annualFigures } from '../../../src/domain/complaints';
import { stringsFor } from '../../../src/loc';
import { nlBE } from '../../../src/loc/nl-BE';
import { figuresDocument, listingDocument, toCsv, toHtml } from '../../../src/ui/complaints/reportDocuments';

const nl = nlBE;
const listing = monthlyListing(
  [
    { kind: 'complaintReceived', on: '2026-03-02', reference: 'KL-5', theme: 'Gewenst gedrag; "onthaal"', dienst: 'Intake' },
    { kind: 'sendFeedback', on: '2026-03-20', reference: 'KL-5', theme: 'Gewenst gedrag; "onthaal"', dienst: null },
  ],
  '2026-03',
);

describe('the report documents', () => {
  it('turn the monthly listing into tables in the user language, without a dienst written as such', () => {
    const doc = listingDocument(listing, nl, 'maart 2026');
    expect(doc.title).toBe('Maandlijst Intern Toezicht: maart 2026');
    expect(doc.tables.map((t) => t.title)).toEqual(['Per activiteit', 'Per dienst', 'Activiteiten']);
    expect(doc.tables[2].rows).toEqual([
      ['02/03/2026', 'KL-5', 'Klacht ontvangen', 'Gewenst gedrag; "onthaal"', 'Intake'],
      ['20/03/2026', 'KL-5', 'Schriftelijke terugkoppeling aan de klager', 'Gewenst gedrag; "onthaal"', 'Geen dienst'],
    ]);
    expect(listingDocument(listing, stringsFor('fr-BE'), 'mars 2026').tables[2].rows[0][2]).toBe('Plainte reçue');
  });

  it('export to CSV for Belgian spreadsheets: semicolons, quotes where needed, a byte order mark', () => {
    const csv = toCsv(listingDocument(listing, nl, 'maart 2026'));
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('\r\nDatum;Referentie;Activiteit;Aandachtspunt;Dienst\r\n');
    expect(csv).toContain('02/03/2026;KL-5;Klacht ontvangen;"Gewenst gedrag; ""onthaal""";Intake\r\n');
  });

  it('export CSV cells a spreadsheet would run as a formula as text (a reference or theme typed by someone)', () => {
    const risky = monthlyListing(
      [{ kind: 'complaintReceived', on: '2026-03-02', reference: '=HYPERLINK("http://x","KL")', theme: '@SUM(A1)', dienst: 'Intake' }],
      '2026-03',
    );
    const csv = toCsv(listingDocument(risky, nl, 'maart 2026'));
    expect(csv).toContain(`02/03/2026;"'=HYPERLINK(""http://x"",""KL"")";Klacht ontvangen;'@SUM(A1);Intake\r\n`);
    expect(csv).not.toMatch(/;[=+@-]/);
  });

  it('export to a standalone, escaped HTML page that prints on A4', () => {
    const html = toHtml({ title: 'A <b>', paragraphs: ['x & y'], tables: [{ title: 'T', headers: ['H'], rows: [['<script>']] }] }, 'nl-BE');
    expect(html).toContain('<html lang="nl-BE">');
    expect(html).toContain('<h1>A &lt;b&gt;</h1>');
    expect(html).toContain('<td>&lt;script&gt;</td>');
    expect(html).not.toContain('<script>');
    expect(html).toContain('@page { size: A4;');
  });

  it('print the annual figures with the suppressed counts as the domain marks them', () => {
    const figures = annualFigures(
      [1, 2, 3, 4, 5, 6].map((i) => ({ receivedOn: '2025-02-01', closedOn: null, theme: i < 6 ? 'A' : 'B', dienst: null, outcome: null, disciplinary: false })),
      2025,
      5,
    );
    const doc = figuresDocument(figures, nl);
    const byTheme = doc.tables.filter((t) => t.title === 'Per aandachtspunt')[0];
    expect(byTheme.rows).toEqual([
      ['A', 'x'],
      ['B', '<5'],
      ['Totaal', '6'],
    ]);
    expect(doc.tables.filter((t) => t.title === 'Per resultaat')[0].rows).toContainEqual(['Lopend', '6']);
    expect(doc.paragraphs).toContain('Aantallen van 1 tot 4 worden niet getoond (<5), een drempel die de zone koos; waar nodig is nog een aantal verborgen (x), zodat niemand herkenbaar is.');
  });

  it("print the zone's own anonymity threshold, in the cells and in the legend", () => {
    const figures = annualFigures(
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((i) => ({ receivedOn: '2025-02-01', closedOn: null, theme: i < 3 ? 'A' : 'B', dienst: null, outcome: null, disciplinary: false })),
      2025,
      3,
    );
    const doc = figuresDocument(figures, nl);
    expect(doc.tables.filter((t) => t.title === 'Per aandachtspunt')[0].rows).toEqual([
      ['A', '<3'],
      ['B', 'x'],
      ['Totaal', '10'],
    ]);
    expect(doc.paragraphs.filter((p) => p.indexOf('Aantallen van 1 tot 2 worden niet getoond (<3), een drempel die de zone koos') === 0)).toHaveLength(1);
  });
});
