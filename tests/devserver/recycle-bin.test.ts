import '@pnp/sp/folders';
import '@pnp/sp/recycle-bin';
import '@pnp/sp/sites';
import type { SPFI } from '@pnp/sp';
import type { LocalSharePoint } from '../../devserver/http/server';
import { ADMIN, JONAS, LOTTE, ROLE, spAs, startServer, userId } from './harness';

const L = 'Prullenbak';
let server: LocalSharePoint;
let admin: SPFI;
let jonas: SPFI;
let lotte: SPFI;

const items = (sp: SPFI) => sp.web.lists.getByTitle(L).items;

beforeAll(async () => {
  server = await startServer();
  admin = await spAs(server, ADMIN);
  [jonas, lotte] = await Promise.all([spAs(server, JONAS), spAs(server, LOTTE)]);
  await admin.web.lists.add(L);
  await admin.web.lists.getByTitle(L).fields.addText('ClientId', { Indexed: true, EnforceUniqueValues: true });
  await admin.web.lists.getByTitle(L).breakRoleInheritance(false);
  for (const login of [JONAS, LOTTE]) await admin.web.lists.getByTitle(L).roleAssignments.add(await userId(admin, login), ROLE.contribute);
});
afterAll(() => server.close());

describe('the recycle bin (SharePoint Online: deleted list items are restorable)', () => {
  test('item.recycle() returns the recycle bin id; the item is gone until restored, with its id, versions and permissions', async () => {
    const { Id } = await items(jonas).add({ Title: 'eerste', ClientId: 'r-1' });
    await items(jonas).getById(Id).update({ Title: 'tweede' });
    await items(admin).getById(Id).breakRoleInheritance(true);
    const recycled = await items(jonas).getById(Id).recycle();
    expect(recycled).toMatch(/^[0-9a-f-]{36}$/);
    await expect(items(jonas).getById(Id)()).rejects.toMatchObject({ status: 404 });
    const entry = await jonas.web.recycleBin.getById(recycled)();
    expect(entry).toMatchObject({ Id: recycled, ItemType: 3, ItemState: 1, LeafName: `${Id}_.000`, Title: 'tweede', DeletedByName: 'Jonas Maes' });
    await jonas.web.recycleBin.getById(recycled).restore();
    const back = await items(jonas).getById(Id).select('Title', 'ClientId', 'HasUniqueRoleAssignments')();
    expect(back).toMatchObject({ Title: 'tweede', ClientId: 'r-1', HasUniqueRoleAssignments: true });
    expect(await items(jonas).getById(Id).versions()).toHaveLength(2);
    expect((await jonas.web.recycleBin()).map((r) => r.Id)).not.toContain(recycled);
  });

  test('item.delete() sends the item to the recycle bin too; each user sees what they deleted, the site admin everything', async () => {
    const { Id } = await items(lotte).add({ Title: 'weg', ClientId: 'r-2' });
    await items(lotte).getById(Id).delete();
    await expect(items(lotte).getById(Id)()).rejects.toMatchObject({ status: 404 });
    const [mine] = await lotte.web.recycleBin();
    expect(mine).toMatchObject({ LeafName: `${Id}_.000`, DeletedByName: 'Lotte Wouters' });
    expect((await jonas.web.recycleBin()).map((r) => r.Id)).not.toContain(mine.Id);
    await expect(jonas.web.recycleBin.getById(mine.Id)()).rejects.toMatchObject({ status: 404 });
    expect((await admin.site.recycleBin()).map((r) => r.Id)).toContain(mine.Id);
    await lotte.web.recycleBin.getById(mine.Id).delete();
    await expect(lotte.web.recycleBin.getById(mine.Id).restore()).rejects.toMatchObject({ status: 404 });
    await expect(items(lotte).getById(Id)()).rejects.toMatchObject({ status: 404 });
  });

  test('a folder goes to the recycle bin with what it holds and comes back with it; an item of a deleted folder waits for it', async () => {
    await admin.web.lists.getByTitle(L).rootFolder.folders.addUsingPath('Map');
    const root = (await admin.web.lists.getByTitle(L).rootFolder.select('ServerRelativeUrl')()).ServerRelativeUrl;
    const rows = (await admin.web.lists.getByTitle(L).addValidateUpdateItemUsingPath([{ FieldName: 'Title', FieldValue: 'in map' }], `${root}/Map`)) as { FieldName: string; FieldValue: string }[];
    const inside = Number(rows.filter((r) => r.FieldName === 'Id')[0].FieldValue);
    const loose = Number(((await admin.web.lists.getByTitle(L).addValidateUpdateItemUsingPath([{ FieldName: 'Title', FieldValue: 'ook in map' }], `${root}/Map`)) as { FieldName: string; FieldValue: string }[]).filter((r) => r.FieldName === 'Id')[0].FieldValue);
    const looseBin = await items(admin).getById(loose).recycle();
    const folderBin = await admin.web.getFolderByServerRelativePath(`${root}/Map`).recycle();
    await expect(items(admin).getById(inside)()).rejects.toMatchObject({ status: 404 });
    expect((await admin.web.recycleBin.getById(folderBin)()).ItemType).toBe(5);
    await expect(admin.web.recycleBin.getById(looseBin).restore()).rejects.toMatchObject({ status: 500 });
    await admin.web.recycleBin.getById(folderBin).restore();
    expect((await items(admin).getById(inside).select('FileDirRef')()).FileDirRef).toBe(`${root}/Map`);
    await admin.web.recycleBin.getById(looseBin).restore();
    expect((await items(admin).getById(loose)()).Title).toBe('ook in map');
  });
});
