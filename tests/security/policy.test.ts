/**
 * Attacks on the korpsrichtlijnen and the kennisnames over raw REST, per persona, with the persona's own bearer token
 * from `POST /_dev/signin` (what a user with a REST client can do): no app code stands between the attacker and the
 * local SharePoint. What must hold is what SharePoint itself enforces (docs/security.md, "Korpsrichtlijnen and
 * Richtlijnconcepten", "Raadplegingen, Kennisnames").
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { ADMIN_LOGIN } from '../../devserver/app';
import { PERSONAS, type Persona } from '../../devserver/auth/personas';
import { policyContentSeeder } from '../../seed/policy';
import { policyDemoSeeder } from '../../seed/policy-demo';
import { GROUPS } from '../../src/data/groups';
import { migrateConcepts } from '../../src/data/policy/migrateConcepts';
import { SPPolicyRepository } from '../../src/data/policy/SPPolicyRepository';
import type { DirectiveDraft } from '../../src/data/policy/types';
import { KENNISNAMES, KORPSRICHTLIJNEN, RICHTLIJNCONCEPTEN } from '../../src/data/schema';
import { spAs, type LocalSharePoint } from '../data/localSharePoint';
import { rawAs } from './rest';
import { JONAS, SARAH, seedContext, startProvisionedSite } from '../data/policy/support';

const LOTTE = 'lotte.wouters@pzcarma.be';

let ls: LocalSharePoint;
let admin: SPFI;
/** A raw `_api` request as a persona (its own bearer token, see ./rest): a GET, or a POST or MERGE of a JSON body. */
async function api(login: string, path: string, write: { post?: unknown; merge?: Record<string, unknown> } = {}): Promise<{ status: number; json: any }> {
  const client = await rawAs(ls, login);
  const res = write.merge ? await client.merge(path, write.merge) : 'post' in write ? await client.post(path, write.post) : await client.get(path);
  const text = await res.text();
  let json: any;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = text;
  }
  return { status: res.status, json };
}

const list = (title: string) => `web/lists/getbytitle('${title}')`;
/** Whether a read was refused (SharePoint answers 403, or 404 for a list the caller cannot see). */
const refused = (status: number): boolean => status === 403 || status === 404;
/** The rows of a successful collection read. */
const rowsOf = (answer: { status: number; json: any }): any[] => (answer.status === 200 ? (answer.json.value as any[]) : []);

/** Everyone who is neither in the Juridische dienst nor a beheerder nor the site collection administrator. */
const OUTSIDERS: readonly Persona[] = PERSONAS.filter(
  (p) => !p.siteAdmin && p.groups.indexOf(GROUPS.juridischeDienst) < 0 && p.groups.indexOf(GROUPS.beheerders) < 0,
);

/** Every way an outsider might look for a concept: the concepts' list, its item, and Korpsrichtlijnen. */
async function looksFor(login: string, conceptId: number, number: string): Promise<{ what: string; status: number; found: boolean }[]> {
  const looks = [
    { what: 'concept item', path: `${list(RICHTLIJNCONCEPTEN.title)}/items(${conceptId})` },
    { what: 'concepts list', path: `${list(RICHTLIJNCONCEPTEN.title)}/items?$select=Id,DirectiveNumber,Body` },
    { what: 'concepts list info', path: list(RICHTLIJNCONCEPTEN.title) },
    { what: 'korpsrichtlijnen by number', path: `${list(KORPSRICHTLIJNEN.title)}/items?$filter=DirectiveNumber eq '${number}'` },
    { what: 'korpsrichtlijnen concepts', path: `${list(KORPSRICHTLIJNEN.title)}/items?$filter=Status eq 'Concept'` },
  ];
  const answers = await Promise.all(looks.map((l) => api(login, l.path)));
  return answers.map((a, i) => {
    const body = JSON.stringify(a.json ?? '');
    const found = a.status === 200 && (body.indexOf(number) >= 0 || (looks[i].what === 'concept item' && a.json && a.json.Id === conceptId));
    return { what: looks[i].what, status: a.status, found };
  });
}

const draft = (number: string, title: string): DirectiveDraft => ({
  number,
  title,
  summary: 'Vertrouwelijk tot publicatie.',
  body: 'Geheime tekst van het concept.',
  themeIds: [],
  requiresAcknowledgement: true,
});

beforeAll(async () => {
  ({ ls, admin } = await startProvisionedSite());
  const ctx = seedContext(ls, admin);
  await policyContentSeeder.run(ctx);
  await policyDemoSeeder.run(ctx);
}, 180000);

afterAll(async () => {
  await ls?.close();
});

describe('concepts of korpsrichtlijnen over raw REST', () => {
  it('are created in Richtlijnconcepten with one request and unreadable by every outsider right after it', async () => {
    const created = await api(SARAH, `${list(RICHTLIJNCONCEPTEN.title)}/items`, { post: { ClientId: 'sec-concept-1', Title: 'Geheim concept', DirectiveNumber: 'KR-2026-90', Body: '<p>Geheime tekst.</p>' } });
    expect(created.status).toBe(201);
    const id = created.json.Id as number;
    // no request after the create: the outsiders look at once
    for (const persona of OUTSIDERS) {
      const looks = await looksFor(persona.login, id, 'KR-2026-90');
      expect({ persona: persona.login, looks: looks.filter((l) => l.found || (l.what.startsWith('concept') && !refused(l.status))) }).toEqual({
        persona: persona.login,
        looks: [],
      });
    }
    // the Juridische dienst reads it
    expect((await api(SARAH, `${list(RICHTLIJNCONCEPTEN.title)}/items(${id})`)).json.DirectiveNumber).toBe('KR-2026-90');
  });

  it('is never readable while it is being created, even by a colleague polling at the same moment', async () => {
    const jurist = new SPPolicyRepository(await spAs(ls, SARAH));
    ls.clearRequestLog();
    const creating = jurist.createDirective(draft('KR-2026-91', 'Concept onder constructie'));
    const polls: Promise<{ what: string; status: number; found: boolean }[]>[] = [];
    // Jonas guesses the next ids while the jurist creates
    for (let round = 0; round < 5; round++) for (let id = 1; id <= 12; id++) polls.push(looksFor(JONAS, id, 'KR-2026-91'));
    const conceptId = await creating;
    polls.push(looksFor(JONAS, conceptId, 'KR-2026-91'));
    const seen = (await Promise.all(polls)).reduce((all, looks) => all.concat(looks.filter((l) => l.found)), [] as unknown[]);
    expect(seen).toEqual([]);
    // the app's create is the last request of the jurist: nothing secures the item afterwards
    const log = ls.requestLog().filter((r) => r.method !== 'GET');
    const writes = log.map((r) => `${r.method} ${decodeURIComponent(r.url).replace(/\?.*$/, '')}`);
    expect(writes).toEqual([`POST /sites/integriteit/_api/$batch`, `POST /sites/integriteit/_api/web/lists/getByTitle('Richtlijnconcepten')/items`]);
    expect(log.map((r) => r.status)).toEqual([200, 201]);
    expect(refused((await api(JONAS, `${list(RICHTLIJNCONCEPTEN.title)}/items(${conceptId})`)).status)).toBe(true);
  });

  it('refuses outsiders who try to add, edit or publish one, or to edit a published korpsrichtlijn', async () => {
    const concepts = rowsOf(await api(SARAH, `${list(RICHTLIJNCONCEPTEN.title)}/items?$select=Id`));
    const published = rowsOf(await api(JONAS, `${list(KORPSRICHTLIJNEN.title)}/items?$select=Id&$filter=Status eq 'Gepubliceerd'`));
    expect(published.length).toBeGreaterThan(0);
    for (const persona of OUTSIDERS.slice(0, 6)) {
      const add = await api(persona.login, `${list(RICHTLIJNCONCEPTEN.title)}/items`, { post: { ClientId: `x-${persona.login}`, Title: 'x', DirectiveNumber: 'KR-2026-99' } });
      expect(refused(add.status)).toBe(true);
      const edit = await api(persona.login, `${list(RICHTLIJNCONCEPTEN.title)}/items(${concepts[0].Id})`, { merge: { Title: 'Overschreven' } });
      expect(refused(edit.status)).toBe(true);
      const publish = await api(persona.login, `${list(KORPSRICHTLIJNEN.title)}/items`, { post: { ClientId: `p-${persona.login}`, Title: 'Vals', DirectiveNumber: 'KR-2026-98', Status: 'Gepubliceerd', VersionMajor: 1, VersionMinor: 0 } });
      expect(publish.status).toBe(403);
      const change = await api(persona.login, `${list(KORPSRICHTLIJNEN.title)}/items(${published[0].Id})`, { merge: { Body: '<p>Vervalst</p>' } });
      expect(change.status).toBe(403);
    }
  });

  it('still lets the Juridische dienst draft, revise and publish; staff read only what is published', async () => {
    const jurist = new SPPolicyRepository(await spAs(ls, SARAH));
    const conceptId = await jurist.createDirective(draft('KR-2026-92', 'Nieuwe regels'));
    const before = await looksFor(JONAS, conceptId, 'KR-2026-92');
    expect(before.filter((l) => l.found)).toEqual([]);
    const id = await jurist.publishDirective((await jurist.loadConcept(conceptId)).directive);
    const read = await api(JONAS, `${list(KORPSRICHTLIJNEN.title)}/items(${id})?$select=DirectiveNumber,Status,Body`);
    expect(read.json).toMatchObject({ DirectiveNumber: 'KR-2026-92', Status: 'Gepubliceerd' });

    // a new version: the concept's text stays hidden until it is published over the published text
    const revisionId = await jurist.reviseDirective((await jurist.loadDirective(id)).directive);
    await jurist.saveConcept((await jurist.loadConcept(revisionId)).directive, { ...draft('KR-2026-92', 'Nieuwe regels'), body: 'Herziene geheime tekst.' }, 'major');
    const staffView = await api(JONAS, `${list(KORPSRICHTLIJNEN.title)}/items(${id})?$select=Body,VersionMajor`);
    expect(staffView.json.Body).not.toContain('Herziene');
    expect(refused((await api(JONAS, `${list(RICHTLIJNCONCEPTEN.title)}/items(${revisionId})`)).status)).toBe(true);
    await jurist.publishDirective((await jurist.loadConcept(revisionId)).directive);
    const after = await api(JONAS, `${list(KORPSRICHTLIJNEN.title)}/items(${id})?$select=Body,VersionMajor`);
    expect(after.json).toMatchObject({ VersionMajor: 2 });
    expect(after.json.Body).toContain('Herziene geheime tekst.');
  });

  it('moves concepts of the former model out of Korpsrichtlijnen when provisioning migrates, idempotently', async () => {
    // a concept as the former model stored it: in Korpsrichtlijnen, hidden (or not) by item permissions
    ls.bulkInsertItemsForTests(KORPSRICHTLIJNEN.title, [
      { ClientId: 'legacy-concept', Title: 'Oud concept', DirectiveNumber: 'KR-2025-77', Body: '<p>Oud geheim.</p>', Status: 'Concept', VersionMajor: 1, VersionMinor: 0 },
    ]);
    expect(rowsOf(await api(JONAS, `${list(KORPSRICHTLIJNEN.title)}/items?$filter=DirectiveNumber eq 'KR-2025-77'`))).toHaveLength(1);
    const first = await migrateConcepts(admin);
    expect(first).toEqual({ moved: 1, numbers: ['KR-2025-77'] });
    expect(rowsOf(await api(JONAS, `${list(KORPSRICHTLIJNEN.title)}/items?$filter=DirectiveNumber eq 'KR-2025-77'`))).toEqual([]);
    expect(rowsOf(await api(JONAS, `${list(KORPSRICHTLIJNEN.title)}/items?$filter=Status eq 'Concept'`))).toEqual([]);
    const moved = rowsOf(await api(SARAH, `${list(RICHTLIJNCONCEPTEN.title)}/items?$filter=DirectiveNumber eq 'KR-2025-77'&$select=Id,Title,Body,ClientId`));
    expect(moved).toEqual([expect.objectContaining({ Title: 'Oud concept', ClientId: 'legacy-concept' })]);
    expect(refused((await api(JONAS, `${list(RICHTLIJNCONCEPTEN.title)}/items(${moved[0].Id})`)).status)).toBe(true);
    expect(await migrateConcepts(admin)).toEqual({ moved: 0, numbers: [] });
    // not kept in the recycle bin either, from where it would come back into Korpsrichtlijnen
    const bin = await api(ADMIN_LOGIN, 'site/recycleBin?$select=Title,LeafName');
    expect(bin.status).toBe(200);
    expect(JSON.stringify(bin.json)).toContain('Korpsrichtlijn integriteitsbeleid'); // published concepts of the seed: the bin is seen whole
    expect(JSON.stringify(bin.json)).not.toContain('Oud concept');
  });
});

describe('kennisnames over raw REST', () => {
  let directiveId: number;
  let versionMajor: number;
  let jonasId: number;
  let lotteId: number;

  beforeAll(async () => {
    const found = rowsOf(await api(JONAS, `${list(KORPSRICHTLIJNEN.title)}/items?$select=Id,VersionMajor&$filter=DirectiveNumber eq 'KR-2021-01'`))[0];
    directiveId = found.Id;
    versionMajor = found.VersionMajor;
    jonasId = (await api(JONAS, 'web/currentuser?$select=Id')).json.Id;
    lotteId = (await api(LOTTE, 'web/currentuser?$select=Id')).json.Id;
  });

  const reportRow = async () => {
    const jurist = new SPPolicyRepository(await spAs(ls, SARAH));
    const report = await jurist.loadAcknowledgementReport((await jurist.loadDirective(directiveId)).directive);
    const interventie = report.perDienst.filter((g) => g.dienst === 'Interventie')[0];
    return { report, acknowledged: interventie.acknowledged.map((m) => m.title), missing: interventie.missing.map((m) => m.title) };
  };

  it('count an acknowledgement recorded for a colleague for its author only, and show it as such', async () => {
    const before = await reportRow();
    expect(before.missing).toEqual(expect.arrayContaining(['Jonas Maes', 'Lotte Wouters']));
    // Jonas records "gelezen en begrepen" in Lotte's name: her person field, her name, her dienst, even an author field
    const forged = await api(JONAS, `${list(KENNISNAMES.title)}/items`, {
      post: {
        ClientId: 'forged-for-lotte',
        Title: `KR-2021-01 v${versionMajor} – Lotte Wouters`,
        DirectiveId: directiveId,
        VersionMajor: versionMajor,
        EmployeeId: lotteId,
        Dienst: 'Interventie',
        AcknowledgedAt: '2026-03-10T09:00:00Z',
        AuthorId: lotteId,
      },
    });
    expect(forged.status).toBe(201);
    // SharePoint records who added it
    expect(forged.json.AuthorId).toBe(jonasId);
    const after = await reportRow();
    expect(after.missing).toContain('Lotte Wouters');
    expect(after.acknowledged).toContain('Jonas Maes');
    expect(after.report.acknowledged).toBe(before.report.acknowledged + 1);
    expect(after.report.misattributed).toEqual([{ id: forged.json.Id, author: { id: jonasId, title: 'Jonas Maes' }, named: 'Lotte Wouters' }]);
  });

  it('refuse a form value that names another author, and edits of an acknowledgement once added', async () => {
    const viaForm = await api(JONAS, `${list(KENNISNAMES.title)}/AddValidateUpdateItemUsingPath()`, {
      post: {
        listItemCreateInfo: { FolderPath: { DecodedUrl: `${new URL(ls.siteUrl).pathname}/Lists/${KENNISNAMES.title}` } },
        formValues: [
          { FieldName: 'Title', FieldValue: 'KR-2021-01 – Lotte Wouters' },
          { FieldName: 'Author', FieldValue: JSON.stringify([{ Key: `i:0#.f|membership|${LOTTE}` }]) },
        ],
        bNewDocumentUpdate: false,
      },
    });
    const rows: { FieldName: string; HasException: boolean }[] = viaForm.status === 200 ? viaForm.json.value : [];
    // refused as a whole, or the author value refused (and nothing stored)
    expect(viaForm.status !== 200 || rows.some((r) => r.FieldName === 'Author' && r.HasException)).toBe(true);

    const mine = rowsOf(await api(JONAS, `${list(KENNISNAMES.title)}/items?$select=Id,AuthorId`));
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((r) => r.AuthorId === jonasId)).toBe(true);
    const edit = await api(JONAS, `${list(KENNISNAMES.title)}/items(${mine[0].Id})`, { merge: { EmployeeId: lotteId } });
    expect(edit.status).toBe(403);
    // Lotte's own list shows nothing Jonas added
    const hers = rowsOf(await api(LOTTE, `${list(KENNISNAMES.title)}/items?$select=Id,AuthorId`));
    expect(hers.every((r) => r.AuthorId === lotteId)).toBe(true);
  });

  it('still lets staff acknowledge for themselves, and that counts', async () => {
    const lotte = new SPPolicyRepository(await spAs(ls, LOTTE));
    const detail = await lotte.loadDirective(directiveId);
    const ack = await lotte.acknowledge(detail.directive, detail.me);
    expect(ack.authorId).toBe(lotteId);
    const after = await reportRow();
    expect(after.acknowledged).toEqual(expect.arrayContaining(['Jonas Maes', 'Lotte Wouters']));
    expect(after.missing).not.toContain('Lotte Wouters');
  });
});
