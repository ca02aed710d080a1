import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/site-users/web';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/batching';
import { batchAll } from './provisioning/batch';

/** Someone to put in groups: the user principal name and the titles of the groups. */
export interface Membership {
  login: string;
  groups: readonly string[];
}

/** How many memberships were added, and how many were already there. */
export interface MembershipReport {
  added: number;
  unchanged: number;
}

/** The SharePoint claims login of a Microsoft Entra user principal name. */
export const claimsOf = (login: string): string => `i:0#.f|membership|${login}`;

/**
 * Puts each person in their groups (the demo personas on the local SharePoint), idempotently: the users are ensured,
 * the groups' members read, and only missing memberships added, each step in one batch.
 */
export async function seedPersonaMemberships(sp: SPFI, people: readonly Membership[]): Promise<MembershipReport> {
  const groups = await sp.web.siteGroups.select('Id', 'Title')<{ Id: number; Title: string }[]>();
  const titles = people.reduce<string[]>((all, p) => all.concat(p.groups.filter((g) => all.indexOf(g) < 0)), []);
  const idOf = (title: string): number => {
    const group = groups.filter((g) => g.Title === title)[0];
    if (!group) throw new Error(`Group "${title}" does not exist: run provisioning first.`);
    return group.Id;
  };
  const members = await batchAll(sp, (b) =>
    titles.map((title) => ({ what: `members of ${title}`, run: b.web.siteGroups.getById(idOf(title)).users.select('LoginName')<{ LoginName: string }[]>() })),
  );
  await batchAll(sp, (b) => people.map((p) => ({ what: `ensure ${p.login}`, run: b.web.ensureUser(claimsOf(p.login)) })));
  const missing: { title: string; login: string }[] = [];
  let unchanged = 0;
  people.forEach((p) =>
    p.groups.forEach((title) => {
      const current = members[titles.indexOf(title)];
      if (current.some((m) => m.LoginName.toLowerCase() === claimsOf(p.login).toLowerCase())) unchanged++;
      else missing.push({ title, login: p.login });
    }),
  );
  await batchAll(sp, (b) => missing.map((m) => ({ what: `add ${m.login} to ${m.title}`, run: b.web.siteGroups.getById(idOf(m.title)).users.add(claimsOf(m.login)) })));
  return { added: missing.length, unchanged };
}
