import type { Ctx } from '../http/context';
import { itemsTable, type SqlValue } from '../store/db';
import { badRequest, columnNotFound, thresholdExceeded } from '../http/errors';
import { findField, listFields, resolveLookupList, type FieldDef } from '../resources/fields';
import { normalizeDate, type Storage } from '../store/field-types';
import { listSecurableOf, type ListRow } from '../resources/list-row';
import { parseFilter, type CompareOp, type FilterNode, type Literal, type Operand } from './odata-filter';
import { readableItemsSql } from '../auth/permissions';
import { parseOrderBy } from './query-options';

/** SharePoint's list view threshold. */
const THRESHOLD = 5000;

/** Principal columns a person-field projection (`Author/Title`) can reach. */
const USER_COLUMNS: Record<string, string> = {
  id: 'id',
  title: 'title',
  name: 'login',
  email: 'email',
  username: 'email',
  department: 'department',
  jobtitle: 'job_title',
};

/** A SQL fragment with its bound parameters. */
interface Sql {
  sql: string;
  params: SqlValue[];
}

/** A column a `$filter` or `$orderby` refers to. */
interface Column {
  sql: string;
  storage: Storage;
  indexed: boolean;
  name: string;
}

/** A `$filter` path resolved against the list's fields. */
type Resolved = { kind: 'column'; column: Column } | { kind: 'projection'; field: FieldDef; prop: string; path: string };

/** Resolves `Title`, `AuthorId`, `Status`, `Author/Title`, `Parent/Id` … against the list's fields. */
function resolvePath(fields: FieldDef[], path: string, expanded: Set<string>): Resolved {
  const [head, prop, ...rest] = path.split('/');
  if (rest.length) throw columnNotFound(path);
  const lower = head.toLowerCase();
  if (prop !== undefined) {
    const field = fields.find((f) => f.entityName.toLowerCase() === lower && (f.storage === 'lookup' || f.storage === 'lookups'));
    if (!field) throw columnNotFound(head);
    if (!expanded.has(field.entityName.toLowerCase())) {
      throw badRequest(`The query to field '${path}' is not valid. The $select query string must specify the target fields and the $expand query string must contains ${field.entityName}.`);
    }
    if (prop.toLowerCase() === 'id') return { kind: 'column', column: fieldColumn(field, path) };
    return { kind: 'projection', field, prop, path };
  }
  if (lower === 'id') return { kind: 'column', column: { sql: 't.id', storage: 'number', indexed: true, name: head } };
  const field = fields.find((f) => f.itemProp.toLowerCase() === lower) ?? findField(fields, head, 'internal');
  if (!field || !field.col || field.storage === 'none') throw columnNotFound(head);
  return { kind: 'column', column: fieldColumn(field, head) };
}

const fieldColumn = (field: FieldDef, name: string): Column => ({
  sql: `t.${field.col}`,
  storage: field.storage,
  indexed: field.indexed || field.internalName === 'ID',
  name,
});

/** A literal converted to the column's storage (`'5'` for a number column, `datetime'…'` for dates, 1/0 for booleans). */
function literalFor(storage: Storage, lit: Literal, name: string): SqlValue {
  const v = lit.value;
  switch (storage) {
    case 'number':
    case 'lookup':
    case 'lookups': {
      const n = typeof v === 'boolean' ? Number(v) : Number(v);
      if (Number.isNaN(n)) throw badRequest(`The value '${String(v)}' is not valid for column '${name}'.`);
      return n;
    }
    case 'boolean':
      return v === true || v === 1 || v === '1' || (typeof v === 'string' && v.toLowerCase() === 'true') ? 1 : 0;
    case 'datetime':
      return normalizeDate(v, name);
    default:
      return typeof v === 'boolean' ? (v ? '1' : '0') : String(v);
  }
}

const SQL_OPS: Record<CompareOp, string> = { eq: '=', ne: '<>', gt: '>', ge: '>=', lt: '<', le: '<=' };
const FLIPPED: Record<CompareOp, CompareOp> = { eq: 'eq', ne: 'ne', gt: 'lt', ge: 'le', lt: 'gt', le: 'ge' };
const DATE_PARTS: Record<string, string> = { day: '%d', month: '%m', year: '%Y', hour: '%H', minute: '%M', second: '%S' };
const likeEscape = (s: string): string => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Translates `$filter` into SQL over `items_<rid> t`, noting which columns each clause uses. */
class FilterCompiler {
  constructor(
    private readonly ctx: Ctx,
    private readonly fields: FieldDef[],
    private readonly expanded: Set<string>,
  ) {}

  /** Every column the node refers to is indexed (projections never are). */
  indexed(node: FilterNode): boolean {
    const operands = (n: FilterNode): Operand[] => {
      switch (n.kind) {
        case 'and':
        case 'or':
          return [...operands(n.left), ...operands(n.right)];
        case 'not':
          return operands(n.operand);
        case 'compare':
          return [n.left, n.right];
        case 'call':
          return n.args;
      }
    };
    return operands(node).every((op) => {
      if (op.kind === 'literal') return true;
      if (op.kind === 'call') return op.args.every((a) => a.kind !== 'field' || this.fieldIndexed(a.path));
      return this.fieldIndexed(op.path);
    });
  }

  private fieldIndexed(path: string): boolean {
    const r = resolvePath(this.fields, path, this.expanded);
    return r.kind === 'column' && r.column.indexed;
  }

  compile(node: FilterNode): Sql {
    switch (node.kind) {
      case 'and':
      case 'or': {
        const l = this.compile(node.left);
        const r = this.compile(node.right);
        return { sql: `(${l.sql} ${node.kind.toUpperCase()} ${r.sql})`, params: [...l.params, ...r.params] };
      }
      case 'not': {
        const inner = this.compile(node.operand);
        return { sql: `NOT (${inner.sql})`, params: inner.params };
      }
      case 'call':
        return this.predicate(node.name, node.args);
      case 'compare':
        return this.compare(node.op, node.left, node.right);
    }
  }

  private compare(op: CompareOp, left: Operand, right: Operand): Sql {
    if (left.kind === 'literal' && right.kind !== 'literal') return this.compare(FLIPPED[op], right, left);
    if (right.kind !== 'literal') throw badRequest('Comparisons between two columns are not supported.');
    if (left.kind === 'call') {
      if (left.name === 'startswith' || left.name === 'substringof') {
        const pred = this.predicate(left.name, left.args);
        const truthy = right.value === true || right.value === 1;
        return (op === 'eq') === truthy ? pred : { sql: `NOT (${pred.sql})`, params: pred.params };
      }
      const part = DATE_PARTS[left.name];
      const arg = left.args[0];
      if (!part || arg?.kind !== 'field') throw badRequest(`The function '${left.name}' is not supported here.`);
      const col = this.column(arg.path);
      return { sql: `CAST(strftime('${part}', ${col.sql}) AS INTEGER) ${SQL_OPS[op]} ?`, params: [Number(right.value)] };
    }
    if (left.kind !== 'field') throw badRequest('The left side of a comparison must be a column.');
    const resolved = resolvePath(this.fields, left.path, this.expanded);
    if (resolved.kind === 'projection') return this.projection(resolved.field, resolved.prop, resolved.path, op, right);
    return this.columnCompare(resolved.column, op, right);
  }

  private columnCompare(col: Column, op: CompareOp, lit: Literal): Sql {
    const multi = col.storage === 'lookups' || col.storage === 'strings';
    if (lit.type === 'null') {
      if (op !== 'eq' && op !== 'ne') throw badRequest('Only eq and ne can compare with null.');
      return { sql: `${col.sql} ${op === 'eq' ? 'IS NULL' : 'IS NOT NULL'}`, params: [] };
    }
    const value = literalFor(col.storage, lit, col.name);
    if (multi) {
      if (op !== 'eq' && op !== 'ne') throw badRequest(`Only eq and ne are supported on the multi-value column '${col.name}'.`);
      const exists = `EXISTS (SELECT 1 FROM json_each(${col.sql}) j WHERE j.value = ?${col.storage === 'strings' ? ' COLLATE NOCASE' : ''})`;
      return { sql: op === 'eq' ? exists : `NOT ${exists}`, params: [value] };
    }
    const target = col.storage === 'url' ? `json_extract(${col.sql}, '$.Url')` : col.sql;
    return { sql: `${target} ${SQL_OPS[op]} ?`, params: [value] };
  }

  /** `Author/Title eq 'x'`, `Parent/Title eq 'x'`: a sub-select on the users or on the (visible) lookup items. */
  private projection(field: FieldDef, prop: string, path: string, op: CompareOp, lit: Literal): Sql {
    let inner: Sql;
    let from: string;
    if (field.type.startsWith('User')) {
      const column = USER_COLUMNS[prop.toLowerCase()];
      if (!column) throw columnNotFound(path);
      from = 'principals p';
      inner = this.columnCompare({ sql: `p.${column}`, storage: 'text', indexed: false, name: path }, op, lit);
      inner = { sql: `SELECT p.id FROM ${from} WHERE ${inner.sql}`, params: inner.params };
    } else {
      const target = resolveLookupList(this.ctx.db, String(field.props.LookupList ?? ''));
      if (!target) throw columnNotFound(path);
      const targetField = findField(listFields(this.ctx.db, target.rid), prop, 'internal');
      if (!targetField?.col) throw columnNotFound(path);
      const cmp = this.columnCompare({ sql: `u.${targetField.col}`, storage: targetField.storage, indexed: false, name: path }, op, lit);
      const visible = readableItemsSql(this.ctx, listSecurableOf(target), 'u');
      inner = { sql: `SELECT u.id FROM ${itemsTable(target.rid)} u WHERE ${cmp.sql}${visible ? ` AND ${visible}` : ''}`, params: cmp.params };
    }
    const col = `t.${field.col}`;
    const sql = field.storage === 'lookups' ? `EXISTS (SELECT 1 FROM json_each(${col}) j WHERE j.value IN (${inner.sql}))` : `${col} IN (${inner.sql})`;
    return { sql, params: inner.params };
  }

  private predicate(name: string, args: Operand[]): Sql {
    const [a, b] = name === 'substringof' ? [args[1], args[0]] : [args[0], args[1]];
    if (a?.kind !== 'field' || b?.kind !== 'literal' || (name !== 'startswith' && name !== 'substringof')) {
      throw badRequest(`The function '${name}' is not supported here.`);
    }
    const col = this.column(a.path);
    const text = likeEscape(String(b.value));
    return { sql: `${col.sql} LIKE ? ESCAPE '\\'`, params: [name === 'startswith' ? `${text}%` : `%${text}%`] };
  }

  private column(path: string): Column {
    const r = resolvePath(this.fields, path, this.expanded);
    if (r.kind !== 'column') throw badRequest(`The expression on '${path}' is not supported.`);
    return r.column;
  }
}

/** The leftmost clause of an `and` chain: what SharePoint's threshold looks at ("the filtering order matters"). */
const firstClause = (node: FilterNode): FilterNode => (node.kind === 'and' ? firstClause(node.left) : node);

/** A planned `items` query. */
export interface ItemQuery {
  sql: string;
  params: SqlValue[];
  /** Page size. */
  top: number;
  /** Order keys for the next link's skiptoken (besides p_ID). */
  orderFields: { field: FieldDef; desc: boolean }[];
  /** Querying backwards (PagedPrev): the rows come reversed and there is no next link. */
  reverse: boolean;
}

/**
 * Plans `GET items`: `$filter` to SQL, `$orderby` (ID as the last key), `$skiptoken` as a keyset, the caller's
 * visibility, and SharePoint's list view threshold on lists over 5,000 items.
 */
export function planItemQuery(
  ctx: Ctx,
  list: ListRow,
  fields: FieldDef[],
  opts: { filter?: string; orderby?: string; top?: number; skiptoken?: string; expanded: Set<string> },
): ItemQuery {
  const top = opts.top ?? 100;
  if (top > THRESHOLD) throw thresholdExceeded();
  const compiler = new FilterCompiler(ctx, fields, opts.expanded);
  const where: string[] = [];
  const params: SqlValue[] = [];
  const large = list.item_count > THRESHOLD;
  const table = itemsTable(list.rid);

  if (opts.filter) {
    const tree = parseFilter(opts.filter);
    const compiled = compiler.compile(tree);
    if (large) {
      const first = firstClause(tree);
      if (!compiler.indexed(first)) throw thresholdExceeded();
      const clause = compiler.compile(first);
      const n = ctx.db.get<{ n: number }>(`SELECT count(*) AS n FROM (SELECT 1 FROM ${table} t WHERE ${clause.sql} LIMIT ${THRESHOLD + 1})`, ...clause.params)?.n ?? 0;
      if (n > THRESHOLD) throw thresholdExceeded();
    }
    where.push(compiled.sql);
    params.push(...compiled.params);
  }

  const orderFields: { field: FieldDef; desc: boolean }[] = [];
  const keys: { sql: string; desc: boolean; value: (row: Record<string, SqlValue>) => SqlValue; token: string }[] = [];
  let idDesc = false;
  let hasId = false;
  for (const { name, desc } of parseOrderBy(opts.orderby)) {
    const resolved = resolvePath(fields, name, opts.expanded);
    if (resolved.kind !== 'column' || resolved.column.storage === 'lookups' || resolved.column.storage === 'strings') {
      throw badRequest(`The column '${name}' cannot be used in $orderby.`);
    }
    if (large && !resolved.column.indexed) throw thresholdExceeded();
    if (resolved.column.sql === 't.id') {
      hasId = true;
      idDesc = desc;
      break;
    }
    const field = fields.find((f) => `t.${f.col}` === resolved.column.sql) as FieldDef;
    orderFields.push({ field, desc });
    keys.push({ sql: resolved.column.sql, desc, value: (row) => row[field.col as string], token: `p_${field.internalName}` });
  }
  keys.push({ sql: 't.id', desc: hasId ? idDesc : false, value: (row) => row.id, token: 'p_ID' });

  let reverse = false;
  if (opts.skiptoken) {
    const token = new URLSearchParams(opts.skiptoken);
    reverse = (token.get('PagedPrev') ?? '').toUpperCase() === 'TRUE';
    const anchorId = Number(token.get('p_ID'));
    if (Number.isFinite(anchorId) && token.has('p_ID')) {
      // The sort values come from the token, as SharePoint's do. A token without them falls back to the anchor row only
      // when the caller can read it: otherwise pages after a hidden row's id would reveal where its values sort.
      const readable = readableItemsSql(ctx, listSecurableOf(list));
      const anchor = ctx.db.get<Record<string, SqlValue>>(`SELECT t.* FROM ${table} t WHERE t.id = ?${readable ? ` AND (${readable})` : ''}`, anchorId);
      const values = keys.map((k) => (k.token === 'p_ID' ? anchorId : token.has(k.token) ? tokenValue(token.get(k.token) as string) : (anchor ? k.value(anchor) : null)));
      const keyset = keysetCondition(keys, values, reverse);
      where.push(keyset.sql);
      params.push(...keyset.params);
    }
  }

  const visible = readableItemsSql(ctx, listSecurableOf(list));
  if (visible) where.push(visible);
  const order = keys.map((k) => `${k.sql} ${k.desc !== reverse ? 'DESC' : 'ASC'}`).join(', ');
  const sql = `SELECT t.* FROM ${table} t${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY ${order} LIMIT ${top + 1}`;
  return { sql, params, top, orderFields, reverse };
}

const tokenValue = (text: string): SqlValue => (text === '' ? null : /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text);

/** Rows after (or, when reverse, before) the anchor in the sort order; SQLite sorts NULL first. */
function keysetCondition(keys: { sql: string; desc: boolean }[], values: SqlValue[], reverse: boolean): Sql {
  const alternatives: string[] = [];
  const params: SqlValue[] = [];
  keys.forEach((key, i) => {
    const parts: string[] = [];
    const partParams: SqlValue[] = [];
    for (let j = 0; j < i; j++) {
      parts.push(`${keys[j].sql} IS ?`);
      partParams.push(values[j]);
    }
    const after = key.desc === reverse;
    const v = values[i];
    if (v === null) {
      if (!after) return;
      parts.push(`${key.sql} IS NOT NULL`);
    } else if (after) {
      parts.push(`${key.sql} > ?`);
      partParams.push(v);
    } else {
      parts.push(`(${key.sql} < ? OR ${key.sql} IS NULL)`);
      partParams.push(v);
    }
    alternatives.push(`(${parts.join(' AND ')})`);
    params.push(...partParams);
  });
  return { sql: alternatives.length ? `(${alternatives.join(' OR ')})` : '0', params };
}

/** The absolute `odata.nextLink` for the page ending at `last`: the same query with `$skiptoken=Paged=TRUE&p_ID=…`. */
export function nextLink(ctx: Ctx, query: ItemQuery, last: Record<string, SqlValue>): string {
  const token = new URLSearchParams({ Paged: 'TRUE' });
  for (const { field } of query.orderFields) token.set(`p_${field.internalName}`, String(last[field.col as string] ?? ''));
  token.set('p_ID', String(last.id));
  const params = new URLSearchParams();
  params.set('$skiptoken', token.toString());
  for (const [key, value] of ctx.url.searchParams) if (key.toLowerCase() !== '$skiptoken') params.append(key, value);
  return `${ctx.url.origin}${ctx.url.pathname}?${params.toString()}`;
}
