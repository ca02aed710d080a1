import '@pnp/sp/folders';
import { Item } from '@pnp/sp/items';
import { PermissionKind } from '@pnp/sp/security';
import type { SPFI } from '@pnp/sp';
import type { LocalSharePoint } from '../../devserver/http/server';
import { ADMIN, assignmentSummary, JONAS, KAREL, LOTTE, raw, ROLE, SOFIE, spAs, startServer, userId } from './harness';

/** One answer row of AddValidateUpdateItemUsingPath (SP.ListItemFormUpdateValue). */
interface FormRow {
  ErrorCode: number;
  ErrorMessage: string | null;
  FieldName: string;
  FieldValue: string | null;
  HasException: boolean;
  ItemId: number;
}

const L = 'Voorstellen';
let server: LocalSharePoint;
let admin: SPFI;
let jonas: SPFI;
let sofie: SPFI;
let lotte: SPFI;
let karel: SPFI;
let ids: Record<string, number>;
let root: string;
let bezorgen: number;

const list = (sp: SPFI) => sp.web.lists.getByTitle(L);
const folderUrl = (name: string): string => `${root}/${name}`;
const addIn = async (sp: SPFI, folder: string, values: Record<string, string>): Promise<FormRow[]> =>
  (await list(sp).addValidateUpdateItemUsingPath(
    Object.entries(values).map(([FieldName, FieldValue]) => ({ FieldName, FieldValue })),
    folderUrl(folder),
  )) as FormRow[];
const newId = (rows: FormRow[]): number => Number(rows.filter((r) => r.FieldName === 'Id')[0]?.FieldValue);
const folderItem = (sp: SPFI, name: string) => Item(sp.web.getFolderByServerRelativePath(folderUrl(name)).listItemAllFields);

beforeAll(async () => {
  server = await startServer();
  admin = await spAs(server, ADMIN);
  [jonas, sofie, lotte, karel] = await Promise.all([spAs(server, JONAS), spAs(server, SOFIE), spAs(server, LOTTE), spAs(server, KAREL)]);
  ids = {};
  for (const login of [JONAS, SOFIE, LOTTE, KAREL]) ids[login] = await userId(admin, login);

  await admin.web.lists.add(L);
  await list(admin).fields.addText('ClientId', { MaxLength: 64, Indexed: true, EnforceUniqueValues: true });
  await list(admin).fields.addChoice('Status', { Choices: ['Ingediend', 'Gevalideerd'] });
  await list(admin).fields.addNumber('Bedrag');
  await list(admin).fields.addBoolean('Dringend');
  await list(admin).fields.addDateTime('Datum');
  await list(admin).fields.addUser('Eigenaar', { SelectionMode: 0 });
  await list(admin).fields.addUrl('Bron');
  root = (await list(admin).rootFolder.select('ServerRelativeUrl')()).ServerRelativeUrl;

  // the list: staff read; Jonas and Sofie through a group
  await list(admin).breakRoleInheritance(false);
  const lezers = await admin.web.siteGroups.add({ Title: 'Voorstellen lezers' });
  for (const login of [JONAS, SOFIE]) await admin.web.siteGroups.getById(lezers.Id).users.add(`i:0#.f|membership|${login}`);
  await list(admin).roleAssignments.add(lezers.Id, ROLE.read);

  // "Integriteit - Bezorgen": add items, open, view pages; no ViewListItems
  bezorgen = (await admin.web.roleDefinitions.add('Bezorgen (test)', 'add without reading', 200, { High: 0, Low: 2 | 0x200 | 0x10000 })).data.Id;
});
afterAll(() => server.close());

describe('folders in a list (SP.Folder, SharePoint Online)', () => {
  test('rootFolder.folders.addUsingPath creates a folder that is also a list item (FSObjType 1, content type 0x0120)', async () => {
    const created = await list(admin).rootFolder.folders.addUsingPath('Interventie');
    expect(created).toMatchObject({ Name: 'Interventie', ServerRelativeUrl: folderUrl('Interventie'), Exists: true, ItemCount: 0 });
    await list(admin).rootFolder.folders.addUsingPath('Verkeer');
    await list(admin).rootFolder.folders.addUsingPath(`u${ids[JONAS]}`);
    const item = await folderItem(admin, 'Interventie').select('Id', 'FileSystemObjectType', 'FSObjType', 'FileRef', 'FileDirRef', 'FileLeafRef', 'ContentTypeId')();
    expect(item).toMatchObject({ FileSystemObjectType: 1, FSObjType: '1', FileRef: folderUrl('Interventie'), FileDirRef: root, FileLeafRef: 'Interventie' });
    expect(item.ContentTypeId).toMatch(/^0x0120/);
  });

  test('getFolderByServerRelativePath, folders.getByUrl and the folder listing (with the system folders Attachments and Item)', async () => {
    const folder = await admin.web.getFolderByServerRelativePath(folderUrl('Verkeer')).select('Exists', 'Name', 'ServerRelativeUrl', 'ItemCount')();
    expect(folder).toMatchObject({ Exists: true, Name: 'Verkeer', ServerRelativeUrl: folderUrl('Verkeer'), ItemCount: 0 });
    // SharePoint answers a folder URL that holds nothing with Exists false, not with an error
    expect((await admin.web.getFolderByServerRelativePath(folderUrl('Nergens')).select('Exists')()).Exists).toBe(false);
    expect((await list(admin).rootFolder.folders.getByUrl('Interventie')()).Name).toBe('Interventie');
    await expect(list(admin).rootFolder.folders.getByUrl('Nergens')()).rejects.toMatchObject({ status: 404 });
    const names = (await list(admin).rootFolder.folders()).map((f) => f.Name);
    expect(names).toEqual(['Attachments', 'Item', 'Interventie', `u${ids[JONAS]}`, 'Verkeer']);
  });

  test("names with spaces, quotes and % travel as SharePoint encodes them (encodePath, '' in literals)", async () => {
    const name = "Team Q&W 100% d'Interventie";
    expect((await list(admin).rootFolder.folders.addUsingPath(name)).ServerRelativeUrl).toBe(folderUrl(name));
    expect((await admin.web.getFolderByServerRelativePath(folderUrl(name)).select('Name')()).Name).toBe(name);
    const rows = await addIn(admin, name, { Title: 'x' });
    expect((await list(admin).items.getById(newId(rows)).select('FileDirRef')()).FileDirRef).toBe(folderUrl(name));
    await admin.web.getFolderByServerRelativePath(folderUrl(name)).delete();
  });

  test('a second folder with the same name is refused unless overwrite is asked', async () => {
    await expect(list(admin).rootFolder.folders.addUsingPath('Interventie')).rejects.toMatchObject({ status: 500 });
    expect((await list(admin).rootFolder.folders.addUsingPath('Interventie', true)).Name).toBe('Interventie');
  });

  test('creating a folder needs AddListItems where it goes (403 for a reader)', async () => {
    await expect(list(jonas).rootFolder.folders.addUsingPath('Eigen')).rejects.toMatchObject({ status: 403 });
  });

  test('a folder item is a securable: break inheritance, grant, HasUniqueRoleAssignments, role assignments', async () => {
    const interventie = folderItem(admin, 'Interventie');
    await interventie.breakRoleInheritance(false);
    await interventie.roleAssignments.add(ids[LOTTE], ROLE.contribute);
    await interventie.roleAssignments.add(ids[KAREL], ROLE.read);
    await interventie.roleAssignments.remove(ids[ADMIN] ?? (await userId(admin, ADMIN)), ROLE.fullControl);
    expect((await interventie.select('HasUniqueRoleAssignments')()).HasUniqueRoleAssignments).toBe(true);
    const assignments = await interventie.roleAssignments.expand('Member', 'RoleDefinitionBindings')();
    expect(assignmentSummary(assignments)).toEqual([
      ['Lotte Wouters', ['Contribute']],
      ['Karel Peeters', ['Read']],
    ]);
    const mine = folderItem(admin, `u${ids[JONAS]}`);
    await mine.breakRoleInheritance(false);
    await mine.roleAssignments.add(ids[JONAS], ROLE.contribute);
    await mine.roleAssignments.add(ids[SOFIE], bezorgen);
  });
});

describe('items in folders (FileDirRef, FileRef, FileLeafRef, FSObjType)', () => {
  let inInterventie: number;
  let inVerkeer: number;

  test('AddValidateUpdateItemUsingPath creates the item in the folder; the last row Id carries its id', async () => {
    const rows = await addIn(lotte, 'Interventie', { Title: 'Betere radio', ClientId: 'c-1', Status: 'Ingediend', Bedrag: '12.5', Dringend: '1', Datum: '2026-12-01T09:30:00Z', Eigenaar: JSON.stringify([{ Key: `i:0#.f|membership|${LOTTE}` }]), Bron: 'https://pzcarma.be/radio, Radio' });
    expect(rows.every((r) => !r.HasException)).toBe(true);
    expect(rows.map((r) => r.FieldName)).toEqual(['Title', 'ClientId', 'Status', 'Bedrag', 'Dringend', 'Datum', 'Eigenaar', 'Bron', 'Id']);
    inInterventie = newId(rows);
    expect(inInterventie).toBeGreaterThan(0);
    const item = await list(admin).items.getById(inInterventie).select('Title', 'Bedrag', 'Dringend', 'Datum', 'EigenaarId', 'Bron', 'AuthorId', 'FileDirRef', 'FileRef', 'FileLeafRef', 'FSObjType', 'FileSystemObjectType')();
    expect(item).toMatchObject({
      Title: 'Betere radio',
      Bedrag: 12.5,
      Dringend: true,
      Datum: '2026-12-01T09:30:00Z',
      EigenaarId: ids[LOTTE],
      Bron: { Url: 'https://pzcarma.be/radio', Description: 'Radio' },
      AuthorId: ids[LOTTE],
      FileDirRef: folderUrl('Interventie'),
      FileRef: `${folderUrl('Interventie')}/${inInterventie}_.000`,
      FileLeafRef: `${inInterventie}_.000`,
      FSObjType: '0',
      FileSystemObjectType: 0,
    });
    inVerkeer = newId(await addIn(admin, 'Verkeer', { Title: 'Flitspaal', ClientId: 'c-2' }));
  });

  test('list.items returns the items of every folder and the folders themselves; $filter on FSObjType and FileDirRef', async () => {
    const all = await list(admin).items.select('Id', 'FSObjType', 'FileLeafRef')();
    expect(all.filter((i) => i.FSObjType === '1').map((i) => i.FileLeafRef).sort()).toEqual(['Interventie', 'Verkeer', `u${ids[JONAS]}`].sort());
    expect((await list(admin).items.filter('FSObjType eq 0').select('Id')()).map((i) => i.Id)).toEqual([inInterventie, inVerkeer]);
    const inFolder = await list(admin).items.filter(`FileDirRef eq '${folderUrl('Interventie')}'`).select('Id')();
    expect(inFolder.map((i) => i.Id)).toEqual([inInterventie]);
    expect((await admin.web.getFolderByServerRelativePath(folderUrl('Interventie')).select('ItemCount')()).ItemCount).toBe(1);
  });

  test('an item inherits its secured folder: who may read the folder reads the item, others get nothing (404)', async () => {
    expect((await list(karel).items.getById(inInterventie)()).Title).toBe('Betere radio');
    await expect(list(jonas).items.getById(inInterventie)()).rejects.toMatchObject({ status: 404 });
    expect((await list(jonas).items.select('Id')()).map((i) => i.Id)).not.toContain(inInterventie);
    expect((await list(jonas).items.filter(`FileDirRef eq '${folderUrl('Interventie')}'`)()).length).toBe(0);
    // the folder the caller has no permission on does not show either
    expect((await list(jonas).rootFolder.folders()).map((f) => f.Name)).not.toContain('Interventie');
    expect((await jonas.web.getFolderByServerRelativePath(folderUrl('Interventie')).select('Exists')()).Exists).toBe(false);
    // items in a folder that inherits follow the list
    expect((await list(jonas).items.getById(inVerkeer)()).Title).toBe('Flitspaal');
  });

  test('effective permissions, updates and deletes follow the folder', async () => {
    const lottePerms = await list(lotte).items.getById(inInterventie).getCurrentUserEffectivePermissions();
    expect(lotte.web.hasPermissions(lottePerms, PermissionKind.EditListItems)).toBe(true);
    const karelPerms = await list(karel).items.getById(inInterventie).getCurrentUserEffectivePermissions();
    expect(karel.web.hasPermissions(karelPerms, PermissionKind.ViewListItems)).toBe(true);
    expect(karel.web.hasPermissions(karelPerms, PermissionKind.EditListItems)).toBe(false);
    await expect(list(karel).items.getById(inInterventie).update({ Title: 'x' })).rejects.toMatchObject({ status: 403 });
    await list(lotte).items.getById(inInterventie).update({ Status: 'Gevalideerd' });
    await expect(list(jonas).items.getById(inInterventie).delete()).rejects.toMatchObject({ status: 404 });
    await expect(list(sofie).items.getById(inVerkeer).delete()).rejects.toMatchObject({ status: 403 });
  });

  test('breakRoleInheritance(true) on an item copies its folder, resetRoleInheritance returns it to the folder', async () => {
    const item = list(admin).items.getById(inInterventie);
    await item.breakRoleInheritance(true);
    expect(assignmentSummary(await item.roleAssignments.expand('Member', 'RoleDefinitionBindings')())).toEqual([
      ['Lotte Wouters', ['Contribute']],
      ['Karel Peeters', ['Read']],
    ]);
    await item.roleAssignments.remove(ids[KAREL], ROLE.read);
    await expect(list(karel).items.getById(inInterventie)()).rejects.toMatchObject({ status: 404 });
    await item.resetRoleInheritance();
    expect((await item.select('HasUniqueRoleAssignments')()).HasUniqueRoleAssignments).toBe(false);
    expect((await list(karel).items.getById(inInterventie)()).Title).toBe('Betere radio');
    await expect(list(jonas).items.getById(inInterventie)()).rejects.toMatchObject({ status: 404 });
  });
});

describe('AddValidateUpdateItemUsingPath refusals (HasException; nothing is stored)', () => {
  const count = async (): Promise<number> => (await list(admin).items.select('Id')()).length;

  test('an unknown choice, a text over MaxLength, a missing required Title, a bad number and an unknown person', async () => {
    const before = await count();
    const rows = await addIn(lotte, 'Interventie', { Title: '', ClientId: 'x'.repeat(65), Status: 'Onbekend', Bedrag: '12,5', Eigenaar: '[{"Key":"niemand@pzcarma.be"}]' });
    expect(rows.filter((r) => r.HasException).map((r) => r.FieldName)).toEqual(['Title', 'ClientId', 'Status', 'Bedrag', 'Eigenaar']);
    expect(rows.some((r) => r.FieldName === 'Id')).toBe(false);
    expect(rows.filter((r) => r.HasException).every((r) => typeof r.ErrorMessage === 'string' && r.ErrorCode !== 0)).toBe(true);
    expect(await count()).toBe(before);
  });

  test('a server-set field (Author) is refused', async () => {
    const rows = await addIn(lotte, 'Interventie', { Title: 'vals', Author: JSON.stringify([{ Key: `i:0#.f|membership|${KAREL}` }]) });
    expect(rows.filter((r) => r.HasException).map((r) => r.FieldName)).toEqual(['Author']);
  });

  test('a unique column (EnforceUniqueValues) is unique across the whole list, every folder included', async () => {
    const before = await count();
    const rows = await addIn(admin, 'Verkeer', { Title: 'dubbel', ClientId: 'c-1' });
    expect(rows.find((r) => r.FieldName === 'ClientId')).toMatchObject({ HasException: true, ErrorMessage: expect.stringMatching(/duplicate/) });
    await expect(list(admin).items.add({ Title: 'dubbel', ClientId: 'C-1' })).rejects.toMatchObject({ status: 500 });
    expect(await count()).toBe(before);
  });

  test('without AddListItems on the folder the whole request is refused (403); a missing folder is 404', async () => {
    await expect(addIn(karel, 'Interventie', { Title: 'x' })).rejects.toMatchObject({ status: 403 });
    await expect(addIn(admin, 'Nergens', { Title: 'x' })).rejects.toMatchObject({ status: 404 });
  });
});

describe('add without view ("Integriteit - Bezorgen": AddListItems without ViewListItems)', () => {
  test('a colleague delivers into a personal folder and cannot read it back; the owner can', async () => {
    const rows = await addIn(sofie, `u${ids[JONAS]}`, { Title: 'Melding voor Jonas', ClientId: 'm-1' });
    const id = newId(rows);
    expect(id).toBeGreaterThan(0);
    await expect(list(sofie).items.getById(id)()).rejects.toMatchObject({ status: 404 });
    expect((await list(sofie).items.select('Id')()).map((i) => i.Id)).not.toContain(id);
    expect(await list(jonas).items.getById(id).select('Title', 'AuthorId')()).toMatchObject({ Title: 'Melding voor Jonas', AuthorId: ids[SOFIE] });
    // the same delivery through items.add lands in the root folder, where Sofie may not add
    await expect(list(sofie).items.add({ Title: 'x' })).rejects.toMatchObject({ status: 403 });
  });
});

describe('folder deletion', () => {
  test('deleting a folder deletes what it holds', async () => {
    await list(admin).rootFolder.folders.addUsingPath('Tijdelijk');
    const id = newId(await addIn(admin, 'Tijdelijk', { Title: 'weg' }));
    await admin.web.getFolderByServerRelativePath(folderUrl('Tijdelijk')).delete();
    await expect(list(admin).items.getById(id)()).rejects.toMatchObject({ status: 404 });
    const res = await raw(server, await server.signIn(ADMIN), `web/getFolderByServerRelativePath(decodedUrl='${encodeURIComponent(folderUrl('Tijdelijk'))}')?$select=Exists`);
    expect(((await res.json()) as { Exists: boolean }).Exists).toBe(false);
  });
});
