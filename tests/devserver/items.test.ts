import type { SPFI } from '@pnp/sp';
import type { LocalSharePoint } from '../../devserver/http/server';
import { ADMIN, JONAS, raw, SOFIE, spAs, startServer, userId } from './harness';

let server: LocalSharePoint;
let sp: SPFI;
let token: string;
let ids: { admin: number; jonas: number; sofie: number };
const L = 'Zaken';
const list = () => sp.web.lists.getByTitle(L);

beforeAll(async () => {
  server = await startServer();
  sp = await spAs(server, ADMIN);
  token = await server.signIn(ADMIN);
  ids = { admin: await userId(sp, ADMIN), jonas: await userId(sp, JONAS), sofie: await userId(sp, SOFIE) };
  const diensten = await sp.web.lists.add('Diensten');
  for (const title of ['Interventie', 'Wijk', 'Verkeer']) await sp.web.lists.getByTitle('Diensten').items.add({ Title: title });
  await sp.web.lists.add(L);
  const f = list().fields;
  await f.addChoice('Status', { Choices: ['Nieuw', 'In behandeling', 'Afgesloten'], Indexed: true } as never);
  await f.addNumber('Bedrag');
  await f.addBoolean('Vertrouwelijk');
  await f.addDateTime('Deadline');
  await f.addMultiChoice('Thema', { Choices: ['A', 'B', 'C'] });
  await f.addUser('Behandelaar', { SelectionMode: 0 });
  await f.createFieldAsXml('<Field Type="UserMulti" DisplayName="Betrokkenen" Mult="TRUE" />');
  await f.addLookup('Dienst', { LookupListId: diensten.Id, LookupFieldName: 'Title' });
  await f.createFieldAsXml(`<Field Type="LookupMulti" DisplayName="Diensten" Mult="TRUE" List="{${diensten.Id}}" ShowField="Title" />`);
  await f.addUrl('Link');
  await f.addMultilineText('Omschrijving');
  await f.createFieldAsXml({ SchemaXml: '<Field Type="Text" DisplayName="ClientKey" Name="ClientKey" Indexed="TRUE" EnforceUniqueValues="TRUE" />', Options: 8 } as never);

  const rows = [
    { Title: "O'Brien", Status: 'Nieuw', Bedrag: 5, Vertrouwelijk: false, Deadline: '2025-06-01T10:00:00Z', ThemaId: undefined, Thema: ['A'], BehandelaarId: ids.jonas, BetrokkenenId: [ids.jonas, ids.sofie], DienstId: 1, DienstenId: [1, 2], ClientKey: 'k1' },
    { Title: 'Zaak twee', Status: 'Nieuw', Bedrag: 20, Vertrouwelijk: true, Deadline: '2026-03-01T00:00:00.000Z', Thema: ['B', 'C'], BehandelaarId: ids.sofie, BetrokkenenId: [ids.sofie], DienstId: 2, DienstenId: [2, 3], ClientKey: 'k2' },
    { Title: 'Zaak drie', Status: 'Afgesloten', Bedrag: null, Vertrouwelijk: false, Deadline: null, Thema: [], BehandelaarId: null, BetrokkenenId: [], DienstId: null, DienstenId: [], ClientKey: 'k3' },
    { Title: 'Anders', Status: 'In behandeling', Bedrag: 100, Vertrouwelijk: true, Deadline: '2026-12-31T23:00:00Z', Thema: ['A', 'C'], BehandelaarId: ids.jonas, BetrokkenenId: [], DienstId: 3, DienstenId: [3], ClientKey: 'k4' },
  ];
  for (const { ThemaId: _unused, ...row } of rows) await list().items.add(row);
});
afterAll(() => server.close());

test('add answers 201 with the new entity, its etag and the standard fields', async () => {
  const res = await raw(server, token, `web/lists/getByTitle('${L}')/items`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ Title: 'nieuw', Link: { Url: 'https://pzcarma.be', Description: 'PZ' } }),
  });
  expect(res.status).toBe(201);
  expect(res.headers.get('etag')).toBe('"1"');
  const item = (await res.json()) as Record<string, unknown>;
  expect(item).toMatchObject({
    'odata.type': 'SP.Data.ZakenListItem',
    'odata.etag': '"1"',
    'odata.editLink': expect.stringMatching(/^Web\/Lists\(guid'[0-9a-f-]{36}'\)\/Items\(5\)$/),
    Id: 5,
    ID: 5,
    Title: 'nieuw',
    FileSystemObjectType: 0,
    AuthorId: ids.admin,
    EditorId: ids.admin,
    OData__UIVersionString: '1.0',
    Attachments: false,
    BehandelaarId: null,
    BetrokkenenId: [],
    Thema: [],
    Link: { 'odata.type': 'SP.FieldUrlValue', Url: 'https://pzcarma.be', Description: 'PZ' },
  });
  expect(item.Created).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  expect(item.GUID).toMatch(/^[0-9a-f-]{36}$/);
  expect(item.ContentTypeId).toMatch(/^0x0100/);
  await list().items.getById(5).delete();
});

test('getById round-trips every kind of value', async () => {
  const item = await list().items.getById(1)();
  expect(item).toMatchObject({
    Title: "O'Brien",
    Status: 'Nieuw',
    Bedrag: 5,
    Vertrouwelijk: false,
    Deadline: '2025-06-01T10:00:00Z',
    Thema: ['A'],
    BehandelaarId: ids.jonas,
    BetrokkenenId: [ids.jonas, ids.sofie],
    DienstId: 1,
    DienstenId: [1, 2],
    ClientKey: 'k1',
  });
  expect((await list().items.getById(2)()).Deadline).toBe('2026-03-01T00:00:00Z');
});

test('$select with projections and $expand of person, lookup and multi-value fields', async () => {
  const [item] = await list()
    .items.select('Id', 'Title', 'Author/Title', 'Behandelaar/Title', 'Behandelaar/EMail', 'Betrokkenen/Title', 'Dienst/Title', 'Diensten/Title', 'Diensten/Id')
    .expand('Author', 'Behandelaar', 'Betrokkenen', 'Dienst', 'Diensten')
    .filter('Id eq 1')();
  expect(item).toMatchObject({
    Id: 1,
    Title: "O'Brien",
    Author: { Title: 'Ilse Thys' },
    Behandelaar: { Title: 'Jonas Maes', EMail: JONAS },
    Betrokkenen: [{ Title: 'Jonas Maes' }, { Title: 'Sofie Claes' }],
    Dienst: { Title: 'Interventie' },
    Diensten: [
      { Title: 'Interventie', Id: 1 },
      { Title: 'Wijk', Id: 2 },
    ],
  });
  expect(Object.keys(item).filter((k) => !k.startsWith('odata.'))).toEqual(['Id', 'Title', 'Author', 'Behandelaar', 'Betrokkenen', 'Dienst', 'Diensten']);
  const [empty] = await list().items.select('Behandelaar/Title', 'Diensten/Title').expand('Behandelaar', 'Diensten').filter('Id eq 3')();
  expect(empty).toMatchObject({ Behandelaar: null, Diensten: [] });
});

test('$select of a lookup without $expand, or of an unknown field, is a 400', async () => {
  await expect(list().items.select('Author')()).rejects.toMatchObject({ status: 400 });
  await expect(list().items.select('Nope')()).rejects.toMatchObject({ status: 400 });
});

describe('$filter', () => {
  const cases: [string, number[]][] = [
    ["Title eq 'O''Brien'", [1]],
    ["Title eq 'o''brien'", [1]],
    ["Status eq 'Nieuw' and Bedrag gt 10", [2]],
    ["Status eq 'Nieuw' or Status eq 'Afgesloten'", [1, 2, 3]],
    ["(Status eq 'Nieuw' or Status eq 'Afgesloten') and Bedrag le 5", [1]],
    ["not (Status eq 'Nieuw')", [3, 4]],
    ["Status ne 'Nieuw'", [3, 4]],
    ["startswith(Title,'Zaak')", [2, 3]],
    ["substringof('drie',Title)", [3]],
    ["Deadline lt datetime'2026-01-01T00:00:00Z'", [1]],
    ["Deadline ge '2026-01-01T00:00:00.000Z'", [2, 4]],
    ['Vertrouwelijk eq 1', [2, 4]],
    ['Vertrouwelijk eq true', [2, 4]],
    ['Vertrouwelijk eq 0', [1, 3]],
    ['Bedrag eq null', [3]],
    ['Bedrag ne null', [1, 2, 4]],
    ['Bedrag ge 5 and Bedrag lt 100', [1, 2]],
    ['year(Deadline) eq 2026', [2, 4]],
    ['ID le 2', [1, 2]],
    ['DienstId eq 2', [2]],
    ['DienstenId eq 2', [1, 2]],
    ["Thema eq 'C'", [2, 4]],
    ['DienstId eq null', [3]],
  ];
  test.each(cases)('%s', async (filter, expected) => {
    const items = await list().items.select('Id').filter(filter)();
    expect(items.map((i) => i.Id)).toEqual(expected);
  });

  test('person and lookup columns: AuthorId, BehandelaarId, BetrokkenenId, projections with $expand', async () => {
    const idsOf = async (filter: string, expand: string[] = []) =>
      (await list().items.select('Id').expand(...expand).filter(filter)()).map((i) => i.Id);
    expect(await idsOf(`AuthorId eq ${ids.admin}`)).toEqual([1, 2, 3, 4]);
    expect(await idsOf(`BehandelaarId eq ${ids.jonas}`)).toEqual([1, 4]);
    expect(await idsOf(`BetrokkenenId eq ${ids.sofie}`)).toEqual([1, 2]);
    expect(await idsOf("Behandelaar/Title eq 'Sofie Claes'", ['Behandelaar'])).toEqual([2]);
    expect(await idsOf("Author/Title eq 'Ilse Thys'", ['Author'])).toEqual([1, 2, 3, 4]);
    expect(await idsOf('Dienst/Id eq 3', ['Dienst'])).toEqual([4]);
    expect(await idsOf("Diensten/Title eq 'Verkeer'", ['Diensten'])).toEqual([2, 4]);
    await expect(idsOf("Behandelaar/Title eq 'x'")).rejects.toMatchObject({ status: 400 });
  });

  test('an unknown column is SharePoint\'s 400', async () => {
    const res = await raw(server, token, `web/lists/getByTitle('${L}')/items?$filter=Foo eq 1`);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      'odata.error': { code: '-2146232832, Microsoft.SharePoint.SPException', message: { lang: 'en-US', value: "Column 'Foo' does not exist. It may have been deleted by another user." } },
    });
  });

  test('a query option PnPjs encodes with + and %27 is decoded', async () => {
    const res = await raw(server, token, `web/lists/getByTitle('${L}')/items?%24select=Id&%24filter=Title+eq+%27Zaak+twee%27`);
    expect(((await res.json()) as { value: { Id: number }[] }).value).toEqual([expect.objectContaining({ Id: 2 })]);
  });
});

test('$orderby on several columns', async () => {
  const items = await list().items.select('Id').orderBy('Status').orderBy('Bedrag', false)();
  expect(items.map((i) => i.Id)).toEqual([3, 4, 2, 1]);
});

test('a stale ETag is refused with 412 and no update is lost; * and no If-Match overwrite', async () => {
  const added = await list().items.add({ Title: 'gedeeld', ClientKey: 'etag' });
  const etag = added['odata.etag'] as string;
  const a = await list().items.getById(added.Id).update({ Title: 'door A' }, etag);
  expect(a.etag).toBe('"2"');
  const stale = list().items.getById(added.Id).update({ Title: 'door B' }, etag);
  await expect(stale).rejects.toMatchObject({ status: 412 });
  await stale.catch(async (e: { response: Response }) => {
    expect(await e.response.json()).toEqual({
      'odata.error': {
        code: '-1, Microsoft.SharePoint.Client.ClientServiceException',
        message: { lang: 'en-US', value: `The request ETag value '"1"' does not match the object's ETag value '"2"'.` },
      },
    });
  });
  expect((await list().items.getById(added.Id)()).Title).toBe('door A');
  expect((await list().items.getById(added.Id).update({ Title: 'overschreven' }, '*')).etag).toBe('"3"');
  const noIfMatch = await raw(server, token, `web/lists/getByTitle('${L}')/items(${added.Id})`, {
    method: 'POST',
    headers: { 'X-HTTP-Method': 'MERGE', 'Content-Type': 'application/json' },
    body: JSON.stringify({ Title: 'zonder etag' }),
  });
  expect(noIfMatch.status).toBe(204);
  expect(noIfMatch.headers.get('etag')).toBe('"4"');
  const patched = await raw(server, token, `web/lists/getByTitle('${L}')/items(${added.Id})`, {
    method: 'PATCH',
    headers: { 'If-Match': '"4"', 'Content-Type': 'application/json' },
    body: JSON.stringify({ Title: 'met PATCH' }),
  });
  expect(patched.status).toBe(204);
  const got = await raw(server, token, `web/lists/getByTitle('${L}')/items(${added.Id})`);
  expect(got.headers.get('etag')).toBe('"5"');
  await expect(list().items.getById(added.Id).delete('"4"')).rejects.toMatchObject({ status: 412 });
  await list().items.getById(added.Id).delete('"5"');
});

test('every update stores a version', async () => {
  const added = await list().items.add({ Title: 'v1', Status: 'Nieuw', BehandelaarId: ids.jonas, ClientKey: 'versions' });
  await list().items.getById(added.Id).update({ Title: 'v2' });
  await list().items.getById(added.Id).update({ Status: 'Afgesloten' });
  const versions = await list().items.getById(added.Id).versions();
  expect(versions.map((v) => [v.VersionLabel, v.IsCurrentVersion, v.Title, v.Status])).toEqual([
    ['3.0', true, 'v2', 'Afgesloten'],
    ['2.0', false, 'v2', 'Nieuw'],
    ['1.0', false, 'v1', 'Nieuw'],
  ]);
  expect(versions[0].Behandelaar).toMatchObject({ LookupId: ids.jonas, LookupValue: 'Jonas Maes', Email: JONAS });
  expect(versions[2].VersionId).toBe(512);
  const one = await list().items.getById(added.Id).versions.getById(1024)();
  expect(one.VersionLabel).toBe('2.0');
});

test('EnforceUniqueValues refuses duplicates (case-insensitively) on add and update', async () => {
  const before = (await list()()).ItemCount;
  const dup = list().items.add({ Title: 'dubbel', ClientKey: 'K1' });
  await expect(dup).rejects.toMatchObject({ status: 500 });
  await dup.catch(async (e: { response: Response }) => {
    expect(((await e.response.json()) as { 'odata.error': { code: string } })['odata.error'].code).toBe('-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException');
  });
  await expect(list().items.getById(2).update({ ClientKey: 'k1' })).rejects.toMatchObject({ status: 500 });
  expect((await list()()).ItemCount).toBe(before);
  expect((await list().items.getById(2)()).ClientKey).toBe('k2');
});

test('unknown body properties and bad values are 400s', async () => {
  await expect(list().items.add({ Nope: 1 })).rejects.toMatchObject({ status: 400 });
  await expect(list().items.add({ Bedrag: 'veel' })).rejects.toMatchObject({ status: 400 });
  await expect(list().items.add({ Deadline: 'morgen' })).rejects.toMatchObject({ status: 400 });
  await expect(list().items.add({ BehandelaarId: 99999 })).rejects.toMatchObject({ status: 400 });
});

test('a missing item is a 404; recycle returns a GUID; delete removes', async () => {
  const res = await raw(server, token, `web/lists/getByTitle('${L}')/items(999)`);
  expect(res.status).toBe(404);
  expect(((await res.json()) as { 'odata.error': { message: { value: string } } })['odata.error'].message.value).toBe(
    'Item does not exist. It may have been deleted by another user.',
  );
  const a = await list().items.add({ Title: 'weg', ClientKey: 'r1' });
  const recycled = await list().items.getById(a.Id).recycle();
  expect(recycled).toMatch(/^[0-9a-f-]{36}$/);
  await expect(list().items.getById(a.Id)()).rejects.toMatchObject({ status: 404 });
  const b = await list().items.add({ Title: 'weg', ClientKey: 'r2' });
  await list().items.getById(b.Id).delete();
  await expect(list().items.getById(b.Id)()).rejects.toMatchObject({ status: 404 });
  const next = await list().items.add({ Title: 'nieuw id', ClientKey: 'r3' });
  expect(next.Id).toBeGreaterThan(b.Id);
});

test('attachments: add raw content, list, read $value, replace, delete; the Attachments flag follows', async () => {
  const item = await list().items.add({ Title: 'met bijlage', ClientKey: 'att' });
  const files = list().items.getById(item.Id).attachmentFiles;
  const bytes = new Uint8Array([0, 1, 2, 250, 255]);
  const { data } = await files.add('foto 1.png', bytes);
  expect(data).toMatchObject({ FileName: 'foto 1.png', ServerRelativeUrl: `/sites/integriteit/Lists/${L}/Attachments/${item.Id}/foto 1.png` });
  await files.add('notitie.txt', 'hallo');
  expect((await files()).map((f) => f.FileName)).toEqual(['foto 1.png', 'notitie.txt']);
  expect((await list().items.getById(item.Id).select('Attachments')()).Attachments).toBe(true);
  expect(new Uint8Array(await files.getByName('foto 1.png').getBuffer())).toEqual(bytes);
  await files.getByName('notitie.txt').setContent('nieuw');
  expect(await files.getByName('notitie.txt').getText()).toBe('nieuw');
  await expect(files.add('notitie.txt', 'dubbel')).rejects.toMatchObject({ status: 500 });
  await files.getByName('notitie.txt').delete();
  await files.getByName('foto 1.png').recycle();
  expect(await files()).toEqual([]);
  expect((await list().items.getById(item.Id)()).Attachments).toBe(false);
  await expect(files.getByName('weg.txt')()).rejects.toMatchObject({ status: 404 });
});

test('real MERGE and DELETE methods work like the X-HTTP-Method tunnel; segments are case-insensitive', async () => {
  const item = await list().items.add({ Title: 'transport', ClientKey: 'transport' });
  const url = `Web/Lists/GetByTitle('${L}')/Items(${item.Id})`;
  const merged = await raw(server, token, url, { method: 'MERGE', headers: { 'Content-Type': 'application/json', 'IF-Match': '"1"' }, body: '{"Title":"via MERGE"}' });
  expect([merged.status, merged.headers.get('etag')]).toEqual([204, '"2"']);
  expect((await list().items.getById(item.Id)()).Title).toBe('via MERGE');
  expect((await raw(server, token, url, { method: 'DELETE', headers: { 'IF-Match': '*' } })).status).toBe(200);
  await expect(list().items.getById(item.Id)()).rejects.toMatchObject({ status: 404 });
});

test('web with $select', async () => {
  const web = await sp.web.select('Title', 'Url', 'ServerRelativeUrl')();
  expect(web).toMatchObject({ Title: 'Integriteit', Url: server.siteUrl, ServerRelativeUrl: '/sites/integriteit' });
  expect(Object.keys(web).filter((k) => !k.startsWith('odata.'))).toEqual(['ServerRelativeUrl', 'Title', 'Url']);
});
