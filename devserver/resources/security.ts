import { Entity, jsonBody, noContent, voidResult, type Ctx, type Resource } from '../http/context';
import { itemsTable } from '../store/db';
import { accessDenied, badRequest, notFound, spException, unknownBodyProperty } from '../http/errors';
import {
  addAssignment,
  callerMask,
  effectiveKey,
  FULL_CONTROL_ID,
  maskEntity,
  Perm,
  requirePermission,
  userMask,
  WEB,
  type Securable,
} from '../auth/permissions';
import type { Segment } from '../query/segments';
import { findUser, getPrincipal, principalEntity } from './users';

interface RoleDefRow {
  id: number;
  name: string;
  description: string;
  ord: number;
  kind: number;
  high: number;
  low: number;
  hidden: number;
}

const roleDefEntity = (r: RoleDefRow): Entity =>
  new Entity(
    'SP.RoleDefinition',
    {
      BasePermissions: maskEntity(r),
      Description: r.description,
      Hidden: r.hidden === 1,
      Id: r.id,
      Name: r.name,
      Order: r.ord,
      RoleTypeKind: r.kind,
    },
    { path: `Web/RoleDefinitions(${r.id})` },
  );

/** Ids SharePoint gives permission levels a site adds. */
const FIRST_CUSTOM_ROLE_ID = 1073741924;

/** Name, Description, Order and BasePermissions from a role definition body. */
function roleDefValues(ctx: Ctx, body: Record<string, unknown>, current?: RoleDefRow): Omit<RoleDefRow, 'id' | 'kind' | 'hidden'> {
  const { __metadata: _m, Name, Description, Order, BasePermissions, ...rest } = body;
  const unknown = Object.keys(rest)[0];
  if (unknown) throw unknownBodyProperty(unknown, 'SP.RoleDefinition');
  const mask = (BasePermissions ?? {}) as { High?: unknown; Low?: unknown };
  const name = typeof Name === 'string' ? Name.trim() : current?.name;
  if (!name) throw badRequest('The permission level name is empty.');
  if (ctx.db.get('SELECT 1 FROM role_definitions WHERE name = ? AND id <> ?', name, current?.id ?? 0)) {
    throw spException('A permission level with this name already exists.', '-2130575293');
  }
  return {
    name,
    description: typeof Description === 'string' ? Description : (current?.description ?? ''),
    ord: Order === undefined ? (current?.ord ?? 0) : Number(Order),
    high: BasePermissions === undefined ? (current?.high ?? 0) : Number(mask.High ?? 0) >>> 0,
    low: BasePermissions === undefined ? (current?.low ?? 0) : Number(mask.Low ?? 0) >>> 0,
  };
}

/** `web/roledefinitions` with getbyname / getbyid / getbytype / `(id)`; adding, changing and deleting need Manage Permissions. */
export function roleDefinitionsResource(ctx: Ctx): Resource {
  const one = (row: RoleDefRow | undefined): Resource => {
    if (!row) throw notFound('Role definition');
    const manage = (): void => {
      requirePermission(ctx, WEB, Perm.ManagePermissions);
      if (row.kind === 5 || row.kind === 1) throw spException(`The permission level '${row.name}' cannot be changed.`);
    };
    return {
      get: () => ({ kind: 'entity', entity: roleDefEntity(row) }),
      merge: () => {
        manage();
        const v = roleDefValues(ctx, jsonBody(ctx), row);
        ctx.db.run('UPDATE role_definitions SET name = ?, description = ?, ord = ?, high = ?, low = ? WHERE id = ?', v.name, v.description, v.ord, v.high, v.low, row.id);
        return noContent();
      },
      delete: () => {
        manage();
        ctx.db.run('DELETE FROM role_assignments WHERE roledef_id = ?', row.id);
        ctx.db.run('DELETE FROM role_definitions WHERE id = ?', row.id);
        return { kind: 'void', status: 200 };
      },
    };
  };
  return {
    get: () => ({
      kind: 'collection',
      set: 'SP.ApiData.RoleDefinitions',
      entities: ctx.db.all<RoleDefRow>('SELECT * FROM role_definitions ORDER BY ord').map(roleDefEntity),
    }),
    post: () => {
      requirePermission(ctx, WEB, Perm.ManagePermissions);
      const v = roleDefValues(ctx, jsonBody(ctx));
      const id = Math.max(FIRST_CUSTOM_ROLE_ID, (ctx.db.get<{ m: number }>('SELECT max(id) + 1 AS m FROM role_definitions')?.m ?? 0));
      ctx.db.run('INSERT INTO role_definitions (id, name, description, ord, kind, high, low) VALUES (?, ?, ?, ?, 0, ?, ?)', id, v.name, v.description, v.ord, v.high, v.low);
      return { kind: 'entity', status: 201, entity: roleDefEntity(ctx.db.get<RoleDefRow>('SELECT * FROM role_definitions WHERE id = ?', id) as RoleDefRow) };
    },
    child: (seg) => {
      switch (seg.name) {
        case 'getbyname':
          return one(ctx.db.get<RoleDefRow>('SELECT * FROM role_definitions WHERE name = ?', String(seg.arg)));
        case 'getbytype':
          return one(ctx.db.get<RoleDefRow>('SELECT * FROM role_definitions WHERE kind = ?', Number(seg.arg)));
        case 'getbyid':
        case 'roledefinitions':
          return seg.call ? one(ctx.db.get<RoleDefRow>('SELECT * FROM role_definitions WHERE id = ?', Number(seg.arg))) : undefined;
        default:
          return undefined;
      }
    },
  };
}

/**
 * The security members every securable object (web, list, item) has: role assignments, inheritance and effective
 * permissions. Returns undefined for other segments.
 */
export function securableChild(ctx: Ctx, s: Securable, seg: Segment): Resource | undefined {
  switch (seg.name) {
    case 'roleassignments':
      return seg.call ? assignmentResource(ctx, s, Number(seg.arg)) : assignmentsResource(ctx, s);
    case 'breakroleinheritance':
      return { post: () => breakInheritance(ctx, s, seg.named.copyroleassignments === true, seg.named.clearsubscopes === true) };
    case 'resetroleinheritance':
      return { post: () => resetInheritance(ctx, s) };
    case 'effectivebasepermissions':
      return { get: () => ({ kind: 'entity', entity: maskEntity(callerMask(ctx, s)), wrap: 'EffectiveBasePermissions' }) };
    case 'getusereffectivepermissions':
      return {
        get: () => {
          const user = typeof seg.arg === 'string' ? findUser(ctx.db, seg.arg) : undefined;
          if (!user) throw notFound('User');
          if (user.id !== ctx.caller.id) requirePermission(ctx, s, Perm.EnumeratePermissions);
          const mask = userMask(ctx.db, user.id, user.is_site_admin === 1, s);
          return { kind: 'entity', entity: maskEntity(mask), wrap: 'GetUserEffectivePermissions' };
        },
      };
    default:
      return undefined;
  }
}

function assignmentEntity(ctx: Ctx, s: Securable, principalId: number): Entity {
  const key = effectiveKey(s);
  return new Entity(
    'SP.RoleAssignment',
    { PrincipalId: principalId },
    {
      path: `${s.path}/RoleAssignments/GetByPrincipalId(${principalId})`,
      nav: {
        Member: () => {
          const p = getPrincipal(ctx.db, principalId);
          return p ? principalEntity(ctx, p) : null;
        },
        RoleDefinitionBindings: () => bindings(ctx, key, principalId).map(roleDefEntity),
      },
    },
  );
}

const bindings = (ctx: Ctx, key: string, principalId: number): RoleDefRow[] =>
  ctx.db.all<RoleDefRow>(
    `SELECT rd.* FROM role_assignments ra JOIN role_definitions rd ON rd.id = ra.roledef_id
     WHERE ra.scope = ? AND ra.principal_id = ? ORDER BY rd.ord`,
    key,
    principalId,
  );

function assignmentsResource(ctx: Ctx, s: Securable): Resource {
  const change = (seg: Segment, add: boolean): Resource => ({
    post: () => {
      requirePermission(ctx, s, Perm.ManagePermissions);
      if (!s.unique) throw spException('This operation is not allowed on an object that inherits permissions.');
      const principalId = Number(seg.named.principalid);
      const roleDefId = Number(seg.named.roledefid);
      if (!getPrincipal(ctx.db, principalId)) throw notFound('User or group');
      if (!ctx.db.get('SELECT 1 FROM role_definitions WHERE id = ?', roleDefId)) throw notFound('Role definition');
      if (add) addAssignment(ctx.db, s, principalId, roleDefId);
      else ctx.db.run('DELETE FROM role_assignments WHERE scope = ? AND principal_id = ? AND roledef_id = ?', s.key, principalId, roleDefId);
      return voidResult(add ? 'AddRoleAssignment' : 'RemoveRoleAssignment');
    },
  });
  return {
    get: () => {
      requirePermission(ctx, s, Perm.EnumeratePermissions);
      const rows = ctx.db.all<{ principal_id: number }>(
        'SELECT DISTINCT principal_id FROM role_assignments WHERE scope = ? ORDER BY principal_id',
        effectiveKey(s),
      );
      return { kind: 'collection', set: 'SP.ApiData.RoleAssignments', entities: rows.map((r) => assignmentEntity(ctx, s, r.principal_id)) };
    },
    child: (seg) => {
      if (seg.name === 'addroleassignment') return change(seg, true);
      if (seg.name === 'removeroleassignment') return change(seg, false);
      if (seg.name === 'getbyprincipalid') return assignmentResource(ctx, s, Number(seg.arg));
      return undefined;
    },
  };
}

function assignmentResource(ctx: Ctx, s: Securable, principalId: number): Resource {
  requirePermission(ctx, s, Perm.EnumeratePermissions);
  const key = effectiveKey(s);
  if (!bindings(ctx, key, principalId).length) throw notFound('Role assignment');
  return {
    get: () => ({ kind: 'entity', entity: assignmentEntity(ctx, s, principalId) }),
    delete: () => {
      requirePermission(ctx, s, Perm.ManagePermissions);
      if (!s.unique) throw spException('This operation is not allowed on an object that inherits permissions.');
      ctx.db.run('DELETE FROM role_assignments WHERE scope = ? AND principal_id = ?', s.key, principalId);
      return { kind: 'void', status: 200 };
    },
    child: (seg) => {
      if (seg.name === 'roledefinitionbindings') {
        return { get: () => ({ kind: 'collection', set: 'SP.ApiData.RoleDefinitions', entities: bindings(ctx, key, principalId).map(roleDefEntity) }) };
      }
      if (seg.name === 'member') {
        const p = getPrincipal(ctx.db, principalId);
        return p ? { get: () => ({ kind: 'entity', entity: principalEntity(ctx, p) }) } : undefined;
      }
      return undefined;
    },
  };
}

function setUnique(ctx: Ctx, s: Securable, unique: boolean): void {
  const flag = unique ? 1 : 0;
  if (s.kind === 'list') ctx.db.run('UPDATE lists SET unique_perms = ? WHERE rid = ?', flag, s.listRid ?? 0);
  else ctx.db.run(`UPDATE ${itemsTable(s.listRid ?? 0)} SET unique_perms = ? WHERE id = ?`, flag, s.itemId ?? 0);
}

function breakInheritance(ctx: Ctx, s: Securable, copy: boolean, clearSubscopes: boolean) {
  requirePermission(ctx, s, Perm.ManagePermissions);
  if (s.kind === 'web') throw spException('This operation is not allowed on the top-level site.');
  if (!s.unique) {
    if (copy) {
      ctx.db.run(
        `INSERT OR IGNORE INTO role_assignments (scope, principal_id, roledef_id, list_rid, item_id)
         SELECT ?, principal_id, roledef_id, ?, ? FROM role_assignments WHERE scope = ?`,
        s.key,
        s.listRid ?? null,
        s.itemId ?? null,
        effectiveKey(s),
      );
    } else {
      // SharePoint: "false to assign only the current user to security roles" (SPSecurableObject.BreakRoleInheritance).
      addAssignment(ctx.db, s, ctx.caller.id, FULL_CONTROL_ID);
    }
    setUnique(ctx, s, true);
  }
  if (clearSubscopes && s.kind === 'list') {
    ctx.db.run(`UPDATE ${itemsTable(s.listRid ?? 0)} SET unique_perms = 0 WHERE unique_perms = 1`);
    ctx.db.run('DELETE FROM role_assignments WHERE list_rid = ? AND item_id IS NOT NULL', s.listRid ?? 0);
  }
  if (clearSubscopes && s.kind === 'item') clearFolderSubscopes(ctx, s);
  return voidResult('BreakRoleInheritance');
}

function resetInheritance(ctx: Ctx, s: Securable) {
  requirePermission(ctx, s, Perm.ManagePermissions);
  if (s.kind === 'web') throw accessDenied();
  ctx.db.run('DELETE FROM role_assignments WHERE scope = ?', s.key);
  setUnique(ctx, s, false);
  return voidResult('ResetRoleInheritance');
}

/** `clearsubscopes=true` on a folder: everything inside it inherits again (from the folder). */
function clearFolderSubscopes(ctx: Ctx, s: Securable): void {
  const table = itemsTable(s.listRid ?? 0);
  const folder = ctx.db.get<{ url: string }>(`SELECT file_ref AS url FROM ${table} WHERE id = ? AND fs_type = 1`, s.itemId ?? 0);
  if (!folder) return;
  const inside = `SELECT id FROM ${table} WHERE unique_perms = 1 AND (file_dir_ref = ?1 OR substr(file_dir_ref, 1, length(?1) + 1) = ?1 || '/')`;
  ctx.db.run(`DELETE FROM role_assignments WHERE list_rid = ?2 AND item_id IN (${inside})`, folder.url, s.listRid ?? 0);
  ctx.db.run(`UPDATE ${table} SET unique_perms = 0 WHERE id IN (${inside})`, folder.url);
}
