import type { ProposalContent } from '../../../src/domain/proposal/proposal';
import { newClientId } from '../../../src/data/clientId';
import { BESLISSINGEN, MELDINGEN } from '../../../src/data/schema';
import { HILDE, KAREL, LOTTE, TOM, startProposalSite, type ProposalSite } from './harness';

let site: ProposalSite;
beforeAll(async () => {
  site = await startProposalSite();
}, 60000);
afterAll(() => site?.close());

const bodycams: ProposalContent = {
  title: 'Bodycams voor de interventieploegen',
  problem: 'Geen objectieve beelden bij agressie.',
  improvement: 'Twee bodycams per ploeg.',
  description: '',
  topic: 'Materiaal en uitrusting',
  costEstimate: 48000,
};

describe('the proposal flow on the local SharePoint', () => {
  it('knows who the personas are in the flow', async () => {
    const lotte = (await (await site.repoAs(LOTTE)).me()).user;
    expect(lotte.actor).toMatchObject({ name: 'Lotte Wouters', roles: ['teamQW'], dienst: 'Interventie', chairs: [] });
    const karel = (await (await site.repoAs(KAREL)).me()).user;
    expect(karel.actor).toMatchObject({ roles: ['diensthoofd'], dienst: 'Interventie' });
    const tom = (await (await site.repoAs(TOM)).me()).user;
    expect(tom.actor).toMatchObject({ roles: ['comitevoorzitter'], chairs: ['aankoopcomite'] });
    const hilde = (await (await site.repoAs(HILDE)).me()).user;
    expect(hilde.actor.roles).toEqual(expect.arrayContaining(['directiecomite', 'comitevoorzitter']));
  });

  it('takes a proposal from the team to the werkgroep, logging and notifying every step', async () => {
    const lottes = await site.repoAs(LOTTE);
    const lotte = (await lottes.me()).user;
    const submitted = await lottes.submit({ clientId: newClientId(), dienst: 'Interventie', content: bodycams }, lotte);
    expect(submitted.status).toBe('created');
    const itemId = submitted.status === 'created' ? submitted.itemId : 0;

    const karels = await site.repoAs(KAREL);
    const karel = await karels.me();
    const queue = await karels.validationQueue('Interventie');
    expect(queue.map((p) => p.itemId)).toContain(itemId);
    await karels.decide(queue.filter((p) => p.itemId === itemId)[0], 'validate', {}, karel.user, karel.organisation);

    const hildes = await site.repoAs(HILDE);
    const hilde = await hildes.me();
    const agenda = await hildes.directiecomiteProposals();
    const onAgenda = agenda.filter((p) => p.itemId === itemId)[0];
    expect(onAgenda.status).toBe('Gevalideerd');
    await hildes.decide(onAgenda, 'route', { comite: 'aankoopcomite', reason: 'Aankoop: Q-team test eerst.' }, hilde.user, hilde.organisation);

    const toms = await site.repoAs(TOM);
    const tom = await toms.me();
    const work = await toms.comiteProposals(tom.user.actor.chairs);
    const routed = work.filter((p) => p.itemId === itemId)[0];
    expect(routed).toMatchObject({ status: 'Toegewezen aan comité', comite: 'aankoopcomite' });
    const qteam = site.werkgroepen.get('Q-team') as number;
    const assigned = await toms.decide(routed, 'assign', { uitvoerder: { kind: 'q-team' }, werkgroepId: qteam }, tom.user, tom.organisation);
    expect(assigned.decisionEntryId).toEqual(expect.any(Number));

    const detail = await lottes.detail(itemId);
    expect(detail.proposal).toMatchObject({ status: 'Toegewezen aan uitvoerder', uitvoerder: { kind: 'q-team', name: 'Q-team' }, werkgroepId: qteam });
    expect(detail.decisions.map((d) => [d.action, d.actor.name, d.actingAs, d.inList])).toEqual([
      ['submit', 'Lotte Wouters', 'teamQW', false],
      ['validate', 'Karel Peeters', 'diensthoofd', false],
      ['route', 'Hilde Goossens', 'directiecomite', false],
      ['assign', 'Tom Vermeulen', 'comitevoorzitter', false],
    ]);
    expect(detail.decisions[2].reason).toBe('Aankoop: Q-team test eerst.');

    const lotteNotes: { Title: string; Activity: string; ProposalStatus: string }[] = await (await site.as(LOTTE)).web.lists
      .getByTitle(MELDINGEN.title)
      .items.filter(`RecipientId eq ${lotte.userId} and ProposalId eq ${itemId}`)
      .select('Title', 'Activity', 'ProposalStatus')();
    expect(lotteNotes.map((n) => n.ProposalStatus).sort()).toEqual(['Gevalideerd', 'Toegewezen aan comité', 'Toegewezen aan uitvoerder']);
    const feed = (site.ls.notifications() as { recipient: string; activityType: string; topic: { webUrl: string } }[]).filter((n) =>
      n.topic.webUrl.indexOf(encodeURIComponent(`voorstellen:voorstel/${itemId}`)) >= 0,
    );
    expect(feed.filter((n) => n.recipient === KAREL).map((n) => n.activityType)).toEqual(['proposalSubmitted', 'proposalDecided']);
    expect(feed.filter((n) => n.recipient === TOM).map((n) => n.activityType)).toEqual(['proposalAssigned']);
    expect(feed.filter((n) => n.recipient === 'joris.michiels@pzcarma.be').map((n) => n.activityType)).toEqual(['proposalAssigned']);
    expect(feed.filter((n) => n.recipient === LOTTE).map((n) => n.activityType)).toEqual(['proposalDecided', 'proposalDecided', 'proposalDecided']);
  });

  it('keeps the decision log append-only for users', async () => {
    const lotteSp = await site.as(LOTTE);
    const [entry] = await lotteSp.web.lists.getByTitle(BESLISSINGEN.title).items.select('Id').top(1)();
    const karelSp = await site.as(KAREL);
    await expect(karelSp.web.lists.getByTitle(BESLISSINGEN.title).items.getById(entry.Id).update({ Reason: 'gewijzigd' })).rejects.toMatchObject({ status: 403 });
    await expect(karelSp.web.lists.getByTitle(BESLISSINGEN.title).items.getById(entry.Id).delete()).rejects.toMatchObject({ status: 403 });
  });
});
