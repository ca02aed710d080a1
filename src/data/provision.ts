import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields/list';
import '@pnp/sp/views/list';
import '@pnp/sp/security/web';
import '@pnp/sp/security/list';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/batching';
import { GROUP_INFO, GROUPS, type GroupKey } from './groups';
import { applyAssignmentDelta, assignmentDelta, grantsOf, groupId, type Grant, type RoleDefinitionJson, type SiteGroupJson } from './permissions';
import { LISTS, ROLES, type FieldDef, type ListDef, type RoleKey } from './schema';
import { batchAll } from './provisioning/batch';
import { FIELD_TYPE_NAMES, fieldConflict, fieldDelta, listDelta, viewDelta, type FieldJson, type ListJson } from './provisioning/diff';
import { fieldSchemaXml } from './provisioning/fieldXml';
import { ReportBuilder, type ProvisionReport } from './provisioning/report';
import { readLists, readSiteSecurity, type ListState, type SiteSecurityState } from './provisioning/snapshot';
import { resecureDossiers } from './complaints/dossierAccess';
import { migrateConcepts } from './policy/migrateConcepts';
import { secureFlow } from './proposals/folders';
import { seedSettings } from './settings/seedSettings';

export type { ProvisionCounts, ProvisionKind, ProvisionReport } from './provisioning/report';
export { totals } from './provisioning/report';

/** Options of {@link provision}. */
export interface ProvisionOptions {
  /** Receives one line per change and per conflict. */
  log?: (line: string) => void;
}

/** AddFieldInternalNameHint (8): `Name` is the internal name; AddFieldToDefaultView (16). */
const ADD_FIELD_OPTIONS = 8 | 16;

/**
 * Brings the site to the schema, idempotently and through PnPjs only: permission levels, groups and their site access,
 * lists with their settings, fields, views and permissions. A second run changes nothing and reports only unchanged
 * objects. Works against SharePoint Online and the local SharePoint alike; run it as a site collection administrator.
 */
export async function provision(sp: SPFI, opts: ProvisionOptions = {}): Promise<ProvisionReport> {
  const report = new ReportBuilder(opts.log || (() => undefined));
  const site = await readSiteSecurity(sp);
  await ensureRoles(sp, site.roles, report);
  await ensureGroups(sp, site.groups, report);
  const added = report.report.counts.roles.created + report.report.counts.groups.created;
  const security = added > 0 ? await readSiteSecurity(sp) : site;
  await ensureSiteAccess(sp, security, report);

  const found = await readLists(sp, LISTS.map((l) => l.title));
  const missing = LISTS.filter((l) => found[l.title] === null);
  await batchAll(sp, (b) =>
    missing.map((l) => ({ what: `create list ${l.title}`, run: b.web.lists.add(l.title, l.description, 100, false) })),
  );
  missing.forEach((l) => report.created('lists', `list ${l.title}`));
  const fresh = missing.length > 0 ? await readLists(sp, missing.map((l) => l.title)) : {};
  const lists = LISTS.map((def) => ({ def: def as ListDef, state: (found[def.title] || fresh[def.title]) as ListState, isNew: found[def.title] === null }));

  await ensureFields(sp, lists, report);
  await ensureListSettings(sp, lists, report);
  await ensureViews(sp, lists, report);
  await ensureListPermissions(sp, lists, security, report);
  // what the first version stored under laxer permissions is brought to the security model (docs/security.md)
  report.report.flow = await secureFlow(sp, opts.log);
  await resecureDossiers(sp);
  const concepts = await migrateConcepts(sp, opts.log);
  if (concepts.moved > 0) report.updated('lists', `korpsrichtlijnen`, `${concepts.moved} concepts moved to Richtlijnconcepten`);
  // the zone's settings a real tenant needs (not demo data); logged per setting, never overwriting the zone's values
  await seedSettings(sp, opts.log);
  return report.report;
}

/** One list of the schema with its state on the site. */
interface ListWork {
  def: ListDef;
  state: ListState;
  isNew: boolean;
}

/** Creates the custom permission levels and corrects their permissions and description. */
async function ensureRoles(sp: SPFI, existing: RoleDefinitionJson[], report: ReportBuilder): Promise<void> {
  await batchAll(sp, (b) =>
    (Object.keys(ROLES) as RoleKey[]).reduce<{ what: string; run: Promise<unknown> }[]>((parts, key) => {
      const role = ROLES[key];
      if (role.builtIn) return parts;
      const what = `permission level ${role.name}`;
      const found = existing.filter((r) => r.Name === role.name)[0];
      const mask = { High: Number(role.permissions.High), Low: Number(role.permissions.Low) };
      if (!found) {
        report.created('roles', what);
        parts.push({ what, run: b.web.roleDefinitions.add(role.name, role.description, role.order, mask) });
      } else if (found.Description !== role.description || found.BasePermissions.High !== role.permissions.High || found.BasePermissions.Low !== role.permissions.Low) {
        report.updated('roles', what, 'permissions or description');
        parts.push({ what, run: b.web.roleDefinitions.getById(found.Id).update({ Description: role.description, BasePermissions: mask }) });
      } else {
        report.unchanged('roles');
      }
      return parts;
    }, []),
  );
}

/** Creates the product's SharePoint groups and corrects their descriptions. */
async function ensureGroups(sp: SPFI, existing: SiteGroupJson[], report: ReportBuilder): Promise<void> {
  await batchAll(sp, (b) =>
    (Object.keys(GROUPS) as GroupKey[]).reduce<{ what: string; run: Promise<unknown> }[]>((parts, key) => {
      const what = `group ${GROUPS[key]}`;
      const description = GROUP_INFO[key].description;
      const found = existing.filter((g) => g.Title === GROUPS[key])[0];
      if (!found) {
        report.created('groups', what);
        parts.push({ what, run: b.web.siteGroups.add({ Title: GROUPS[key], Description: description }) });
      } else if ((found.Description || '') !== description) {
        report.updated('groups', what, 'description');
        parts.push({ what, run: b.web.siteGroups.getById(found.Id).update({ Description: description }) });
      } else {
        report.unchanged('groups');
      }
      return parts;
    }, []),
  );
}

/** Gives each product group its site-level permission level (other principals of the site are left alone). */
async function ensureSiteAccess(sp: SPFI, security: SiteSecurityState, report: ReportBuilder): Promise<void> {
  const keys = Object.keys(GROUPS) as GroupKey[];
  const managed = keys.map((key) => groupId(security, GROUPS[key]));
  const desired = grantsOf(security, groupRoles(keys));
  const delta = assignmentDelta(security.assignments, desired, (principal) => managed.indexOf(principal) >= 0);
  keys.forEach((key, i) => {
    const principal = managed[i];
    const held = security.assignments.some((a) => a.PrincipalId === principal);
    const touched = delta.add.concat(delta.remove).some((g) => g.principalId === principal);
    if (!touched) report.unchanged('siteAccess');
    else if (held) report.updated('siteAccess', `site access of ${GROUPS[key]}`, GROUP_INFO[key].siteRole);
    else report.created('siteAccess', `site access of ${GROUPS[key]}`);
  });
  await batchAll(sp, (b) => [{ what: 'site permissions', run: applyAssignmentDelta(b.web, delta) }]);
}

/** The site role of every group as a role map. */
function groupRoles(keys: GroupKey[]): { [K in GroupKey]?: RoleKey } {
  const roles: { [K in GroupKey]?: RoleKey } = {};
  keys.forEach((key) => {
    roles[key] = GROUP_INFO[key].siteRole;
  });
  return roles;
}

/** Splits a field delta so `Indexed` is set before `EnforceUniqueValues` turns on, and after it turns off. */
function orderedUpdates(delta: Record<string, unknown>): Record<string, unknown>[] {
  if (!('EnforceUniqueValues' in delta)) return [delta];
  const rest: Record<string, unknown> = {};
  Object.keys(delta)
    .filter((k) => k !== 'EnforceUniqueValues')
    .forEach((k) => {
      rest[k] = delta[k];
    });
  const unique = { EnforceUniqueValues: delta.EnforceUniqueValues };
  const parts = delta.EnforceUniqueValues ? [rest, unique] : [unique, rest];
  return parts.filter((p) => Object.keys(p).length > 0);
}

/** Creates missing fields (schema XML) and updates fields that differ from the schema. */
async function ensureFields(sp: SPFI, lists: ListWork[], report: ReportBuilder): Promise<void> {
  /** The id of the list a lookup field points to; null for other fields. */
  const lookupListId = (field: FieldDef): string | null => {
    const target = field.kind === 'Lookup' || field.kind === 'LookupMulti' ? lists.filter((l) => l.def.title === field.lookupList)[0] : undefined;
    return target ? target.state.info.Id : null;
  };
  const toCreate: { list: ListDef; field: FieldDef }[] = [];
  const toUpdate: { list: ListDef; field: FieldDef; props: Record<string, unknown>; what: string }[] = [];
  lists.forEach(({ def, state }) =>
    def.fields.forEach((field) => {
      const actual = state.fields.filter((f) => f.InternalName === field.name)[0];
      const what = `field ${def.title}.${field.name}`;
      if (!actual) {
        if (field.builtIn) report.conflict(`${what} is missing from the list`);
        else toCreate.push({ list: def, field });
        return;
      }
      const conflict = fieldConflict(field, actual, lookupListId(field));
      if (conflict) return report.conflict(`${what} ${conflict}`);
      const props = fieldDelta(field, actual);
      if (Object.keys(props).length === 0) return report.unchanged('fields');
      toUpdate.push({ list: def, field, props, what });
      report.updated('fields', what, Object.keys(props).join(', '));
    }),
  );

  const created = await batchAll(sp, (b) =>
    toCreate.map(({ list, field }) => ({
      what: `create field ${list.title}.${field.name}`,
      run: b.web.lists.getByTitle(list.title).fields.createFieldAsXml({
        SchemaXml: fieldSchemaXml(field, lookupListId(field)),
        Options: ADD_FIELD_OPTIONS,
      }) as Promise<unknown> as Promise<FieldJson>,
    })),
  );
  toCreate.forEach(({ list, field }, i) => {
    report.created('fields', `field ${list.title}.${field.name}`);
    // what the server did not take from the schema XML is corrected right away
    const props = fieldDelta(field, created[i]);
    if (Object.keys(props).length > 0) toUpdate.push({ list, field, props, what: `field ${list.title}.${field.name}` });
  });

  await batchAll(sp, (b) =>
    toUpdate.reduce<{ what: string; run: Promise<unknown> }[]>((parts, { list, field, props, what }) => {
      orderedUpdates(props).forEach((p) =>
        parts.push({ what: `update ${what}`, run: b.web.lists.getByTitle(list.title).fields.getByInternalNameOrTitle(field.name).update(p, FIELD_TYPE_NAMES[field.kind]) }),
      );
      return parts;
    }, []),
  );
}

/** Applies the list settings (item-level permissions, versioning, validation …); for a new list this completes its creation. */
async function ensureListSettings(sp: SPFI, lists: ListWork[], report: ReportBuilder): Promise<void> {
  const changes = lists.map((l) => ({ ...l, props: listDelta(l.def, l.state.info as ListJson) })).filter((l) => Object.keys(l.props).length > 0);
  lists
    .filter((l) => !l.isNew)
    .forEach((l) => {
      const change = changes.filter((c) => c.def === l.def)[0];
      if (change) report.updated('lists', `list ${l.def.title}`, Object.keys(change.props).join(', '));
      else report.unchanged('lists');
    });
  await batchAll(sp, (b) => changes.map((c) => ({ what: `update list ${c.def.title}`, run: b.web.lists.getByTitle(c.def.title).update(c.props) })));
}

/** Creates the schema's views and corrects their query, row limit and columns. */
async function ensureViews(sp: SPFI, lists: ListWork[], report: ReportBuilder): Promise<void> {
  await batchAll(sp, (b) => {
    const parts: { what: string; run: Promise<unknown> }[] = [];
    lists.forEach(({ def, state }) =>
      def.views.forEach((view) => {
        const what = `view ${def.title}/${view.title}`;
        const views = b.web.lists.getByTitle(def.title).views;
        const actual = state.views.filter((v) => v.Title === view.title)[0];
        let resetFields = true;
        if (!actual) {
          parts.push({ what, run: views.add(view.title, false, { ViewQuery: view.query, RowLimit: view.rowLimit, Paged: true }) });
          report.created('views', what);
        } else {
          const delta = viewDelta(view, actual);
          resetFields = delta.fields;
          if (Object.keys(delta.props).length > 0) parts.push({ what, run: views.getById(actual.Id).update(delta.props) });
          if (Object.keys(delta.props).length === 0 && !delta.fields) report.unchanged('views');
          else report.updated('views', what, Object.keys(delta.props).concat(delta.fields ? ['columns'] : []).join(', '));
        }
        if (!resetFields) return;
        const columns = views.getByTitle(view.title).fields;
        parts.push({ what: `${what} columns`, run: columns.removeAll() });
        view.fields.forEach((f) => parts.push({ what: `${what} column ${f}`, run: columns.add(f) }));
      }),
    );
    return parts;
  });
}

/** Stops lists inheriting from the site and gives them exactly the schema's group permissions. */
async function ensureListPermissions(
  sp: SPFI,
  lists: ListWork[],
  security: SiteSecurityState,
  report: ReportBuilder,
): Promise<void> {
  const inheriting = lists.filter((l) => !l.state.info.HasUniqueRoleAssignments);
  await batchAll(sp, (b) =>
    inheriting.map((l) => ({ what: `break inheritance of ${l.def.title}`, run: b.web.lists.getByTitle(l.def.title).breakRoleInheritance(false, false) })),
  );
  const reread = inheriting.length > 0 ? await readLists(sp, inheriting.map((l) => l.def.title)) : {};
  const plans = lists.map((l) => {
    const state = reread[l.def.title] || l.state;
    const desired: Grant[] = grantsOf(security, l.def.roles);
    return { list: l, delta: assignmentDelta(state.assignments, desired, () => true) };
  });
  plans.forEach(({ list, delta }) => {
    const what = `permissions of ${list.def.title}`;
    if (!list.state.info.HasUniqueRoleAssignments) report.created('listPermissions', what);
    else if (delta.add.length + delta.remove.length > 0) report.updated('listPermissions', what, `+${delta.add.length} -${delta.remove.length}`);
    else report.unchanged('listPermissions');
  });
  await batchAll(sp, (b) => plans.map(({ list, delta }) => ({ what: `permissions of ${list.def.title}`, run: applyAssignmentDelta(b.web.lists.getByTitle(list.def.title), delta) })));
}
