import type { SPFI } from '@pnp/sp';
import type { LocalSharePoint } from '../../devserver/http/server';
import { ADMIN, raw, spAs, startServer } from './harness';

let server: LocalSharePoint;
let sp: SPFI;

beforeAll(async () => {
  server = await startServer();
  sp = await spAs(server, ADMIN);
});
afterAll(() => server.close());

describe('lists', () => {
  test('create, read by title and by id (both forms), update, delete', async () => {
    const created = await sp.web.lists.add('Voorstellen', 'Integriteitsvoorstellen', 100, false);
    expect(created).toMatchObject({ Title: 'Voorstellen', BaseTemplate: 100, EntityTypeName: 'VoorstellenList', ListItemEntityTypeFullName: 'SP.Data.VoorstellenListItem', ItemCount: 0 });
    expect((await sp.web.lists.getByTitle('voorstellen')()).Id).toBe(created.Id);
    expect((await sp.web.lists.getById(created.Id).select('Title')()).Title).toBe('Voorstellen');
    const token = await server.signIn(ADMIN);
    const byGuidLiteral = await raw(server, token, `web/lists(guid'${created.Id}')`);
    expect(((await byGuidLiteral.json()) as { Title: string }).Title).toBe('Voorstellen');

    await sp.web.lists.getByTitle('Voorstellen').update({ Title: 'Voorstellen 2', Description: 'd', ReadSecurity: 2, WriteSecurity: 2 });
    const updated = await sp.web.lists.getById(created.Id)();
    expect(updated).toMatchObject({ Title: 'Voorstellen 2', Description: 'd', ReadSecurity: 2, WriteSecurity: 2 });

    await sp.web.lists.getById(created.Id).delete();
    await expect(sp.web.lists.getById(created.Id)()).rejects.toMatchObject({ status: 404 });
  });

  test('a missing list is a 404 with SharePoint\'s message', async () => {
    const token = await server.signIn(ADMIN);
    const res = await raw(server, token, "web/lists/getByTitle('Nope')");
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({
      'odata.error': { code: '-1, System.ArgumentException', message: { lang: 'en-US', value: `List 'Nope' does not exist at site with URL '${server.siteUrl}'.` } },
    });
  });

  test('a duplicate title is refused', async () => {
    await sp.web.lists.add('Dubbel');
    await expect(sp.web.lists.add('Dubbel')).rejects.toMatchObject({ status: 500 });
  });

  test('lists.ensure creates once, then finds the list', async () => {
    const first = await sp.web.lists.ensure('Registers', 'Registers', 100);
    expect(first.created).toBe(true);
    const second = await sp.web.lists.ensure('Registers', 'Registers', 100);
    expect(second.created).toBe(false);
    expect((await second.list()).Title).toBe('Registers');
  });

  test('spaces and accents are encoded in the entity type name', async () => {
    const list = await sp.web.lists.add('Comité Verslagen');
    expect(list.EntityTypeName).toBe('Comit_x00e9__x0020_VerslagenList');
  });

  test('collection, $select and $filter on lists', async () => {
    const lists = await sp.web.lists.select('Title', 'BaseTemplate').filter("Title eq 'Registers'")();
    expect(lists).toEqual([expect.objectContaining({ Title: 'Registers', BaseTemplate: 100 })]);
    expect(Object.keys(lists[0])).not.toContain('Description');
    const withFolder = await sp.web.lists.getByTitle('Registers').select('Title', 'RootFolder/ServerRelativeUrl').expand('RootFolder')();
    expect(withFolder.RootFolder).toMatchObject({ ServerRelativeUrl: '/sites/integriteit/Lists/Registers' });
  });
});

describe('fields', () => {
  const L = 'Velden';
  let lookupTarget: string;

  beforeAll(async () => {
    await sp.web.lists.add(L);
    lookupTarget = (await sp.web.lists.add('Diensten')).Id;
  });

  test('every field kind through the PnPjs add* helpers', async () => {
    const f = sp.web.lists.getByTitle(L).fields;
    const results = [
      await f.addText('Korte tekst', { MaxLength: 100 }),
      await f.addMultilineText('Toelichting'),
      await f.addNumber('Bedrag', { MinimumValue: 0 }),
      await f.addCurrency('Kost'),
      await f.addBoolean('Vertrouwelijk'),
      await f.addDateTime('Deadline'),
      await f.addChoice('Status', { Choices: ['Nieuw', 'In behandeling', 'Afgesloten'] }),
      await f.addMultiChoice('Thema', { Choices: ['A', 'B'] }),
      await f.addUser('Behandelaar', { SelectionMode: 0 }),
      await f.addUser('Betrokkenen', { SelectionMode: 0, AllowMultipleValues: true } as never),
      await f.addLookup('Dienst', { LookupListId: lookupTarget, LookupFieldName: 'Title' }),
      await f.addUrl('Link'),
    ];
    expect(results.map((r) => [r.InternalName, r.TypeAsString, r.FieldTypeKind])).toEqual([
      ['Korte_x0020_tekst', 'Text', 2],
      ['Toelichting', 'Note', 3],
      ['Bedrag', 'Number', 9],
      ['Kost', 'Currency', 10],
      ['Vertrouwelijk', 'Boolean', 8],
      ['Deadline', 'DateTime', 4],
      ['Status', 'Choice', 6],
      ['Thema', 'MultiChoice', 15],
      ['Behandelaar', 'User', 20],
      ['Betrokkenen', 'UserMulti', 20],
      ['Dienst', 'Lookup', 7],
      ['Link', 'URL', 11],
    ]);
    // fields.add* asks for verbose, so collections come as {results}
    expect(results[6].Choices).toEqual({ __metadata: { type: 'Collection(Edm.String)' }, results: ['Nieuw', 'In behandeling', 'Afgesloten'] });
    expect(results[10]).toMatchObject({ LookupList: `{${lookupTarget}}`, LookupField: 'Title', AllowMultipleValues: false });
  });

  test('createFieldAsXml honours Name with option 8, Required, Indexed, EnforceUniqueValues, CHOICES and Mult', async () => {
    const f = sp.web.lists.getByTitle(L).fields;
    const key = await f.createFieldAsXml({
      SchemaXml: '<Field Type="Text" DisplayName="Client sleutel" Name="ClientKey" Required="TRUE" Indexed="TRUE" EnforceUniqueValues="TRUE" />',
      Options: 8,
    } as never);
    expect(key).toMatchObject({ InternalName: 'ClientKey', Title: 'Client sleutel', Required: true, Indexed: true, EnforceUniqueValues: true });
    const noHint = await f.createFieldAsXml('<Field Type="Note" DisplayName="Notities" Name="IgnoredName" />');
    expect(noHint.InternalName).toBe('Notities');
    const choice = await f.createFieldAsXml('<Field Type="Choice" DisplayName="Fase"><CHOICES><CHOICE>Intake</CHOICE><CHOICE>Advies</CHOICE></CHOICES></Field>');
    expect(choice).toMatchObject({ TypeAsString: 'Choice', Choices: ['Intake', 'Advies'] });
    const multi = await f.createFieldAsXml(`<Field Type="LookupMulti" DisplayName="Diensten" Mult="TRUE" List="{${lookupTarget}}" ShowField="Title" />`);
    expect(multi).toMatchObject({ TypeAsString: 'LookupMulti', AllowMultipleValues: true });
    const users = await f.createFieldAsXml('<Field Type="User" DisplayName="Leden" Mult="TRUE" UserSelectionMode="PeopleOnly" />');
    expect(users).toMatchObject({ TypeAsString: 'UserMulti', SelectionMode: 0 });
    for (const type of ['Number', 'Boolean', 'DateTime', 'MultiChoice', 'URL', 'Lookup']) {
      const extra = type === 'Lookup' ? ` List="{${lookupTarget}}"` : '';
      const made = await f.createFieldAsXml(`<Field Type="${type}" DisplayName="X${type}"${extra} />`);
      expect(made.TypeAsString).toBe(type);
    }
  });

  test('get by internal name or title, by title and by id; MERGE Indexed; delete', async () => {
    const fields = sp.web.lists.getByTitle(L).fields;
    const byName = await fields.getByInternalNameOrTitle('Korte_x0020_tekst')();
    const byTitle = await fields.getByTitle('Korte tekst')();
    const byId = await fields.getById(byName.Id)();
    expect([byTitle.Id, byId.Id]).toEqual([byName.Id, byName.Id]);
    expect(byName.Indexed).toBe(false);
    await fields.getByInternalNameOrTitle('Korte_x0020_tekst').update({ Indexed: true }, 'SP.FieldText');
    expect((await fields.getByTitle('Korte tekst')()).Indexed).toBe(true);
    await fields.getByInternalNameOrTitle('Status').update({ Required: true });
    expect((await fields.getByInternalNameOrTitle('Status')()).Required).toBe(true);
    await fields.getByInternalNameOrTitle('Korte_x0020_tekst').delete();
    await expect(fields.getByInternalNameOrTitle('Korte_x0020_tekst')()).rejects.toMatchObject({ status: 404 });
  });

  test('unique values need an index, and the built-in fields are there', async () => {
    const fields = sp.web.lists.getByTitle(L).fields;
    await fields.addText('Code');
    await expect(fields.getByInternalNameOrTitle('Code').update({ EnforceUniqueValues: true })).rejects.toMatchObject({ status: 500 });
    await fields.getByInternalNameOrTitle('Code').update({ Indexed: true, EnforceUniqueValues: true });
    expect((await fields.getByInternalNameOrTitle('Code')()).EnforceUniqueValues).toBe(true);
    const all = await fields.select('InternalName')();
    expect(all.map((f) => f.InternalName)).toEqual(expect.arrayContaining(['Title', 'ID', 'Created', 'Modified', 'Author', 'Editor', 'GUID']));
    await expect(fields.getByInternalNameOrTitle('Title').delete()).rejects.toMatchObject({ status: 500 });
  });

  test('field defaults fill what a new item leaves out', async () => {
    await sp.web.lists.add('Standaarden');
    const f = sp.web.lists.getByTitle('Standaarden').fields;
    await f.createFieldAsXml('<Field Type="Choice" DisplayName="Fase"><CHOICES><CHOICE>Intake</CHOICE><CHOICE>Advies</CHOICE></CHOICES><Default>Intake</Default></Field>');
    await f.createFieldAsXml('<Field Type="Boolean" DisplayName="Actief"><Default>1</Default></Field>');
    await f.addNumber('Versie', { DefaultValue: '1' } as never);
    const items = sp.web.lists.getByTitle('Standaarden').items;
    expect(await items.add({ Title: 'standaard' })).toMatchObject({ Fase: 'Intake', Actief: true, Versie: 1 });
    expect(await items.add({ Title: 'gekozen', Fase: 'Advies', Actief: false, Versie: null })).toMatchObject({ Fase: 'Advies', Actief: false, Versie: null });
  });

  test('multi-line text cannot be indexed', async () => {
    await expect(sp.web.lists.getByTitle(L).fields.getByInternalNameOrTitle('Toelichting').update({ Indexed: true })).rejects.toMatchObject({ status: 500 });
  });
});

describe('views', () => {
  test('add a "Te valideren" view as provisioning does, read it back, change its fields', async () => {
    await sp.web.lists.add('Meldingen');
    const list = sp.web.lists.getByTitle('Meldingen');
    const query = '<Where><Eq><FieldRef Name="Title" /><Value Type="Text">x</Value></Eq></Where>';
    const view = await list.views.add('Te valideren', false, { ViewQuery: query, RowLimit: 50 });
    expect(view).toMatchObject({ Title: 'Te valideren', ViewQuery: query, RowLimit: 50, PersonalView: false, DefaultView: false });
    expect((await list.views.getByTitle('Te valideren')()).Id).toBe(view.Id);
    expect((await list.views.getById(view.Id)()).Title).toBe('Te valideren');
    expect((await list.defaultView()).Title).toBe('All Items');
    const titles = (await list.views()).map((v) => v.Title);
    expect(titles).toEqual(['All Items', 'Te valideren']);

    await list.views.getById(view.Id).fields.add('Created');
    expect((await list.views.getById(view.Id).fields()).Items).toEqual(['LinkTitle', 'Created']);
    await list.views.getById(view.Id).fields.remove('LinkTitle');
    expect((await list.views.getById(view.Id).fields()).Items).toEqual(['Created']);
    await list.views.getById(view.Id).update({ RowLimit: 10 });
    expect((await list.views.getById(view.Id)()).RowLimit).toBe(10);
  });
});
