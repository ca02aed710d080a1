/** Counts from 1 to 4 are never published: below 5 a count may point to a person (the usual statistical practice). */
export const SMALL_COUNT_THRESHOLD = 5;

/** True for a count that may not be published: from 1 up to the threshold (0 identifies no one). */
export function isSmallCount(count: number, threshold: number = SMALL_COUNT_THRESHOLD): boolean {
  return count > 0 && count < threshold;
}

/** A single count as it may be published: hidden (primary) when small. */
export function protectCount(count: number, threshold: number = SMALL_COUNT_THRESHOLD): ProtectedCell {
  return isSmallCount(count, threshold) ? { value: null, suppressed: 'primary' } : { value: count, suppressed: null };
}

/** A published count: its value, or hidden because it is small (primary) or would reveal a small one (secondary). */
export type ProtectedCell = { value: number; suppressed: null } | { value: null; suppressed: 'primary' | 'secondary' };

/** A two-way table of counts, e.g. themes (rows) by outcome (columns). */
export interface CountTable {
  rows: readonly string[];
  columns: readonly string[];
  /** counts[row][column] */
  counts: readonly (readonly number[])[];
}

/** A count table safe to publish: cells, row and column totals and the grand total, small counts hidden. */
export interface ProtectedTable {
  rows: string[];
  columns: string[];
  cells: ProtectedCell[][];
  rowTotals: ProtectedCell[];
  columnTotals: ProtectedCell[];
  total: ProtectedCell;
}

/** A one-way breakdown safe to publish, e.g. complaints per theme. */
export interface ProtectedBreakdown {
  items: { label: string; cell: ProtectedCell }[];
  total: ProtectedCell;
}

/** An equation of the table: the parts (cell indices) add up to the total (a cell index). */
interface Line {
  parts: number[];
  total: number;
}

const EPSILON = 1e-9;

function range(n: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(i);
  return out;
}

/** Reduced row echelon form of the lines' equations restricted to the hidden cells (coefficients +1 parts, -1 total). */
function echelon(lines: Line[], hidden: number[]): number[][] {
  const rows = lines
    .map((line) => hidden.map((cell) => (line.parts.indexOf(cell) >= 0 ? 1 : 0) - (line.total === cell ? 1 : 0)))
    .filter((row) => row.some((x) => x !== 0));
  const basis: number[][] = [];
  for (let col = 0; col < hidden.length; col++) {
    const pivot = rows.filter((r) => basis.indexOf(r) < 0 && Math.abs(r[col]) > EPSILON)[0];
    if (!pivot) continue;
    const scale = pivot[col];
    for (let j = 0; j < pivot.length; j++) pivot[j] /= scale;
    rows.forEach((r) => {
      if (r === pivot || Math.abs(r[col]) < EPSILON) return;
      const factor = r[col];
      for (let j = 0; j < r.length; j++) r[j] -= factor * pivot[j];
    });
    basis.push(pivot);
  }
  return basis;
}

/** True when a hidden cell's value follows exactly from the published values (its unit vector is in the row space). */
function isDetermined(basis: number[][], position: number, width: number): boolean {
  const v = range(width).map((j) => (j === position ? 1 : 0));
  basis.forEach((row) => {
    const lead = row.map((x) => Math.abs(x) > EPSILON).indexOf(true);
    const factor = v[lead];
    if (Math.abs(factor) > EPSILON) for (let j = 0; j < width; j++) v[j] -= factor * row[j];
  });
  return v.every((x) => Math.abs(x) < EPSILON);
}

/**
 * Hides small counts (primary) and then, while some hidden cell could be computed exactly from the published cells
 * and totals, one more cell on a line through it (secondary): the smallest non-zero part first, then the smallest
 * non-zero total, then a zero part.
 */
function protect(values: number[], lines: Line[], threshold: number): ProtectedCell[] {
  const state: (null | 'primary' | 'secondary')[] = values.map((v) => (isSmallCount(v, threshold) ? 'primary' : null));
  for (;;) {
    const hidden = range(values.length).filter((i) => state[i] !== null);
    const basis = echelon(lines, hidden);
    const exposed = hidden.filter((_, k) => isDetermined(basis, k, hidden.length));
    const complement = exposed
      .map((cell) => pickComplement(values, state, lines.filter((l) => l.parts.indexOf(cell) >= 0 || l.total === cell)))
      .filter((c): c is number => c !== null)[0];
    if (complement === undefined) break;
    state[complement] = 'secondary';
  }
  return values.map((value, i) => {
    const s = state[i];
    return s === null ? protectCount(value, threshold) : { value: null, suppressed: s };
  });
}

function pickComplement(values: number[], state: (string | null)[], lines: Line[]): number | null {
  // preference: a non-zero part, then a non-zero total, then a zero; the smallest value within each
  const bucket = (cell: number, isTotal: boolean) => (values[cell] > 0 ? (isTotal ? 1 : 0) : 2);
  const candidates: { cell: number; bucket: number }[] = [];
  lines.forEach((line) => {
    line.parts.forEach((p) => {
      if (state[p] === null) candidates.push({ cell: p, bucket: bucket(p, false) });
    });
    if (state[line.total] === null) candidates.push({ cell: line.total, bucket: bucket(line.total, true) });
  });
  candidates.sort((a, b) => a.bucket - b.bucket || values[a.cell] - values[b.cell]);
  return candidates.length > 0 ? candidates[0].cell : null;
}

/**
 * Protects a two-way table for the annual report: counts 1 to threshold-1 (cells and totals) are hidden, and enough
 * other cells are hidden that no hidden count can be recomputed from the row, column and grand totals.
 */
export function suppressSmallCounts(table: CountTable, threshold: number = SMALL_COUNT_THRESHOLD): ProtectedTable {
  const R = table.rows.length;
  const C = table.columns.length;
  // cell layout: interior r*C+c, then row totals, then column totals, then the grand total
  const rowTotal = (r: number) => R * C + r;
  const colTotal = (c: number) => R * C + R + c;
  const grand = R * C + R + C;
  const values: number[] = [];
  table.counts.forEach((row) => row.forEach((v) => values.push(v)));
  for (let r = 0; r < R; r++) values.push(table.counts[r].reduce((a, b) => a + b, 0));
  for (let c = 0; c < C; c++) values.push(table.counts.reduce((a, row) => a + row[c], 0));
  values.push(values.slice(R * C, R * C + R).reduce((a, b) => a + b, 0));
  const lines: Line[] = range(R)
    .map((r) => ({ parts: range(C).map((c) => r * C + c), total: rowTotal(r) }))
    .concat(range(C).map((c) => ({ parts: range(R).map((r) => r * C + c), total: colTotal(c) })))
    .concat([
      { parts: range(R).map(rowTotal), total: grand },
      { parts: range(C).map(colTotal), total: grand },
    ]);
  const cells = protect(values, lines, threshold);
  return {
    rows: table.rows.slice(),
    columns: table.columns.slice(),
    cells: range(R).map((r) => cells.slice(r * C, r * C + C)),
    rowTotals: cells.slice(R * C, R * C + R),
    columnTotals: cells.slice(R * C + R, R * C + R + C),
    total: cells[grand],
  };
}

/** Protects a one-way breakdown (items and their total) the same way. */
export function suppressSmallCountsList(
  items: readonly { label: string; count: number }[],
  threshold: number = SMALL_COUNT_THRESHOLD,
): ProtectedBreakdown {
  const values = items.map((i) => i.count);
  values.push(values.reduce((a, b) => a + b, 0));
  const cells = protect(values, [{ parts: items.map((_, i) => i), total: items.length }], threshold);
  return { items: items.map((item, i) => ({ label: item.label, cell: cells[i] })), total: cells[items.length] };
}

/** A protected cell as printed in the report: the count, `<5` for a small count, `x` for a secondary suppression. */
export function formatProtectedCell(cell: ProtectedCell, threshold: number = SMALL_COUNT_THRESHOLD): string {
  if (cell.suppressed === 'primary') return `<${threshold}`;
  return cell.suppressed === 'secondary' ? 'x' : String(cell.value);
}
