import type { SPFI } from '@pnp/sp';
import type { LocalSharePoint } from '../../devserver/http/server';
import { ADMIN, spAs, startServer } from './harness';

let server: LocalSharePoint;
let sp: SPFI;
const L = 'Storm';
const statuses = () => server.requestLog().map((r) => r.status);

beforeAll(async () => {
  server = await startServer();
  sp = await spAs(server, ADMIN);
  await sp.web.lists.add(L);
});
afterAll(() => server.close());
beforeEach(() => server.clearRequestLog());

test('two 429s are absorbed by PnPjs\'s retry; the add happens exactly once', async () => {
  server.throttleNext(2, 0);
  const added = await sp.web.lists.getByTitle(L).items.add({ Title: 'een keer' });
  expect(statuses()).toEqual([429, 429, 201]);
  const items = await sp.web.lists.getByTitle(L).items.filter("Title eq 'een keer'")();
  expect(items.map((i) => i.Id)).toEqual([added.Id]);
});

test('a throttled update with an ETag lands once, with the next version', async () => {
  const added = await sp.web.lists.getByTitle(L).items.add({ Title: 'v1' });
  server.throttleNext(2, 0);
  const result = await sp.web.lists.getByTitle(L).items.getById(added.Id).update({ Title: 'v2' }, '"1"');
  expect(result.etag).toBe('"2"');
  expect((await sp.web.lists.getByTitle(L).items.getById(added.Id).versions()).map((v) => v.VersionLabel)).toEqual(['2.0', '1.0']);
});

test('a throttled batch honours Retry-After and runs once', async () => {
  server.throttleNext(2, 1);
  const started = Date.now();
  const [batched, execute] = sp.batched();
  const adds = ['a', 'b', 'c'].map((Title) => batched.web.lists.getByTitle(L).items.add({ Title: `batch ${Title}` }));
  await execute();
  await Promise.all(adds);
  expect(Date.now() - started).toBeGreaterThanOrEqual(1900);
  expect(statuses()).toEqual([429, 429, 200]);
  expect(await sp.web.lists.getByTitle(L).items.filter("startswith(Title,'batch ')")()).toHaveLength(3);
});

test('three 429s in a row make PnPjs give up, and nothing is written', async () => {
  server.throttleNext(3, 0);
  await expect(sp.web.lists.getByTitle(L).items.add({ Title: 'nooit' })).rejects.toThrow(/Retry count exceeded/);
  expect(statuses()).toEqual([429, 429, 429]);
  expect(await sp.web.lists.getByTitle(L).items.filter("Title eq 'nooit'")()).toEqual([]);
});
