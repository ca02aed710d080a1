/*
 * Counts from 1 up to one below the threshold are never published: such a count may point to a person. The threshold
 * is the zone's choice (its setting `anonymityThreshold`, src/domain/settings; 5 by default, the usual practice).
 */

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

/** True for a count that may not be published: from 1 up to the threshold (0 identifies no one). */
export function isSmallCount(count: number, threshold: number): boolean {
  return count > 0 && count < threshold;
}

/** A single count as it may be published: hidden (primary) when small. */
export function protectCount(count: number, threshold: number): ProtectedCell {
  return isSmallCount(count, threshold) ? { value: null, suppressed: 'primary' } : { value: count, suppressed: null };
}

/**
 * A table with its totals is a circulation: every count is an arc (a table cell runs from its row node to its column
 * node, a row total from the source to the row, a column total from the column to the sink, the grand total from the
 * sink back to the source), and every published line "parts add up to the total" is a node where flow is conserved.
 */
interface Arc {
  from: number;
  to: number;
  value: number;
  isTotal: boolean;
}

type Suppression = null | 'primary' | 'secondary';

/** What a reader knows of a hidden count: a `<threshold` one lies in 1..threshold-1, an `x` one is at least 0. */
function canChange(arc: Arc, state: Suppression, delta: number, threshold: number): boolean {
  const next = arc.value + delta;
  return state === 'primary' ? next >= 1 && next <= threshold - 1 : next >= 0;
}

/**
 * The cost of hiding one more count: as few counts as possible; then a table cell before a total before a zero (a hidden
 * zero next to a small count narrows what the reader must guess); then the smallest count, which loses least.
 */
function hidingCost(arc: Arc): number {
  return 1e9 + (arc.value === 0 ? 2e8 : arc.isTotal ? 1e8 : 0) + arc.value;
}

/**
 * The cheapest path from one node to another along which one unit can be pushed (skipping arc `skip`): hidden counts
 * are free if they can take one more (forwards) or one less (backwards); a published count costs {@link hidingCost}
 * and, once hidden, may take any value from 0. Returns the published counts on the path, or null when there is none.
 */
function cheapestPath(
  arcs: Arc[],
  state: Suppression[],
  skip: number,
  start: number,
  goal: number,
  threshold: number,
): { cost: number; arcs: number[] } | null {
  const nodes = arcs.reduce((n, arc) => Math.max(n, arc.from + 1, arc.to + 1), 0);
  const dist: number[] = [];
  const via: { arc: number; from: number }[] = [];
  const done: boolean[] = [];
  for (let i = 0; i < nodes; i++) dist.push(Infinity);
  dist[start] = 0;
  for (;;) {
    let node = -1;
    for (let i = 0; i < nodes; i++) if (!done[i] && dist[i] < Infinity && (node < 0 || dist[i] < dist[node])) node = i;
    if (node < 0 || node === goal) break;
    done[node] = true;
    arcs.forEach((arc, i) => {
      if (i === skip) return;
      const hidden = state[i] !== null;
      const forward = arc.from === node && (!hidden || canChange(arc, state[i], 1, threshold));
      const backward = arc.to === node && (hidden ? canChange(arc, state[i], -1, threshold) : arc.value >= 1);
      const next = forward ? arc.to : backward ? arc.from : -1;
      const cost = dist[node] + (hidden ? 0 : hidingCost(arc));
      if (next >= 0 && cost < dist[next]) {
        dist[next] = cost;
        via[next] = { arc: i, from: node };
      }
    });
  }
  if (dist[goal] === Infinity) return null;
  const path: number[] = [];
  for (let node = goal; node !== start; node = via[node].from) if (state[via[node].arc] === null) path.push(via[node].arc);
  return { cost: dist[goal], arcs: path };
}

/**
 * The published counts to hide so that hidden count `i` can move by one, up or down, along a cycle of hidden counts
 * with every other hidden count staying possible: an empty list when it already can, null when it never can.
 */
function countsToHide(arcs: Arc[], state: Suppression[], i: number, threshold: number): number[] | null {
  const arc = arcs[i];
  const ways = [
    canChange(arc, state[i], 1, threshold) ? cheapestPath(arcs, state, i, arc.to, arc.from, threshold) : null,
    canChange(arc, state[i], -1, threshold) ? cheapestPath(arcs, state, i, arc.from, arc.to, threshold) : null,
  ].filter((way): way is { cost: number; arcs: number[] } => way !== null);
  if (ways.length === 0) return null;
  return ways.sort((a, b) => a.cost - b.cost)[0].arcs;
}

/**
 * Hides small counts (primary), then, for every hidden count a reader could still work out exactly from the published
 * counts and totals (no cycle of hidden counts lets it move), hides the cheapest set of further counts that closes such
 * a cycle (secondary), see {@link hidingCost}.
 */
function protect(arcs: Arc[], threshold: number): ProtectedCell[] {
  const state: Suppression[] = arcs.map((arc) => (isSmallCount(arc.value, threshold) ? 'primary' : null));
  // newly hidden counts change what the others can do: repeat until a whole pass hides nothing more
  let changed = true;
  while (changed) {
    changed = false;
    arcs.forEach((_, i) => {
      const toHide = state[i] === null ? null : countsToHide(arcs, state, i, threshold);
      if (toHide === null || toHide.length === 0) return;
      toHide.forEach((j) => (state[j] = 'secondary'));
      changed = true;
    });
  }
  return arcs.map((arc, i) => {
    const s = state[i];
    return s === null ? { value: arc.value, suppressed: null } : { value: null, suppressed: s };
  });
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/**
 * Protects a two-way table for the annual report: counts 1 to threshold-1 (cells and totals) are hidden, and enough
 * other counts that no hidden count can be worked out from the row, column and grand totals and the other cells.
 */
export function suppressSmallCounts(table: CountTable, threshold: number): ProtectedTable {
  const R = table.rows.length;
  const C = table.columns.length;
  // nodes: 0 source, 1..R rows, R+1..R+C columns, R+C+1 sink
  const sink = R + C + 1;
  const arcs: Arc[] = [];
  table.counts.forEach((row, r) => row.forEach((value, c) => arcs.push({ from: 1 + r, to: 1 + R + c, value, isTotal: false })));
  table.counts.forEach((row, r) => arcs.push({ from: 0, to: 1 + r, value: sum(row), isTotal: true }));
  table.columns.forEach((_, c) => arcs.push({ from: 1 + R + c, to: sink, value: sum(table.counts.map((row) => row[c])), isTotal: true }));
  arcs.push({ from: sink, to: 0, value: sum(table.counts.map(sum)), isTotal: true });
  const cells = protect(arcs, threshold);
  return {
    rows: table.rows.slice(),
    columns: table.columns.slice(),
    cells: table.rows.map((_, r) => cells.slice(r * C, r * C + C)),
    rowTotals: cells.slice(R * C, R * C + R),
    columnTotals: cells.slice(R * C + R, R * C + R + C),
    total: cells[R * C + R + C],
  };
}

/** Protects a one-way breakdown (items and their total) the same way. */
export function suppressSmallCountsList(
  items: readonly { label: string; count: number }[],
  threshold: number,
): ProtectedBreakdown {
  // nodes: 0 source, 1 sink; every item runs from source to sink, the total back
  const arcs: Arc[] = items.map((item) => ({ from: 0, to: 1, value: item.count, isTotal: false }));
  arcs.push({ from: 1, to: 0, value: sum(items.map((i) => i.count)), isTotal: true });
  const cells = protect(arcs, threshold);
  return { items: items.map((item, i) => ({ label: item.label, cell: cells[i] })), total: cells[items.length] };
}

/** A protected cell as printed in the report: the count, `<threshold` (e.g. `<5`) for a small count, `x` for a secondary suppression. */
export function formatProtectedCell(cell: ProtectedCell, threshold: number): string {
  if (cell.suppressed === 'primary') return `<${threshold}`;
  return cell.suppressed === 'secondary' ? 'x' : String(cell.value);
}
