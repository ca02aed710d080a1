import type { SPFI } from '@pnp/sp';
import type { LocalSharePoint } from '../../devserver/http/server';
import { ADMIN, JONAS, raw, SOFIE, spAs, startServer, assignmentSummary } from './harness';

let server: LocalSharePoint;
let admin: SPFI;
const claims = (upn: string) => `i:0#.f|membership|${upn}`;

beforeAll(async () => {
  server = await startServer();
  admin = await spAs(server, ADMIN);
});
afterAll(() => server.close());

test('currentUser, siteUsers and the ways to get one user', async () => {
  const me = await admin.web.currentUser();
  expect(me).toMatchObject({ Title: 'Ilse Thys', LoginName: claims(ADMIN), Email: ADMIN, UserPrincipalName: ADMIN, IsSiteAdmin: true, PrincipalType: 1 });
  const users = await admin.web.siteUsers();
  expect(users.map((u) => u.Email)).toEqual(expect.arrayContaining([ADMIN, JONAS, SOFIE]));
  const jonas = users.find((u) => u.Email === JONAS) as { Id: number };
  expect((await admin.web.siteUsers.getById(jonas.Id)()).Title).toBe('Jonas Maes');
  expect((await admin.web.siteUsers.getByEmail(JONAS)()).Id).toBe(jonas.Id);
  expect((await admin.web.siteUsers.getByLoginName(claims(JONAS))()).Id).toBe(jonas.Id);
  expect((await admin.web.getUserById(jonas.Id)()).IsSiteAdmin).toBe(false);
  await expect(admin.web.getUserById(99999)()).rejects.toMatchObject({ status: 404 });
});

test('ensureUser knows the personas (claims or plain login) and refuses anyone else', async () => {
  expect((await admin.web.ensureUser(claims(SOFIE))).Title).toBe('Sofie Claes');
  expect((await admin.web.ensureUser(SOFIE)).Title).toBe('Sofie Claes');
  const unknown = admin.web.ensureUser(claims('nobody@pzcarma.be'));
  await expect(unknown).rejects.toMatchObject({ status: 404 });
  await unknown.catch(async (e: { response: Response }) => {
    expect(((await e.response.json()) as { 'odata.error': { message: { value: string } } })['odata.error'].message.value).toBe(
      `The specified user ${claims('nobody@pzcarma.be')} could not be found.`,
    );
  });
});

test('a new site has the standard groups with their permission levels, the site admin in Owners', async () => {
  expect((await admin.web.siteGroups()).map((g) => g.Title)).toEqual(['Integriteit Owners', 'Integriteit Members', 'Integriteit Visitors']);
  expect((await admin.web.associatedOwnerGroup()).Title).toBe('Integriteit Owners');
  expect((await admin.web.associatedMemberGroup()).Title).toBe('Integriteit Members');
  expect((await admin.web.associatedVisitorGroup()).Title).toBe('Integriteit Visitors');
  const assignments = await admin.web.roleAssignments.expand('Member', 'RoleDefinitionBindings')();
  expect(assignmentSummary(assignments)).toEqual([
    ['Integriteit Owners', ['Full Control']],
    ['Integriteit Members', ['Edit']],
    ['Integriteit Visitors', ['Read']],
  ]);
  expect((await admin.web.siteGroups.getByName('Integriteit Owners').users()).map((u) => u.Email)).toEqual([ADMIN]);
  expect((await admin.web.currentUser.groups()).map((g) => g.Title)).toEqual(['Integriteit Owners']);
});

test('groups: add without an owner, update, members add/remove by login and by id, delete', async () => {
  const group = await admin.web.siteGroups.add({ Title: 'Werkgroep', Description: 'tijdelijk' });
  expect(group).toMatchObject({ Title: 'Werkgroep', Description: 'tijdelijk', PrincipalType: 8, OwnerTitle: 'Ilse Thys' });
  const g = admin.web.siteGroups.getById(group.Id);
  await g.update({ Description: 'aangepast', OnlyAllowMembersViewMembership: true });
  expect(await g()).toMatchObject({ Description: 'aangepast', OnlyAllowMembersViewMembership: true });
  await g.users.add(claims(JONAS));
  await g.users.add(claims(SOFIE));
  expect((await g.users()).map((u) => u.Email)).toEqual([JONAS, SOFIE]);
  expect((await g.users.getByEmail(SOFIE)()).Title).toBe('Sofie Claes');
  const sofieId = (await g.users.getByEmail(SOFIE)()).Id;
  await g.users.removeById(sofieId);
  await g.users.removeByLoginName(claims(JONAS));
  expect(await g.users()).toEqual([]);
  await expect(admin.web.siteGroups.add({ Title: 'Werkgroep' })).rejects.toMatchObject({ status: 500 });
  await admin.web.siteGroups.removeById(group.Id);
  await expect(admin.web.siteGroups.getByName('Werkgroep')()).rejects.toMatchObject({ status: 404 });
});

test('a persona without rights on the web gets 403s; without a token 401', async () => {
  const jonas = await spAs(server, JONAS);
  await expect(jonas.web()).rejects.toMatchObject({ status: 403 });
  await expect(jonas.web.siteGroups.add({ Title: 'x' })).rejects.toMatchObject({ status: 403 });
  const res = await fetch(`${server.siteUrl}/_api/web`, { headers: { Accept: 'application/json' } });
  expect(res.status).toBe(401);
  const bad = await raw(server, 'not-a-token', 'web');
  expect(bad.status).toBe(401);
});
