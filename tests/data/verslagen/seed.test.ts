import { organisedSite } from '../../../bench/proposals';
import { seedDemoProposals } from '../../../seed/proposals-demo';
import { verslagenDemoSeeder } from '../../../seed/verslagen-demo';
import { SPVerslagenRepository } from '../../../src/data/verslagen/SPVerslagenRepository';
import { PnpProposalRepository } from '../../../src/data/proposals/pnpProposalRepository';
import { memoryStore } from '../../../src/data/proposals/storage';
import { REPORT_KINDS } from '../../../src/domain/verslagen/kinds';

const JONAS = 'jonas.maes@pzcarma.be';

let site: Awaited<ReturnType<typeof organisedSite>>;
beforeAll(async () => {
  site = await organisedSite(new Date('2026-11-25T09:00:00Z'));
  await seedDemoProposals(site.ctx, site.werkgroepen);
  await verslagenDemoSeeder.run(site.ctx);
  // a second run adds nothing
  await verslagenDemoSeeder.run(site.ctx);
}, 240000);
afterAll(() => site?.ls.close());

describe('the demo reports', () => {
  it('hold published reports of each kind the source names, and a newsletter, all counting, none a draft', async () => {
    const jonas = new SPVerslagenRepository(await site.as(JONAS));
    const home = await jonas.home(null);
    const kinds = home.published.items.map((r) => r.kind);
    // every kind: the directiecomité, the diensthoofdenoverleg, each of the five structural comités, the werkgroep, the newsletter
    expect(Array.from(new Set(kinds)).sort()).toEqual(REPORT_KINDS.map((k) => k.key).sort());
    expect(kinds.filter((k) => k === 'directiecomite')).toHaveLength(3);
    expect(home.published.items.every((r) => r.counts)).toBe(true);
    expect(REPORT_KINDS.filter((k) => k.fixedItem !== null).map((k) => k.key).every((k) => kinds.indexOf(k) >= 0)).toBe(true);
    const newsletters = home.published.items.filter((r) => r.kind === 'nieuwsbrief');
    expect(newsletters.map((r) => r.meetingDate)).toEqual(['2026-10-01', '2026-09-01']);
    const newsletter = newsletters[0];
    const { report } = await jonas.report(newsletter.id);
    expect(report.content.entries.length).toBeGreaterThan(0);
  });

  it('link the directiecomité’s decisions on the demo proposals to the report that recorded them', async () => {
    const jonas = new SPVerslagenRepository(await site.as(JONAS));
    const reports = (await jonas.home('directiecomite')).published.items;
    const { report } = await jonas.report(reports[0].id);
    expect(report.content.entries.length).toBeGreaterThan(0);
    expect(report.writtenBy).toBe('Sarah Leclercq');
    const proposals = new PnpProposalRepository({ sp: await site.as(JONAS), siteUrl: site.ls.siteUrl, store: memoryStore(), topic: 'Integriteit CARMA' });
    const detail = await proposals.detail(report.content.entries[0].proposalId);
    expect(detail.reports.map((r) => r.id)).toContain(report.id);
  });
});
