import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/security/item';
import { itemGrants, secureItem } from '../src/data/itemSecurity';
import { assignmentDelta, loadSecurityContext, type RoleAssignmentJson, type SecurityContext } from '../src/data/permissions';
import { batch, batchAll } from '../src/data/provisioning/batch';
import { plainText } from '../src/domain/policy/richText';
import type { FieldDef, ItemSecurityDef, ListDef } from '../src/data/schema';

/**
 * The zone's content as rows per list, and the one routine that loads it into a site: missing rows are added, rows
 * that are there are compared and never overwritten (the zone may have changed them since: a status, an evaluation,
 * an edited text); what differs is reported. The content seeders declare their rows here, provisioning and `verify`
 * read the same declarations.
 */

/** One row of content, found on the site by its key. */
export interface ContentRow {
  /** The value of the set's key field (e.g. `SD1.1`, `3`, `visie`). */
  key: string;
  /** The field values as the REST API carries them (`<name>Id` for lookups): written when the row is added, compared afterwards. */
  values: Record<string, unknown>;
  /** Written only when the row is added, never compared (e.g. a publication date). */
  initial?: Record<string, unknown>;
}

/** What a set's rows may depend on: the ids of rows of earlier sets (lookups), and "now". */
export interface ContentEnv {
  /** The item id of the row with `key` in an earlier set's list; throws when it is not there. */
  id(listTitle: string, key: string): number;
  now: Date;
}

/** The content of one list. */
export interface ContentSet {
  list: ListDef;
  /** Internal name of the field that identifies a row (unique in the content). */
  keyField: string;
  /** What the rows are, for reports ("aandachtspunten"). */
  noun: string;
  rows(env: ContentEnv): ContentRow[];
}

/** A row whose value on the site differs from the content. */
export interface ContentDifference {
  list: string;
  key: string;
  field: string;
  site: unknown;
  content: unknown;
}

/** How one set compares with the site. */
export interface SetComparison {
  set: ContentSet;
  rows: ContentRow[];
  /** The site's items of the list by key (items without a key value are left out). */
  items: Map<string, Record<string, unknown>>;
  missing: ContentRow[];
  differences: ContentDifference[];
}

/** The outcome of loading content: rows added, rows already there and equal, and rows kept as the site has them. */
export interface ContentOutcome {
  /** `<list> <key>` per added row. */
  added: string[];
  unchanged: number;
  differences: ContentDifference[];
  /** `<list> <key>` per row already there whose item permissions were put back as the schema derives them from its values. */
  secured: string[];
}

/** An empty outcome, to add others to. */
export const noContent = (): ContentOutcome => ({ added: [], unchanged: 0, differences: [], secured: [] });

/** Adds `more` to `total`. */
export function addOutcome(total: ContentOutcome, more: ContentOutcome): ContentOutcome {
  total.added.push(...more.added);
  total.unchanged += more.unchanged;
  total.differences.push(...more.differences);
  total.secured.push(...(more.secured || []));
  return total;
}

/** Each item's own role assignments, or null for an item that inherits its list's; read in batches. */
export async function itemAssignments(sp: SPFI, list: string, ids: readonly number[]): Promise<Map<number, RoleAssignmentJson[] | null>> {
  const outcomes = await batch<unknown>(sp, (b) =>
    ids.reduce<Promise<unknown>[]>((parts, id) => {
      const item = b.web.lists.getByTitle(list).items.getById(id);
      parts.push(item.select('HasUniqueRoleAssignments')<{ HasUniqueRoleAssignments: boolean }>());
      parts.push(item.roleAssignments.expand('Member', 'RoleDefinitionBindings')<RoleAssignmentJson[]>());
      return parts;
    }, []),
  );
  const found = new Map<number, RoleAssignmentJson[] | null>();
  ids.forEach((id, i) => {
    const unique = outcomes[2 * i];
    const assignments = outcomes[2 * i + 1];
    if (!unique.ok || !assignments.ok) throw new Error(`Reading the permissions of ${list} item ${id} failed`);
    found.set(id, (unique.value as { HasUniqueRoleAssignments: boolean }).HasUniqueRoleAssignments ? (assignments.value as RoleAssignmentJson[]) : null);
  });
  return found;
}

/** Whether an item's permissions differ from what the schema derives from its values (null: it inherits). */
export function itemSecurityDrifts(context: SecurityContext, security: ItemSecurityDef, item: Record<string, unknown>, held: RoleAssignmentJson[] | null): boolean {
  if (!held) return true;
  const delta = assignmentDelta(held, itemGrants(context, security, item), () => true);
  return delta.add.length + delta.remove.length > 0;
}

/** The field of the list a JSON key names (`ObjectiveId` → `Objective`). */
function fieldOf(list: ListDef, key: string): FieldDef | undefined {
  return list.fields.filter((f) => f.name === key || `${f.name}Id` === key)[0];
}

/** A value as compared: empty values alike, rich text by its text, whitespace collapsed. */
function comparable(field: FieldDef | undefined, value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map((v) => comparable(field, v)).join('\n');
  if (typeof value !== 'string') return String(value);
  const text = field && field.kind === 'Note' && field.richText ? plainText(value) : value;
  return text.replace(/\s+/g, ' ').trim();
}

/** A value for a report line: quoted, shortened. */
export function shown(value: unknown): string {
  const text = value === null || value === undefined || value === '' ? '(empty)' : typeof value === 'string' ? plainText(value) : JSON.stringify(value);
  return text.length > 60 ? `"${text.slice(0, 57)}…"` : value === null || value === undefined || value === '' ? text : `"${text}"`;
}

/** One line of a report for a difference. */
export const describeDifference = (d: ContentDifference): string =>
  `${d.list} ${d.key}: ${d.field} is ${shown(d.site)} on the site, ${shown(d.content)} in seed/content (kept as on the site)`;

/** Reads a list's items by key. */
async function itemsByKey(sp: SPFI, set: ContentSet): Promise<Map<string, Record<string, unknown>>> {
  const items = await sp.web.lists.getByTitle(set.list.title).items.top(5000)<Record<string, unknown>[]>();
  const byKey = new Map<string, Record<string, unknown>>();
  items.forEach((item) => {
    const key = item[set.keyField];
    if (key !== null && key !== undefined && key !== '') byKey.set(String(key), item);
  });
  return byKey;
}

/** An environment over the sets read so far; a missing row is an error when loading, id 0 (a difference) when comparing. */
function envOf(done: Map<string, Map<string, Record<string, unknown>>>, now: Date, strict: boolean): ContentEnv {
  return {
    now,
    id(listTitle, key) {
      const item = done.get(listTitle)?.get(key);
      if (item) return item.Id as number;
      if (strict) throw new Error(`${listTitle} has no item "${key}": its content set must come first`);
      return 0;
    },
  };
}

/** Compares one set with the items of its list. */
function compareSet(set: ContentSet, rows: ContentRow[], items: Map<string, Record<string, unknown>>): SetComparison {
  const missing: ContentRow[] = [];
  const differences: ContentDifference[] = [];
  rows.forEach((row) => {
    const item = items.get(row.key);
    if (!item) return missing.push(row);
    Object.keys(row.values).forEach((key) => {
      const field = fieldOf(set.list, key);
      if (comparable(field, item[key]) !== comparable(field, row.values[key])) {
        differences.push({ list: set.list.title, key: row.key, field: field ? field.name : key, site: item[key], content: row.values[key] });
      }
    });
  });
  return { set, rows, items, missing, differences };
}

/** Compares the content with the site, set by set, without writing anything (what `verify` reports). */
export async function compareContent(sp: SPFI, sets: readonly ContentSet[], now: Date = new Date()): Promise<SetComparison[]> {
  const done = new Map<string, Map<string, Record<string, unknown>>>();
  const all = await Promise.all(sets.map((set) => itemsByKey(sp, set)));
  return sets.map((set, i) => {
    done.set(set.list.title, all[i]);
    return compareSet(set, set.rows(envOf(done, now, false)), all[i]);
  });
}

/**
 * Loads the content into the site: adds the rows that are missing (one batch per list, item permissions for lists
 * that have them, as the app gives them), leaves every other row as it is and reports where it differs. The item
 * permissions of rows already there are put back where they no longer match what the schema derives from the row's
 * values on the site (e.g. its owner group as the zone set it). A second run changes nothing.
 */
export async function syncContent(sp: SPFI, sets: readonly ContentSet[], now: Date = new Date()): Promise<ContentOutcome> {
  const outcome = noContent();
  const done = new Map<string, Map<string, Record<string, unknown>>>();
  for (const set of sets) {
    const items = await itemsByKey(sp, set);
    done.set(set.list.title, items);
    const comparison = compareSet(set, set.rows(envOf(done, now, true)), items);
    const values = comparison.missing.map((row) => ({ ...row.values, ...(row.initial || {}) }));
    const created = await batchAll(sp, (b) =>
      values.map((row, i) => ({
        what: `add ${set.list.title} ${comparison.missing[i].key}`,
        run: b.web.lists.getByTitle(set.list.title).items.add(row) as Promise<{ Id: number }>,
      })),
    );
    if (set.list.itemSecurity) {
      const list = set.list as ListDef & { itemSecurity: ItemSecurityDef };
      const security = await loadSecurityContext(sp);
      for (let i = 0; i < created.length; i++) await secureItem(sp, security, list, created[i].Id, values[i]);
      // rows already there: their permissions follow from their values (as the zone set them), put back where they drifted
      const present = comparison.rows.filter((row) => items.has(row.key)).map((row) => ({ key: row.key, item: items.get(row.key)! }));
      const held = present.length > 0 ? await itemAssignments(sp, list.title, present.map((p) => p.item.Id as number)) : new Map<number, null>();
      for (const { key, item } of present) {
        if (!itemSecurityDrifts(security, list.itemSecurity, item, held.get(item.Id as number) ?? null)) continue;
        await secureItem(sp, security, list, item.Id as number, item);
        outcome.secured.push(`${list.title} ${key}`);
      }
    }
    comparison.missing.forEach((row, i) => {
      items.set(row.key, { ...values[i], Id: created[i].Id });
      outcome.added.push(`${set.list.title} ${row.key}`);
    });
    outcome.unchanged += comparison.rows.length - comparison.missing.length - new Set(comparison.differences.map((d) => d.key)).size;
    outcome.differences.push(...comparison.differences);
  }
  return outcome;
}
