import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/security/web';
import '@pnp/sp/batching';
import type { ISecurableMethods } from '@pnp/sp/security/types';
import { GROUPS, type GroupKey } from './groups';
import { ROLES, type RoleGrants, type RoleKey } from './schema';

/** A permission level as `roleDefinitions` returns it. */
export interface RoleDefinitionJson {
  Id: number;
  Name: string;
  Description: string;
  Order: number;
  Hidden: boolean;
  /** SP.RoleType: 1 Guest (Limited Access), 2 Reader, 3 Contributor, 5 Administrator, 0 custom. */
  RoleTypeKind: number;
  BasePermissions: { High: string; Low: string };
}

/** A SharePoint group as `siteGroups` returns it. */
export interface SiteGroupJson {
  Id: number;
  Title: string;
  Description: string | null;
}

/** A role assignment read with `$expand=Member,RoleDefinitionBindings`. */
export interface RoleAssignmentJson {
  PrincipalId: number;
  Member: { Id: number; Title: string; PrincipalType: number };
  RoleDefinitionBindings: RoleDefinitionJson[];
}

/** One principal holding one permission level. */
export interface Grant {
  principalId: number;
  roleDefId: number;
}

/** The permission levels and groups of the site, resolved to ids. */
export interface SecurityContext {
  roles: RoleDefinitionJson[];
  groups: SiteGroupJson[];
}

/** Requests the site's permission levels and groups on a root (batched or not); resolves once they arrive. */
export function requestSecurityContext(sp: SPFI): Promise<SecurityContext> {
  const roles = sp.web.roleDefinitions<RoleDefinitionJson[]>();
  const groups = sp.web.siteGroups.select('Id', 'Title', 'Description')<SiteGroupJson[]>();
  return Promise.all([roles, groups]).then(([r, g]) => ({ roles: r, groups: g }));
}

/** Reads the site's permission levels and groups in one batch. */
export async function loadSecurityContext(sp: SPFI): Promise<SecurityContext> {
  const [batched, execute] = sp.batched();
  const context = requestSecurityContext(batched);
  context.catch(() => undefined); // awaited below; keeps a failed part from counting as unhandled while the batch runs
  await execute();
  return context;
}

/** The id of the site's permission level for a role key, or null when it does not exist (yet). */
export function roleDefinitionId(context: SecurityContext, key: RoleKey): number | null {
  const role = ROLES[key];
  const found = context.roles.filter((r) => (role.builtIn ? r.RoleTypeKind === role.roleTypeKind : r.Name === role.name))[0];
  return found ? found.Id : null;
}

/** The id of a SharePoint group by title, or null when it does not exist (yet). */
export function groupId(context: SecurityContext, title: string): number | null {
  const found = context.groups.filter((g) => g.Title === title)[0];
  return found ? found.Id : null;
}

/** The grants of a role map (group key → role key), resolved to ids; throws when a group or level is missing. */
export function grantsOf(context: SecurityContext, roles: RoleGrants): Grant[] {
  return (Object.keys(roles) as GroupKey[]).map((key) => {
    const principalId = groupId(context, GROUPS[key]);
    const roleDefId = roleDefinitionId(context, roles[key] as RoleKey);
    if (principalId === null || roleDefId === null) {
      throw new Error(`Group "${GROUPS[key]}" or permission level "${roles[key]}" does not exist: run provisioning first.`);
    }
    return { principalId, roleDefId };
  });
}

/** Bindings SharePoint manages itself (Limited Access, hidden levels): never added or removed by the product. */
const systemBinding = (role: RoleDefinitionJson): boolean => role.Hidden || role.RoleTypeKind === 1;

/**
 * What to add and remove so that the principals `manages` accepts hold exactly `desired` (other principals and
 * SharePoint's own Limited Access bindings are left alone).
 */
export function assignmentDelta(
  actual: readonly RoleAssignmentJson[],
  desired: readonly Grant[],
  manages: (principalId: number) => boolean,
): { add: Grant[]; remove: Grant[] } {
  const held: Grant[] = [];
  actual.forEach((a) =>
    a.RoleDefinitionBindings.filter((r) => !systemBinding(r)).forEach((r) => held.push({ principalId: a.PrincipalId, roleDefId: r.Id })),
  );
  const same = (x: Grant) => (y: Grant) => x.principalId === y.principalId && x.roleDefId === y.roleDefId;
  return {
    add: desired.filter((g) => !held.some(same(g))),
    remove: held.filter((g) => manages(g.principalId) && !desired.some(same(g))),
  };
}

/**
 * Applies a delta to a securable object of a batched root: SharePoint runs a batch's parts in order, so the additions
 * land before the removals and the caller never loses access midway.
 */
export async function applyAssignmentDelta(securable: ISecurableMethods, delta: { add: Grant[]; remove: Grant[] }): Promise<void> {
  // every part is registered now, before the batch executes: additions first
  const adds = delta.add.map((g) => securable.roleAssignments.add(g.principalId, g.roleDefId));
  const removes = delta.remove.map((g) => securable.roleAssignments.remove(g.principalId, g.roleDefId));
  await Promise.all(adds.concat(removes));
}
