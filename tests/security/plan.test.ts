/**
 * The Werkgroep Integriteit's priorities and evaluation input attacked over raw REST, per persona, with nothing but the
 * persona's own token (docs/security.md, "Prioriteiten, Evaluatie-inbreng"): only the werkgroep writes them, nobody
 * changes an evaluation input afterwards, everyone who reads the plan reads them.
 */
import type { SPFI } from '@pnp/sp';
import { brusselsDateOf } from '../../src/domain/dates';
import { SPPlanRepository } from '../../src/data/plan/SPPlanRepository';
import { EVALUATIE_INBRENG, PRIORITEITEN } from '../../src/data/schema';
import { newClientId } from '../../src/data/clientId';
import { spAs, statusOf, type LocalSharePoint } from '../data/localSharePoint';
import { HILDE, JONAS, startProvisionedSite } from '../data/policy/support';
import { itemsOf, rawAs, refused } from './rest';

const NINA = 'nina.verbeke@pzcarma.be';
const TOM = 'tom.vermeulen@pzcarma.be';
const today = brusselsDateOf(new Date());

let ls: LocalSharePoint;
let admin: SPFI;
beforeAll(async () => {
  ({ ls, admin } = await startProvisionedSite());
}, 120000);
afterAll(() => ls?.close());

const repositoryAs = async (login: string) => new SPPlanRepository(await spAs(ls, login));

describe('the Werkgroep Integriteit: only the werkgroep writes priorities and evaluation input (raw REST)', () => {
  let priorityId: number;
  let inputId: number;

  it('lets a member of the werkgroep set a priority and add input; SharePoint records who did', async () => {
    const nina = await repositoryAs(NINA);
    const priority = await nina.setPriority('SD1.3', undefined, { priority: 'Hoog', motivation: 'Eerst de actiepunten per dienst.', meetingDate: today });
    expect(priority).toMatchObject({ actionPointCode: 'SD1.3', priority: 'Hoog', editorName: 'Nina Verbeke', meetingDate: today });
    const changed = await nina.setPriority('SD1.3', priority, { priority: 'Gemiddeld', motivation: '', meetingDate: today });
    expect(changed.priority).toBe('Gemiddeld');
    const input = await nina.addEvaluationInput({ milestoneKey: 'eindevaluatie', input: 'De bevraging van de diensthoofden dient als nulmeting.', meetingDate: today });
    expect(input.authorName).toBe('Nina Verbeke');
    priorityId = changed.id;
    inputId = input.id;
  });

  it('shows them to everyone who reads the plan, in the plan’s one batch', async () => {
    const plan = await (await repositoryAs(JONAS)).loadPlan();
    expect(plan.priorities.map((p) => [p.actionPointCode, p.priority, p.editorName])).toEqual([['SD1.3', 'Gemiddeld', 'Nina Verbeke']]);
    expect(plan.evaluationInputs.map((x) => [x.milestoneKey, x.authorName])).toEqual([['eindevaluatie', 'Nina Verbeke']]);
  });

  it.each([
    ['a staff member', JONAS],
    ['the korpsleiding, which owns objectives', HILDE],
    ['a comité chair', TOM],
  ])('refuses %s who adds or changes a priority or adds input', async (_who, login) => {
    const raw = await rawAs(ls, login);
    const add = await raw.post(itemsOf(PRIORITEITEN.title), { ClientId: newClientId(), Title: 'SD2.1', ActionPointCode: 'SD2.1', Priority: 'Hoog' });
    expect(refused(add)).toBe(true);
    expect(refused(await raw.merge(itemsOf(PRIORITEITEN.title, priorityId), { Priority: 'Laag' }))).toBe(true);
    expect(refused(await raw.remove(itemsOf(PRIORITEITEN.title, priorityId)))).toBe(true);
    const input = await raw.post(itemsOf(EVALUATIE_INBRENG.title), { ClientId: newClientId(), Title: 'x', MilestoneKey: 'eindevaluatie', Input: 'Niet van de werkgroep.', MeetingDate: `${today}T00:00:00Z` });
    expect(refused(input)).toBe(true);
    expect(await statusOf((await repositoryAs(login)).setPriority('SD2.1', undefined, { priority: 'Hoog', motivation: '', meetingDate: today }))).toBe(403);
  });

  it('keeps an evaluation input as it was added, even for its author, and keeps priorities from being deleted', async () => {
    const raw = await rawAs(ls, NINA);
    expect(refused(await raw.merge(itemsOf(EVALUATIE_INBRENG.title, inputId), { Input: 'Achteraf herschreven.' }))).toBe(true);
    expect(refused(await raw.remove(itemsOf(EVALUATIE_INBRENG.title, inputId)))).toBe(true);
    expect(refused(await raw.remove(itemsOf(PRIORITEITEN.title, priorityId)))).toBe(true);
    const stored = await admin.web.lists.getByTitle(EVALUATIE_INBRENG.title).items.getById(inputId).select('Input')<{ Input: string }>();
    expect(stored.Input).toBe('De bevraging van de diensthoofden dient als nulmeting.');
  });

  it('refuses a second priority for the same objective and a change on a stale read (two members at once)', async () => {
    const nina = await repositoryAs(NINA);
    const plan = await nina.loadPlan();
    const read = plan.priorities[0];
    await nina.setPriority('SD1.3', read, { priority: 'Laag', motivation: '', meetingDate: today });
    expect(await statusOf(nina.setPriority('SD1.3', read, { priority: 'Hoog', motivation: '', meetingDate: today }))).toBe(412);
    const second = await statusOf(nina.setPriority('SD1.3', undefined, { priority: 'Hoog', motivation: '', meetingDate: today }));
    expect(second).toBe(409);
    expect(await statusOf(nina.addEvaluationInput({ milestoneKey: 'eindevaluatie', input: ' ', meetingDate: today }))).toBe(400);
  });
});
