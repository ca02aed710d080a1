/**
 * The proposal flow, the decision log and the notifications attacked over raw REST, per persona, with nothing but the
 * persona's own token (docs/security.md): every attack is refused by SharePoint's permissions or, where SharePoint
 * cannot refuse a value, shown as "gewijzigd buiten de app"; every entitled action still succeeds.
 */
import type { ProposalContent } from '../../src/domain/proposal/proposal';
import { newClientId } from '../../src/data/clientId';
import { BESLISSINGEN, MELDINGEN, VERBETERVOORSTELLEN } from '../../src/data/schema';
import { BRAM, ELS, HILDE, JONAS, KAREL, LOTTE, PIETER, TOM, startProposalSite, type ProposalSite } from '../data/proposals/harness';
import { itemsOf, rawAs, refused } from './rest';

let site: ProposalSite;
beforeAll(async () => {
  site = await startProposalSite();
}, 120000);
afterAll(() => site?.close());

const content: ProposalContent = {
  title: 'Nachtkijkers voor de interventieploegen',
  problem: 'Geen zicht bij zoekacties in het donker.',
  improvement: 'Twee nachtkijkers per ploeg.',
  description: '',
  topic: 'Materiaal en uitrusting',
  costEstimate: 3200,
};

const proposal = (id?: number): string => itemsOf(VERBETERVOORSTELLEN.title, id);

/** Lotte's team submits a proposal through the app; returns its item id. */
async function submitted(): Promise<number> {
  const repo = await site.repoAs(LOTTE);
  const { user } = await repo.me();
  const outcome = await repo.submit({ clientId: newClientId(), dienst: 'Interventie', content }, user);
  if (outcome.status !== 'created') throw new Error('not created');
  return outcome.itemId;
}

async function decideAs(login: string, itemId: number, action: Parameters<Awaited<ReturnType<ProposalSite['repoAs']>>['decide']>[1], input: Record<string, unknown> = {}) {
  const repo = await site.repoAs(login);
  const { user, organisation } = await repo.me();
  const { proposal: p } = await repo.detail(itemId);
  return repo.decide(p, action, input, user, organisation);
}

const statusOf = async (itemId: number): Promise<string> => {
  const res = await (await rawAs(site.ls, HILDE)).get(`${proposal(itemId)}?$select=Status`);
  return ((await res.json()) as { Status: string }).Status;
};

describe('proposals: whose turn it is decides who may write (raw REST)', () => {
  it('refuses a team member who sets the own submitted proposal to Gevalideerd', async () => {
    const id = await submitted();
    const lotte = await rawAs(site.ls, LOTTE);
    expect(refused(await lotte.merge(proposal(id), { Status: 'Gevalideerd' }))).toBe(true);
    expect(await statusOf(id)).toBe('Ingediend');
  });

  it("refuses another dienst's team member who edits or deletes the proposal, and lets nobody add it to another dienst's folder", async () => {
    const id = await submitted();
    const bram = await rawAs(site.ls, BRAM);
    expect(refused(await bram.merge(proposal(id), { Title: 'Overgenomen' }))).toBe(true);
    expect(refused(await bram.remove(proposal(id)))).toBe(true);
    const intoInterventie = await bram.post(`web/lists/getByTitle('${VERBETERVOORSTELLEN.title}')/AddValidateUpdateItemUsingPath()`, {
      listItemCreateInfo: { FolderPath: { DecodedUrl: `${new URL(site.ls.siteUrl).pathname}/Lists/${VERBETERVOORSTELLEN.title}/Interventie` }, UnderlyingObjectType: 0 },
      formValues: [{ FieldName: 'Title', FieldValue: 'Namens Interventie' }, { FieldName: 'ClientId', FieldValue: newClientId() }, { FieldName: 'Status', FieldValue: 'Gevalideerd' }],
      bNewDocumentUpdate: false,
    });
    expect(refused(intoInterventie)).toBe(true);
    const jonas = await rawAs(site.ls, JONAS);
    expect(refused(await jonas.post(proposal(), { Title: 'Rechtstreeks', ClientId: newClientId(), Status: 'Gevalideerd', Dienst: 'Interventie' }))).toBe(true);
  });

  it("refuses a diensthoofd who validates another dienst's proposal; the own diensthoofd validates", async () => {
    const id = await submitted();
    const els = await rawAs(site.ls, ELS);
    expect(refused(await els.merge(proposal(id), { Status: 'Gevalideerd' }))).toBe(true);
    await decideAs(KAREL, id, 'validate');
    expect(await statusOf(id)).toBe('Gevalideerd');
    // the turn went on: the diensthoofd who validated may no longer write
    const karel = await rawAs(site.ls, KAREL);
    expect(refused(await karel.merge(proposal(id), { Status: 'Afgewezen' }))).toBe(true);
  });

  it('refuses someone outside the directiecomité who routes a proposal; the directiecomité routes', async () => {
    const id = await submitted();
    await decideAs(KAREL, id, 'validate');
    const tom = await rawAs(site.ls, TOM);
    expect(refused(await tom.merge(proposal(id), { Status: 'Toegewezen aan comité', Comite: 'Aankoopcomité' }))).toBe(true);
    const lotte = await rawAs(site.ls, LOTTE);
    expect(refused(await lotte.merge(proposal(id), { Status: 'Toegewezen aan comité' }))).toBe(true);
    await decideAs(HILDE, id, 'route', { comite: 'aankoopcomite', reason: 'Aankoop.' });
    expect(await statusOf(id)).toBe('Toegewezen aan comité');
    // now the comité holds the turn, the directiecomité keeps re-routing
    expect(refused(await tom.merge(proposal(id), { ProgressNotes: 'Offertes gevraagd.' }))).toBe(false);
  });

  it('refuses anyone who changes the permissions of a proposal without holding its turn', async () => {
    const id = await submitted();
    const bram = await rawAs(site.ls, BRAM);
    const lotte = await rawAs(site.ls, LOTTE);
    expect(refused(await bram.post(`${proposal(id)}/breakroleinheritance(copyRoleAssignments=true,clearSubscopes=true)`))).toBe(true);
    expect(refused(await lotte.post(`${proposal(id)}/breakroleinheritance(copyRoleAssignments=true,clearSubscopes=true)`))).toBe(true);
  });

  it('lets the team withdraw its own submitted proposal (recycle bin) but no other team', async () => {
    const id = await submitted();
    const bram = await rawAs(site.ls, BRAM);
    expect(refused(await bram.remove(proposal(id)))).toBe(true);
    await decideAs(LOTTE, id, 'withdraw');
    const hilde = await rawAs(site.ls, HILDE);
    expect((await hilde.get(proposal(id))).status).toBe(404);
  });

  it('shows a status set outside the flow by the holder of the turn as "gewijzigd buiten de app", on the item and in the oversight', async () => {
    const id = await submitted();
    const karel = await rawAs(site.ls, KAREL);
    expect((await karel.merge(proposal(id), { Status: 'Gerealiseerd' })).ok).toBe(true);
    const hilde = await site.repoAs(HILDE);
    const { findings } = await hilde.detail(id);
    expect(findings).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'statusOutsideApp', to: 'Gerealiseerd', editorName: 'Karel Peeters' })]));
    const report = await hilde.integrityCheck();
    expect(report.flagged.map((f) => f.proposal.itemId)).toContain(id);
    expect(report.checked).toBeGreaterThan(report.flagged.length);
  });
});

describe('decision log: who did it is what SharePoint says (raw REST)', () => {
  it('refuses a log entry from someone without the right to add; shows a forged name and an unentitled author plainly', async () => {
    const id = await submitted();
    const entry = {
      Title: 'Toegewezen aan comité',
      ClientId: newClientId(),
      EntryKind: 'Beslissing',
      ProposalId: id,
      Action: 'route',
      FromStatus: 'Ingediend',
      ToStatus: 'Toegewezen aan comité',
      ActorName: 'Hilde Goossens',
      At: new Date().toISOString(),
    };
    const jonas = await rawAs(site.ls, JONAS);
    expect(refused(await jonas.post(itemsOf(BESLISSINGEN.title), entry))).toBe(true);
    const lotte = await rawAs(site.ls, LOTTE);
    expect((await lotte.post(itemsOf(BESLISSINGEN.title), entry)).ok).toBe(true);
    const detail = await (await site.repoAs(HILDE)).detail(id);
    const forged = detail.decisions.filter((d) => d.action === 'route')[0];
    expect(forged.actor.name).toBe('Lotte Wouters');
    expect(forged.namedAs).toBe('Hilde Goossens');
    expect(forged.counts).toBe(false);
    expect(detail.proposal.status).toBe('Ingediend');
    expect(detail.findings.map((f) => f.kind)).toEqual(expect.arrayContaining(['unentitledEntry', 'otherName']));
    // an edit or delete of a log entry is refused, even for the entry's author
    const mine = forged.entryId as number;
    expect(refused(await lotte.merge(itemsOf(BESLISSINGEN.title, mine), { ActorName: 'Iemand anders' }))).toBe(true);
    expect(refused(await lotte.remove(itemsOf(BESLISSINGEN.title, mine)))).toBe(true);
  });

  it('shows the real decisions with their server-set authors and no findings', async () => {
    const id = await submitted();
    await decideAs(KAREL, id, 'validate');
    const detail = await (await site.repoAs(LOTTE)).detail(id);
    expect(detail.decisions.map((d) => [d.action, d.actor.name, d.counts])).toEqual([
      ['submit', 'Lotte Wouters', true],
      ['validate', 'Karel Peeters', true],
    ]);
    expect(detail.findings).toEqual([]);
  });
});

describe('feedback cascade: each dienst ticks its own, in its own folder (raw REST)', () => {
  it("refuses a middenkader's tick for another dienst; a tick outside the dienst's folder or by someone not responsible never counts", async () => {
    const id = await submitted();
    await decideAs(KAREL, id, 'validate');
    await decideAs(HILDE, id, 'route', { comite: 'aankoopcomite', reason: 'Aankoop.' });
    const route = (await (await site.repoAs(HILDE)).detail(id)).decisions.filter((d) => d.action === 'route')[0];
    const values = (dienst: string, step = 'Middenkaderoverleg per dienst') => [
      { FieldName: 'Title', FieldValue: 'Middenkaderoverleg' },
      { FieldName: 'ClientId', FieldValue: newClientId() },
      { FieldName: 'EntryKind', FieldValue: 'Terugkoppeling' },
      { FieldName: 'ProposalId', FieldValue: String(id) },
      { FieldName: 'DecisionId', FieldValue: String(route.entryId) },
      { FieldName: 'CascadeStep', FieldValue: step },
      { FieldName: 'Dienst', FieldValue: dienst },
      { FieldName: 'HeldOnDay', FieldValue: '20261126' },
      { FieldName: 'ActorName', FieldValue: 'Pieter Mertens' },
    ];
    const intoFolder = (client: Awaited<ReturnType<typeof rawAs>>, folder: string, dienst: string) =>
      client.post(`web/lists/getByTitle('${BESLISSINGEN.title}')/AddValidateUpdateItemUsingPath()`, {
        listItemCreateInfo: { FolderPath: { DecodedUrl: `${new URL(site.ls.siteUrl).pathname}/Lists/${BESLISSINGEN.title}/${folder}` }, UnderlyingObjectType: 0 },
        formValues: values(dienst),
        bNewDocumentUpdate: false,
      });
    const pieter = await rawAs(site.ls, PIETER);
    // Interventie's middenkader: refused in Wijk's folder, allowed in Interventie's folder; at the log's root (where its
    // teamoverleg's proposals log their submits) a tick is stored but never counts
    expect(refused(await intoFolder(pieter, 'Wijk', 'Wijk'))).toBe(true);
    const atRoot = Object.fromEntries(values('Wijk').map((v) => [v.FieldName, v.FieldName === 'ProposalId' || v.FieldName === 'DecisionId' || v.FieldName === 'HeldOnDay' ? Number(v.FieldValue) : v.FieldValue]));
    expect((await pieter.post(itemsOf(BESLISSINGEN.title), atRoot)).ok).toBe(true);
    const own = await intoFolder(pieter, 'Interventie', 'Interventie');
    expect(own.ok).toBe(true);
    // a diensthoofd may add to the log (decisions), so a tick at the root is stored: it never counts for a dienst
    const els = await rawAs(site.ls, ELS);
    expect((await els.post(itemsOf(BESLISSINGEN.title), { ...atRoot, ClientId: newClientId(), ActorName: 'Els Janssens' })).ok).toBe(true);
    // the report is no one's tick (a published report that records the decision is the step), and staff add nothing
    const report = { ...atRoot, ClientId: newClientId(), CascadeStep: 'Verslag van het overleg', Dienst: null, At: new Date().toISOString(), ActorName: 'Hilde Goossens' };
    expect((await (await rawAs(site.ls, HILDE)).post(itemsOf(BESLISSINGEN.title), report)).ok).toBe(true);
    expect(refused(await (await rawAs(site.ls, JONAS)).post(itemsOf(BESLISSINGEN.title), { ...atRoot, ClientId: newClientId() }))).toBe(true);

    const detail = await (await site.repoAs(LOTTE)).detail(id);
    expect(detail.cascade.map((c) => [c.step, c.dienst, c.heldOn.slice(0, 10), c.recordedBy])).toEqual([['middenkaderoverleg', 'Interventie', '2026-11-26', 'Pieter Mertens']]);
    expect(detail.findings.map((f) => (f.kind === 'unentitledFeedback' ? [f.step, f.authorName] : f.kind))).toEqual([
      ['middenkaderoverleg', 'Pieter Mertens'],
      ['middenkaderoverleg', 'Els Janssens'],
      ['verslag', 'Hilde Goossens'],
    ]);
  });
});

describe('the teamoverleg: the middenkader submits for its own dienst only (raw REST)', () => {
  const addInto = (dienst: string, title: string) => ({
    listItemCreateInfo: { FolderPath: { DecodedUrl: `${new URL(site.ls.siteUrl).pathname}/Lists/${VERBETERVOORSTELLEN.title}/${dienst}` }, UnderlyingObjectType: 0 },
    formValues: [
      { FieldName: 'Title', FieldValue: title },
      { FieldName: 'ClientId', FieldValue: newClientId() },
      { FieldName: 'Problem', FieldValue: 'p' },
      { FieldName: 'Improvement', FieldValue: 'i' },
      { FieldName: 'Dienst', FieldValue: dienst },
      { FieldName: 'Topic', FieldValue: 'Andere' },
      { FieldName: 'Status', FieldValue: 'Ingediend' },
      { FieldName: 'Origin', FieldValue: 'Teamoverleg' },
    ],
    bNewDocumentUpdate: false,
  });
  const addPath = `web/lists/getByTitle('${VERBETERVOORSTELLEN.title}')/AddValidateUpdateItemUsingPath()`;

  it('lets the middenkader of Interventie submit from its teamoverleg, with its date, shown on the proposal and its timeline', async () => {
    const repo = await site.repoAs(PIETER);
    const { user } = await repo.me();
    expect(user.actor.roles).toContain('teamoverleg');
    const outcome = await repo.submit({ clientId: newClientId(), dienst: 'Interventie', content, source: { origin: 'Teamoverleg', meetingDate: '2026-01-13' } }, user);
    if (outcome.status !== 'created') throw new Error('not created');
    const { proposal: p, decisions, findings } = await (await site.repoAs(KAREL)).detail(outcome.itemId);
    expect(p).toMatchObject({ origin: 'Teamoverleg', meetingDate: '2026-01-13', status: 'Ingediend', proposer: { name: 'Pieter Mertens' } });
    expect(decisions.map((d) => [d.action, d.actor.name, d.actingAs, d.counts])).toEqual([['submit', 'Pieter Mertens', 'teamoverleg', true]]);
    expect(findings).toEqual([]);
    // the diensthoofd validates it like any other proposal of the dienst
    await decideAs(KAREL, outcome.itemId, 'validate');
    expect(await statusOf(outcome.itemId)).toBe('Gevalideerd');
  });

  it("refuses the middenkader who adds into another dienst's folder, and staff who add for a teamoverleg", async () => {
    const pieter = await rawAs(site.ls, PIETER);
    expect(refused(await pieter.post(addPath, addInto('Wijk', 'Namens Wijk')))).toBe(true);
    const jonas = await rawAs(site.ls, JONAS);
    expect(refused(await jonas.post(addPath, addInto('Interventie', 'Zonder mandaat')))).toBe(true);
    const own = await pieter.post(addPath, addInto('Interventie', 'Vanuit het teamoverleg'));
    const values = ((await own.json()) as { value: { FieldName: string; HasException: boolean }[] }).value;
    expect(values.filter((v) => v.HasException)).toEqual([]);
  });

  it('refuses a teamoverleg origin in the app for someone who is not the middenkader, and a teamoverleg without its date', async () => {
    const lotte = await site.repoAs(LOTTE);
    const { user } = await lotte.me();
    await expect(lotte.submit({ clientId: newClientId(), dienst: 'Interventie', content, source: { origin: 'Teamoverleg', meetingDate: '2026-01-13' } }, user)).rejects.toThrow(/origin originNotYours/);
    const pieter = await site.repoAs(PIETER);
    const me = (await pieter.me()).user;
    await expect(pieter.submit({ clientId: newClientId(), dienst: 'Interventie', content, source: { origin: 'Teamoverleg', meetingDate: null } }, me)).rejects.toThrow(/meetingDate meetingDateRequired/);
  });
});

describe('notifications: each person reads, marks and removes only their own (raw REST)', () => {
  it("keeps Lotte's notifications from everyone else", async () => {
    const id = await submitted();
    await decideAs(KAREL, id, 'return', { reason: 'Graag een offerte toevoegen.' });
    const lotte = await rawAs(site.ls, LOTTE);
    const own = (await (await lotte.get(`${itemsOf(MELDINGEN.title)}?$filter=ProposalId eq ${id}&$select=Id,Title,IsRead`)).json()) as { value: { Id: number }[] };
    expect(own.value.length).toBeGreaterThan(0);
    const noteId = own.value[0].Id;
    for (const login of [JONAS, BRAM, ELS]) {
      const other = await rawAs(site.ls, login);
      const seen = (await (await other.get(`${itemsOf(MELDINGEN.title)}?$filter=ProposalId eq ${id}`)).json()) as { value?: unknown[] };
      expect(seen.value || []).toEqual([]);
      expect(refused(await other.get(itemsOf(MELDINGEN.title, noteId)))).toBe(true);
      expect(refused(await other.merge(itemsOf(MELDINGEN.title, noteId), { IsRead: true }))).toBe(true);
      expect(refused(await other.remove(itemsOf(MELDINGEN.title, noteId)))).toBe(true);
    }
    expect((await lotte.merge(itemsOf(MELDINGEN.title, noteId), { IsRead: true })).ok).toBe(true);
    expect((await lotte.remove(itemsOf(MELDINGEN.title, noteId))).ok).toBe(true);
  });
});
