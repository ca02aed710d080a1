/**
 * The local SharePoint is as strict as SharePoint Online where a laxer server would let bugs through that a tenant
 * would expose (issue #11). Each test names the SharePoint Online behaviour it mirrors.
 */
import type { SPFI } from '@pnp/sp';
import type { LocalSharePoint } from '../../devserver/server';
import { ADMIN, JONAS, raw, ROLE, spAs, startServer, grantWeb } from './harness';

let server: LocalSharePoint;
let admin: SPFI;
let jonas: SPFI;
let jonasToken: string;
const L = 'Strikt';

interface ODataError {
  'odata.error': { code: string; message: { value: string } };
}
const errorOf = async (res: Response): Promise<ODataError['odata.error']> => ((await res.json()) as ODataError)['odata.error'];

beforeAll(async () => {
  server = await startServer();
  admin = await spAs(server, ADMIN);
  await grantWeb(admin, [JONAS], ROLE.read, 'Lezers');
  jonasToken = await server.signIn(JONAS);
  jonas = await spAs(server, JONAS);
  await admin.web.lists.add(L);
});
afterAll(() => server.close());

describe('$skiptoken paging', () => {
  let hidden: Record<string, number>;
  let visible: number[];
  beforeAll(async () => {
    const list = admin.web.lists.getByTitle(L);
    visible = [];
    for (const title of ['b', 'd', 'f', 'h', 'k', 'm', 'p', 's', 'v']) visible.push((await list.items.add({ Title: title })).Id);
    hidden = {};
    for (const title of ['c-geheim', 'r-geheim']) {
      const { Id } = await list.items.add({ Title: title });
      await list.items.getById(Id).breakRoleInheritance(false, true);
      hidden[title] = Id;
    }
  });

  const pageAfter = async (pId: number): Promise<string[]> => {
    const token = encodeURIComponent(`Paged=TRUE&p_ID=${pId}`);
    const res = await raw(server, jonasToken, `web/lists/getByTitle('${L}')/items?$select=Title&$orderby=Title&$top=50&$skiptoken=${token}`);
    expect(res.status).toBe(200);
    return ((await res.json()) as { value: { Title: string }[] }).value.map((i) => i.Title);
  };

  test('takes its sort values from the token, never from an anchor row the caller cannot read (no ordering oracle)', async () => {
    // SharePoint Online reads the sort position from the token's p_<Field> values; a hidden row's id tells the caller nothing
    const afterMissing = await pageAfter(999999);
    expect(await pageAfter(hidden['c-geheim'])).toEqual(afterMissing);
    expect(await pageAfter(hidden['r-geheim'])).toEqual(afterMissing);
    expect(afterMissing).not.toContain('c-geheim');
  });

  test('the token\'s own sort values page as before, and a readable anchor still works for ID-only tokens', async () => {
    const token = encodeURIComponent(`Paged=TRUE&p_Title=k&p_ID=${visible[4]}`);
    const res = await raw(server, jonasToken, `web/lists/getByTitle('${L}')/items?$select=Title&$orderby=Title&$top=3&$skiptoken=${token}`);
    expect(((await res.json()) as { value: { Title: string }[] }).value.map((i) => i.Title)).toEqual(['m', 'p', 's']);
    expect(await pageAfter(visible[6])).toEqual(['s', 'v']);
  });
});

describe('web.getList', () => {
  test('matches the server-relative URL case-insensitively, as SharePoint Online does', async () => {
    const path = new URL(server.siteUrl).pathname;
    expect((await admin.web.getList(`${path}/Lists/${L}`).select('Title')()).Title).toBe(L);
    expect((await admin.web.getList(`${path.toUpperCase()}/lists/${L.toLowerCase()}`).select('Title')()).Title).toBe(L);
    expect((await admin.web.getList(`${server.siteUrl}/Lists/${L}/`).select('Title')()).Title).toBe(L);
  });

  test('a list name under another path is not the list', async () => {
    await expect(admin.web.getList(`/sites/andere/Lists/${L}`)()).rejects.toMatchObject({ status: 404 });
    await expect(admin.web.getList(L)()).rejects.toMatchObject({ status: 404 });
  });
});

describe('list titles', () => {
  test('longer than SharePoint allows (255 characters) are refused on create and on rename', async () => {
    const long = 'x'.repeat(256);
    const res = await raw(server, await server.signIn(ADMIN), 'web/lists', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ Title: long, BaseTemplate: 100 }),
    });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message.value).toMatch(/255/);
    await expect(admin.web.lists.getByTitle(L).update({ Title: long })).rejects.toMatchObject({ status: 400 });
    const ok = 'y'.repeat(255);
    await admin.web.lists.add(ok);
    expect((await admin.web.lists.getByTitle(ok).select('Title')()).Title).toBe(ok);
  });
});

void jonas;
