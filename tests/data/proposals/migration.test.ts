import { provision } from '../../../src/data/provision';
import { secureFlow } from '../../../src/data/proposals/folders';
import { VERBETERVOORSTELLEN } from '../../../src/data/schema';
import { itemsOf, rawAs, refused } from '../../security/rest';
import { BRAM, HILDE, KAREL, LOTTE, startProposalSite, type ProposalSite } from './harness';

let site: ProposalSite;
beforeAll(async () => {
  site = await startProposalSite();
}, 120000);
afterAll(() => site?.close());

/** A proposal as the first version stored it: in the list's root, inheriting the list's permissions. */
async function oldStyle(status: string, extra: Record<string, unknown> = {}): Promise<number> {
  const created = await site.admin.web.lists.getByTitle(VERBETERVOORSTELLEN.title).items.add({
    Title: `Oud voorstel (${status})`,
    ClientId: `oud-${status}-${Date.now()}`,
    Problem: 'Probleem.',
    Improvement: 'Verbetering.',
    Dienst: 'Interventie',
    Topic: 'Andere',
    Status: status,
    ...extra,
  });
  return created.Id;
}

describe('provisioning migrates an existing site to the permission model', () => {
  it('re-secures every existing proposal for its state, and a second run changes nothing', async () => {
    const submitted = await oldStyle('Ingediend');
    const validated = await oldStyle('Gevalideerd');
    const done = await oldStyle('Gerealiseerd', { Comite: 'Aankoopcomité' });
    const report = await provision(site.admin);
    expect(report.flow?.proposalsSecured).toBeGreaterThanOrEqual(3);

    const karel = await rawAs(site.ls, KAREL);
    const bram = await rawAs(site.ls, BRAM);
    const hilde = await rawAs(site.ls, HILDE);
    const lotte = await rawAs(site.ls, LOTTE);
    const proposal = (id: number) => itemsOf(VERBETERVOORSTELLEN.title, id);
    // submitted, outside a folder: the folder's grants on the item itself
    expect((await karel.merge(proposal(submitted), { LastDecisionReason: 'x' })).ok).toBe(true);
    expect(refused(await bram.merge(proposal(submitted), { LastDecisionReason: 'x' }))).toBe(true);
    expect(refused(await lotte.merge(proposal(submitted), { Status: 'Gevalideerd' }))).toBe(true);
    // validated: the directiecomité's turn
    expect((await hilde.merge(proposal(validated), { LastDecisionReason: 'x' })).ok).toBe(true);
    expect(refused(await karel.merge(proposal(validated), { Status: 'Afgewezen' }))).toBe(true);
    // final: read-only for everyone but the beheerders
    expect((await lotte.get(proposal(done))).ok).toBe(true);
    expect(refused(await hilde.merge(proposal(done), { Status: 'In uitvoering' }))).toBe(true);

    const again = await secureFlow(site.admin);
    expect(again).toMatchObject({ foldersCreated: 0, proposalsSecured: 0 });
  });
});
