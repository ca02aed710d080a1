import type { SPFI } from '@pnp/sp';
import { allOperationalObjectives, policyContent } from '../../../seed/content';
import { policyContentSeeder } from '../../../seed/policy';
import { canUpdateActionPoint } from '../../../src/domain/plan/planRules';
import { SPPlanRepository } from '../../../src/data/plan/SPPlanRepository';
import type { ActionPoint } from '../../../src/data/plan/types';
import { spAs, statusOf, type LocalSharePoint } from '../localSharePoint';
import { HILDE, JONAS, WIM, seedContext, startProvisionedSite } from './support';

let ls: LocalSharePoint;
let admin: SPFI;

beforeAll(async () => {
  ({ ls, admin } = await startProvisionedSite());
  await policyContentSeeder.run(seedContext(ls, admin));
}, 120000);

afterAll(async () => {
  await ls?.close();
});

const repositoryAs = async (login: string) => new SPPlanRepository(await spAs(ls, login));
const pointOf = (points: ActionPoint[], code: string): ActionPoint => points.filter((p) => p.code === code)[0];

describe('the plan repository on the local SharePoint', () => {
  it('reads the whole plan in one batched round trip, in the plan’s order', async () => {
    const staff = await repositoryAs(JONAS);
    ls.clearRequestLog();
    const plan = await staff.loadPlan();
    expect(ls.requestLog().map((r) => `${r.method} ${r.url.replace(/\?.*$/, '')}`)).toEqual(['POST /sites/integriteit/_api/$batch']);
    expect(plan.objectives.map((o) => o.code)).toEqual(['SD1', 'SD2', 'SD3', 'SD4', 'SD5', 'SD6', 'SD7']);
    expect(plan.actionPoints.map((p) => p.code)).toEqual(allOperationalObjectives.map((o) => o.code));
    expect(plan.milestones.map((m) => m.title)).toEqual(policyContent.milestones.map((m) => m.title));
    const sd64 = pointOf(plan.actionPoints, 'SD6.4');
    expect(sd64.description.length).toBeGreaterThan(255);
    expect(sd64.title.length).toBeLessThanOrEqual(255);
    expect(plan.me.name).toBe('Jonas Maes');
    expect(plan.actionPoints.some((p) => canUpdateActionPoint(p, plan.me))).toBe(false);
  });

  it('refuses a staff member’s update in SharePoint itself (403), whatever the screen shows', async () => {
    const staff = await repositoryAs(JONAS);
    const plan = await staff.loadPlan();
    expect(await statusOf(staff.updateActionPoint(pointOf(plan.actionPoints, 'SD4.1'), { status: 'Lopend', evaluationNotes: 'poging' }))).toBe(403);
    expect(pointOf((await staff.loadPlan()).actionPoints, 'SD4.1').status).toBe('Niet gestart');
  });

  it('lets the owner group update its own objectives with the ETag it read, and no others', async () => {
    const hr = await repositoryAs(WIM);
    const plan = await hr.loadPlan();
    const own = pointOf(plan.actionPoints, 'SD4.1');
    expect(canUpdateActionPoint(own, plan.me)).toBe(true);
    const at = new Date('2026-03-10T09:00:00Z');
    const stored = await hr.updateActionPoint(own, { status: 'Lopend', horizon: 'Kort', evaluationNotes: 'Integriteitsvragen in elke selectie.' }, at);
    expect(stored.etag).not.toBe(own.etag);
    const reread = pointOf((await hr.loadPlan()).actionPoints, 'SD4.1');
    expect(reread).toMatchObject({ status: 'Lopend', horizon: 'Kort', evaluationNotes: 'Integriteitsvragen in elke selectie.', etag: stored.etag });
    expect(Date.parse(reread.lastUpdate!)).toBe(at.getTime());

    expect(await statusOf(hr.updateActionPoint(own, { status: 'Gerealiseerd', evaluationNotes: '' }))).toBe(412);
    const other = pointOf(plan.actionPoints, 'SD1.1');
    expect(canUpdateActionPoint(other, plan.me)).toBe(false);
    expect(await statusOf(hr.updateActionPoint(other, { status: 'Lopend', evaluationNotes: '' }))).toBe(403);
  });

  it('lets the korpsleiding update every objective', async () => {
    const leadership = await repositoryAs(HILDE);
    const plan = await leadership.loadPlan();
    expect(plan.actionPoints.every((p) => canUpdateActionPoint(p, plan.me))).toBe(true);
    const sd71 = pointOf(plan.actionPoints, 'SD7.1');
    expect(sd71.ownerGroup).toBe('Intern Toezicht');
    expect(await statusOf(leadership.updateActionPoint(sd71, { status: 'Uitgesteld', evaluationNotes: 'Na de audit.' }))).toBe('ok');
  });

  it('refuses an evaluation that is too long before anything is sent', async () => {
    const hr = await repositoryAs(WIM);
    const plan = await hr.loadPlan();
    ls.clearRequestLog();
    expect(await statusOf(hr.updateActionPoint(pointOf(plan.actionPoints, 'SD4.1'), { status: 'Lopend', evaluationNotes: 'x'.repeat(4001) }))).toBe(400);
    expect(ls.requestLog()).toEqual([]);
  });
});
