import { Entity, type Ctx } from '../http/context';
import type { Db } from '../store/db';
import { accessDenied } from '../http/errors';
import { inheritedVisibleSql } from './folder-visibility';
import type { Mask } from './mask';

/** The PermissionKind values the server checks (1-based bit numbers, as PnPjs's PermissionKind). */
export const Perm = {
  ViewListItems: 1,
  AddListItems: 2,
  EditListItems: 3,
  DeleteListItems: 4,
  ViewVersions: 7,
  /** "Override List Behaviors": read and edit all items despite ReadSecurity/WriteSecurity. */
  CancelCheckout: 9,
  ManageLists: 12,
  Open: 17,
  CreateGroups: 25,
  ManagePermissions: 26,
  BrowseUserInfo: 28,
  ManageWeb: 31,
  EnumeratePermissions: 63,
} as const;

const EMPTY: Mask = { high: 0, low: 0 };
/** Full Control / site collection administrator. */
const FULL_MASK: Mask = { high: 0x7fffffff, low: 0xffffffff };
/** What SharePoint grants on a parent when a user has rights only on something below it. */
const LIMITED_ACCESS: Mask = { high: 48, low: 134287360 };

/** The standard permission levels of a SharePoint Online team site, with their ids and masks. */
export const ROLE_DEFINITIONS = [
  { id: 1073741829, name: 'Full Control', kind: 5, ord: 1, high: 2147483647, low: 4294967295, hidden: 0, description: 'Has full control.' },
  { id: 1073741828, name: 'Design', kind: 4, ord: 32, high: 432, low: 1012866047, hidden: 0, description: 'Can view, add, update, delete, approve, and customize.' },
  { id: 1073741830, name: 'Edit', kind: 6, ord: 48, high: 432, low: 1011030767, hidden: 0, description: 'Can add, edit and delete lists; can view, add, update and delete list items and documents.' },
  { id: 1073741827, name: 'Contribute', kind: 3, ord: 64, high: 432, low: 1011028719, hidden: 0, description: 'Can view, add, update, and delete list items and documents.' },
  { id: 1073741826, name: 'Read', kind: 2, ord: 128, high: 176, low: 138612833, hidden: 0, description: 'Can view pages and list items and download documents.' },
  { id: 1073741825, name: 'Limited Access', kind: 1, ord: 160, high: 48, low: 134287360, hidden: 1, description: 'Can view specific lists, document libraries, list items, folders, or documents when given permissions.' },
];
export const FULL_CONTROL_ID = 1073741829;

/** Something that carries role assignments: the web, a list or an item. */
export interface Securable {
  kind: 'web' | 'list' | 'item';
  /** Own scope key in role_assignments: `web`, `l:<listRid>`, `i:<listRid>:<itemId>`. */
  key: string;
  unique: boolean;
  parent?: Securable;
  listRid?: number;
  itemId?: number;
  /** Relative OData path, e.g. `Web/Lists(guid'…')/Items(3)`. */
  path: string;
}

export const WEB: Securable = { kind: 'web', key: 'web', unique: true, path: 'Web' };

/** The key whose role assignments apply (the nearest ancestor with unique permissions). */
export function effectiveKey(s: Securable): string {
  return s.unique || !s.parent ? s.key : effectiveKey(s.parent);
}

/** True when the mask contains the permission. */
export function has(mask: Mask, perm: number): boolean {
  const bit = perm - 1;
  return bit < 32 ? ((mask.low >>> bit) & 1) === 1 : ((mask.high >>> (bit - 32)) & 1) === 1;
}

/** SP.BasePermissions, with Int64 halves as strings as JSON light does. */
export const maskEntity = (mask: Mask): Entity =>
  new Entity('SP.BasePermissions', { High: String(mask.high >>> 0), Low: String(mask.low >>> 0) });

/** SQL for "the principal is this user or one of the groups the user is in" (parameter ?1 = user id). */
const MY_PRINCIPALS = 'principal_id IN (SELECT ?1 UNION ALL SELECT group_id FROM group_members WHERE user_id = ?1)';

/** The effective permissions of a user on a securable object, as SharePoint computes them. */
export function userMask(db: Db, userId: number, isSiteAdmin: boolean, s: Securable): Mask {
  if (isSiteAdmin) return FULL_MASK;
  const rows = db.all<Mask>(
    `SELECT rd.high, rd.low FROM role_assignments ra JOIN role_definitions rd ON rd.id = ra.roledef_id
     WHERE ra.scope = ?2 AND ra.${MY_PRINCIPALS}`,
    userId,
    effectiveKey(s),
  );
  const mask = rows.reduce((m, r) => ({ high: (m.high | r.high) >>> 0, low: (m.low | r.low) >>> 0 }), EMPTY);
  if (mask.high || mask.low || s.kind === 'item') return mask;
  const below =
    s.kind === 'web'
      ? db.get(`SELECT 1 FROM role_assignments WHERE scope <> 'web' AND ${MY_PRINCIPALS} LIMIT 1`, userId)
      : db.get(`SELECT 1 FROM role_assignments WHERE list_rid = ?2 AND item_id IS NOT NULL AND ${MY_PRINCIPALS} LIMIT 1`, userId, s.listRid ?? 0);
  return below ? LIMITED_ACCESS : mask;
}

/** The caller's effective permissions on a securable object (cached for the request). */
export function callerMask(ctx: Ctx, s: Securable): Mask {
  const key = s.kind === 'item' ? s.key : effectiveKey(s) + (s.kind === 'list' ? `|${s.key}` : '');
  let mask = ctx.permCache.get(key);
  if (!mask) {
    mask = userMask(ctx.db, ctx.caller.id, ctx.caller.isSiteAdmin, s);
    ctx.permCache.set(key, mask);
  }
  return mask;
}

/** Throws SharePoint's 403 unless the caller has the permission on the object. */
export function requirePermission(ctx: Ctx, s: Securable, perm: number): void {
  if (!has(callerMask(ctx, s), perm)) throw accessDenied();
}

/**
 * SQL condition (on alias `t`) for the items of a list the caller may read: items that inherit from a readable list or
 * folder, items with unique permissions that grant ViewListItems, and only their own items under ReadSecurity 2.
 * Undefined when the caller sees everything.
 */
export function readableItemsSql(ctx: Ctx, list: Securable & { readSecurity: number }, alias = 't'): string | undefined {
  if (ctx.caller.isSiteAdmin) return undefined;
  const listMask = callerMask(ctx, list);
  const me = Number(ctx.caller.id);
  const unique = `${alias}.id IN (SELECT ra.item_id FROM role_assignments ra JOIN role_definitions rd ON rd.id = ra.roledef_id
    WHERE ra.list_rid = ${Number(list.listRid)} AND ra.item_id IS NOT NULL AND (rd.low & 1) = 1
    AND ra.principal_id IN (SELECT ${me} UNION ALL SELECT group_id FROM group_members WHERE user_id = ${me}))`;
  const inherited = inheritedVisibleSql(ctx, Number(list.listRid), has(listMask, Perm.ViewListItems), alias);
  const visible = inherited === '0' ? unique : inherited === '1' ? `(${alias}.unique_perms = 0 OR ${unique})` : `((${alias}.unique_perms = 0 AND ${inherited}) OR ${unique})`;
  const ownOnly = list.readSecurity === 2 && !has(listMask, Perm.CancelCheckout);
  return ownOnly ? `${visible} AND ${alias}.author = ${me}` : visible;
}

/** Whether ReadSecurity/WriteSecurity restrictions are lifted for the caller on this list. */
export const overridesListBehaviors = (ctx: Ctx, list: Securable): boolean => has(callerMask(ctx, list), Perm.CancelCheckout);

/** Inserts a role assignment row for a securable's own scope. */
export function addAssignment(db: Db, s: Securable, principalId: number, roleDefId: number): void {
  db.run(
    'INSERT OR IGNORE INTO role_assignments (scope, principal_id, roledef_id, list_rid, item_id) VALUES (?, ?, ?, ?, ?)',
    s.key,
    principalId,
    roleDefId,
    s.listRid ?? null,
    s.itemId ?? null,
  );
}
