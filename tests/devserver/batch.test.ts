import type { SPFI } from '@pnp/sp';
import type { LocalSharePoint } from '../../devserver/http/server';
import { ADMIN, spAs, startServer } from './harness';

let server: LocalSharePoint;
let sp: SPFI;
const L = 'Acties';

beforeAll(async () => {
  server = await startServer();
  sp = await spAs(server, ADMIN);
  await sp.web.lists.add(L);
  await sp.web.lists.getByTitle(L).items.add({ Title: 'bestaand' });
});
afterAll(() => server.close());

test('sp.batched(): 3 adds, 1 update and 1 read in one round trip', async () => {
  server.clearRequestLog();
  const [batched, execute] = sp.batched();
  // a batched queryable is used once, so each call starts from the batched root
  const items = () => batched.web.lists.getByTitle(L).items;
  const adds = ['b1', 'b2', 'b3'].map((Title) => items().add({ Title }));
  const update = items().getById(1).update({ Title: 'bijgewerkt' }, '"1"');
  const read = items().select('Id', 'Title').orderBy('Id')();
  await execute();
  const added = await Promise.all(adds);
  expect(added.map((a) => [a.Id, a.Title, a['odata.etag']])).toEqual([
    [2, 'b1', '"1"'],
    [3, 'b2', '"1"'],
    [4, 'b3', '"1"'],
  ]);
  expect((await update).etag).toBe('"2"');
  // requests run in order: the read after the adds and the update sees them
  expect((await read).map((i) => i.Title)).toEqual(['bijgewerkt', 'b1', 'b2', 'b3']);
  expect(server.requestLog().map((r) => `${r.method} ${r.url.replace(/\?.*/, '')} ${r.status}`)).toEqual(['POST /sites/integriteit/_api/$batch 200']);
});

test('a batch is not transactional: a failing part rejects alone', async () => {
  const [batched, execute] = sp.batched();
  const items = () => batched.web.lists.getByTitle(L).items;
  const stale = items().getById(1).update({ Title: 'te laat' }, '"1"');
  const add = items().add({ Title: 'toch bewaard' });
  const missing = items().getById(999)();
  await execute();
  await expect(stale).rejects.toMatchObject({ status: 412 });
  await expect(missing).rejects.toMatchObject({ status: 404 });
  expect((await add).Title).toBe('toch bewaard');
  expect((await sp.web.lists.getByTitle(L).items.getById(1)()).Title).toBe('bijgewerkt');
});

test('more than 20 requests go out as several batches, all answered in order', async () => {
  server.clearRequestLog();
  const [batched, execute] = sp.batched();
  const adds = Array.from({ length: 25 }, (_, i) => batched.web.lists.getByTitle(L).items.add({ Title: `massa ${i}` }));
  await execute();
  const titles = (await Promise.all(adds)).map((a) => a.Title);
  expect(titles).toEqual(Array.from({ length: 25 }, (_, i) => `massa ${i}`));
  expect(server.requestLog()).toHaveLength(2);
});

test('a raw CRLF batch with a changeset gets one flat part per request, ending with a line break', async () => {
  const token = await server.signIn(ADMIN);
  const api = `${server.siteUrl}/_api`;
  const body = [
    '--batch_x',
    'Content-Type: application/http',
    'Content-Transfer-Encoding: binary',
    '',
    `GET ${api}/web/lists/getByTitle('${L}')/items(1)?%24select=Title HTTP/1.1`,
    'accept: application/json',
    '',
    '--batch_x',
    'Content-Type: multipart/mixed; boundary="changeset_y"',
    '',
    '--changeset_y',
    'Content-Type: application/http',
    'Content-Transfer-Encoding: binary',
    '',
    `POST ${api}/web/lists/getByTitle('${L}')/items HTTP/1.1`,
    'accept: application/json;odata=nometadata',
    'content-type: application/json',
    '',
    '{"Title":"crlf"}',
    '',
    '--changeset_y',
    'Content-Type: application/http',
    'Content-Transfer-Encoding: binary',
    '',
    `DELETE ${api}/web/lists/getByTitle('${L}')/items(2) HTTP/1.1`,
    'if-match: *',
    '',
    '--changeset_y--',
    '',
    '--batch_x--',
    '',
  ].join('\r\n');
  const res = await fetch(`${api}/$batch`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'multipart/mixed; boundary=batch_x' },
    body,
  });
  expect(res.status).toBe(200);
  const text = await res.text();
  expect(text.endsWith('--\n')).toBe(true);
  expect(text.match(/^HTTP\/1\.1 \d+ .*$/gm)).toEqual(['HTTP/1.1 200 OK', 'HTTP/1.1 201 Created', 'HTTP/1.1 200 OK']);
  expect(text).toMatch(/"Title":"bijgewerkt"}/);
  expect(text).toMatch(/"Title":"crlf"/);
  expect(text.match(/^--batchresponse_/gm)).toHaveLength(4);
  await expect(sp.web.lists.getByTitle(L).items.getById(2)()).rejects.toMatchObject({ status: 404 });
});
