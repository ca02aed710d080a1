import { formatDateBE } from '../../domain/dates';
import { csvCell } from '../../domain/spreadsheetCell';
import {
  formatProtectedCell,
  NO_DIENST_LABEL,
  OPEN_OUTCOME_LABEL,
  type AnnualFigures,
  type ComplaintOutcome,
  type MonthlyListing,
  type ProtectedBreakdown,
  type ProtectedCell,
} from '../../domain/complaints';
import { format, type Strings } from '../../loc';

/** One table of a report: its title, column headers and rows of text. */
export interface ReportTable {
  title: string;
  headers: string[];
  rows: string[][];
}

/** A report as the page shows it and as it is printed and exported: one source for the screen, CSV and HTML. */
export interface ReportDocument {
  title: string;
  paragraphs: string[];
  tables: ReportTable[];
}

/** The monthly listing as a document: per activity, per dienst, and every activity (no personal data in any of them). */
export function listingDocument(listing: MonthlyListing, strings: Strings, monthName: string): ReportDocument {
  const l = strings.registers.listing;
  const dienst = (d: string | null): string => d || l.noDienst;
  return {
    title: format(l.heading, { month: monthName }),
    paragraphs: [l.intro, strings.registers.common.recipients, format(l.total, { count: listing.total })],
    tables: [
      { title: l.byKind, headers: [l.activity, l.count], rows: listing.byKind.map((k) => [l.kinds[k.kind], String(k.count)]) },
      { title: l.byDienst, headers: [strings.registers.common.dienst, l.count], rows: listing.byDienst.map((d) => [dienst(d.dienst), String(d.count)]) },
      {
        title: l.activities,
        headers: [l.date, strings.registers.complaints.reference, l.activity, strings.registers.complaints.theme, strings.registers.common.dienst],
        rows: listing.activities.map((a) => [formatDateBE(a.on), a.reference, l.kinds[a.kind], a.theme, dienst(a.dienst)]),
      },
    ],
  };
}

/** The annual figures as a document, small counts shown as the domain protected them (`<5` with the zone's threshold 5, `x`). */
export function figuresDocument(figures: AnnualFigures, strings: Strings): ReportDocument {
  const f = strings.registers.figures;
  const c = strings.registers.complaints;
  const cell = (value: ProtectedCell): string => formatProtectedCell(value, figures.threshold);
  const breakdown = (title: string, header: string, b: ProtectedBreakdown, label: (l: string) => string): ReportTable => ({
    title,
    headers: [header, f.count],
    rows: b.items.map((i) => [label(i.label), cell(i.cell)]).concat([[f.total, cell(b.total)]]),
  });
  const outcome = (label: string): string => (label === OPEN_OUTCOME_LABEL ? f.open : c.outcomes[label as ComplaintOutcome] || label);
  return {
    title: format(f.heading, { year: figures.year }),
    paragraphs: [
      f.intro,
      format(f.legend, { threshold: figures.threshold, below: figures.threshold - 1 }),
      figures.leadTime.medianDays === null ? f.medianHidden : format(f.medianDays, { count: String(figures.leadTime.medianDays).replace('.', ',') }),
    ],
    tables: [
      {
        title: f.title,
        headers: [f.label, f.count],
        rows: [
          [f.received, cell(figures.received)],
          [f.disciplinary, cell(figures.disciplinary)],
          [f.closed, cell(figures.leadTime.closed)],
        ],
      },
      breakdown(f.byTheme, c.theme, figures.byTheme, (l) => l || strings.registers.common.none),
      breakdown(f.byDienst, strings.registers.common.dienst, figures.byDienst, (l) => (l === NO_DIENST_LABEL ? f.noDienst : l)),
      breakdown(f.byOutcome, c.outcome, figures.byOutcome, outcome),
    ],
  };
}

/** A CSV field: neutralised against formulas and quoted when needed (one helper for every export). */
const csvField = csvCell;

/**
 * The document as CSV for a spreadsheet: semicolons (what Excel expects in Belgium), a byte order mark so accents
 * survive, one block per table.
 */
export function toCsv(doc: ReportDocument): string {
  const lines: string[] = [csvField(doc.title)];
  doc.tables.forEach((t) => {
    lines.push('', csvField(t.title), t.headers.map(csvField).join(';'));
    t.rows.forEach((row) => lines.push(row.map(csvField).join(';')));
  });
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

const html = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The document as a standalone HTML page with its own print styles (A4, tables that do not break across pages). */
export function toHtml(doc: ReportDocument, lang: string): string {
  const tables = doc.tables
    .map(
      (t) =>
        `<section><h2>${html(t.title)}</h2><table><thead><tr>${t.headers.map((h) => `<th scope="col">${html(h)}</th>`).join('')}</tr></thead><tbody>${t.rows
          .map((r) => `<tr>${r.map((v) => `<td>${html(v)}</td>`).join('')}</tr>`)
          .join('')}</tbody></table></section>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="${html(lang)}">
<head>
<meta charset="utf-8">
<title>${html(doc.title)}</title>
<style>
body { font-family: "Segoe UI", Arial, sans-serif; color: #1b1b1b; margin: 24px; }
h1 { font-size: 20px; margin: 0 0 12px; }
h2 { font-size: 15px; margin: 20px 0 6px; }
p { margin: 4px 0; }
table { border-collapse: collapse; width: 100%; font-size: 12px; }
th, td { border: 1px solid #8a8a8a; padding: 4px 6px; text-align: left; vertical-align: top; }
th { background: #eef2f7; }
@media print {
  @page { size: A4; margin: 16mm; }
  body { margin: 0; }
  section { break-inside: avoid; }
  thead { display: table-header-group; }
}
</style>
</head>
<body>
<h1>${html(doc.title)}</h1>
${doc.paragraphs.map((p) => `<p>${html(p)}</p>`).join('\n')}
${tables}
</body>
</html>
`;
}
