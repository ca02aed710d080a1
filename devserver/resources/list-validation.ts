import type { SqlValue } from '../store/db';
import { SpError } from '../http/errors';
import type { FieldDef } from './fields';
import type { ListRow } from './list-row';

/**
 * SharePoint's list validation (the list's `ValidationFormula`), evaluated on every add and update through REST as
 * SharePoint does: a write whose resulting item makes the formula false is refused with the list's
 * `ValidationMessage`. Supports the subset of SharePoint's formula language the product uses: `OR`, `AND`, `NOT`,
 * `ISBLANK`, the comparisons `= <> < <= > >=`, `[Display name]` references, "text", numbers, `TRUE` and `FALSE`.
 * A formula outside that subset is reported as such (never silently passed).
 */

type Value = string | number | boolean | null;
type Token = { kind: 'ref' | 'str' | 'num' | 'name' | 'op' | 'punct'; text: string };

function tokenize(formula: string): Token[] {
  const tokens: Token[] = [];
  const source = formula.replace(/^\s*=/, '');
  const pattern = /\s*(?:\[([^\]]+)\]|"((?:[^"]|"")*)"|(\d+(?:\.\d+)?)|([A-Za-z_][A-Za-z_0-9]*)|(<>|<=|>=|[=<>])|([(),]))/y;
  let at = 0;
  while (at < source.length) {
    pattern.lastIndex = at;
    const m = pattern.exec(source);
    if (!m) {
      if (/^\s*$/.test(source.slice(at))) break;
      throw new Error(`unsupported formula near '${source.slice(at)}'`);
    }
    at = pattern.lastIndex;
    if (m[1] !== undefined) tokens.push({ kind: 'ref', text: m[1] });
    else if (m[2] !== undefined) tokens.push({ kind: 'str', text: m[2].replace(/""/g, '"') });
    else if (m[3] !== undefined) tokens.push({ kind: 'num', text: m[3] });
    else if (m[4] !== undefined) tokens.push({ kind: 'name', text: m[4].toUpperCase() });
    else if (m[5] !== undefined) tokens.push({ kind: 'op', text: m[5] });
    else tokens.push({ kind: 'punct', text: m[6] });
  }
  return tokens;
}

/** Evaluates the formula on the item's values (by field display name); throws on an unsupported construct. */
export function evaluateFormula(formula: string, valueOf: (displayName: string) => Value): boolean {
  const tokens = tokenize(formula);
  let i = 0;
  const expect = (text: string): void => {
    if (!tokens[i] || tokens[i].text !== text) throw new Error(`expected '${text}'`);
    i++;
  };
  const blank = (v: Value): boolean => v === null || v === '';
  const compare = (op: string, a: Value, b: Value): boolean => {
    const l = typeof a === 'boolean' ? Number(a) : a;
    const r = typeof b === 'boolean' ? Number(b) : b;
    if (op === '=') return (blank(l) && blank(r)) || l === r;
    if (op === '<>') return !((blank(l) && blank(r)) || l === r);
    if (l === null || r === null) return false;
    if (op === '<') return l < r;
    if (op === '<=') return l <= r;
    if (op === '>') return l > r;
    return l >= r;
  };
  const primary = (): Value => {
    const t = tokens[i++];
    if (!t) throw new Error('unexpected end of formula');
    if (t.kind === 'ref') return valueOf(t.text);
    if (t.kind === 'str') return t.text;
    if (t.kind === 'num') return Number(t.text);
    if (t.kind === 'name' && (t.text === 'TRUE' || t.text === 'FALSE') && !(tokens[i] && tokens[i].text === '(')) return t.text === 'TRUE';
    if (t.kind === 'name') {
      expect('(');
      const args: Value[] = [];
      if (!(tokens[i] && tokens[i].text === ')')) {
        args.push(comparison());
        while (tokens[i] && tokens[i].text === ',') {
          i++;
          args.push(comparison());
        }
      }
      expect(')');
      if (t.text === 'OR') return args.some((a) => !!a);
      if (t.text === 'AND') return args.every((a) => !!a);
      if (t.text === 'NOT' && args.length === 1) return !args[0];
      if (t.text === 'ISBLANK' && args.length === 1) return blank(args[0]);
      throw new Error(`unsupported function ${t.text}`);
    }
    if (t.text === '(') {
      const v = comparison();
      expect(')');
      return v;
    }
    throw new Error(`unexpected '${t.text}'`);
  };
  const comparison = (): Value => {
    const left = primary();
    const t = tokens[i];
    if (t && t.kind === 'op') {
      i++;
      return compare(t.text, left, primary());
    }
    return left;
  };
  const result = comparison();
  if (i !== tokens.length) throw new Error(`unexpected '${tokens[i].text}'`);
  return !!result;
}

/** A stored column value as the formula sees it: booleans as TRUE/FALSE, the rest as stored. */
function formulaValue(field: FieldDef, stored: SqlValue | undefined): Value {
  if (stored === undefined || stored === null) return field.storage === 'boolean' ? false : null;
  if (field.storage === 'boolean') return stored === 1 || stored === '1';
  if (typeof stored === 'number' || typeof stored === 'string') return stored;
  return String(stored);
}

/**
 * Refuses a write whose resulting item fails the list's validation formula (SharePoint's SPException with the list's
 * message); `current` is the item before the write (absent for an add), `changes` the columns written.
 */
export function checkListValidation(list: ListRow, fields: FieldDef[], current: Record<string, SqlValue> | undefined, changes: Map<string, SqlValue>): void {
  const props = JSON.parse(list.props) as { ValidationFormula?: string; ValidationMessage?: string };
  const formula = (props.ValidationFormula || '').trim();
  if (!formula) return;
  const valueOf = (displayName: string): Value => {
    const field = fields.find((f) => f.title === displayName) || fields.find((f) => f.internalName === displayName);
    if (!field || !field.col) throw new Error(`unknown column [${displayName}]`);
    return formulaValue(field, changes.has(field.col) ? changes.get(field.col) : current ? current[field.col] : undefined);
  };
  let valid: boolean;
  try {
    valid = evaluateFormula(formula, valueOf);
  } catch (error) {
    throw new SpError(500, '-2146232832, Microsoft.SharePoint.SPException', `The local SharePoint cannot evaluate the list's validation formula: ${(error as Error).message}`);
  }
  if (!valid) throw new SpError(400, '-2130575163, Microsoft.SharePoint.SPException', props.ValidationMessage || 'List data validation failed.');
}
