import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields/list';
import '@pnp/sp/views/list';
import '@pnp/sp/security/web';
import '@pnp/sp/security/list';
import '@pnp/sp/site-groups/web';
import { PERSONAS } from '../../devserver/auth/personas';
import { GROUP_INFO, GROUPS, type GroupKey } from '../../src/data/groups';
import type { RoleAssignmentJson } from '../../src/data/permissions';
import { provision, totals } from '../../src/data/provision';
import { LISTS, ROLES, listSchema, type ListDef, type RoleGrants, type RoleKey } from '../../src/data/schema';
import { seedPersonaMemberships } from '../../src/data/seedMembers';
import { ADMIN, measure, spAs, startSite, type LocalSharePoint } from './localSharePoint';

let ls: LocalSharePoint;
let admin: SPFI;

beforeAll(async () => {
  ls = await startSite();
  admin = await spAs(ls, ADMIN);
});

afterAll(async () => {
  await ls.close();
});

/** What a role key is called on the site, for comparing role assignments. */
function roleMatches(key: RoleKey, binding: { Name: string; RoleTypeKind: number }): boolean {
  const role = ROLES[key];
  return role.builtIn ? binding.RoleTypeKind === role.roleTypeKind : binding.Name === role.name;
}

/** The group titles and role keys a set of role assignments grants (Limited Access left out). */
function granted(assignments: RoleAssignmentJson[]): string[] {
  const out: string[] = [];
  assignments.forEach((a) =>
    a.RoleDefinitionBindings.filter((b) => b.RoleTypeKind !== 1 && !b.Hidden).forEach((b) => {
      const key = (Object.keys(ROLES) as RoleKey[]).filter((k) => roleMatches(k, b))[0];
      out.push(`${a.Member.Title}:${key ?? b.Name}`);
    }),
  );
  return out.sort();
}

const expected = (roles: RoleGrants): string[] =>
  (Object.keys(roles) as GroupKey[]).map((g) => `${GROUPS[g]}:${roles[g]}`).sort();

describe('provisioning against the local SharePoint', () => {
  it('creates everything on a new site, and changes nothing on a second run', async () => {
    const first = await measure(() => provision(admin));
    expect(first.result.conflicts).toEqual([]);
    expect(first.result.counts.lists.created).toBe(LISTS.length);
    expect(first.result.counts.fields.created).toBeGreaterThan(LISTS.length * 3);

    const second = await measure(() => provision(admin));
    expect(second.result.conflicts).toEqual([]);
    expect(second.result.changes).toEqual([]);
    expect(totals(second.result)).toMatchObject({ created: 0, updated: 0 });
    expect(totals(second.result).unchanged).toBe(totals(first.result).created + totals(first.result).updated + totals(first.result).unchanged);

    // figures for the report: HTTP requests ($batch = 1) and wall time of each run
    console.log(
      `provision #1: ${first.requests} requests, ${first.ms} ms, ${JSON.stringify(totals(first.result))}\n` +
        `provision #2: ${second.requests} requests, ${second.ms} ms, ${JSON.stringify(totals(second.result))}`,
    );
  });

  it('leaves groups with their descriptions and site access', async () => {
    const groups = await admin.web.siteGroups.select('Title', 'Description')<{ Title: string; Description: string }[]>();
    (Object.keys(GROUPS) as GroupKey[]).forEach((key) =>
      expect(groups).toContainEqual(expect.objectContaining({ Title: GROUPS[key], Description: GROUP_INFO[key].description })),
    );
    const site = await admin.web.roleAssignments.expand('Member', 'RoleDefinitionBindings')<RoleAssignmentJson[]>();
    const ours = granted(site).filter((g) => (Object.values(GROUPS) as string[]).indexOf(g.split(':')[0]) >= 0);
    expect(ours).toEqual((Object.keys(GROUPS) as GroupKey[]).map((g) => `${GROUPS[g]}:${GROUP_INFO[g].siteRole}`).sort());
  });

  it.each(LISTS.map((l) => [l.title, l as ListDef] as const))('leaves %s as the schema says', async (title, def) => {
    const list = admin.web.lists.getByTitle(title);
    const info = await list.select('ReadSecurity', 'WriteSecurity', 'HasUniqueRoleAssignments', 'EnableVersioning', 'NoCrawl')();
    expect(info).toMatchObject({ ReadSecurity: def.readSecurity, WriteSecurity: def.writeSecurity, HasUniqueRoleAssignments: true, EnableVersioning: def.versioning, NoCrawl: def.noCrawl });

    const fields = await list.fields<{ InternalName: string; Title: string; TypeAsString: string; Required: boolean; Indexed: boolean; EnforceUniqueValues: boolean; Choices?: string[] }[]>();
    def.fields.forEach((f) => {
      const actual = fields.filter((x) => x.InternalName === f.name)[0];
      expect(actual).toMatchObject({ Title: f.displayName, TypeAsString: f.kind, Required: !!f.required, Indexed: !!f.indexed, EnforceUniqueValues: !!f.unique });
      if (f.kind === 'Choice' || f.kind === 'MultiChoice') expect(actual.Choices).toEqual(f.choices);
    });

    for (const v of def.views) {
      const view = list.views.getByTitle(v.title);
      expect(await view.select('RowLimit', 'ViewQuery')()).toMatchObject({ RowLimit: v.rowLimit, ViewQuery: v.query });
      expect((await view.fields()).Items).toEqual(v.fields);
    }

    const assignments = await list.roleAssignments.expand('Member', 'RoleDefinitionBindings')<RoleAssignmentJson[]>();
    expect(granted(assignments)).toEqual(expected(def.roles));
  });

  it('puts back what someone changed by hand, and reports it', async () => {
    const klachten = admin.web.lists.getByTitle('Klachten');
    const medewerkers = (await admin.web.siteGroups.select('Id', 'Title')<{ Id: number; Title: string }[]>()).filter((g) => g.Title === GROUPS.medewerkers)[0];
    const read = (await admin.web.roleDefinitions<{ Id: number; RoleTypeKind: number }[]>()).filter((r) => r.RoleTypeKind === 2)[0];
    await klachten.roleAssignments.add(medewerkers.Id, read.Id);
    await admin.web.lists.getByTitle('Verbetervoorstellen').fields.getByInternalNameOrTitle('AgendaDate').update({ Indexed: false, Title: 'Agenda' });
    await admin.web.lists.getByTitle('Verbetervoorstellen').views.getByTitle('Te valideren').delete();
    await admin.web.lists.getByTitle('Geschenken').update({ ReadSecurity: 1 });

    const repair = await provision(admin);
    expect(repair.changes.sort()).toEqual(
      [
        'created view Verbetervoorstellen/Te valideren',
        'updated field Verbetervoorstellen.AgendaDate (Title, Indexed)',
        'updated list Geschenken (ReadSecurity)',
        'updated permissions of Klachten (+0 -1)',
      ].sort(),
    );
    expect(granted(await klachten.roleAssignments.expand('Member', 'RoleDefinitionBindings')<RoleAssignmentJson[]>())).toEqual(expected(listSchema('Klachten').roles));
    expect(totals(await provision(admin))).toMatchObject({ created: 0, updated: 0 });
  });

  it('puts the personas in their groups, once', async () => {
    const first = await seedPersonaMemberships(admin, PERSONAS);
    const memberships = PERSONAS.reduce((n, p) => n + p.groups.length, 0);
    expect(first.added + first.unchanged).toBe(memberships);
    const second = await seedPersonaMemberships(admin, PERSONAS);
    expect(second).toEqual({ added: 0, unchanged: memberships });
    const members = await admin.web.siteGroups.getByName(GROUPS.internToezicht).users.select('LoginName')<{ LoginName: string }[]>();
    expect(members.map((m) => m.LoginName)).toContain('i:0#.f|membership|griet.vandamme@pzcarma.be');
  });
});
