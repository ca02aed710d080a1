import { Entity, type ApiResult, type Ctx } from '../http/context';
import { badRequest, propertyNotFound } from '../http/errors';
import { parseFilter, type FilterNode, type Operand } from './odata-filter';

/** A `$select`/`$expand` entry split on `/`, e.g. `Author/Title` → ['Author', 'Title']. */
export type PropPath = string[];

/** The query string value of a system query option (`$select` …), case-insensitively. */
export function queryOption(ctx: Ctx, name: string): string | undefined {
  const lower = name.toLowerCase();
  for (const [key, value] of ctx.url.searchParams) if (key.toLowerCase() === lower) return value;
  return undefined;
}

/** Splits `$select` or `$expand` into paths. */
export function parsePaths(value: string | undefined): PropPath[] {
  if (!value) return [];
  return value
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => p.split('/').map((s) => s.trim()));
}

/** `$orderby` as field names with directions. */
export function parseOrderBy(value: string | undefined): { name: string; desc: boolean }[] {
  if (!value) return [];
  return value
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => {
      const m = /^(\S+)(?:\s+(asc|desc))?$/i.exec(p);
      if (!m) throw badRequest(`The expression "${value}" is not supported.`);
      return { name: m[1], desc: (m[2] ?? '').toLowerCase() === 'desc' };
    });
}

/** `$top` as a number, or undefined when absent. */
export function parseTop(ctx: Ctx): number | undefined {
  const value = queryOption(ctx, '$top');
  if (value === undefined) return undefined;
  const top = Number(value);
  if (!Number.isInteger(top) || top < 0) throw badRequest(`Invalid $top value '${value}'.`);
  return top;
}

/**
 * The properties each entity set has shown, so that an empty collection of a set seen before is checked as well
 * (SharePoint checks against its metadata, which a collection without entities cannot show here).
 */
const SEEN_PROPERTIES = new Map<string, { props: Set<string>; navs: Set<string> }>();

/**
 * Refuses a `$select` or `$expand` of a property the entities do not have, as SharePoint does (400, "The field or
 * property 'X' does not exist."): a `$select` names a property or navigation property, a `$expand` only a navigation
 * property, and a path goes on (`Member/Title`) only through a navigation property. A collection is checked against
 * the properties of all its entities (principals differ by type); an empty one against what its entity set has shown before.
 */
function checkPaths(entities: Entity[], select: PropPath[], expand: PropPath[], set?: string): void {
  const seen = set === undefined ? undefined : SEEN_PROPERTIES.get(set);
  if (!entities.length && !seen) return;
  const props = new Set<string>(seen?.props);
  const navs = new Set<string>(seen?.navs);
  for (const e of entities) {
    for (const key of Object.keys(e.props)) props.add(key.toLowerCase());
    for (const key of Object.keys(e.opts.nav ?? {})) navs.add(key.toLowerCase());
  }
  if (set !== undefined && entities.length) SEEN_PROPERTIES.set(set, { props, navs });
  for (const path of select) {
    const name = path[0].toLowerCase();
    if (name === '*' && path.length === 1) continue;
    if (navs.has(name) || (props.has(name) && path.length === 1)) continue;
    throw propertyNotFound(path.join('/'));
  }
  for (const path of expand) if (!navs.has(path[0].toLowerCase())) throw propertyNotFound(path.join('/'));
}

/** Applies `$filter`, `$orderby`, `$skip`, `$top`, `$select` and `$expand` to a non-item result, in memory. */
export function applyQueryOptions(ctx: Ctx, result: ApiResult): ApiResult {
  const select = parsePaths(queryOption(ctx, '$select'));
  const expand = parsePaths(queryOption(ctx, '$expand'));
  if (result.kind === 'entity' && !result.shaped) {
    checkPaths([result.entity], select, expand);
    return { ...result, entity: shape(result.entity, select, expand) };
  }
  if (result.kind !== 'collection' || result.shaped) return result;
  checkPaths(result.entities, select, expand, result.set);
  let entities = result.entities;
  const filter = queryOption(ctx, '$filter');
  if (filter) {
    const tree = parseFilter(filter);
    entities = entities.filter((e) => evaluate(tree, e.props));
  }
  for (const { name, desc } of parseOrderBy(queryOption(ctx, '$orderby')).reverse()) {
    entities = [...entities].sort((a, b) => compare(propOf(a.props, name), propOf(b.props, name)) * (desc ? -1 : 1));
  }
  const skip = Number(queryOption(ctx, '$skip') ?? 0);
  const top = parseTop(ctx);
  entities = entities.slice(skip, top === undefined ? undefined : skip + top);
  return { ...result, entities: entities.map((e) => shape(e, select, expand)) };
}

/** Projects an entity on `$select` and pulls in `$expand`ed navigation properties. */
function shape(entity: Entity, select: PropPath[], expand: PropPath[]): Entity {
  const selectAll = select.length === 0 || select.some((p) => p[0] === '*');
  const selected = new Set(select.map((p) => p[0].toLowerCase()));
  const props: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(entity.props)) {
    if (selectAll || selected.has(key.toLowerCase())) props[key] = value;
  }
  for (const [key, load] of Object.entries(entity.opts.nav ?? {})) {
    const lower = key.toLowerCase();
    if (!expand.some((p) => p[0].toLowerCase() === lower)) continue;
    if (!selectAll && !selected.has(lower)) continue;
    const subSelect = select.filter((p) => p[0].toLowerCase() === lower && p.length > 1).map((p) => p.slice(1));
    const subExpand = expand.filter((p) => p[0].toLowerCase() === lower && p.length > 1).map((p) => p.slice(1));
    const value = load();
    checkPaths(Array.isArray(value) ? value : value ? [value] : [], subSelect, subExpand);
    props[key] = Array.isArray(value) ? value.map((v) => shape(v, subSelect, subExpand)) : value && shape(value, subSelect, subExpand);
  }
  return new Entity(entity.type, props, { path: entity.opts.path, id: entity.opts.id, etag: entity.opts.etag });
}

function propOf(props: Record<string, unknown>, path: string): unknown {
  let value: unknown = props;
  for (const part of path.split('/')) {
    if (value instanceof Entity) value = value.props;
    if (!value || typeof value !== 'object') return undefined;
    const record = value as Record<string, unknown>;
    const key = Object.keys(record).find((k) => k.toLowerCase() === part.toLowerCase());
    value = key === undefined ? undefined : record[key];
  }
  return value;
}

function compare(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return -1;
  if (b === null || b === undefined) return 1;
  if (typeof a === 'string' && typeof b === 'string') return a.localeCompare(b, undefined, { sensitivity: 'base' });
  return Number(a) < Number(b) ? -1 : Number(a) > Number(b) ? 1 : 0;
}

function operandValue(op: Operand, props: Record<string, unknown>): unknown {
  if (op.kind === 'literal') return op.value;
  if (op.kind === 'field') return propOf(props, op.path);
  const args = op.args.map((a) => operandValue(a, props));
  if (op.name === 'startswith') return String(args[0] ?? '').toLowerCase().startsWith(String(args[1] ?? '').toLowerCase());
  if (op.name === 'substringof') return String(args[1] ?? '').toLowerCase().includes(String(args[0] ?? '').toLowerCase());
  throw badRequest(`The function '${op.name}' is not supported on this collection.`);
}

/** Evaluates a `$filter` tree against an entity's properties (case-insensitive text, as SharePoint). */
function evaluate(node: FilterNode, props: Record<string, unknown>): boolean {
  switch (node.kind) {
    case 'and':
      return evaluate(node.left, props) && evaluate(node.right, props);
    case 'or':
      return evaluate(node.left, props) || evaluate(node.right, props);
    case 'not':
      return !evaluate(node.operand, props);
    case 'call':
      return operandValue(node, props) === true;
    case 'compare': {
      const left = operandValue(node.left, props);
      const right = operandValue(node.right, props);
      const c = typeof left === 'boolean' || typeof right === 'boolean' ? (Boolean(left) === Boolean(right) ? 0 : 1) : compare(left, right);
      return { eq: c === 0, ne: c !== 0, gt: c > 0, ge: c >= 0, lt: c < 0, le: c <= 0 }[node.op];
    }
  }
}
