import {
  formatProtectedCell,
  protectCount,
  suppressSmallCounts,
  suppressSmallCountsList,
  type ProtectedCell,
  type ProtectedTable,
} from '../../../src/domain/complaints';
import { DEFAULT_ZONE_SETTINGS } from '../../../src/domain/settings';

/** The zone's default anonymity threshold (5). */
const T = DEFAULT_ZONE_SETTINGS.anonymityThreshold;

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/**
 * A reader's attack, by brute force: every table of counts that agrees with what was published (visible cells and
 * totals, `<t` counts in 1..t-1, `x` counts at least 0). Returns, for every hidden count, the values it can take.
 */
function attack(counts: number[][], table: ProtectedTable, t: number): Record<string, number[]> {
  const fits = (cell: ProtectedCell, value: number) =>
    cell.suppressed === null ? value === cell.value : cell.suppressed === 'primary' ? value >= 1 && value < t : value >= 0;
  const hidden: [number, number][] = [];
  counts.forEach((row, r) => row.forEach((_, c) => table.cells[r][c].suppressed !== null && hidden.push([r, c])));
  const seen: Record<string, number[]> = {};
  const note = (where: string, v: number) => {
    seen[where] = seen[where] || [];
    if (seen[where].indexOf(v) < 0) seen[where].push(v);
  };
  const x = counts.map((row, r) => row.map((v, c) => (table.cells[r][c].suppressed === null ? v : 0)));
  const bound = sum(counts.map(sum)) + 2 * t;
  const lastHiddenOfRow = (r: number) => hidden.filter(([hr]) => hr === r).slice(-1)[0][1];
  const walk = (k: number): void => {
    if (k === hidden.length) {
      const rows = x.map(sum);
      const cols = x[0].map((_, c) => sum(x.map((row) => row[c])));
      const grand = sum(rows);
      if (!rows.every((v, r) => fits(table.rowTotals[r], v))) return;
      if (!cols.every((v, c) => fits(table.columnTotals[c], v)) || !fits(table.total, grand)) return;
      hidden.forEach(([r, c]) => note(`cell ${r},${c}`, x[r][c]));
      rows.forEach((v, r) => table.rowTotals[r].suppressed !== null && note(`row total ${r}`, v));
      cols.forEach((v, c) => table.columnTotals[c].suppressed !== null && note(`column total ${c}`, v));
      if (table.total.suppressed !== null) note('grand total', grand);
      return;
    }
    const [r, c] = hidden[k];
    const primary = table.cells[r][c].suppressed === 'primary';
    for (let v = primary ? 1 : 0; v <= (primary ? t - 1 : bound); v++) {
      x[r][c] = v;
      // prune on totals that are published
      if (table.columnTotals[c].suppressed === null && sum(x.map((row) => row[c])) > (table.columnTotals[c].value as number)) break;
      if (table.rowTotals[r].suppressed === null && sum(x[r]) > (table.rowTotals[r].value as number)) break;
      if (lastHiddenOfRow(r) === c && !fits(table.rowTotals[r], sum(x[r]))) continue;
      walk(k + 1);
    }
    x[r][c] = 0;
  };
  walk(0);
  return seen;
}

/** The true value of every count of a table, named as {@link attack} names them. */
function truth(counts: number[][]): Record<string, number> {
  const out: Record<string, number> = {};
  counts.forEach((row, r) => row.forEach((v, c) => (out[`cell ${r},${c}`] = v)));
  counts.forEach((row, r) => (out[`row total ${r}`] = sum(row)));
  counts[0].forEach((_, c) => (out[`column total ${c}`] = sum(counts.map((row) => row[c]))));
  out['grand total'] = sum(counts.map(sum));
  return out;
}

/** The hidden counts a reader can work out exactly. */
function recoverable(counts: number[][], table: ProtectedTable, t: number): string[] {
  const seen = attack(counts, table, t);
  const real = truth(counts);
  // the real table is always among the possible ones: otherwise the attack itself is wrong
  Object.keys(seen).forEach((where) => expect(seen[where]).toContain(real[where]));
  return Object.keys(seen).filter((where) => seen[where].length < 2);
}

/** Checks what any protected table must hold: small counts hidden, published counts true, no hidden count recoverable. */
function expectSafe(counts: number[][], t = T): ProtectedTable {
  const table = suppressSmallCounts({ rows: counts.map((_, r) => `r${r}`), columns: counts[0].map((_, c) => `c${c}`), counts }, t);
  const real = truth(counts);
  const all: [string, ProtectedCell][] = [['grand total', table.total]];
  table.cells.forEach((row, r) => row.forEach((cell, c) => all.push([`cell ${r},${c}`, cell])));
  table.rowTotals.forEach((cell, r) => all.push([`row total ${r}`, cell]));
  table.columnTotals.forEach((cell, c) => all.push([`column total ${c}`, cell]));
  all.forEach(([where, cell]) => {
    if (real[where] > 0 && real[where] < t) expect([where, cell.suppressed]).toEqual([where, 'primary']);
    expect([where, cell.value]).toEqual([where, cell.suppressed === null ? real[where] : null]);
  });
  if (all.some(([, cell]) => cell.suppressed !== null)) expect(recoverable(counts, table, t)).toEqual([]);
  return table;
}

const shown = (table: ProtectedTable) => ({
  cells: table.cells.map((row) => row.map((c) => formatProtectedCell(c, T))),
  rowTotals: table.rowTotals.map((c) => formatProtectedCell(c, T)),
  columnTotals: table.columnTotals.map((c) => formatProtectedCell(c, T)),
  total: formatProtectedCell(table.total, T),
});

describe('the attack used to check protection', () => {
  it('recovers a small count hidden without secondary suppression', () => {
    const counts = [
      [3, 10],
      [8, 9],
    ];
    const open = (value: number): ProtectedCell => ({ value, suppressed: null });
    const weak: ProtectedTable = {
      rows: ['a', 'b'],
      columns: ['x', 'y'],
      cells: [
        [{ value: null, suppressed: 'primary' }, open(10)],
        [open(8), open(9)],
      ],
      rowTotals: [open(13), open(17)],
      columnTotals: [open(11), open(19)],
      total: open(30),
    };
    expect(recoverable(counts, weak, 5)).toEqual(['cell 0,0']);
  });

  it('recovers a small count pinned by the bounds alone', () => {
    const counts = [
      [4, 4],
      [4, 4],
    ];
    const hiddenCell: ProtectedCell = { value: null, suppressed: 'primary' };
    const open = (value: number): ProtectedCell => ({ value, suppressed: null });
    const weak: ProtectedTable = {
      rows: ['a', 'b'],
      columns: ['x', 'y'],
      cells: [
        [hiddenCell, hiddenCell],
        [hiddenCell, hiddenCell],
      ],
      rowTotals: [open(8), open(8)],
      columnTotals: [open(8), open(8)],
      total: open(16),
    };
    expect(recoverable(counts, weak, 5)).toEqual(['cell 0,0', 'cell 0,1', 'cell 1,0', 'cell 1,1']);
  });
});

describe('suppressSmallCounts', () => {
  it('publishes a table without small counts as it is', () => {
    const table = expectSafe([
      [12, 7],
      [0, 25],
    ]);
    expect(shown(table)).toEqual({ cells: [['12', '7'], ['0', '25']], rowTotals: ['19', '25'], columnTotals: ['12', '32'], total: '44' });
  });

  it('hides a small count and the cheapest rectangle of other counts, so the totals do not give it away', () => {
    const table = expectSafe([
      [3, 10, 12],
      [8, 9, 11],
      [7, 6, 15],
    ]);
    expect(shown(table)).toEqual({
      cells: [
        ['<5', 'x', '12'],
        ['8', '9', '11'],
        ['x', 'x', '15'],
      ],
      rowTotals: ['25', '28', '28'],
      columnTotals: ['18', '25', '38'],
      total: '81',
    });
  });

  it('hides small totals and protects them in turn', () => {
    const table = expectSafe([
      [1, 0, 0],
      [0, 6, 7],
      [2, 8, 9],
    ]);
    expect(table.rowTotals[0].suppressed).toBe('primary');
    expect(table.columnTotals[0].suppressed).toBe('primary');
  });

  it('does not let bounds give a count away: four <5 cells adding up to 8 per row and column must be 4 each', () => {
    const table = expectSafe([
      [4, 4],
      [4, 4],
    ]);
    expect(shown(table).total).toBe('x');
  });

  it('takes another threshold', () => {
    const table = expectSafe(
      [
        [2, 3, 9],
        [5, 3, 8],
      ],
      3,
    );
    expect(table.cells[0][0].suppressed).toBe('primary');
    expect(table.cells[0][1].suppressed === 'primary').toBe(false);
  });

  it('handles a single row and a single column', () => {
    expectSafe([[2, 9, 14, 0]]);
    expectSafe([[2], [9], [14]]);
  });

  it('keeps every small count of 500 random tables out of reach', () => {
    let seed = 20261128;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let n = 0; n < 500; n++) {
      const R = 1 + Math.floor(random() * 3);
      const C = 1 + Math.floor(random() * 3);
      const counts: number[][] = [];
      for (let r = 0; r < R; r++) {
        counts.push([]);
        for (let c = 0; c < C; c++) {
          const p = random();
          counts[r].push(p < 0.25 ? 0 : p < 0.6 ? 1 + Math.floor(random() * 4) : 5 + Math.floor(random() * 10));
        }
      }
      expectSafe(counts);
    }
  });
});

describe('suppressSmallCountsList', () => {
  it('hides a small item and the smallest other non-zero item', () => {
    const list = suppressSmallCountsList([
      { label: 'Verkeer', count: 3 },
      { label: 'Interventie', count: 10 },
      { label: 'Wijk', count: 12 },
      { label: 'Intake', count: 0 },
    ], T);
    const shownItems = list.items.map((i) => `${i.label} ${formatProtectedCell(i.cell, T)}`);
    expect(shownItems).toEqual(['Verkeer <5', 'Interventie x', 'Wijk 12', 'Intake 0']);
    expect(list.total).toEqual({ value: 25, suppressed: null });
  });

  it('hides two small items without more ado, and a small total', () => {
    const list = suppressSmallCountsList([
      { label: 'a', count: 2 },
      { label: 'b', count: 1 },
      { label: 'c', count: 0 },
    ], T);
    expect(list.items.map((i) => i.cell.suppressed)).toEqual(['primary', 'primary', null]);
    expect(list.total.suppressed).toBe('primary');
  });

  it('leaves a list without small counts alone', () => {
    expect(suppressSmallCountsList([{ label: 'a', count: 5 }], T).items[0].cell).toEqual({ value: 5, suppressed: null });
    expect(suppressSmallCountsList([], T).total).toEqual({ value: 0, suppressed: null });
  });
});

describe('protectCount and formatProtectedCell', () => {
  it('hides 1 to 4, shows 0 and 5 and up', () => {
    expect([0, 1, 4, 5, 120].map((n) => formatProtectedCell(protectCount(n, T), T))).toEqual(['0', '<5', '<5', '5', '120']);
    expect(formatProtectedCell(protectCount(2, 3), 3)).toBe('<3');
    expect(formatProtectedCell({ value: null, suppressed: 'secondary' }, T)).toBe('x');
  });
});
