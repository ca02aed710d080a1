import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/security/item';
import '@pnp/sp/security/web';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/site-users/web';
import '@pnp/sp/batching';
import {
  assignmentDelta,
  grantsOf,
  groupId,
  roleDefinitionId,
  type Grant,
  type RoleAssignmentJson,
  type RoleDefinitionJson,
  type SecurityContext,
  type SiteGroupJson,
} from './permissions';
import type { ItemSecurityDef, ListDef } from './schema';

/** The grants an item of the list should carry, given its values as the REST API returns them (`<field>Id` for persons). */
export function itemGrants(context: SecurityContext, security: ItemSecurityDef, item: Record<string, unknown>): Grant[] {
  const grants = grantsOf(context, security.groups);
  security.fromFields.forEach((source) => {
    const roleDefId = roleDefinitionId(context, source.role);
    const value = source.principal === 'user' ? item[`${source.field}Id`] : item[source.field];
    // a person field holds one id, a multi-person field (UserMulti) a list of them: each gets the grant
    const values: unknown[] = Array.isArray(value) ? value : [value];
    values.forEach((v) => {
      const principalId = source.principal === 'user' ? (typeof v === 'number' ? v : null) : typeof v === 'string' ? groupId(context, v) : null;
      if (principalId !== null && roleDefId !== null && !grants.some((g) => g.principalId === principalId && g.roleDefId === roleDefId)) grants.push({ principalId, roleDefId });
    });
  });
  return grants;
}

/**
 * Gives confidential items exactly the permissions their schema and values call for (`itemGrants`), through
 * SharePoint's own permissions: the item stops inheriting (SharePoint then grants the caller Full Control), the
 * wanted principals are added and every other one, the caller included unless wanted, removed. Two round trips: one
 * batch reads the item's assignments (and, once per writer, the site's levels and groups), one batch changes them,
 * additions first so the caller never locks itself out midway.
 */
export class ItemAccessWriter {
  public constructor(
    private readonly sp: SPFI,
    private context?: SecurityContext,
  ) {}

  /** Sets the item's permissions from its values (`<field>Id` for persons); a second call with the same values changes nothing. */
  public async secure(list: ListDef & { itemSecurity: ItemSecurityDef }, itemId: number, values: Record<string, unknown>): Promise<void> {
    await this.grant(list.title, itemId, (context) => itemGrants(context, list.itemSecurity, values));
  }

  /**
   * Gives one item (or folder: its list item) of a list exactly the grants `desired` computes from the site's levels and
   * groups; a second call with the same grants changes nothing. Returns whether the item's permissions differed; with
   * `dryRun` it only says so and changes nothing.
   */
  public async grant(listTitle: string, itemId: number, desired: (context: SecurityContext) => Grant[], options: { dryRun?: boolean } = {}): Promise<boolean> {
    const [reads, read] = this.sp.batched();
    const item = reads.web.lists.getByTitle(listTitle).items.getById(itemId);
    const state = item.select('HasUniqueRoleAssignments')<{ HasUniqueRoleAssignments: boolean }>();
    const assignments = item.roleAssignments.expand('Member', 'RoleDefinitionBindings')<RoleAssignmentJson[]>();
    const me = reads.web.currentUser.select('Id')<{ Id: number }>();
    const security = this.context ? Promise.resolve(this.context) : readSecurityContext(reads);
    await read();
    const unique = (await state).HasUniqueRoleAssignments;
    const context = await security;
    this.context = context;
    const actual = unique ? await assignments : [fullControlOf(context, (await me).Id)];
    const delta = assignmentDelta(actual, desired(context), () => true);
    if (unique && !delta.add.length && !delta.remove.length) return false;
    if (options.dryRun) return true;
    const [writes, write] = this.sp.batched();
    const target = writes.web.lists.getByTitle(listTitle).items.getById(itemId);
    const calls: Promise<unknown>[] = [];
    if (!unique) calls.push(target.breakRoleInheritance(false, false));
    delta.add.forEach((g) => calls.push(target.roleAssignments.add(g.principalId, g.roleDefId)));
    delta.remove.forEach((g) => calls.push(target.roleAssignments.remove(g.principalId, g.roleDefId)));
    await write();
    await Promise.all(calls);
    return true;
  }

  /** Returns the item to inheriting its folder's (or list's) permissions; nothing when it already does. */
  public async inherit(listTitle: string, itemId: number): Promise<void> {
    const item = this.sp.web.lists.getByTitle(listTitle).items.getById(itemId);
    const { HasUniqueRoleAssignments } = await item.select('HasUniqueRoleAssignments')<{ HasUniqueRoleAssignments: boolean }>();
    if (HasUniqueRoleAssignments) await item.resetRoleInheritance();
  }
}

/** Queues the site's permission levels and groups on a batched root. */
function readSecurityContext(sp: SPFI): Promise<SecurityContext> {
  const roles = sp.web.roleDefinitions<RoleDefinitionJson[]>();
  const groups = sp.web.siteGroups.select('Id', 'Title', 'Description')<SiteGroupJson[]>();
  return Promise.all([roles, groups]).then(([r, g]) => ({ roles: r, groups: g }));
}

/** What SharePoint leaves on an item right after breaking inheritance without copying: the caller with Full Control. */
export function fullControlOf(context: SecurityContext, userId: number): RoleAssignmentJson {
  const fullControl = context.roles.filter((r) => r.RoleTypeKind === 5)[0];
  return { PrincipalId: userId, Member: { Id: userId, Title: '', PrincipalType: 1 }, RoleDefinitionBindings: fullControl ? [fullControl] : [] };
}

/**
 * Gives one item of a list with `itemSecurity` exactly the permissions its schema and values call for (see
 * {@link ItemAccessWriter}). Call it right after creating the item and whenever a field it reads changes (a new
 * investigator, another owner group). The caller needs ManagePermissions on the item ("Integriteit - Dossierbeheer").
 */
export function secureItem(
  sp: SPFI,
  context: SecurityContext,
  list: ListDef & { itemSecurity: ItemSecurityDef },
  itemId: number,
  item: Record<string, unknown>,
): Promise<void> {
  return new ItemAccessWriter(sp, context).secure(list, itemId, item);
}
