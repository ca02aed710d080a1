/**
 * Complaint dossiers, their findings and the consultation log attacked over raw REST, per persona, with nothing but
 * the persona's own token from `POST /_dev/signin` (docs/security.md section 3): every attack is refused by
 * SharePoint's permissions or, where SharePoint cannot refuse it, shown for what it is (the server-set Author or
 * Editor, "gewijzigd buiten de app") and given no effect; every entitled action still succeeds.
 */
import type { SPFI } from '@pnp/sp';
import { resecureDossiers } from '../../src/data/complaints/dossierAccess';
import { SPComplaintsRepository } from '../../src/data/complaints/SPComplaintsRepository';
import type { ComplaintRecord, OpenedDossier } from '../../src/data/complaints/ComplaintsRepository';
import { tamperedDossiers } from '../../src/data/complaints/tamperOverview';
import { KLACHTEN, ONDERZOEKSBEVINDINGEN, RAADPLEGINGEN } from '../../src/data/schema';
import { startSite, type TestSite } from '../data/registers/localSite';
import { ANN, ELS, GRIET, HILDE, JONAS, KAREL, KOEN, MARC } from '../data/registers/logins';
import { complaintsAs, dossiersByKey } from './dossierFixtures';
import { itemsOf, rawAs, refused, type RawClient } from './rest';

const ADMIN = 'ilse.thys@pzcarma.be';

let site: TestSite;
const ids: { [login: string]: number } = {};
/** A: Koen investigates; B: Ann investigates; T: a tuchtdossier the korpschef gave to Karel; C: the korpsleiding's tampering. */
const dossiers: { [key: string]: ComplaintRecord } = {};

/** The persona's raw REST client: its own bearer token, no app code. */
const raw = (login: string): Promise<RawClient> => rawAs(site.ls, login);
const dossier = (key: string): string => itemsOf(KLACHTEN.title, dossiers[key].id);
const repoAs = (login: string): Promise<SPComplaintsRepository> => complaintsAs(site, login);
const openAs = async (login: string, key: string): Promise<OpenedDossier> => (await repoAs(login)).openDossier(dossiers[key].id);

/** The dossier's fields as the site owner reads them. */
async function fieldsOf(key: string): Promise<Record<string, unknown>> {
  const res = await (await raw(ADMIN)).get(`${dossier(key)}?$select=Status,InvestigatorId,DisciplinaryHeadId,History`);
  return (await res.json()) as Record<string, unknown>;
}

/** The ids a persona's raw list query returns. */
async function visible(login: string, list: string, filter = ''): Promise<number[]> {
  const res = await (await raw(login)).get(`${itemsOf(list)}?$select=Id${filter ? `&$filter=${filter}` : ''}`);
  if (res.status !== 200) return [];
  return ((await res.json()) as { value: { Id: number }[] }).value.map((v) => v.Id).sort((a, b) => a - b);
}

beforeAll(async () => {
  site = await startSite({ themes: true });
  for (const login of [ADMIN, GRIET, HILDE, MARC, KOEN, ANN, KAREL, ELS, JONAS]) ids[login] = await site.userId(login);
  const made = await dossiersByKey(site, 'GEHEIM', ['A', 'B', 'T', 'C', 'D'], { A: 'Koen Dubois', B: 'Ann Lambert', T: 'Koen Dubois', C: 'Koen Dubois' });
  Object.assign(dossiers, made.dossiers);
  const person = (name: string) => made.investigators.filter((i) => i.name === name)[0];
  const hilde = await repoAs(HILDE);
  const t = await hilde.openDossier(dossiers.T.id);
  dossiers.T = await hilde.decide(t.dossier, t.me, { action: 'openDisciplinary', reason: 'Herhaalde feiten.', disciplinaryHead: person('Karel Peeters') });
}, 180000);

afterAll(async () => {
  await site?.close();
});

describe('the investigator reads the dossier and writes findings, never its routing (raw REST)', () => {
  it('lets the investigator read the own dossier and its version history, and nothing else', async () => {
    const koen = await raw(KOEN);
    expect((await koen.get(dossier('A'))).status).toBe(200);
    expect((await koen.get(`${dossier('A')}/versions`)).status).toBe(200);
    expect(await visible(KOEN, KLACHTEN.title)).toEqual([dossiers.A.id, dossiers.C.id].map(Number).sort((a, b) => a - b));
    expect(refused(await koen.get(dossier('B')))).toBe(true);
    // the tuchtdossier went to the diensthoofd the korpschef named: the investigator lost it
    expect(refused(await koen.get(dossier('T')))).toBe(true);
  });

  it.each([
    ['rewrite its history', { History: '[]' }],
    ['close it', { Status: 'Afgesloten', ClosedOn: new Date().toISOString() }],
    ['reassign it', { InvestigatorId: 0 }],
    ['name a "betrokken diensthoofd" to give a colleague access', { DisciplinaryHeadId: 0 }],
    ['make it a tuchtdossier', { Status: 'Tuchtdossier' }],
    ['write notes into it', { InvestigationNotes: 'Niets aan de hand.' }],
  ])('refuses the investigator who tries to %s', async (_what, body) => {
    const values = { ...body } as Record<string, unknown>;
    if ('InvestigatorId' in values) values.InvestigatorId = ids[ANN];
    if ('DisciplinaryHeadId' in values) values.DisciplinaryHeadId = ids[JONAS];
    const before = await fieldsOf('A');
    expect(refused(await (await raw(KOEN)).merge(dossier('A'), values))).toBe(true);
    expect(await fieldsOf('A')).toEqual(before);
  });

  it('refuses the investigator who changes the dossier permissions directly', async () => {
    const koen = await raw(KOEN);
    expect(refused(await koen.post(`${dossier('A')}/roleassignments/addroleassignment(principalid=${ids[JONAS]},roledefid=1073741826)`))).toBe(true);
    expect(refused(await koen.post(`${dossier('A')}/breakroleinheritance(copyRoleAssignments=true,clearSubscopes=true)`))).toBe(true);
    expect(refused(await (await raw(JONAS)).get(dossier('A')))).toBe(true);
  });

  it('lets nobody but the site owner delete a dossier: not the investigator, Intern Toezicht nor the korpschef', async () => {
    for (const login of [KOEN, GRIET, HILDE, MARC]) {
      const client = await raw(login);
      expect(refused(await client.remove(dossier('A')))).toBe(true);
      expect(refused(await client.post(`${dossier('A')}/recycle`))).toBe(true);
    }
    expect((await (await raw(KOEN)).get(dossier('A'))).status).toBe(200);
    const owner = await raw(ADMIN);
    expect((await owner.post(`${dossier('D')}/recycle`)).status).toBe(200);
  });

  it('lets Intern Toezicht and the korpsleiding route the dossier (entitled actions still succeed)', async () => {
    const griet = await raw(GRIET);
    expect((await griet.merge(dossier('A'), { InvestigationNotes: 'Samenvatting door Intern Toezicht.' })).status).toBe(204);
    const opened = await openAs(GRIET, 'A');
    expect(opened.changes.every((c) => c.entitled)).toBe(true);
    expect(opened.dossier.investigationNotes).toBe('Samenvatting door Intern Toezicht.');
  });
});

describe('findings: add-only, own items, and counted only for the dossier investigator (raw REST)', () => {
  const FINDINGS = ONDERZOEKSBEVINDINGEN.title;
  const finding = (key: string, text: string) => ({ ClientId: `f-${Math.random()}`, Title: 'Bevinding', DossierId: Number(dossiers[key].id), Kind: 'Bevinding', Text: text });
  let koenFinding: number;
  let karelFinding: number;

  it('lets the investigator add a finding, and nobody change or delete it afterwards, not even its author', async () => {
    const added = await (await raw(KOEN)).post(itemsOf(FINDINGS), finding('A', 'Gesprek met de betrokkene.'));
    expect(added.status).toBe(201);
    koenFinding = ((await added.json()) as { Id: number }).Id;
    for (const login of [KOEN, GRIET, HILDE, KAREL]) {
      const client = await raw(login);
      expect(refused(await client.merge(itemsOf(FINDINGS, koenFinding), { Text: 'Herschreven.' }))).toBe(true);
      expect(refused(await client.remove(itemsOf(FINDINGS, koenFinding)))).toBe(true);
    }
  });

  it('refuses staff who are no investigator at all', async () => {
    expect(refused(await (await raw(JONAS)).post(itemsOf(FINDINGS), finding('A', 'Van een collega.')))).toBe(true);
  });

  it('keeps a finding written by someone else for a dossier out of sight of the investigator and shows it as not counting', async () => {
    const added = await (await raw(KAREL)).post(itemsOf(FINDINGS), finding('A', 'Alles in orde, dossier kan dicht.'));
    expect(added.status).toBe(201);
    karelFinding = ((await added.json()) as { Id: number }).Id;
    expect(await visible(KOEN, FINDINGS)).toEqual([koenFinding]);
    expect(await visible(ANN, FINDINGS)).toEqual([]);
    expect(await visible(GRIET, FINDINGS, `DossierId eq ${dossiers.A.id}`)).toEqual([koenFinding, karelFinding]);
    const opened = await openAs(GRIET, 'A');
    expect(opened.findings.map((f) => [f.author.name, f.counts])).toEqual([
      ['Koen Dubois', true],
      ['Karel Peeters', false],
    ]);
  });

  it('takes the author from SharePoint, whatever the request says', async () => {
    const added = await (await raw(KAREL)).post(itemsOf(FINDINGS), { ...finding('A', 'Namens Koen.'), AuthorId: ids[KOEN], EditorId: ids[KOEN] });
    if (added.status === 201) {
      const id = ((await added.json()) as { Id: number }).Id;
      const stored = (await (await (await raw(GRIET)).get(`${itemsOf(FINDINGS, id)}?$select=AuthorId`)).json()) as { AuthorId: number };
      expect(stored.AuthorId).toBe(ids[KAREL]);
      const opened = await openAs(GRIET, 'A');
      expect(opened.findings.filter((f) => f.id === String(id))[0]).toMatchObject({ author: { name: 'Karel Peeters' }, counts: false });
    } else {
      expect(refused(added) || added.status === 400).toBe(true);
    }
  });
});

describe('consultation log: who read is who SharePoint says added the entry (raw REST)', () => {
  it('shows an entry written in another name, for a dossier the writer cannot see, with its real author', async () => {
    const jonas = await raw(JONAS);
    expect(refused(await jonas.get(dossier('A')))).toBe(true);
    const at = new Date().toISOString();
    const forged = await jonas.post(itemsOf(RAADPLEGINGEN.title), { ClientId: `r-${Math.random()}`, ListName: 'Klachten', DossierId: Number(dossiers.A.id), Action: 'Geraadpleegd', ReaderName: 'Koen Dubois', AuthorId: ids[KOEN], At: at, RetainUntil: at });
    expect(forged.status).toBe(201);
    const opened = await openAs(GRIET, 'A');
    const entry = opened.consultations!.filter((e) => e.claimedName === 'Koen Dubois')[0];
    expect(entry).toMatchObject({ readerName: 'Jonas Maes', readerId: String(ids[JONAS]) });
  });

  it('logs the reads the app makes: opening a dossier and listing the register, with the reader as Author', async () => {
    await (await repoAs(KOEN)).loadRegister({ kind: 'open' });
    await openAs(KOEN, 'A');
    const res = await (await raw(GRIET)).get(`${itemsOf(RAADPLEGINGEN.title)}?$select=AuthorId,Action,DossierId&$filter=DossierId eq ${dossiers.A.id}`);
    const entries = ((await res.json()) as { value: { AuthorId: number; Action: string }[] }).value.filter((e) => e.AuthorId === ids[KOEN]);
    expect(entries.map((e) => e.Action)).toEqual(expect.arrayContaining(['Opgelijst', 'Geraadpleegd']));
  });

  it('lets nobody change or delete an entry', async () => {
    const list = (await (await (await raw(GRIET)).get(`${itemsOf(RAADPLEGINGEN.title)}?$select=Id&$top=1`)).json()) as { value: { Id: number }[] };
    for (const login of [GRIET, HILDE, KOEN, JONAS]) {
      const client = await raw(login);
      expect(refused(await client.merge(itemsOf(RAADPLEGINGEN.title, list.value[0].Id), { ReaderName: 'Iemand anders' }))).toBe(true);
      expect(refused(await client.remove(itemsOf(RAADPLEGINGEN.title, list.value[0].Id)))).toBe(true);
    }
  });
});

describe('tuchtdossiers: only the korpschef (raw REST)', () => {
  it('gives the diensthoofd the korpschef named read access only', async () => {
    const karel = await raw(KAREL);
    expect((await karel.get(dossier('T'))).status).toBe(200);
    expect(refused(await karel.merge(dossier('T'), { Status: 'Afgesloten' }))).toBe(true);
    expect(refused(await karel.merge(dossier('T'), { DisciplinaryHeadId: ids[ELS] }))).toBe(true);
    expect(refused(await (await raw(ELS)).get(dossier('T')))).toBe(true);
  });

  it('shows a tuchtdossier opened by the rest of the korpsleiding as changed outside the app, and gives its named head no access', async () => {
    // SharePoint cannot refuse a value to who may edit the dossier: this is detected, and grants nothing
    const marc = await raw(MARC);
    expect((await marc.merge(dossier('C'), { Status: 'Tuchtdossier', DisciplinaryOpenedOn: new Date().toISOString(), DisciplinaryHeadId: ids[ELS] })).status).toBe(204);
    const opened = await openAs(GRIET, 'C');
    const outside = opened.changes.filter((c) => !c.entitled);
    expect(outside.map((c) => [c.editor.name, c.to])).toEqual([['Marc Willems', 'Tuchtdossier']]);
    expect(refused(await (await raw(ELS)).get(dossier('C')))).toBe(true);
    // the investigator keeps the dossier the korpschef did not take from them
    expect((await (await raw(KOEN)).get(dossier('C'))).status).toBe(200);
    const overview = await tamperedDossiers(await site.as(HILDE));
    expect(overview.map((d) => d.id)).toEqual([dossiers.C.id]);
  });

  it('refuses a close of the tuchtdossier through the app by anyone but the korpschef; the korpschef closes it', async () => {
    const marc = await repoAs(MARC);
    const t = await marc.openDossier(dossiers.T.id);
    await expect(marc.decide(t.dossier, t.me, { action: 'closeDisciplinary', outcome: 'Gegrond' })).rejects.toMatchObject({ refusal: { code: 'notAllowed' } });
    const hilde = await repoAs(HILDE);
    const h = await hilde.openDossier(dossiers.T.id);
    expect((await hilde.decide(h.dossier, h.me, { action: 'closeDisciplinary', outcome: 'Gegrond' })).status).toBe('Afgesloten');
    expect((await hilde.openDossier(dossiers.T.id)).changes.every((c) => c.entitled)).toBe(true);
  });
});

describe('provisioning re-secures existing dossiers (resecureDossiers)', () => {
  /** A dossier's role assignments as the site owner reads them: principal id and role names. */
  async function assignments(key: string): Promise<string[]> {
    const res = await (await raw(ADMIN)).get(`${dossier(key)}/roleassignments?$expand=Member,RoleDefinitionBindings`);
    const body = (await res.json()) as { value: { PrincipalId: number; RoleDefinitionBindings: { Name: string }[] }[] };
    return body.value.map((a) => `${a.PrincipalId}:${a.RoleDefinitionBindings.map((r) => r.Name).join('+')}`).sort();
  }

  it('takes the old write access from an investigator, and a second run changes nothing', async () => {
    const admin: SPFI = site.admin;
    // the old model: the investigator could edit
    await admin.web.lists.getByTitle(KLACHTEN.title).items.getById(Number(dossiers.B.id)).roleAssignments.add(ids[ANN], 1073741827);
    expect((await (await raw(ANN)).merge(dossier('B'), { Status: 'Afgesloten' })).status).toBe(204);
    const first = await resecureDossiers(admin);
    expect(first.dossiers).toBeGreaterThanOrEqual(4);
    const after = await assignments('B');
    expect(refused(await (await raw(ANN)).merge(dossier('B'), { Status: 'In onderzoek' }))).toBe(true);
    expect((await (await raw(ANN)).get(dossier('B'))).status).toBe(200);
    await resecureDossiers(admin);
    expect(await assignments('B')).toEqual(after);
    // what Ann changed under the old model stays visible as changed outside the app
    expect((await openAs(GRIET, 'B')).changes.filter((c) => !c.entitled).map((c) => c.editor.name)).toEqual(['Ann Lambert']);
  });
});
