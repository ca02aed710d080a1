import { PermissionKind } from '@pnp/sp/security';
import type { SPFI } from '@pnp/sp';
import type { LocalSharePoint } from '../../devserver/http/server';
import { ADMIN, JONAS, KAREL, LOTTE, raw, ROLE, SOFIE, spAs, startServer, userId, assignmentSummary } from './harness';

const BRAM = 'bram.jacobs@pzcarma.be';
let server: LocalSharePoint;
let admin: SPFI;
let jonas: SPFI;
let sofie: SPFI;
let lotte: SPFI;
let ids: Record<string, number>;
let contributors: number;
let secretId: number;
let openId: number;
const D = 'Dossiers';
const B = 'Bronnen';

beforeAll(async () => {
  server = await startServer();
  admin = await spAs(server, ADMIN);
  [jonas, sofie, lotte] = await Promise.all([spAs(server, JONAS), spAs(server, SOFIE), spAs(server, LOTTE)]);
  ids = {};
  for (const login of [JONAS, SOFIE, LOTTE, KAREL, BRAM, ADMIN]) ids[login] = await userId(admin, login);
  const group = async (title: string, members: string[], role: number) => {
    const g = await admin.web.siteGroups.add({ Title: title });
    for (const m of members) await admin.web.siteGroups.getById(g.Id).users.add(`i:0#.f|membership|${m}`);
    await admin.web.roleAssignments.add(g.Id, role);
    return g.Id;
  };
  contributors = await group('Bijdragers', [JONAS, KAREL], ROLE.contribute);
  await group('Lezers', [SOFIE], ROLE.read);
  await group('Ontwerpers', [BRAM], ROLE.design);

  const bronnen = await admin.web.lists.add(B);
  const hiddenSource = await admin.web.lists.getByTitle(B).items.add({ Title: 'geheime bron' });
  await admin.web.lists.getByTitle(B).items.add({ Title: 'open bron' });
  await admin.web.lists.getByTitle(B).items.getById(hiddenSource.Id).breakRoleInheritance(false);
  await admin.web.lists.add(D);
  await admin.web.lists.getByTitle(D).fields.addLookup('Bron', { LookupListId: bronnen.Id, LookupFieldName: 'Title' });
  openId = (await admin.web.lists.getByTitle(D).items.add({ Title: 'open dossier', BronId: hiddenSource.Id })).Id;
  await admin.web.lists.getByTitle(D).items.getById(openId).update({ Title: 'open dossier v2' });
  secretId = (await admin.web.lists.getByTitle(D).items.add({ Title: 'geheim' })).Id;
  await admin.web.lists.getByTitle(D).items.getById(secretId).update({ Title: 'geheim v2' });
  const secret = admin.web.lists.getByTitle(D).items.getById(secretId);
  await secret.breakRoleInheritance(false, true);
  await secret.roleAssignments.add(ids[LOTTE], ROLE.read);
});
afterAll(() => server.close());

const dossiers = (sp: SPFI) => sp.web.lists.getByTitle(D).items;

describe('an item with broken inheritance is invisible to a persona without access', () => {
  test('through items, getById and $filter', async () => {
    expect((await dossiers(jonas).select('Id')()).map((i) => i.Id)).toEqual([openId]);
    expect((await dossiers(admin).select('Id')()).map((i) => i.Id)).toEqual([openId, secretId]);
    const res = await raw(server, await server.signIn(JONAS), `web/lists/getByTitle('${D}')/items(${secretId})`);
    expect(res.status).toBe(404);
    expect(((await res.json()) as { 'odata.error': { message: { value: string } } })['odata.error'].message.value).toBe('Item does not exist. It may have been deleted by another user.');
    expect(await dossiers(jonas).filter("Title eq 'geheim v2'")()).toEqual([]);
    expect(await dossiers(jonas).filter(`Id eq ${secretId}`)()).toEqual([]);
  });

  test('through $batch', async () => {
    const [batched, execute] = jonas.batched();
    const hidden = dossiers(batched).getById(secretId)();
    const all = dossiers(batched).select('Id')();
    await execute();
    await expect(hidden).rejects.toMatchObject({ status: 404 });
    expect((await all).map((i) => i.Id)).toEqual([openId]);
  });

  test('through a lookup $expand, a lookup $filter and versions', async () => {
    const [item] = await dossiers(jonas).select('Id', 'BronId', 'Bron/Title').expand('Bron')();
    expect(item).toMatchObject({ Id: openId, Bron: null });
    expect(JSON.stringify(item)).not.toContain('geheime bron');
    expect(await dossiers(jonas).expand('Bron').filter("Bron/Title eq 'geheime bron'")()).toEqual([]);
    expect((await dossiers(admin).select('Bron/Title').expand('Bron')())[0].Bron.Title).toBe('geheime bron');
    await expect(dossiers(jonas).getById(secretId).versions()).rejects.toMatchObject({ status: 404 });
    const versions = await dossiers(jonas).getById(openId).versions();
    expect(versions).toHaveLength(2);
    expect(versions.map((v) => v.Bron)).toEqual([expect.objectContaining({ LookupId: 1, LookupValue: null }), expect.objectContaining({ LookupId: 1, LookupValue: null })]);
  });

  test('writes to it are 404 too', async () => {
    await expect(dossiers(jonas).getById(secretId).update({ Title: 'x' })).rejects.toMatchObject({ status: 404 });
    await expect(dossiers(jonas).getById(secretId).delete()).rejects.toMatchObject({ status: 404 });
  });

  test('a persona granted on the item alone sees only that item and cannot write', async () => {
    expect((await dossiers(lotte).select('Id')()).map((i) => i.Id)).toEqual([secretId]);
    expect((await dossiers(lotte).getById(secretId)()).Title).toBe('geheim v2');
    await expect(dossiers(lotte).getById(secretId).update({ Title: 'x' })).rejects.toMatchObject({ status: 403 });
    await expect(dossiers(lotte).add({ Title: 'x' })).rejects.toMatchObject({ status: 403 });
    await expect(lotte.web.lists.getByTitle(B)()).rejects.toMatchObject({ status: 404 });
  });

  test('the site collection admin sees everything', async () => {
    await dossiers(admin).getById(secretId).roleAssignments.remove(ids[ADMIN], ROLE.fullControl);
    expect((await dossiers(admin).getById(secretId)()).Title).toBe('geheim v2');
  });
});

describe('permission information', () => {
  test('HasUniqueRoleAssignments, roleAssignments with Member and RoleDefinitionBindings', async () => {
    expect((await dossiers(admin).getById(secretId).select('HasUniqueRoleAssignments')()).HasUniqueRoleAssignments).toBe(true);
    expect((await dossiers(admin).getById(openId).select('HasUniqueRoleAssignments')()).HasUniqueRoleAssignments).toBe(false);
    const assignments = await dossiers(admin).getById(secretId).roleAssignments.expand('Member', 'RoleDefinitionBindings')();
    expect(assignmentSummary(assignments)).toEqual([['Lotte Wouters', ['Read']]]);
    const web = await admin.web.roleAssignments.getById(contributors).bindings();
    expect(web.map((b) => b.Name)).toEqual(['Contribute']);
  });

  test('EffectiveBasePermissions and getUserEffectivePermissions on web, list and item', async () => {
    const perms = await dossiers(jonas).getById(openId).getCurrentUserEffectivePermissions();
    expect(jonas.web.hasPermissions(perms, PermissionKind.EditListItems)).toBe(true);
    expect(jonas.web.hasPermissions(perms, PermissionKind.ManageLists)).toBe(false);
    expect(await admin.web.lists.getByTitle(D).userHasPermissions(`i:0#.f|membership|${SOFIE}`, PermissionKind.ViewListItems)).toBe(true);
    expect(await admin.web.lists.getByTitle(D).userHasPermissions(`i:0#.f|membership|${SOFIE}`, PermissionKind.AddListItems)).toBe(false);
    const hidden = await dossiers(admin).getById(secretId).getUserEffectivePermissions(`i:0#.f|membership|${JONAS}`);
    expect(hidden).toMatchObject({ High: '0', Low: '0' });
    const full = await admin.web.getCurrentUserEffectivePermissions();
    expect(full).toMatchObject({ High: '2147483647', Low: '4294967295' });
    expect(await sofie.web.currentUserHasPermissions(PermissionKind.ManageWeb)).toBe(false);
  });

  test('role definitions with their standard ids and masks', async () => {
    const defs = await admin.web.roleDefinitions();
    expect(defs.map((d) => [d.Name, d.Id, d.RoleTypeKind])).toEqual([
      ['Full Control', 1073741829, 5],
      ['Design', 1073741828, 4],
      ['Edit', 1073741830, 6],
      ['Contribute', 1073741827, 3],
      ['Read', 1073741826, 2],
      ['Limited Access', 1073741825, 1],
    ]);
    expect((await admin.web.roleDefinitions.getByName('Contribute')()).BasePermissions).toMatchObject({ High: '432', Low: '1011028719' });
    expect((await admin.web.roleDefinitions.getById(1073741826)()).Name).toBe('Read');
    expect((await admin.web.roleDefinitions.getByType(6)()).Name).toBe('Edit');
  });
});

describe('enforcement', () => {
  test('a write without the right is SharePoint\'s 403', async () => {
    const res = await raw(server, await server.signIn(SOFIE), `web/lists/getByTitle('${D}')/items`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"Title":"x"}',
    });
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({
      'odata.error': {
        code: '-2147024891, System.UnauthorizedAccessException',
        message: { lang: 'en-US', value: 'Access denied. You do not have permission to perform this action or access this resource.' },
      },
    });
    await expect(dossiers(jonas).getById(openId).breakRoleInheritance(false)).rejects.toMatchObject({ status: 403 });
    await expect(jonas.web.lists.add('Van Jonas')).rejects.toMatchObject({ status: 403 });
  });

  test('group membership changes take effect immediately', async () => {
    await expect(dossiers(sofie).add({ Title: 'van Sofie' })).rejects.toMatchObject({ status: 403 });
    await admin.web.siteGroups.getById(contributors).users.add(`i:0#.f|membership|${SOFIE}`);
    expect((await dossiers(sofie).add({ Title: 'van Sofie' })).Title).toBe('van Sofie');
    await admin.web.siteGroups.getById(contributors).users.removeByLoginName(`i:0#.f|membership|${SOFIE}`);
    await expect(dossiers(sofie).add({ Title: 'weer niet' })).rejects.toMatchObject({ status: 403 });
  });

  test('resetRoleInheritance makes the item visible again', async () => {
    const list = await admin.web.lists.add('Tijdelijk');
    const item = await admin.web.lists.getById(list.Id).items.add({ Title: 't' });
    await admin.web.lists.getById(list.Id).items.getById(item.Id).breakRoleInheritance(false);
    await expect(jonas.web.lists.getById(list.Id).items.getById(item.Id)()).rejects.toMatchObject({ status: 404 });
    await admin.web.lists.getById(list.Id).items.getById(item.Id).resetRoleInheritance();
    expect((await jonas.web.lists.getById(list.Id).items.getById(item.Id)()).Title).toBe('t');
  });

  test('a list with broken inheritance the persona is not in is a 404 and is not listed', async () => {
    await admin.web.lists.add('Geheime lijst');
    await admin.web.lists.getByTitle('Geheime lijst').breakRoleInheritance(false);
    await expect(jonas.web.lists.getByTitle('Geheime lijst')()).rejects.toMatchObject({ status: 404 });
    expect((await jonas.web.lists.select('Title')()).map((l) => l.Title)).not.toContain('Geheime lijst');
    await admin.web.lists.getByTitle('Geheime lijst').roleAssignments.add(ids[JONAS], ROLE.read);
    expect((await jonas.web.lists.getByTitle('Geheime lijst')()).Title).toBe('Geheime lijst');
  });
});

describe('ReadSecurity and WriteSecurity', () => {
  const M = 'Meldingen';
  let jonasItem: number;
  let karelItem: number;

  beforeAll(async () => {
    await admin.web.lists.add(M, '', 100, false, { ReadSecurity: 2, WriteSecurity: 2 });
    jonasItem = (await jonas.web.lists.getByTitle(M).items.add({ Title: 'van Jonas' })).Id;
    karelItem = (await (await spAs(server, KAREL)).web.lists.getByTitle(M).items.add({ Title: 'van Karel' })).Id;
  });

  test('ReadSecurity 2: users read only their own items', async () => {
    const items = jonas.web.lists.getByTitle(M).items;
    expect((await items.select('Id')()).map((i) => i.Id)).toEqual([jonasItem]);
    await expect(items.getById(karelItem)()).rejects.toMatchObject({ status: 404 });
    expect(await items.filter("Title eq 'van Karel'")()).toEqual([]);
  });

  test('Full Control, Design ("Override list behaviors") and the site admin read all items', async () => {
    const bram = await spAs(server, BRAM);
    for (const sp of [admin, bram]) expect((await sp.web.lists.getByTitle(M).items.select('Id')()).map((i) => i.Id)).toEqual([jonasItem, karelItem]);
    expect((await bram.web.lists.getByTitle(M).items.getById(jonasItem).update({ Title: 'door ontwerper' })).etag).toBe('"2"');
  });

  test('WriteSecurity 2: users edit only their own items; 4: nobody adds', async () => {
    await admin.web.lists.getByTitle(M).update({ ReadSecurity: 1 });
    await expect(jonas.web.lists.getByTitle(M).items.getById(karelItem).update({ Title: 'x' })).rejects.toMatchObject({ status: 403 });
    expect((await jonas.web.lists.getByTitle(M).items.getById(jonasItem).update({ Title: 'eigen' })).etag).toBe('"3"');
    await admin.web.lists.getByTitle(M).update({ WriteSecurity: 4 });
    await expect(jonas.web.lists.getByTitle(M).items.add({ Title: 'x' })).rejects.toMatchObject({ status: 403 });
    expect((await admin.web.lists.getByTitle(M).items.add({ Title: 'admin mag' })).Title).toBe('admin mag');
  });
});
