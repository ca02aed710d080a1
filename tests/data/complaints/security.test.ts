import { SPComplaintsRepository } from '../../../src/data/complaints/SPComplaintsRepository';
import type { ComplaintRecord } from '../../../src/data/complaints/ComplaintsRepository';
import { SPRegistersRepository } from '../../../src/data/registers/SPRegistersRepository';
import { brusselsDateOf } from '../../../src/domain/dates';
import { memoryOutbox, startSite, type TestSite } from '../registers/localSite';
import { ANN, DIRK, ELS, GRIET, HILDE, JONAS, KAREL, KOEN, LUC, SOFIE } from '../registers/logins';

/**
 * Confidentiality through SharePoint's own permissions, checked with raw REST calls as each persona (no app code on
 * the reading side): whatever a user asks, by list, by id, by filter, in a batch, through lookups or versions, a
 * dossier they may not see never comes back, not even its subject.
 */

let site: TestSite;
const dossiers: { [key: string]: ComplaintRecord } = {};
const today = brusselsDateOf(new Date());

/** The ids a raw item query returns. */
async function ids(login: string, path: string): Promise<number[]> {
  const response = await site.raw(login, path);
  if (response.status !== 200) return [];
  const body = (await response.json()) as { value: { Id: number }[] };
  return body.value.map((v) => v.Id).sort((a, b) => a - b);
}

/** A raw `$batch` of GETs as PnPjs writes it; returns the whole multipart answer as text. */
async function batch(login: string, paths: string[]): Promise<string> {
  const boundary = 'batch_7f0c';
  const parts = paths.map((p) => `--${boundary}\nContent-Type: application/http\nContent-Transfer-Encoding: binary\n\nGET ${site.ls.siteUrl}/_api/${p} HTTP/1.1\naccept: application/json\n\n`);
  const response = await site.raw(login, '$batch', {
    method: 'POST',
    headers: { 'Content-Type': `multipart/mixed; boundary=${boundary}` },
    body: `${parts.join('')}--${boundary}--\n`,
  });
  expect(response.status).toBe(200);
  return response.text();
}

const KLACHTEN = "web/lists/getByTitle('Klachten')";
const RAADPLEGINGEN = "web/lists/getByTitle('Raadplegingen')";

beforeAll(async () => {
  site = await startSite({ themes: true });
  const griet = new SPComplaintsRepository(await site.as(GRIET), 'Griet Van Damme');
  const create = (key: string) =>
    griet.createComplaint({
      title: `GEHEIM-${key} onderwerp`,
      reference: '',
      receivedOn: today,
      channel: 'Brief',
      complainantName: `Klager-${key}`,
      complainantContact: `klager-${key}@example.be`,
      facts: `Feiten van dossier ${key}.`,
      themeId: '',
      dienst: 'Interventie',
      involvedStaff: [],
      evidence: '',
    });
  for (const key of ['A', 'B', 'C']) dossiers[key] = await create(key);
  const { me, investigators } = await griet.openDossier(dossiers.A.id);
  const person = (name: string) => investigators.filter((i) => i.name === name)[0];
  dossiers.A = await griet.decide(dossiers.A, me, { action: 'assignInvestigator', investigator: person('Koen Dubois') });
  dossiers.B = await griet.decide(dossiers.B, me, { action: 'assignInvestigator', investigator: person('Ann Lambert') });
  // a second version of A, so there is version history to try; the investigator reads it (and only reads it)
  const koen = new SPComplaintsRepository(await site.as(KOEN), 'Koen Dubois');
  await koen.openDossier(dossiers.A.id);
  const opened = await griet.openDossier(dossiers.A.id);
  dossiers.A = await griet.saveDetails(opened.dossier, { investigationNotes: 'GEHEIM-A notities', spocFeedback: '', mayorFeedbackOn: '', evidence: '' });
}, 120000);

afterAll(async () => {
  await site?.close();
});

describe('complaint dossiers through raw REST', () => {
  const all = () => [dossiers.A, dossiers.B, dossiers.C].map((d) => Number(d.id)).sort((a, b) => a - b);

  it('shows every dossier to the korpsleiding and Intern Toezicht', async () => {
    expect(await ids(HILDE, `${KLACHTEN}/items?$select=Id`)).toEqual(all());
    expect(await ids(GRIET, `${KLACHTEN}/items?$select=Id`)).toEqual(all());
  });

  it('shows a HINP exactly the dossiers assigned to them, by list, filter and id', async () => {
    expect(await ids(KOEN, `${KLACHTEN}/items?$select=Id`)).toEqual([Number(dossiers.A.id)]);
    expect(await ids(ANN, `${KLACHTEN}/items?$select=Id`)).toEqual([Number(dossiers.B.id)]);
    expect(await ids(KOEN, `${KLACHTEN}/items?$select=Id&$filter=Status eq 'In onderzoek'`)).toEqual([Number(dossiers.A.id)]);
    expect((await site.raw(KOEN, `${KLACHTEN}/items(${dossiers.B.id})`)).status).toBe(404);
    expect((await site.raw(ANN, `${KLACHTEN}/items(${dossiers.A.id})`)).status).toBe(404);
    expect((await site.raw(KOEN, `${KLACHTEN}/items(${dossiers.A.id})`)).status).toBe(200);
  });

  it.each([
    ['a staff member', JONAS],
    ['another staff member', SOFIE],
    ['a diensthoofd who was not assigned', KAREL],
    ['another diensthoofd', ELS],
    ['the politiecollege', LUC],
    ['Logistiek', DIRK],
  ])('shows %s no dossier in any way', async (_who, login) => {
    const id = dossiers.A.id;
    const answers = [
      await site.raw(login, `${KLACHTEN}/items`),
      await site.raw(login, `${KLACHTEN}/items?$select=Id,Title,ComplainantName`),
      await site.raw(login, `${KLACHTEN}/items(${id})`),
      await site.raw(login, `${KLACHTEN}/getItemById(${id})`),
      await site.raw(login, `${KLACHTEN}/items?$filter=Id eq ${id}`),
      await site.raw(login, `${KLACHTEN}/items?$filter=startswith(Title,'GEHEIM')`),
      await site.raw(login, `${KLACHTEN}/items?$select=Title,Investigator/Title,Theme/Title&$expand=Investigator,Theme`),
      await site.raw(login, `${KLACHTEN}/items(${id})/versions`),
      await site.raw(login, `${KLACHTEN}`),
    ];
    for (const answer of answers) {
      const text = await answer.text();
      expect(text).not.toMatch(/GEHEIM|Klager-|klager-/);
      if (answer.status === 200) expect((JSON.parse(text) as { value?: unknown[] }).value ?? []).toEqual([]);
    }
    const batched = await batch(login, [`${KLACHTEN}/items`, `${KLACHTEN}/items(${id})`, `${KLACHTEN}/items(${id})/versions`]);
    expect(batched).not.toMatch(/GEHEIM|Klager-|klager-/);
  });

  it('keeps the version history to who may see the dossier', async () => {
    const koen = await site.raw(KOEN, `${KLACHTEN}/items(${dossiers.A.id})/versions`);
    expect(koen.status).toBe(200);
    expect(((await koen.json()) as { value: unknown[] }).value.length).toBeGreaterThanOrEqual(2);
    const ann = await site.raw(ANN, `${KLACHTEN}/items(${dossiers.A.id})/versions`);
    expect(await ann.text()).not.toMatch(/GEHEIM/);
  });

  it('lets nobody change or delete a consultation entry, not even their own or as Intern Toezicht', async () => {
    const entries = (await (await site.raw(GRIET, `${RAADPLEGINGEN}/items?$select=Id,AuthorId&$filter=DossierId eq ${dossiers.A.id}`)).json()) as { value: { Id: number; AuthorId: number }[] };
    expect(entries.value.length).toBeGreaterThanOrEqual(2);
    const koenId = await site.userId(KOEN);
    const own = entries.value.filter((e) => e.AuthorId === koenId)[0];
    const other = entries.value.filter((e) => e.AuthorId !== koenId)[0];
    for (const [login, entry] of [[KOEN, own], [GRIET, own], [GRIET, other], [HILDE, other]] as const) {
      const path = `${RAADPLEGINGEN}/items(${entry.Id})`;
      const merge = await site.raw(login, path, { method: 'POST', headers: { 'X-HTTP-Method': 'MERGE', 'IF-Match': '*', 'Content-Type': 'application/json' }, body: JSON.stringify({ ReaderName: 'Iemand anders' }) });
      expect([403, 404]).toContain(merge.status);
      const remove = await site.raw(login, path, { method: 'POST', headers: { 'X-HTTP-Method': 'DELETE', 'IF-Match': '*' } });
      expect([403, 404]).toContain(remove.status);
      const recycle = await site.raw(login, `${path}/recycle`, { method: 'POST' });
      expect([403, 404]).toContain(recycle.status);
    }
    const after = (await (await site.raw(GRIET, `${RAADPLEGINGEN}/items?$select=Id,ReaderName&$filter=DossierId eq ${dossiers.A.id}`)).json()) as { value: { Id: number; ReaderName: string }[] };
    expect(after.value.map((e) => e.Id).sort()).toEqual(entries.value.map((e) => e.Id).sort());
    expect(after.value.map((e) => e.ReaderName)).not.toContain('Iemand anders');
    // adding is what everyone may do
    const add = await site.raw(JONAS, `${RAADPLEGINGEN}/items`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ ClientId: 'x-1', ListName: 'Klachten', DossierId: 1, Action: 'Geraadpleegd', ReaderName: 'Jonas Maes', At: new Date().toISOString(), RetainUntil: new Date().toISOString() }),
    });
    expect(add.status).toBe(201);
  });

  it('moves access on reassignment, also for raw REST', async () => {
    const griet = new SPComplaintsRepository(await site.as(GRIET), 'Griet Van Damme');
    const { dossier, me, investigators } = await griet.openDossier(dossiers.B.id);
    const koen = investigators.filter((i) => i.name === 'Koen Dubois')[0];
    await griet.decide(dossier, me, { action: 'reassignInvestigator', investigator: koen, reason: 'Werklast Ann.' });
    expect(await ids(ANN, `${KLACHTEN}/items?$select=Id`)).toEqual([]);
    expect(await ids(KOEN, `${KLACHTEN}/items?$select=Id`)).toEqual([Number(dossiers.A.id), Number(dossiers.B.id)]);
    expect((await site.raw(ANN, `${KLACHTEN}/items(${dossiers.B.id})`)).status).toBe(404);
  });
});

describe('declarations through raw REST', () => {
  let jonasGift: number;
  let sofieGift: number;

  beforeAll(async () => {
    const submit = async (login: string, what: string): Promise<number> => {
      const repo = new SPRegistersRepository(await site.as(login), memoryOutbox(), login);
      const outcome = await repo.submitGift({ kind: 'Attentie', what, giver: 'Een burger', estimatedValue: '10', receivedOn: today, whyNotRefused: 'Achtergelaten.', dienst: 'Interventie' });
      if (outcome.status !== 'created') throw new Error('not created');
      return Number(outcome.id);
    };
    jonasGift = await submit(JONAS, 'PRIVE-jonas');
    sofieGift = await submit(SOFIE, 'PRIVE-sofie');
  });

  const GIFTS = "web/lists/getByTitle('Geschenken')";

  it('shows staff only their own declarations, whatever they ask', async () => {
    expect(await ids(JONAS, `${GIFTS}/items?$select=Id`)).toEqual([jonasGift]);
    expect(await ids(SOFIE, `${GIFTS}/items?$select=Id`)).toEqual([sofieGift]);
    expect(await ids(SOFIE, `${GIFTS}/items?$select=Id&$filter=Id eq ${jonasGift}`)).toEqual([]);
    const direct = await site.raw(SOFIE, `${GIFTS}/items(${jonasGift})`);
    expect(direct.status).toBe(404);
    expect(await batch(SOFIE, [`${GIFTS}/items`, `${GIFTS}/items(${jonasGift})`, `${GIFTS}/items(${jonasGift})/versions`])).not.toContain('PRIVE-jonas');
    const edit = await site.raw(SOFIE, `${GIFTS}/items(${jonasGift})`, { method: 'POST', headers: { 'X-HTTP-Method': 'MERGE', 'IF-Match': '*', 'Content-Type': 'application/json' }, body: '{"Title":"x"}' });
    expect([403, 404]).toContain(edit.status);
  });

  it('shows every declaration to Intern Toezicht and none to the politiecollege', async () => {
    expect(await ids(GRIET, `${GIFTS}/items?$select=Id`)).toEqual([jonasGift, sofieGift].sort((a, b) => a - b));
    expect(await ids(LUC, `${GIFTS}/items?$select=Id`)).toEqual([]);
  });
});
