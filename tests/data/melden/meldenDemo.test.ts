import { meldenDemoSeeder } from '../../../seed/melden-demo';
import { SPMeldenRepository } from '../../../src/data/melden/SPMeldenRepository';
import { reportClocks } from '../../../src/domain/melden';
import { startSite, type TestSite } from '../registers/localSite';

const NADIA = 'nadia.elamrani@pzcarma.be';
const JONAS = 'jonas.maes@pzcarma.be';
const now = new Date('2026-12-04T10:00:00Z');
let site: TestSite;

beforeAll(async () => {
  site = await startSite();
  await meldenDemoSeeder.run({ admin: site.admin, as: site.as, userId: site.userId, now, log: () => undefined });
}, 120000);

afterAll(async () => {
  await site?.close();
});

describe('the reporting channel demo seeder', () => {
  it('gives the contact a register with every state and clock, in one read', async () => {
    const home = await new SPMeldenRepository(await site.as(NADIA)).loadHome();
    expect(home.isHandler).toBe(true);
    expect(home.contacts).toEqual(['Nadia El Amrani']);
    const all = home.register!.items;
    expect(all).toHaveLength(7);
    expect(new Set(all.map((r) => r.status))).toEqual(new Set(['Ontvangen', 'Ontvangst bevestigd', 'Afgesloten']));
    expect(all.every((r) => r.handlingTrusted)).toBe(true);
    const states = all.map((r) => reportClocks(r, now));
    expect(states.some((c) => c.receipt.state === 'overdue')).toBe(true);
    expect(states.some((c) => c.feedback.state === 'overdue')).toBe(true);
    expect(states.some((c) => c.feedback.state === 'metOnTime')).toBe(true);
    expect(home.running!.length).toBe(5);
  });

  it('shows a reporter only their own report', async () => {
    const home = await new SPMeldenRepository(await site.as(JONAS)).loadHome();
    expect(home.isHandler).toBe(false);
    expect(home.mine.items.map((r) => r.subject)).toEqual(['Overuren genoteerd die niet gepresteerd werden']);
    expect(home.register).toBeNull();
  });
});
