/**
 * The checks of `npm run verify`: what the schema (src/data/schema, the one source of truth) declares, read back from
 * the site, and the zone's content (seed/content) present. Each check is a small function; add one to a list below
 * to check more (e.g. the item permissions of the proposals' folders, docs/security.md).
 *
 * - {@link SITE_CHECKS}: the site as a whole (permission levels, groups, their access to the site).
 * - {@link LIST_CHECKS}: run on every list of the schema that exists (settings, fields, indexes, views, permissions);
 *   a check that concerns some lists only returns null for the others.
 * - {@link CONTENT_CHECKS}: one line per content set of the seeders (10 aandachtspunten, 36 actiepunten …).
 */
import type { SPFI } from '@pnp/sp';
import { GROUP_INFO, GROUPS, type GroupKey } from '../src/data/groups';
import { itemGrants } from '../src/data/itemSecurity';
import { assignmentDelta, groupId, roleDefinitionId, type Grant, type RoleAssignmentJson } from '../src/data/permissions';
import { fieldConflict, fieldDelta, listSettings, viewColumns, viewDelta } from '../src/data/provisioning/diff';
import type { ListState, SiteSecurityState } from '../src/data/provisioning/snapshot';
import { secureFlow } from '../src/data/proposals/folders';
import { LISTS, MELDINGEN, ROLES, VERBETERVOORSTELLEN, type ItemSecurityDef, type ListDef, type RoleGrants, type RoleKey } from '../src/data/schema';
import { itemAssignments, type SetComparison } from '../seed/sync';

/** What the checks read: the site's security, every list of the schema as found (null: missing), the content compared. */
export interface SiteSnapshot {
  sp: SPFI;
  security: SiteSecurityState;
  lists: { readonly [title: string]: ListState | null };
  /** The content sets compared with the site; null for a set whose list is missing. */
  content: readonly (SetComparison | { set: SetComparison['set']; error: string })[];
}

/** What a check found: what it looked at (for the ✓ line) and every gap, each naming what differs from the schema. */
export interface Finding {
  checked: string;
  gaps: string[];
}

/** One line of the checklist: ✓ when it has no gaps, ✗ followed by its gaps otherwise. */
export interface CheckLine {
  label: string;
  gaps: string[];
}

/** A check of the whole site. */
export type SiteCheck = (site: SiteSnapshot) => CheckLine | Promise<CheckLine>;

/** A check of one list that exists; null when it does not concern that list. */
export type ListCheck = (list: ListDef, state: ListState, site: SiteSnapshot) => Finding | null | Promise<Finding | null>;

/** A check of the content; one or more lines. */
export type ContentCheck = (site: SiteSnapshot) => CheckLine[] | Promise<CheckLine[]>;

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** The name a role key has on the site (built-in levels are named in the site's language). */
function roleName(site: SiteSnapshot, key: RoleKey): string {
  const role = ROLES[key];
  if (!role.builtIn) return role.name;
  const found = site.security.roles.filter((r) => r.RoleTypeKind === role.roleTypeKind)[0];
  return found ? found.Name : key;
}

/** The held grants of a principal or of everybody, as `Member: Level` texts, SharePoint's own bindings left out. */
function heldGrants(assignments: readonly RoleAssignmentJson[], site: SiteSnapshot, grants: readonly Grant[]): string[] {
  return grants.map((g) => {
    const member = assignments.filter((a) => a.PrincipalId === g.principalId)[0];
    const who = member ? member.Member.Title : (site.security.groups.filter((x) => x.Id === g.principalId)[0] || { Title: `principal ${g.principalId}` }).Title;
    const level = site.security.roles.filter((r) => r.Id === g.roleDefId)[0];
    return `${who}: ${level ? level.Name : `level ${g.roleDefId}`}`;
  });
}

/**
 * Compares role assignments with a role map of the schema: the gaps name each missing grant ("lacks") and each grant
 * the schema does not give ("holds … which the schema does not give"). Missing groups or levels are gaps too.
 */
export function grantGaps(assignments: readonly RoleAssignmentJson[], roles: RoleGrants, site: SiteSnapshot, manages: (principalId: number) => boolean = () => true): string[] {
  const gaps: string[] = [];
  const desired: Grant[] = [];
  (Object.keys(roles) as GroupKey[]).forEach((key) => {
    const principalId = groupId(site.security, GROUPS[key]);
    const roleDefId = roleDefinitionId(site.security, roles[key] as RoleKey);
    if (principalId === null) gaps.push(`group ${GROUPS[key]} does not exist`);
    else if (roleDefId === null) gaps.push(`permission level ${roleName(site, roles[key] as RoleKey)} does not exist`);
    else desired.push({ principalId, roleDefId });
  });
  const delta = assignmentDelta(assignments, desired, manages);
  heldGrants(assignments, site, delta.add).forEach((g) => gaps.push(`${g.replace(': ', ' lacks ')} (the schema gives it)`));
  heldGrants(assignments, site, delta.remove).forEach((g) => gaps.push(`${g.replace(': ', ' holds ')}, which the schema does not give`));
  return gaps;
}

// ---------------------------------------------------------------------------------------------------------------
// The site

/** Every permission level of the schema exists; the product's own with exactly their permissions and description. */
export const permissionLevels: SiteCheck = (site) => {
  const keys = Object.keys(ROLES) as RoleKey[];
  const gaps: string[] = [];
  keys.forEach((key) => {
    const role = ROLES[key];
    const id = roleDefinitionId(site.security, key);
    if (id === null) return gaps.push(`permission level ${role.builtIn ? key : role.name} does not exist`);
    if (role.builtIn) return;
    const found = site.security.roles.filter((r) => r.Id === id)[0];
    if (found.BasePermissions.High !== role.permissions.High || found.BasePermissions.Low !== role.permissions.Low) {
      gaps.push(`${role.name} has other permissions than the schema gives it`);
    }
    if (found.Description !== role.description) gaps.push(`${role.name} has another description`);
  });
  return { label: `${keys.length} permission levels, the product's own with exactly their permissions (the logs add-only)`, gaps };
};

/** Every group of the product exists. */
export const groups: SiteCheck = (site) => {
  const keys = Object.keys(GROUPS) as GroupKey[];
  const gaps = keys.filter((key) => groupId(site.security, GROUPS[key]) === null).map((key) => `group ${GROUPS[key]} does not exist`);
  return { label: `${keys.length} groups`, gaps };
};

/** Every group holds exactly its level on the site (Read; Full Control for the beheerders). */
export const siteAccess: SiteCheck = (site) => {
  const keys = (Object.keys(GROUPS) as GroupKey[]).filter((key) => groupId(site.security, GROUPS[key]) !== null);
  const roles: { [K in GroupKey]?: RoleKey } = {};
  keys.forEach((key) => {
    roles[key] = GROUP_INFO[key].siteRole;
  });
  const ours = keys.map((key) => groupId(site.security, GROUPS[key]));
  const gaps = grantGaps(site.security.assignments, roles, site, (principal) => ours.indexOf(principal) >= 0).map((g) => `site: ${g}`);
  return { label: 'site access of every group', gaps };
};

/**
 * The permissions of the flow (docs/security.md): a folder per dienst in Verbetervoorstellen with the grants the
 * Diensten list calls for, a folder per person in Meldingen, and every proposal holding exactly the permissions of its
 * status. The same code provisioning runs, in a dry run: it reads, never writes.
 */
export const flowPermissions: SiteCheck = async (site) => {
  const missing = [VERBETERVOORSTELLEN.title, MELDINGEN.title].filter((title) => !site.lists[title]);
  if (missing.length > 0) return { label: 'the flow\'s folders and item permissions', gaps: missing.map((title) => `list ${title} does not exist`) };
  const report = await secureFlow(site.sp, () => undefined, { dryRun: true });
  return { label: 'the flow\'s folders (one per dienst, one per person) and each proposal\'s permissions for its status', gaps: report.gaps };
};

/** The checks of the site, in the order they are printed. */
export const SITE_CHECKS: SiteCheck[] = [permissionLevels, groups, siteAccess, flowPermissions];

// ---------------------------------------------------------------------------------------------------------------
// Every list

const READ_SECURITY: { [n: number]: string } = { 1: 'read all items', 2: 'read only own items' };
const WRITE_SECURITY: { [n: number]: string } = { 1: 'create and edit all items', 2: 'create and edit only own items', 4: 'create and edit no items' };

/** A list setting as people read it. */
function settingText(key: string, value: unknown): string {
  if (key === 'ReadSecurity') return `${READ_SECURITY[Number(value)] || value}`;
  if (key === 'WriteSecurity') return `${WRITE_SECURITY[Number(value)] || value}`;
  return value === '' || value === null || value === undefined ? '(empty)' : JSON.stringify(value);
}

/** The list settings: item-level permissions (readSecurity, writeSecurity), versioning, attachments, search, validation. */
export const settings: ListCheck = (list, state) => {
  const desired = listSettings(list);
  const actual = state.info as unknown as Record<string, unknown>;
  const gaps = Object.keys(desired)
    .filter((key) => (actual[key] === null || actual[key] === undefined ? '' : actual[key]) !== desired[key])
    .map((key) => `${key} is ${settingText(key, actual[key])}, the schema says ${settingText(key, desired[key])}`);
  return { checked: `${READ_SECURITY[list.readSecurity]}, ${WRITE_SECURITY[list.writeSecurity]}`, gaps };
};

/** Every field of the schema exists with its type, lookup target and properties (indexes are their own check). */
export const fields: ListCheck = (list, state, site) => {
  const gaps: string[] = [];
  list.fields.forEach((field) => {
    const actual = state.fields.filter((f) => f.InternalName === field.name)[0];
    if (!actual) return gaps.push(`field ${field.name} (${field.displayName}) is missing`);
    const target = field.kind === 'Lookup' || field.kind === 'LookupMulti' ? site.lists[field.lookupList] : null;
    const conflict = fieldConflict(field, actual, target ? target.info.Id : null);
    if (conflict) return gaps.push(`field ${field.name} ${conflict}`);
    const delta = fieldDelta(field, actual);
    const props = Object.keys(delta).filter((p) => p !== 'Indexed' && p !== 'EnforceUniqueValues');
    if (props.length > 0) gaps.push(`field ${field.name} differs in ${props.join(', ')}`);
  });
  return { checked: plural(list.fields.length, 'field', 'fields'), gaps };
};

/** The indexed and unique fields are exactly those of the schema. */
export const indexes: ListCheck = (list, state) => {
  const gaps: string[] = [];
  let count = 0;
  list.fields.forEach((field) => {
    const actual = state.fields.filter((f) => f.InternalName === field.name)[0];
    if (field.indexed) count++;
    if (!actual) return;
    if (!!field.indexed !== !!actual.Indexed) gaps.push(field.indexed ? `field ${field.name} is not indexed` : `field ${field.name} is indexed, the schema does not index it`);
    if (!!field.unique !== !!actual.EnforceUniqueValues) gaps.push(field.unique ? `field ${field.name} does not enforce unique values` : `field ${field.name} enforces unique values, the schema does not`);
  });
  return { checked: plural(count, 'index', 'indexes'), gaps };
};

/** Every view of the schema exists with its query, row limit and columns. */
export const views: ListCheck = (list, state) => {
  const gaps: string[] = [];
  list.views.forEach((view) => {
    const actual = state.views.filter((v) => v.Title === view.title)[0];
    if (!actual) return gaps.push(`view ${view.title} is missing`);
    const delta = viewDelta(view, actual);
    const what: string[] = Object.keys(delta.props).map((p) => (p === 'ViewQuery' ? 'query' : p === 'RowLimit' ? 'row limit' : 'paging'));
    if (delta.fields) what.push(`columns (${viewColumns(actual).join(', ')}; the schema says ${view.fields.join(', ')})`);
    if (what.length > 0) gaps.push(`view ${view.title} differs in ${what.join(', ')}`);
  });
  return { checked: plural(list.views.length, 'view', 'views'), gaps };
};

/** The list has its own permissions: exactly the groups and levels of its schema, nobody else. */
export const permissions: ListCheck = (list, state, site) => {
  const groupsGiven = Object.keys(list.roles).length;
  if (!state.info.HasUniqueRoleAssignments) return { checked: 'permissions', gaps: ['inherits the site permissions; the schema gives it its own'] };
  return { checked: `permissions of ${plural(groupsGiven, 'group', 'groups')}`, gaps: grantGaps(state.assignments, list.roles, site) };
};

/** The checks run on every list of the schema that exists, in the order they are printed. */
export const LIST_CHECKS: ListCheck[] = [settings, fields, indexes, views, permissions];

// ---------------------------------------------------------------------------------------------------------------
// The content

/**
 * One line per content set: every row of seed/content is on the site (found by its key). For a list whose items get
 * their own permissions (the actiepunten: the owner group edits), every content item carries exactly those.
 */
export const contentPresent: ContentCheck = async (site) => {
  const lines: CheckLine[] = [];
  for (const entry of site.content) {
    const noun = entry.set.noun;
    if ('error' in entry) {
      lines.push({ label: `${noun} (${entry.set.list.title})`, gaps: [entry.error] });
      continue;
    }
    const gaps = entry.missing.map((row) => `${entry.set.list.title}: ${row.key} is missing`);
    const present = entry.rows.length - entry.missing.length;
    const changed = new Set(entry.differences.map((d) => d.key)).size;
    let label = `${present} of ${entry.rows.length} ${noun}`;
    if (entry.missing.length === 0) label = `${entry.rows.length} ${noun}`;
    const security = entry.set.list.itemSecurity as ItemSecurityDef | undefined;
    if (security) {
      const items = entry.rows.map((row) => entry.items.get(row.key)).filter((item): item is Record<string, unknown> => !!item);
      const assignments = await itemAssignments(site.sp, entry.set.list.title, items.map((item) => item.Id as number));
      items.forEach((item) => {
        const key = String(item[entry.set.keyField]);
        security.fromFields
          .filter((f) => f.principal === 'groupTitle' && !item[f.field])
          .forEach((f) => gaps.push(`${entry.set.list.title}: ${key} has no ${f.field}`));
        const held = assignments.get(item.Id as number);
        if (!held) return gaps.push(`${entry.set.list.title}: ${key} inherits the list permissions; the schema gives each item its own`);
        let wanted: Grant[];
        try {
          wanted = itemGrants(site.security, security, item);
        } catch (error) {
          return gaps.push(`${entry.set.list.title}: ${key}: ${error instanceof Error ? error.message : String(error)}`);
        }
        const delta = assignmentDelta(held, wanted, () => true);
        heldGrants(held, site, delta.add).forEach((g) => gaps.push(`${entry.set.list.title}: ${key}: ${g.replace(': ', ' lacks ')}`));
        heldGrants(held, site, delta.remove).forEach((g) => gaps.push(`${entry.set.list.title}: ${key}: ${g.replace(': ', ' holds ')}, which the schema does not give`));
      });
      const owners = security.fromFields.map((f) => f.field).join(', ');
      label += owners ? ` with their ${owners === 'OwnerGroup' ? 'owners' : owners} and item permissions` : ' with their item permissions';
    }
    if (changed > 0) label += ` (${changed} changed on the site since loaded, kept: npm run provision lists them)`;
    lines.push({ label, gaps });
  }
  return lines;
};

/** The checks of the content, in the order they are printed. */
export const CONTENT_CHECKS: ContentCheck[] = [contentPresent];

/** Every list of the schema, for the checks that go over all of them. */
export const SCHEMA_LISTS: readonly ListDef[] = LISTS;
