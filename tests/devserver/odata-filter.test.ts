import { parseFilter } from '../../devserver/query/odata-filter';

test('comparisons, precedence (not > and > or) and parentheses', () => {
  expect(parseFilter("A eq 'x' or B eq 1 and not C ne null")).toEqual({
    kind: 'or',
    left: { kind: 'compare', op: 'eq', left: { kind: 'field', path: 'A' }, right: { kind: 'literal', type: 'string', value: 'x' } },
    right: {
      kind: 'and',
      left: { kind: 'compare', op: 'eq', left: { kind: 'field', path: 'B' }, right: { kind: 'literal', type: 'number', value: 1 } },
      right: { kind: 'not', operand: { kind: 'compare', op: 'ne', left: { kind: 'field', path: 'C' }, right: { kind: 'literal', type: 'null', value: null } } },
    },
  });
  expect(parseFilter('(A eq 1 or A eq 2) and B gt -1.5')).toMatchObject({ kind: 'and', left: { kind: 'or' }, right: { op: 'gt', right: { value: -1.5 } } });
});

test('literals: quoted text with doubled quotes, datetime, guid, booleans, numbers', () => {
  const right = (text: string) => (parseFilter(text) as { right: unknown }).right;
  expect(right("Title eq 'O''Brien'")).toEqual({ kind: 'literal', type: 'string', value: "O'Brien" });
  expect(right("Created ge datetime'2024-01-01T00:00:00Z'")).toEqual({ kind: 'literal', type: 'datetime', value: '2024-01-01T00:00:00Z' });
  expect(right("Id eq guid'6f9cae28-b388-462b-9336-049e1b6e128b'")).toMatchObject({ type: 'guid' });
  expect(right('Done eq true')).toEqual({ kind: 'literal', type: 'boolean', value: true });
  expect(right('Done eq 0')).toEqual({ kind: 'literal', type: 'number', value: 0 });
  expect(parseFilter('Author/Title eq 1')).toMatchObject({ left: { kind: 'field', path: 'Author/Title' } });
});

test('functions: startswith, substringof, date parts', () => {
  expect(parseFilter("startswith(Title,'a')")).toEqual({
    kind: 'call',
    name: 'startswith',
    args: [{ kind: 'field', path: 'Title' }, { kind: 'literal', type: 'string', value: 'a' }],
  });
  expect(parseFilter("substringof('a', Title) eq true")).toMatchObject({ kind: 'compare', left: { kind: 'call', name: 'substringof' } });
  expect(parseFilter('year(Created) eq 2026')).toMatchObject({ left: { kind: 'call', name: 'year' } });
});

test.each(["Title eq 'open", 'Title eq', 'endswith(Title,1)', 'A add 1 eq 2', 'A eq 1)', 'Title in (1,2)'])('%s is a 400', (text) => {
  expect(() => parseFilter(text)).toThrow(expect.objectContaining({ status: 400 }));
});
