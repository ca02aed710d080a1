import type { ProposalContent } from '../../../src/domain/proposal/proposal';
import { newClientId } from '../../../src/data/clientId';
import { PnpNotificationRepository } from '../../../src/data/notifications/repository';
import { BERICHTEN, VERBETERVOORSTELLEN } from '../../../src/data/schema';
import { DecisionRefusedError } from '../../../src/data/proposals/errors';
import { EVA, HILDE, JONAS, KAREL, LOTTE, startProposalSite, type ProposalSite } from './harness';

let site: ProposalSite;
beforeAll(async () => {
  site = await startProposalSite();
}, 60000);
afterAll(() => site?.close());

const content: ProposalContent = {
  title: 'Digitaal overdrachtsformulier',
  problem: 'Informatie gaat verloren bij de ploegwissel.',
  improvement: 'Een kort formulier in de briefingmodule.',
  description: '',
  topic: 'Operationele werking',
  costEstimate: null,
};

async function submitted(title: string): Promise<number> {
  const repo = await site.repoAs(LOTTE);
  const { user } = await repo.me();
  const outcome = await repo.submit({ clientId: newClientId(), dienst: 'Interventie', content: { ...content, title } }, user);
  if (outcome.status !== 'created') throw new Error('not created');
  return outcome.itemId;
}

describe('a status changed directly in the SharePoint list', () => {
  it('is derived from the item, shown as a list change by its editor, and logged once', async () => {
    const itemId = await submitted('Gevalideerd in de lijst');
    // the diensthoofd opens the view "Te valideren" in SharePoint and changes the status there
    await (await site.as(KAREL)).web.lists.getByTitle(VERBETERVOORSTELLEN.title).items.getById(itemId).update({ Status: 'Gevalideerd' });

    const lottes = await site.repoAs(LOTTE);
    const seen = await lottes.detail(itemId);
    expect(seen.proposal.status).toBe('Gevalideerd');
    const missing = seen.decisions[seen.decisions.length - 1];
    expect(missing).toMatchObject({ entryId: null, action: 'validate', from: 'Ingediend', to: 'Gevalideerd', actor: { name: 'Karel Peeters' }, actingAs: null, inList: true });

    // the directiecomité's agenda holds it although no agenda date was set
    const hildes = await site.repoAs(HILDE);
    expect((await hildes.directiecomiteProposals()).map((p) => p.itemId)).toContain(itemId);

    // until its author logs it, the change shows as made outside the app
    expect(seen.findings.map((f) => f.kind)).toEqual(['statusOutsideApp']);
    // only who made the change writes it to the log (its Author is then the one who changed the status), twice makes one entry
    expect(await (await site.repoAs(JONAS)).writeReconciled(seen, missing)).toBeNull();
    expect(await lottes.writeReconciled(seen, missing)).toBeNull();
    const karels = await site.repoAs(KAREL);
    const written = await karels.writeReconciled(seen, missing);
    expect(written?.entryId).toEqual(expect.any(Number));
    expect((await karels.writeReconciled(seen, missing))?.entryId).toBe(written?.entryId);
    const after = await lottes.detail(itemId);
    expect(after.decisions.map((d) => [d.action, d.inList, d.entryId !== null, d.counts])).toEqual([
      ['submit', false, true, true],
      ['validate', true, true, true],
    ]);
    expect(after.findings).toEqual([]);
    // the turn went on with it: the directiecomité may now route it, the diensthoofd no longer writes
    const status = async (login: string) =>
      (await site.as(login)).web.lists.getByTitle(VERBETERVOORSTELLEN.title).items.getById(itemId).update({ ProgressNotes: 'x' }).then(() => 'ok', (e: { status?: number }) => e.status);
    expect(await status(KAREL)).toBe(403);
    expect(await status(HILDE)).toBe('ok');
  });
});

describe('the feedback cascade and the push message', () => {
  it('lets the responsible people tick their steps with a date, publishes the decision as a Bericht, and refuses others', async () => {
    const itemId = await submitted('Terugkoppeling na afwijzing');
    const karels = await site.repoAs(KAREL);
    const karel = await karels.me();
    await karels.decide((await karels.detail(itemId)).proposal, 'validate', {}, karel.user, karel.organisation);
    const hildes = await site.repoAs(HILDE);
    const hilde = await hildes.me();
    const outcome = await hildes.decide((await hildes.detail(itemId)).proposal, 'rejectByDirectiecomite', { reason: 'Bestaat al in de briefingmodule.' }, hilde.user, hilde.organisation);
    const decisionId = outcome.decisionEntryId as number;
    const proposal = (await hildes.detail(itemId)).proposal;

    await karels.recordCascadeStep(proposal, decisionId, 'middenkaderoverleg', 'Interventie', '2026-11-26T11:00:00.000Z', karel.user);
    const jonas = await site.repoAs(JONAS);
    await expect(hildes.recordCascadeStep(proposal, decisionId, 'verslag', null, '2026-11-24T11:00:00.000Z', hilde.user)).rejects.toBeInstanceOf(DecisionRefusedError);
    await expect(jonas.recordCascadeStep(proposal, decisionId, 'team-qw', null, '2026-11-27T11:00:00.000Z', (await jonas.me()).user)).rejects.toBeInstanceOf(
      DecisionRefusedError,
    );

    const evas = await site.repoAs(EVA);
    const eva = await evas.me();
    await evas.publishDecision(proposal, decisionId, { title: 'Verbetervoorstel afgewezen: Terugkoppeling na afwijzing', body: 'Uitleg.\n\nBestaat al <b>hier</b>.' }, eva.user);
    await evas.publishDecision(proposal, decisionId, { title: 'Verbetervoorstel afgewezen: Terugkoppeling na afwijzing', body: 'Tweede klik.' }, eva.user);

    const berichten: { Title: string; Body: string; Category: string; ProposalId: number }[] = await site.admin.web.lists
      .getByTitle(BERICHTEN.title)
      .items.filter(`ProposalId eq ${itemId}`)
      .select('Title', 'Body', 'Category', 'ProposalId')();
    expect(berichten.map((b) => ({ Title: b.Title, Body: b.Body, Category: b.Category, ProposalId: b.ProposalId }))).toEqual([
      { Title: 'Verbetervoorstel afgewezen: Terugkoppeling na afwijzing', Body: '<p>Uitleg.</p><p>Bestaat al &lt;b&gt;hier&lt;/b&gt;.</p>', Category: 'Beslissing', ProposalId: itemId },
    ]);
    const detail = await hildes.detail(itemId);
    expect(detail.cascade.map((c) => [c.step, c.dienst, c.heldOn.slice(0, 10), c.recordedBy])).toEqual([
      ['middenkaderoverleg', 'Interventie', '2026-11-26', 'Karel Peeters'],
      ['pushbericht', null, expect.any(String), 'Eva Smets'],
    ]);
  });
});

describe('the notifications of the signed-in user', () => {
  it('shows the proposer her unread notifications and marks one read', async () => {
    const itemId = await submitted('Melding voor het team');
    const karels = await site.repoAs(KAREL);
    const karel = await karels.me();
    await karels.decide((await karels.detail(itemId)).proposal, 'return', { reason: 'Welke module bedoelen jullie?' }, karel.user, karel.organisation);
    const inbox = new PnpNotificationRepository(await site.as(LOTTE));
    const before = await inbox.inbox();
    const mine = before.latest.filter((n) => n.proposalId === itemId);
    expect(mine.map((n) => [n.activity, n.status, n.actorName, n.body, n.isRead])).toEqual([
      ['proposalDecided', 'Teruggestuurd', 'Karel Peeters', 'Welke module bedoelen jullie?', false],
    ]);
    await inbox.markRead(mine[0]);
    expect((await inbox.inbox()).unreadCount).toBe(before.unreadCount - 1);
  });
});
