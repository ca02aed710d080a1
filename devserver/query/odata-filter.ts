import { badRequest } from '../http/errors';

/** A comparison operator of SharePoint's `$filter`. */
export type CompareOp = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';

/** A literal value; dates keep their text, normalised later against the column. */
export type Literal =
  | { kind: 'literal'; type: 'string' | 'datetime' | 'guid'; value: string }
  | { kind: 'literal'; type: 'number'; value: number }
  | { kind: 'literal'; type: 'boolean'; value: boolean }
  | { kind: 'literal'; type: 'null'; value: null };

/** A column reference such as `Title`, `AuthorId` or `Author/Title`. */
export interface FieldRef {
  kind: 'field';
  path: string;
}

/** A function call: `startswith(Title,'a')`, `substringof('a',Title)`, `year(Created)` … */
export interface Call {
  kind: 'call';
  name: string;
  args: Operand[];
}

export type Operand = Literal | FieldRef | Call;

/** The parsed `$filter` expression. */
export type FilterNode =
  | { kind: 'and' | 'or'; left: FilterNode; right: FilterNode }
  | { kind: 'not'; operand: FilterNode }
  | { kind: 'compare'; op: CompareOp; left: Operand; right: Operand }
  | Call;

type Token =
  | { t: 'punct'; v: '(' | ')' | ',' }
  | { t: 'word'; v: string }
  | { t: 'string'; v: string; prefix: '' | 'datetime' | 'guid' }
  | { t: 'number'; v: number };

const COMPARE_OPS = new Set(['eq', 'ne', 'gt', 'ge', 'lt', 'le']);
/** Functions SharePoint's REST `$filter` supports (MS doc "Use OData query operations"). */
const FUNCTIONS = new Set(['startswith', 'substringof', 'day', 'month', 'year', 'hour', 'minute', 'second']);

/** Parses a `$filter` value into a tree; throws SharePoint's 400 for anything it does not support. */
export function parseFilter(text: string): FilterNode {
  const tokens = tokenize(text);
  let pos = 0;
  const unsupported = (): never => {
    throw badRequest(`The expression "${text}" is not supported.`);
  };
  const peekWord = (): string | undefined => {
    const tok = tokens[pos];
    return tok?.t === 'word' ? tok.v.toLowerCase() : undefined;
  };
  const expectPunct = (v: '(' | ')' | ','): void => {
    const tok = tokens[pos++];
    if (tok?.t !== 'punct' || tok.v !== v) unsupported();
  };

  const parseOr = (): FilterNode => {
    let left = parseAnd();
    while (peekWord() === 'or') {
      pos++;
      left = { kind: 'or', left, right: parseAnd() };
    }
    return left;
  };
  const parseAnd = (): FilterNode => {
    let left = parseUnary();
    while (peekWord() === 'and') {
      pos++;
      left = { kind: 'and', left, right: parseUnary() };
    }
    return left;
  };
  const parseUnary = (): FilterNode => {
    if (peekWord() === 'not') {
      pos++;
      return { kind: 'not', operand: parseUnary() };
    }
    const tok = tokens[pos];
    if (tok?.t === 'punct' && tok.v === '(') {
      pos++;
      const inner = parseOr();
      expectPunct(')');
      return inner;
    }
    return parseComparison();
  };
  const parseComparison = (): FilterNode => {
    const left = parseOperand();
    const op = peekWord();
    if (op && COMPARE_OPS.has(op)) {
      pos++;
      return { kind: 'compare', op: op as CompareOp, left, right: parseOperand() };
    }
    if (left.kind === 'call') return left;
    return unsupported();
  };
  const parseOperand = (): Operand => {
    const tok = tokens[pos++];
    if (!tok) return unsupported();
    if (tok.t === 'string') {
      if (tok.prefix === 'datetime') return { kind: 'literal', type: 'datetime', value: tok.v };
      if (tok.prefix === 'guid') return { kind: 'literal', type: 'guid', value: tok.v };
      return { kind: 'literal', type: 'string', value: tok.v };
    }
    if (tok.t === 'number') return { kind: 'literal', type: 'number', value: tok.v };
    if (tok.t !== 'word') return unsupported();
    const lower = tok.v.toLowerCase();
    if (lower === 'true' || lower === 'false') return { kind: 'literal', type: 'boolean', value: lower === 'true' };
    if (lower === 'null') return { kind: 'literal', type: 'null', value: null };
    const next = tokens[pos];
    if (next?.t === 'punct' && next.v === '(') {
      if (!FUNCTIONS.has(lower)) unsupported();
      pos++;
      const args: Operand[] = [parseOperand()];
      while (tokens[pos]?.t === 'punct' && (tokens[pos] as { v: string }).v === ',') {
        pos++;
        args.push(parseOperand());
      }
      expectPunct(')');
      return { kind: 'call', name: lower, args };
    }
    if (COMPARE_OPS.has(lower) || lower === 'and' || lower === 'or' || lower === 'not') unsupported();
    return { kind: 'field', path: tok.v };
  };

  const tree = parseOr();
  if (pos !== tokens.length) unsupported();
  return tree;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (/\s/.test(c)) {
      i++;
    } else if (c === '(' || c === ')' || c === ',') {
      tokens.push({ t: 'punct', v: c });
      i++;
    } else if (c === "'") {
      const [value, end] = readQuoted(text, i);
      tokens.push({ t: 'string', v: value, prefix: '' });
      i = end;
    } else if (/[-0-9]/.test(c) && /^-?\d/.test(text.slice(i, i + 2))) {
      const m = /^-?\d+(\.\d+)?([eE][-+]?\d+)?[mMdDfFlL]?/.exec(text.slice(i)) as RegExpExecArray;
      tokens.push({ t: 'number', v: parseFloat(m[0]) });
      i += m[0].length;
    } else {
      const m = /^[A-Za-z_][A-Za-z0-9_./]*/.exec(text.slice(i));
      if (!m) throw badRequest(`The expression "${text}" is not supported.`);
      const word = m[0];
      i += word.length;
      const lower = word.toLowerCase();
      if ((lower === 'datetime' || lower === 'guid') && text[i] === "'") {
        const [value, end] = readQuoted(text, i);
        tokens.push({ t: 'string', v: value, prefix: lower });
        i = end;
      } else {
        tokens.push({ t: 'word', v: word });
      }
    }
  }
  return tokens;
}

/** Reads a `'…'` literal starting at `start` (`''` is an escaped quote); returns the value and the index after it. */
function readQuoted(text: string, start: number): [string, number] {
  let value = '';
  let i = start + 1;
  for (;;) {
    if (i >= text.length) throw badRequest(`The expression "${text}" is not supported.`);
    if (text[i] === "'") {
      if (text[i + 1] === "'") {
        value += "'";
        i += 2;
        continue;
      }
      return [value, i + 1];
    }
    value += text[i++];
  }
}
