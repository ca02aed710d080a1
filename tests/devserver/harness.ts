import { BearerToken, InjectHeaders } from '@pnp/queryable';
import { spfi, SPBrowser, type SPFI } from '@pnp/sp';
import '@pnp/sp/attachments';
import '@pnp/sp/batching';
import '@pnp/sp/fields';
import '@pnp/sp/items';
import '@pnp/sp/lists';
import '@pnp/sp/security';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/site-users/web';
import '@pnp/sp/views';
import '@pnp/sp/webs';
import { startLocalSharePoint, type LocalSharePoint, type LocalSharePointOptions } from '../../devserver/http/server';

/** Personas the suites use (devserver/auth/personas.ts). */
export const ADMIN = 'ilse.thys@pzcarma.be';
export const JONAS = 'jonas.maes@pzcarma.be';
export const SOFIE = 'sofie.claes@pzcarma.be';
export const LOTTE = 'lotte.wouters@pzcarma.be';
export const KAREL = 'karel.peeters@pzcarma.be';

/** Role definition ids of SharePoint Online. */
export const ROLE = { fullControl: 1073741829, design: 1073741828, edit: 1073741830, contribute: 1073741827, read: 1073741826 };

export const startServer = (opts: LocalSharePointOptions = {}): Promise<LocalSharePoint> => startLocalSharePoint(opts);

/** The real, unmodified PnPjs, signed in as a persona with a bearer token (no digest needed). */
export async function spAs(server: LocalSharePoint, login: string): Promise<SPFI> {
  const token = await server.signIn(login);
  return spfi(server.siteUrl).using(SPBrowser({ baseUrl: server.siteUrl }), BearerToken(token));
}

/** PnPjs with a raw header set (for format tests). */
export const spWithHeaders = (server: LocalSharePoint, token: string, headers: Record<string, string>): SPFI =>
  spfi(server.siteUrl).using(SPBrowser({ baseUrl: server.siteUrl }), BearerToken(token), InjectHeaders(headers));

/** The user id of a persona on the site. */
export async function userId(sp: SPFI, login: string): Promise<number> {
  return (await sp.web.ensureUser(`i:0#.f|membership|${login}`)).Id;
}

/** Gives a persona a permission level on the web (through a fresh group, as provisioning would). */
export async function grantWeb(admin: SPFI, logins: string[], roleDefId: number, groupTitle: string): Promise<number> {
  const group = await admin.web.siteGroups.add({ Title: groupTitle });
  for (const login of logins) await admin.web.siteGroups.getById(group.Id).users.add(`i:0#.f|membership|${login}`);
  await admin.web.roleAssignments.add(group.Id, roleDefId);
  return group.Id;
}

/** A raw fetch against the server with a bearer token. */
export async function raw(server: LocalSharePoint, token: string, path: string, init: RequestInit = {}): Promise<Response> {
  return fetch(`${server.siteUrl}/_api/${path}`, {
    ...init,
    headers: { Accept: 'application/json', Authorization: `Bearer ${token}`, ...(init.headers as Record<string, string> | undefined) },
  });
}

/** A role assignment read with `$expand=Member,RoleDefinitionBindings` (PnPjs's info type omits the expanded parts). */
export interface ExpandedRoleAssignment {
  Member: { Title: string };
  RoleDefinitionBindings: { Name: string }[];
}

/** Member title and role names of expanded role assignments, for comparisons. */
export const assignmentSummary = (assignments: unknown[]): [string, string[]][] =>
  (assignments as ExpandedRoleAssignment[]).map((a) => [a.Member.Title, a.RoleDefinitionBindings.map((r) => r.Name)]);
