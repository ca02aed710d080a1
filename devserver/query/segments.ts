import { badRequest } from '../http/errors';

/** A value inside `(…)` of a path segment. */
export type ArgValue = string | number | boolean | null;

/** One path segment after `_api/`, e.g. `getByTitle('Tasks')` → name 'getbytitle', arg 'Tasks'. */
export interface Segment {
  /** Lower-cased name (SharePoint routes segments case-insensitively). */
  name: string;
  /** The segment as sent, for error messages. */
  raw: string;
  /** True when the segment had `(…)`. */
  call: boolean;
  /** A single positional argument: `items(3)`, `lists('guid')`, `siteUsers(@v)`. */
  arg?: ArgValue;
  /** Named arguments: `breakroleinheritance(copyroleassignments=false, clearsubscopes=true)`. */
  named: Record<string, ArgValue>;
}

/**
 * Splits the decoded path after `_api/` into segments, resolving `@alias` arguments from the query string
 * (`siteUsers(@v)?@v='login'`).
 */
export function parseSegments(path: string, query: URLSearchParams): Segment[] {
  const parts: string[] = [];
  let current = '';
  let depth = 0;
  let quoted = false;
  for (const c of path) {
    if (c === "'") quoted = !quoted;
    else if (!quoted && c === '(') depth++;
    else if (!quoted && c === ')') depth--;
    if (c === '/' && !quoted && depth === 0) {
      if (current) parts.push(current);
      current = '';
    } else {
      current += c;
    }
  }
  if (current) parts.push(current);
  return parts.map((raw) => parseSegment(raw, query));
}

function parseSegment(raw: string, query: URLSearchParams): Segment {
  const open = raw.indexOf('(');
  if (open < 0 || !raw.endsWith(')')) return { name: raw.toLowerCase(), raw, call: false, named: {} };
  const name = raw.slice(0, open).toLowerCase();
  const inside = raw.slice(open + 1, -1).trim();
  const segment: Segment = { name, raw, call: true, named: {} };
  if (!inside) return segment;
  const pieces = splitArgs(inside);
  if (pieces.length === 1 && !/^[A-Za-z_]\w*\s*=/.test(pieces[0])) {
    segment.arg = parseArg(pieces[0], query, raw);
    return segment;
  }
  for (const piece of pieces) {
    const eq = piece.indexOf('=');
    if (eq < 0) throw badRequest(`The expression "${raw}" is not valid.`);
    segment.named[piece.slice(0, eq).trim().toLowerCase()] = parseArg(piece.slice(eq + 1).trim(), query, raw);
  }
  return segment;
}

function splitArgs(inside: string): string[] {
  const pieces: string[] = [];
  let current = '';
  let quoted = false;
  for (const c of inside) {
    if (c === "'") quoted = !quoted;
    if (c === ',' && !quoted) {
      pieces.push(current.trim());
      current = '';
    } else {
      current += c;
    }
  }
  pieces.push(current.trim());
  return pieces;
}

/** Parses one literal: `'text'` (with `''`), `guid'…'`, a number, true/false/null, or an `@alias` from the query. */
function parseArg(text: string, query: URLSearchParams, raw = text): ArgValue {
  if (text.startsWith('@')) {
    const aliased = query.get(text);
    if (aliased === null) throw badRequest(`The parameter alias '${text}' has no value in the query string.`);
    return parseArg(aliased.trim(), query, raw);
  }
  const quoted = /^(?:guid|datetime)?'(.*)'$/is.exec(text);
  if (quoted) return quoted[1].replace(/''/g, "'");
  const lower = text.toLowerCase();
  if (lower === 'true' || lower === 'false') return lower === 'true';
  if (lower === 'null') return null;
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  throw badRequest(`The expression "${raw}" is not valid.`);
}
