import type { SPFI } from '@pnp/sp';
import type { LocalSharePoint } from '../../devserver/http/server';
import { ADMIN, raw, spAs, startServer } from './harness';

let server: LocalSharePoint;
let sp: SPFI;
let token: string;
const BIG = 'Groot';
const EDGE = 'Grens';
const big = () => sp.web.lists.getByTitle(BIG);

const THROTTLED = {
  'odata.error': {
    code: '-2147024860, Microsoft.SharePoint.SPQueryThrottledException',
    message: { lang: 'en-US', value: 'The attempted operation is prohibited because it exceeds the list view threshold.' },
  },
};

async function createList(title: string, count: number, status: (i: number) => string): Promise<void> {
  await sp.web.lists.add(title);
  const f = sp.web.lists.getByTitle(title).fields;
  await f.createFieldAsXml('<Field Type="Choice" DisplayName="Status" Indexed="TRUE"><CHOICES><CHOICE>Open</CHOICE><CHOICE>Dicht</CHOICE></CHOICES></Field>');
  await f.addNumber('Nummer');
  await f.createFieldAsXml('<Field Type="Number" DisplayName="Volgorde" Indexed="TRUE" />');
  const rows = Array.from({ length: count }, (_, i) => ({ Title: `item ${i + 1}`, Status: status(i + 1), Nummer: i + 1, Volgorde: (i + 1) * 10 }));
  server.bulkInsertItemsForTests(title, rows);
}

beforeAll(async () => {
  server = await startServer();
  sp = await spAs(server, ADMIN);
  token = await server.signIn(ADMIN);
  const started = Date.now();
  await createList(BIG, 12000, (i) => (i <= 300 ? 'Open' : 'Dicht'));
  await createList(EDGE, 5001, (i) => (i <= 10 ? 'Open' : 'Dicht'));
  expect(Date.now() - started).toBeLessThan(5000);
});
afterAll(() => server.close());

test('async iteration with top(5000) pages through 12,000 items in three round trips', async () => {
  server.clearRequestLog();
  const pages: number[][] = [];
  for await (const page of big().items.select('Id').top(5000)) pages.push((page as { Id: number }[]).map((i) => i.Id));
  expect(pages.map((p) => p.length)).toEqual([5000, 5000, 2000]);
  expect(pages.flat()).toEqual(Array.from({ length: 12000 }, (_, i) => i + 1));
  expect(server.requestLog().map((r) => [r.method, r.status])).toEqual([
    ['GET', 200],
    ['GET', 200],
    ['GET', 200],
  ]);
});

test('odata.nextLink is absolute on the server, keeps the query, and is absent on the last page', async () => {
  const first = (await (await raw(server, token, `web/lists/getByTitle('${BIG}')/items?$select=Id&$filter=Status eq 'Open'`)).json()) as {
    value: unknown[];
    'odata.nextLink': string;
  };
  expect(first.value).toHaveLength(100);
  const next = new URL(first['odata.nextLink']);
  expect(next.origin).toBe(server.origin);
  expect(next.searchParams.get('$skiptoken')).toBe('Paged=TRUE&p_ID=100');
  expect(next.searchParams.get('$filter')).toBe("Status eq 'Open'");
  const res = await fetch(first['odata.nextLink'], { headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' } });
  const last = (await res.json()) as { value: unknown[]; 'odata.nextLink'?: string };
  const all = [first.value.length];
  let page = last;
  for (;;) {
    all.push(page.value.length);
    if (!page['odata.nextLink']) break;
    page = (await (await fetch(page['odata.nextLink'], { headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' } })).json()) as typeof page;
  }
  expect(all).toEqual([100, 100, 100]);
});

test('skip() sends a skiptoken: rows after p_ID, or before it with PagedPrev', async () => {
  expect((await big().items.select('Id').skip(100).top(3)()).map((i) => i.Id)).toEqual([101, 102, 103]);
  expect((await big().items.select('Id').skip(100, true).top(3)()).map((i) => i.Id)).toEqual([97, 98, 99]);
});

test('paging ordered by an indexed column carries the column in the skiptoken', async () => {
  const seen: number[] = [];
  for await (const page of big().items.select('Id', 'Volgorde').orderBy('Volgorde', false).filter("Status eq 'Open'").top(120)) {
    seen.push(...(page as { Id: number }[]).map((i) => i.Id));
  }
  expect(seen).toEqual(Array.from({ length: 300 }, (_, i) => 300 - i));
});

test('over 5,000 items an unindexed first clause is refused with SharePoint\'s 500', async () => {
  for (const list of [BIG, EDGE]) {
    const res = await raw(server, token, `web/lists/getByTitle('${list}')/items?$filter=Nummer eq 5`);
    expect(res.status).toBe(500);
    expect(await res.json()).toEqual(THROTTLED);
  }
  await expect(big().items.filter("Nummer gt 5 and Status eq 'Open'")()).rejects.toMatchObject({ status: 500 });
});

test('an indexed first clause that narrows to 5,000 or fewer works, later clauses may be unindexed', async () => {
  expect(await sp.web.lists.getByTitle(EDGE).items.select('Id').filter("Status eq 'Open'")()).toHaveLength(10);
  const open = await big().items.select('Id').filter("Status eq 'Open' and Nummer gt 250").top(5000)();
  expect(open.map((i) => i.Id)).toEqual(Array.from({ length: 50 }, (_, i) => 251 + i));
  expect(await big().items.select('Id').filter('Id le 10')()).toHaveLength(10);
});

test('an indexed first clause matching more than 5,000 rows, or an unindexed $orderby, is refused', async () => {
  await expect(big().items.filter("Status eq 'Dicht'")()).rejects.toMatchObject({ status: 500 });
  await expect(big().items.orderBy('Nummer')()).rejects.toMatchObject({ status: 500 });
  expect((await big().items.select('Id').orderBy('Volgorde', false).top(2)()).map((i) => i.Id)).toEqual([12000, 11999]);
});

test('$top above 5,000 is refused, on any list', async () => {
  await sp.web.lists.add('Klein');
  for (const list of [BIG, 'Klein']) {
    const res = await raw(server, token, `web/lists/getByTitle('${list}')/items?$top=5001`);
    expect(res.status).toBe(500);
    expect(await res.json()).toEqual(THROTTLED);
  }
});

test('below the threshold anything goes', async () => {
  await sp.web.lists.getByTitle(EDGE).items.getById(5001).delete();
  expect(await sp.web.lists.getByTitle(EDGE).items.select('Id').filter('Nummer eq 5')()).toHaveLength(1);
});

test('a 100-item page with an indexed filter on a 12,000-item list takes milliseconds', async () => {
  const started = performance.now();
  for (let i = 0; i < 10; i++) await big().items.select('Id', 'Title', 'Status').filter("Status eq 'Open'").top(100)();
  expect((performance.now() - started) / 10).toBeLessThan(50);
});
