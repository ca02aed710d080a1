import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/security/item';
import { applyAssignmentDelta, assignmentDelta, grantsOf, groupId, roleDefinitionId, type Grant, type RoleAssignmentJson, type SecurityContext } from './permissions';
import { batchAll } from './provisioning/batch';
import type { ItemSecurityDef, ListDef } from './schema';

/** The grants an item of the list should carry, given its values as the REST API returns them (`<field>Id` for persons). */
export function itemGrants(context: SecurityContext, security: ItemSecurityDef, item: Record<string, unknown>): Grant[] {
  const grants = grantsOf(context, security.groups);
  security.fromFields.forEach((source) => {
    const roleDefId = roleDefinitionId(context, source.role);
    const value = source.principal === 'user' ? item[`${source.field}Id`] : item[source.field];
    const principalId = source.principal === 'user' ? (typeof value === 'number' ? value : null) : typeof value === 'string' ? groupId(context, value) : null;
    if (principalId !== null && roleDefId !== null) grants.push({ principalId, roleDefId });
  });
  return grants;
}

/**
 * Gives an item of a list with `itemSecurity` exactly the permissions its schema and values call for: stops it
 * inheriting from the list (the first time) and adds and removes role assignments. Call it right after creating the
 * item and whenever a field it reads changes (a new investigator, another owner group). The caller needs the
 * "Integriteit - Dossierbeheer" level (ManagePermissions) on the list.
 */
export async function secureItem(
  sp: SPFI,
  context: SecurityContext,
  list: ListDef & { itemSecurity: ItemSecurityDef },
  itemId: number,
  item: Record<string, unknown>,
): Promise<void> {
  const desired = itemGrants(context, list.itemSecurity, item);
  const target = () => sp.web.lists.getByTitle(list.title).items.getById(itemId);
  const state = await target().select('HasUniqueRoleAssignments')<{ HasUniqueRoleAssignments: boolean }>();
  if (!state.HasUniqueRoleAssignments) await target().breakRoleInheritance(false, false);
  const actual = await target().roleAssignments.expand('Member', 'RoleDefinitionBindings')<RoleAssignmentJson[]>();
  const delta = assignmentDelta(actual, desired, () => true);
  await batchAll(sp, (b) => [{ what: `permissions of ${list.title} item ${itemId}`, run: applyAssignmentDelta(b.web.lists.getByTitle(list.title).items.getById(itemId), delta) }]);
}
