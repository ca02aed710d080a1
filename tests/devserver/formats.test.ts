import type { SPFI } from '@pnp/sp';
import type { LocalSharePoint } from '../../devserver/http/server';
import { ADMIN, raw, spAs, spWithHeaders, startServer } from './harness';

let server: LocalSharePoint;
let sp: SPFI;
let token: string;
const L = 'Formaten';
const VERBOSE = { Accept: 'application/json;odata=verbose' };
const NOMETA = { Accept: 'application/json;odata=nometadata' };
const path = `web/lists/getByTitle('${L}')`;

beforeAll(async () => {
  server = await startServer();
  sp = await spAs(server, ADMIN);
  token = await server.signIn(ADMIN);
  await sp.web.lists.add(L);
  await sp.web.lists.getByTitle(L).fields.createFieldAsXml('<Field Type="MultiChoice" DisplayName="Labels"><CHOICES><CHOICE>a</CHOICE><CHOICE>b</CHOICE></CHOICES></Field>');
  server.bulkInsertItemsForTests(L, Array.from({ length: 5 }, (_, i) => ({ Title: `f${i + 1}`, Labels: ['a', 'b'] })));
});
afterAll(() => server.close());

test('minimalmetadata is the default for application/json', async () => {
  const res = await raw(server, token, path);
  expect(res.headers.get('content-type')).toBe('application/json;odata=minimalmetadata;streaming=true;charset=utf-8');
  const body = (await res.json()) as Record<string, unknown>;
  expect(body).toMatchObject({
    'odata.metadata': `${server.siteUrl}/_api/$metadata#SP.List/@Element`,
    'odata.type': 'SP.List',
    'odata.id': expect.stringMatching(new RegExp(`^${server.siteUrl}/_api/Web/Lists\\(guid'`)),
    'odata.editLink': expect.stringMatching(/^Web\/Lists\(guid'/),
    Title: L,
  });
});

test('verbose: entities in d with __metadata, collections in d.results with __next, multi-values as results', async () => {
  const entity = (await (await raw(server, token, path, { headers: VERBOSE })).json()) as { d: Record<string, unknown> };
  expect(entity.d.__metadata).toMatchObject({ type: 'SP.List', uri: expect.stringContaining('/_api/Web/Lists(guid') });
  expect(entity.d.Title).toBe(L);
  const res = await raw(server, token, `${path}/items?$select=Id,Labels&$top=2`, { headers: VERBOSE });
  expect(res.headers.get('content-type')).toBe('application/json;odata=verbose;charset=utf-8');
  const page = (await res.json()) as { d: { results: Record<string, unknown>[]; __next: string } };
  expect(page.d.results[0]).toEqual({
    __metadata: expect.objectContaining({ type: 'SP.Data.FormatenListItem', etag: '"1"' }),
    Id: 1,
    Labels: { __metadata: { type: 'Collection(Edm.String)' }, results: ['a', 'b'] },
  });
  expect(page.d.__next).toContain('%24skiptoken=Paged%3DTRUE%26p_ID%3D2');
  const error = (await (await raw(server, token, "web/lists/getByTitle('Nope')", { headers: VERBOSE })).json()) as Record<string, unknown>;
  expect(error).toEqual({ error: { code: '-1, System.ArgumentException', message: { lang: 'en-US', value: expect.stringContaining("List 'Nope'") } } });
});

test('PnPjs pages through d.__next under verbose', async () => {
  const verbose = spWithHeaders(server, token, VERBOSE);
  const pages: number[] = [];
  for await (const page of verbose.web.lists.getByTitle(L).items.select('Id').top(2)) pages.push((page as unknown[]).length);
  expect(pages).toEqual([2, 2, 1]);
});

test('nometadata: no odata.* annotations, collections still in value with odata.nextLink', async () => {
  const entity = (await (await raw(server, token, `${path}/items(1)`, { headers: NOMETA })).json()) as Record<string, unknown>;
  expect(Object.keys(entity).some((k) => k.startsWith('odata.'))).toBe(false);
  expect(entity).toMatchObject({ Id: 1, Title: 'f1', Labels: ['a', 'b'] });
  const page = (await (await raw(server, token, `${path}/items?$select=Id&$top=4`, { headers: NOMETA })).json()) as Record<string, unknown>;
  expect(page).toEqual({ value: [{ Id: 1 }, { Id: 2 }, { Id: 3 }, { Id: 4 }], 'odata.nextLink': expect.stringContaining(server.origin) });
  const nometa = spWithHeaders(server, token, NOMETA);
  expect((await nometa.web.lists.getByTitle(L).items.getById(2)()).Title).toBe('f2');
});

test('primitive results, contextinfo and void methods per format', async () => {
  const recycle = await raw(server, token, `${path}/items(5)/recycle`, { method: 'POST' });
  expect(await recycle.json()).toEqual({ 'odata.metadata': `${server.siteUrl}/_api/$metadata#Edm.Guid`, value: expect.stringMatching(/^[0-9a-f-]{36}$/) });
  const verboseInfo = (await (await raw(server, token, 'contextinfo', { method: 'POST', headers: VERBOSE })).json()) as {
    d: { GetContextWebInformation: Record<string, unknown> };
  };
  expect(verboseInfo.d.GetContextWebInformation).toMatchObject({
    __metadata: { type: 'SP.ContextWebInformation' },
    FormDigestTimeoutSeconds: 1800,
    SupportedSchemaVersions: { __metadata: { type: 'Collection(Edm.String)' }, results: ['14.0.0.0', '15.0.0.0'] },
  });
  const perms = (await (await raw(server, token, 'web/EffectiveBasePermissions', { headers: VERBOSE })).json()) as Record<string, unknown>;
  expect(perms).toEqual({ d: { EffectiveBasePermissions: { __metadata: { type: 'SP.BasePermissions' }, High: '2147483647', Low: '4294967295' } } });
  const broken = await raw(server, token, `${path}/breakroleinheritance(copyroleassignments=true,%20clearsubscopes=false)`, { method: 'POST' });
  expect(await broken.json()).toEqual({ 'odata.null': true });
});
