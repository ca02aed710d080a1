import { PROPOSAL_STATUSES } from '../../../src/domain/proposal/statuses';
import { BERICHTEN, VERBETERVOORSTELLEN } from '../../../src/data/schema';
import { PnpNotificationRepository } from '../../../src/data/notifications/repository';
import { BRAM, HILDE, LOTTE, startProposalSite, type ProposalSite } from './harness';

let site: ProposalSite;
beforeAll(async () => {
  site = await startProposalSite({ demo: true, now: new Date('2026-11-25T09:00:00Z') });
}, 180000);
afterAll(() => site?.close());

describe('the demo proposals', () => {
  it("hold every status of the flow in SharePoint (a concept lives in the team's browser), from several diensten", async () => {
    const rows: { Status: string; Dienst: string }[] = await site.admin.web.lists
      .getByTitle(VERBETERVOORSTELLEN.title)
      .items.select('Status', 'Dienst')
      .filter('FSObjType eq 0')
      .top(100)();
    expect(Array.from(new Set(rows.map((r) => r.Status))).sort()).toEqual(PROPOSAL_STATUSES.filter((s) => s !== 'Concept').sort());
    expect(Array.from(new Set(rows.map((r) => r.Dienst))).sort()).toEqual(['Interventie', 'Wijk']);
  });

  it('carry decisions taken by the personas who take them, with their reasons and feedback', async () => {
    const hilde = await site.repoAs(HILDE);
    const [bureaustoelen] = await (await site.as(LOTTE)).web.lists
      .getByTitle(VERBETERVOORSTELLEN.title)
      .items.filter("ClientId eq 'demo-voorstel-bureaustoelen'")
      .select('Id')();
    const detail = await hilde.detail(bureaustoelen.Id);
    expect(detail.decisions.map((d) => [d.action, d.actor.name])).toEqual([
      ['submit', 'Bram Jacobs'],
      ['validate', 'Els Janssens'],
      ['route', 'Hilde Goossens'],
      ['assign', 'Marc Willems'],
      ['start', 'Marc Willems'],
      ['realise', 'Marc Willems'],
    ]);
    expect(detail.proposal).toMatchObject({ status: 'Gerealiseerd', outcome: expect.stringContaining('Twaalf nieuwe stoelen') });
    expect(detail.cascade.map((c) => [c.step, c.recordedBy])).toEqual([
      ['middenkaderoverleg', 'Els Janssens'],
      ['teamoverleg', 'Els Janssens'],
      ['pushbericht', 'Eva Smets'],
    ]);
    const berichten: unknown[] = await site.admin.web.lists.getByTitle(BERICHTEN.title).items.filter(`ProposalId eq ${bureaustoelen.Id}`).select('Id')();
    expect(berichten).toHaveLength(1);
  });

  it('notify with the moment of the decision each notification announces, not the day the demo was loaded', async () => {
    // Bram (team Q&W Wijk) was told of each decision on the bureaustoelen he proposed
    const inbox = await new PnpNotificationRepository(await site.as(BRAM)).inbox();
    expect(inbox.latest.length).toBeGreaterThan(1);
    const now = Date.parse('2026-11-25T09:00:00Z');
    const moments = inbox.latest.map((n) => n.at);
    // none later than the demo's "now", most days or weeks before it, not all at the same moment (the delivery's)
    for (const at of moments) expect(Date.parse(at)).toBeLessThanOrEqual(now);
    expect(moments.filter((at) => Date.parse(at) < now - 86400000).length).toBeGreaterThan(moments.length / 2);
    expect(new Set(moments).size).toBeGreaterThan(1);
    // the moment is the decision's, as the proposal's timeline shows it
    const hilde = await site.repoAs(HILDE);
    const withProposal = inbox.latest.filter((n) => n.proposalId !== null)[0];
    const detail = await hilde.detail(withProposal.proposalId as number);
    expect(detail.decisions.map((d) => Date.parse(d.at))).toContain(Date.parse(withProposal.at));
  });
});
