import { upnOf } from '../../src/data/upn';
import { claimsLogin } from '../auth/personas';
import { Entity, jsonBody, noContent, voidResult, type Ctx, type Resource } from '../http/context';
import type { Db } from '../store/db';
import { accessDenied, badRequest, notFound, resourceNotFound, SpError, spException, unknownBodyProperty } from '../http/errors';
import { callerMask, has, Perm, requirePermission, WEB } from '../auth/permissions';
import type { Segment } from '../query/segments';

/** A row of `principals`: a user (kind 1) or a SharePoint group (kind 8). */
export interface PrincipalRow {
  id: number;
  kind: 1 | 8;
  login: string;
  title: string;
  email: string | null;
  department: string | null;
  job_title: string | null;
  is_site_admin: number;
  description: string | null;
  owner_id: number | null;
  props: string;
}

const USER = 1;
const GROUP = 8;

/** Group settings SharePoint lets a client change, with their defaults. */
const GROUP_SETTINGS = {
  AllowMembersEditMembership: false,
  AllowRequestToJoinLeave: false,
  AutoAcceptRequestToJoinLeave: false,
  OnlyAllowMembersViewMembership: false,
  RequestToJoinLeaveEmailSetting: null as string | null,
};

export const getPrincipal = (db: Db, id: number): PrincipalRow | undefined =>
  db.get<PrincipalRow>('SELECT * FROM principals WHERE id = ?', id);

/** The user with this claims login or UPN. */
export const findUser = (db: Db, login: string): PrincipalRow | undefined =>
  db.get<PrincipalRow>('SELECT * FROM principals WHERE kind = 1 AND login = ?', claimsLogin(upnOf(login)));

/** Titles of the SharePoint groups a user is a member of. */
export const groupTitlesOf = (db: Db, userId: number): string[] =>
  db
    .all<{ title: string }>(
      'SELECT p.title FROM group_members m JOIN principals p ON p.id = m.group_id WHERE m.user_id = ? ORDER BY p.id',
      userId,
    )
    .map((r) => r.title);

/** Adds a user (kind 1) to the site's user information list; returns its id. */
export function insertUser(
  db: Db,
  user: { upn: string; title: string; department?: string; jobTitle?: string; siteAdmin?: boolean },
): number {
  return db.run(
    'INSERT INTO principals (kind, login, title, email, department, job_title, is_site_admin) VALUES (1, ?, ?, ?, ?, ?, ?)',
    claimsLogin(user.upn),
    user.title,
    user.upn,
    user.department ?? null,
    user.jobTitle ?? null,
    user.siteAdmin ? 1 : 0,
  ).lastId;
}

/** Creates a SharePoint group; returns its id. */
export function insertGroup(db: Db, title: string, description: string, ownerId: number | null): number {
  if (db.get('SELECT 1 FROM principals WHERE login = ?', title)) throw spException('The specified name is already in use.', '-2130575293');
  const id = db.run('INSERT INTO principals (kind, login, title, description, owner_id) VALUES (8, ?, ?, ?, ?)', title, title, description, ownerId).lastId;
  if (ownerId === null) db.run('UPDATE principals SET owner_id = ? WHERE id = ?', id, id);
  return id;
}

export const addMember = (db: Db, groupId: number, userId: number): void => {
  db.run('INSERT OR IGNORE INTO group_members (group_id, user_id) VALUES (?, ?)', groupId, userId);
};

/** SP.User or SP.Group as SharePoint serialises principals. */
export function principalEntity(ctx: Ctx, p: PrincipalRow): Entity {
  if (p.kind === GROUP) return groupEntity(ctx, p);
  const upn = p.email ?? upnOf(p.login);
  return new Entity(
    'SP.User',
    {
      Id: p.id,
      IsHiddenInUI: false,
      LoginName: p.login,
      Title: p.title,
      PrincipalType: USER,
      Email: upn,
      Expiration: '',
      IsEmailAuthenticationGuestUser: false,
      IsShareByEmailGuestUser: false,
      IsSiteAdmin: p.is_site_admin === 1,
      UserId: new Entity('SP.UserIdInfo', { NameId: `10032000${p.id.toString(16).padStart(8, '0')}`, NameIdIssuer: 'urn:federation:microsoftonline' }),
      UserPrincipalName: upn,
    },
    { path: `Web/GetUserById(${p.id})`, nav: { Groups: () => groupsOfUser(ctx, p.id) } },
  );
}

function groupEntity(ctx: Ctx, g: PrincipalRow): Entity {
  const owner = g.owner_id === null ? undefined : getPrincipal(ctx.db, g.owner_id);
  return new Entity(
    'SP.Group',
    {
      Id: g.id,
      IsHiddenInUI: false,
      LoginName: g.title,
      Title: g.title,
      PrincipalType: GROUP,
      ...GROUP_SETTINGS,
      ...(JSON.parse(g.props) as object),
      Description: g.description,
      OwnerTitle: owner?.title ?? null,
    },
    {
      path: `Web/SiteGroups/GetById(${g.id})`,
      nav: {
        Users: () => members(ctx.db, g.id).map((u) => principalEntity(ctx, u)),
        Owner: () => (owner ? principalEntity(ctx, owner) : null),
      },
    },
  );
}

const members = (db: Db, groupId: number): PrincipalRow[] =>
  db.all<PrincipalRow>('SELECT p.* FROM group_members m JOIN principals p ON p.id = m.user_id WHERE m.group_id = ? ORDER BY p.id', groupId);

const groupsOfUser = (ctx: Ctx, userId: number): Entity[] =>
  ctx.db
    .all<PrincipalRow>('SELECT p.* FROM group_members m JOIN principals p ON p.id = m.group_id WHERE m.user_id = ? ORDER BY p.id', userId)
    .map((g) => groupEntity(ctx, g));

/** Throws 404 "user … could not be found" unless the login is a known user. */
function requireUser(ctx: Ctx, login: unknown): PrincipalRow {
  const user = typeof login === 'string' ? findUser(ctx.db, login) : undefined;
  if (!user) throw new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', `The specified user ${String(login)} could not be found.`);
  return user;
}

/** `web/currentuser` */
export const currentUserResource = (ctx: Ctx): Resource => userResource(ctx, getPrincipal(ctx.db, ctx.caller.id) as PrincipalRow);

/** `web/getuserbyid(n)` */
export function userByIdResource(ctx: Ctx, id: unknown): Resource {
  requirePermission(ctx, WEB, Perm.BrowseUserInfo);
  const p = getPrincipal(ctx.db, Number(id));
  if (!p || p.kind !== USER) throw notFound('User');
  return userResource(ctx, p);
}

/** `web/ensureuser` with `{logonName}`: only logins the local directory (the personas) knows. */
export function ensureUser(ctx: Ctx): Resource {
  return {
    post: () => {
      requirePermission(ctx, WEB, Perm.BrowseUserInfo);
      const body = jsonBody(ctx);
      return { kind: 'entity', entity: principalEntity(ctx, requireUser(ctx, body.logonName ?? body.LogonName)) };
    },
  };
}

function userResource(ctx: Ctx, user: PrincipalRow, group?: PrincipalRow): Resource {
  return {
    get: () => ({ kind: 'entity', entity: principalEntity(ctx, user) }),
    child: (seg) => (seg.name === 'groups' ? { get: () => ({ kind: 'collection', set: 'SP.ApiData.Groups', entities: groupsOfUser(ctx, user.id) }) } : undefined),
    delete: () => {
      removeUser(ctx, user, group);
      return { kind: 'void', status: 200 };
    },
  };
}

function removeUser(ctx: Ctx, user: PrincipalRow, group: PrincipalRow | undefined): void {
  if (group) {
    requireGroupManager(ctx, group);
    ctx.db.run('DELETE FROM group_members WHERE group_id = ? AND user_id = ?', group.id, user.id);
  } else {
    requirePermission(ctx, WEB, Perm.ManagePermissions);
    ctx.db.run('DELETE FROM group_members WHERE user_id = ?', user.id);
    ctx.db.run('DELETE FROM role_assignments WHERE principal_id = ?', user.id);
  }
}

/** `web/siteusers`, or `sitegroups(n)/users` when a group is given. */
export function usersResource(ctx: Ctx, group?: PrincipalRow): Resource {
  if (group) requireGroupViewer(ctx, group);
  else requirePermission(ctx, WEB, Perm.BrowseUserInfo);
  const scoped = (user: PrincipalRow | undefined): Resource => {
    if (!user || user.kind !== USER) throw notFound('User');
    if (group && !ctx.db.get('SELECT 1 FROM group_members WHERE group_id = ? AND user_id = ?', group.id, user.id)) throw notFound('User');
    return userResource(ctx, user, group);
  };
  const byLogin = (login: unknown): PrincipalRow | undefined => (typeof login === 'string' ? findUser(ctx.db, login) : undefined);
  return {
    get: () => {
      const rows = group ? members(ctx.db, group.id) : ctx.db.all<PrincipalRow>('SELECT * FROM principals WHERE kind = 1 ORDER BY id');
      return { kind: 'collection', set: 'SP.ApiData.Users', entities: rows.map((u) => principalEntity(ctx, u)) };
    },
    post: () => {
      const body = jsonBody(ctx);
      const user = requireUser(ctx, body.LoginName);
      if (group) {
        requireGroupManager(ctx, group);
        addMember(ctx.db, group.id, user.id);
      }
      return { kind: 'entity', status: 201, entity: principalEntity(ctx, user) };
    },
    child: (seg: Segment) => {
      switch (seg.name) {
        case 'users':
        case 'siteusers':
          return seg.call ? scoped(typeof seg.arg === 'number' ? getPrincipal(ctx.db, seg.arg) : byLogin(seg.arg)) : undefined;
        case 'getbyid':
          return scoped(getPrincipal(ctx.db, Number(seg.arg)));
        case 'getbyemail':
          return scoped(ctx.db.get<PrincipalRow>('SELECT * FROM principals WHERE kind = 1 AND email = ?', String(seg.arg)));
        case 'getbyloginname':
          return scoped(byLogin(seg.arg));
        case 'removebyid':
        case 'removebyloginname':
          return {
            post: () => {
              const user = seg.name === 'removebyid' ? getPrincipal(ctx.db, Number(seg.arg)) : byLogin(seg.arg);
              if (!user) throw notFound('User');
              removeUser(ctx, user, group);
              return voidResult(seg.name === 'removebyid' ? 'RemoveById' : 'RemoveByLoginName');
            },
          };
        default:
          return undefined;
      }
    },
  };
}

/** A row of SharePoint's User Information List (`SP.Data.UserInfoItem`): the profile fields synchronised from Entra ID. */
function userInfoItem(p: PrincipalRow): Entity {
  return new Entity(
    'SP.Data.UserInfoItem',
    { Id: p.id, ID: p.id, Title: p.title, Name: p.login, EMail: p.email, Department: p.department, JobTitle: p.job_title, IsSiteAdmin: p.is_site_admin === 1 },
    { path: `Web/SiteUserInfoList/Items(${p.id})` },
  );
}

/** `web/siteUserInfoList`: the hidden list of the site's users; its `items` (and `items(n)`) carry each user's department. */
export function userInfoListResource(ctx: Ctx): Resource {
  requirePermission(ctx, WEB, Perm.BrowseUserInfo);
  const users = (): PrincipalRow[] => ctx.db.all<PrincipalRow>('SELECT * FROM principals WHERE kind = 1 ORDER BY id');
  return {
    get: () => ({ kind: 'entity', entity: new Entity('SP.List', { Title: 'User Information List', BaseTemplate: 112, Hidden: true }, { path: 'Web/SiteUserInfoList' }) }),
    child: (seg: Segment) => {
      if (seg.name !== 'items') return undefined;
      if (!seg.call) return { get: () => ({ kind: 'collection', set: 'SP.Data.UserInfoItems', entities: users().map(userInfoItem) }) };
      const user = getPrincipal(ctx.db, Number(seg.arg));
      if (!user || user.kind !== USER) throw notFound('Item');
      return { get: () => ({ kind: 'entity', entity: userInfoItem(user) }) };
    },
  };
}

/** Site collection admins, Manage Permissions holders, the group's owner (or owner group's members), and members when allowed. */
function requireGroupManager(ctx: Ctx, group: PrincipalRow): void {
  if (has(callerMask(ctx, WEB), Perm.ManagePermissions)) return;
  const owner = group.owner_id;
  if (owner === ctx.caller.id) return;
  const isIn = (groupId: number | null): boolean =>
    groupId !== null && !!ctx.db.get('SELECT 1 FROM group_members WHERE group_id = ? AND user_id = ?', groupId, ctx.caller.id);
  if (isIn(owner)) return;
  const settings = { ...GROUP_SETTINGS, ...(JSON.parse(group.props) as typeof GROUP_SETTINGS) };
  if (settings.AllowMembersEditMembership && isIn(group.id)) return;
  throw accessDenied();
}

function requireGroupViewer(ctx: Ctx, group: PrincipalRow): void {
  const settings = { ...GROUP_SETTINGS, ...(JSON.parse(group.props) as typeof GROUP_SETTINGS) };
  if (!settings.OnlyAllowMembersViewMembership) return requirePermission(ctx, WEB, Perm.BrowseUserInfo);
  if (ctx.db.get('SELECT 1 FROM group_members WHERE group_id = ? AND user_id = ?', group.id, ctx.caller.id)) return;
  requireGroupManager(ctx, group);
}

/** `web/sitegroups` */
export function groupsResource(ctx: Ctx): Resource {
  requirePermission(ctx, WEB, Perm.BrowseUserInfo);
  const byId = (id: unknown): PrincipalRow => {
    const g = getPrincipal(ctx.db, Number(id));
    if (!g || g.kind !== GROUP) throw notFound('Group');
    return g;
  };
  const byName = (name: unknown): PrincipalRow => {
    const g = ctx.db.get<PrincipalRow>('SELECT * FROM principals WHERE kind = 8 AND login = ?', String(name));
    if (!g) throw new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'Group cannot be found.');
    return g;
  };
  const remove = (g: PrincipalRow, name: string): Resource => ({
    post: () => {
      deleteGroup(ctx, g);
      return voidResult(name);
    },
  });
  return {
    get: () => ({
      kind: 'collection',
      set: 'SP.ApiData.Groups',
      entities: ctx.db.all<PrincipalRow>('SELECT * FROM principals WHERE kind = 8 ORDER BY id').map((g) => groupEntity(ctx, g)),
    }),
    post: () => {
      requirePermission(ctx, WEB, Perm.CreateGroups);
      const body = jsonBody(ctx);
      if (typeof body.Title !== 'string' || !body.Title.trim()) throw badRequest('The group name is empty.');
      const id = insertGroup(ctx.db, body.Title.trim(), typeof body.Description === 'string' ? body.Description : '', ctx.caller.id);
      const { Title: _title, Description: _description, __metadata: _metadata, ...settings } = body;
      if (Object.keys(settings).length) updateGroup(ctx, byId(id), settings);
      return { kind: 'entity', status: 201, entity: groupEntity(ctx, byId(id)) };
    },
    child: (seg) => {
      switch (seg.name) {
        case 'sitegroups':
        case 'getbyid':
          return seg.call ? groupResource(ctx, byId(seg.arg)) : undefined;
        case 'getbyname':
          return groupResource(ctx, byName(seg.arg));
        case 'removebyid':
          return remove(byId(seg.arg), 'RemoveById');
        case 'removebyloginname':
          return remove(byName(seg.arg), 'RemoveByLoginName');
        default:
          return undefined;
      }
    },
  };
}

/** One SharePoint group; also used for `associatedownergroup` and friends. */
function groupResource(ctx: Ctx, group: PrincipalRow): Resource {
  return {
    get: () => ({ kind: 'entity', entity: groupEntity(ctx, group) }),
    merge: () => {
      updateGroup(ctx, group, jsonBody(ctx));
      return noContent();
    },
    delete: () => {
      deleteGroup(ctx, group);
      return { kind: 'void', status: 200 };
    },
    child: (seg) => {
      if (seg.name === 'users') return seg.call ? usersResource(ctx, group).child?.(seg) : usersResource(ctx, group);
      if (seg.name === 'owner') {
        const owner = group.owner_id === null ? undefined : getPrincipal(ctx.db, group.owner_id);
        return { get: () => ({ kind: 'entity', entity: principalEntity(ctx, owner ?? group) }) };
      }
      if (seg.name === 'setuserasowner') {
        return {
          post: () => {
            requireGroupManager(ctx, group);
            const owner = getPrincipal(ctx.db, Number(seg.arg));
            if (!owner) throw notFound('User');
            ctx.db.run('UPDATE principals SET owner_id = ? WHERE id = ?', owner.id, group.id);
            return voidResult('SetUserAsOwner');
          },
        };
      }
      return undefined;
    },
  };
}

function updateGroup(ctx: Ctx, group: PrincipalRow, body: Record<string, unknown>): void {
  requireGroupManager(ctx, group);
  const settings = JSON.parse(group.props) as Record<string, unknown>;
  for (const [key, value] of Object.entries(body)) {
    if (key === '__metadata') continue;
    if (key === 'Title') {
      if (typeof value !== 'string' || !value.trim()) throw badRequest('The group name is empty.');
      if (ctx.db.get('SELECT 1 FROM principals WHERE login = ? AND id <> ?', value, group.id)) throw spException('The specified name is already in use.', '-2130575293');
      ctx.db.run('UPDATE principals SET title = ?, login = ? WHERE id = ?', value.trim(), value.trim(), group.id);
    } else if (key === 'Description') {
      ctx.db.run('UPDATE principals SET description = ? WHERE id = ?', value === null ? null : String(value), group.id);
    } else if (key in GROUP_SETTINGS) {
      settings[key] = value;
    } else {
      throw unknownBodyProperty(key, 'SP.Group');
    }
  }
  ctx.db.run('UPDATE principals SET props = ? WHERE id = ?', JSON.stringify(settings), group.id);
}

function deleteGroup(ctx: Ctx, group: PrincipalRow): void {
  requireGroupManager(ctx, group);
  ctx.db.run('DELETE FROM group_members WHERE group_id = ?', group.id);
  ctx.db.run('DELETE FROM role_assignments WHERE principal_id = ?', group.id);
  ctx.db.run('DELETE FROM principals WHERE id = ?', group.id);
}

/** `web/associated…group`: the group id is kept in meta at site creation. */
export function associatedGroupResource(ctx: Ctx, which: 'owner' | 'member' | 'visitor'): Resource {
  const id = Number(ctx.db.meta(`${which}_group`));
  const group = getPrincipal(ctx.db, id);
  if (!group) throw resourceNotFound(`associated${which}group`);
  return groupResource(ctx, group);
}
