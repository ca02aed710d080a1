/**
 * The meeting reports and the newsletter attacked over raw REST, per persona, with nothing but the persona's own token
 * (docs/security.md, "Verslagen and Verslagconcepten"): a draft is never readable by staff, only the approvers publish,
 * nobody edits a published report; a report published by someone who may not publish its kind (or another comité's
 * chair) is shown as such.
 */
import { PERSONAS } from '../../devserver/auth/personas';
import { GROUPS, type GroupTitle } from '../../src/data/groups';
import { VERSLAGCONCEPTEN, VERSLAGEN } from '../../src/data/schema';
import { SPVerslagenRepository } from '../../src/data/verslagen/SPVerslagenRepository';
import { brusselsDateOf } from '../../src/domain/dates';
import { EVA, HILDE, JONAS, TOM, startProposalSite, type ProposalSite } from '../data/proposals/harness';
import { itemsOf, rawAs, refused } from './rest';

const SARAH = 'sarah.leclercq@pzcarma.be';
const NATHALIE = 'nathalie.desmet@pzcarma.be';

let site: ProposalSite;
let draftId = 0;
let reportId = 0;
const today = brusselsDateOf(new Date());

beforeAll(async () => {
  site = await startProposalSite();
  // the secretary drafts a diensthoofdenoverleg report; the directiecomité publishes another one
  const sarah = new SPVerslagenRepository(await site.as(SARAH));
  draftId = await sarah.startDraft('diensthoofdenoverleg', today);
  const yesterday = brusselsDateOf(new Date(Date.now() - 86400000));
  const id = await sarah.startDraft('diensthoofdenoverleg', yesterday);
  const { draft } = await sarah.draft(id);
  await sarah.submitDraft(draft, { ...draft.text, body: 'Overleg.', fixedItem: 'Geen nieuwe risico’s.', comiteFeedback: 'Het HR-comité besprak de selecties.' });
  const hilde = new SPVerslagenRepository(await site.as(HILDE));
  reportId = await hilde.publish((await hilde.draft(id)).draft);
}, 120000);
afterAll(() => site?.close());

const inAny = (groups: readonly GroupTitle[], wanted: readonly GroupTitle[]): boolean => groups.some((g) => wanted.indexOf(g) >= 0);
/** Who has access to Verslagconcepten: its writers and approvers, the beheerders, the site collection administrator. */
const DRAFT_PEOPLE: readonly GroupTitle[] = [GROUPS.juridischeDienst, GROUPS.directiecomite, GROUPS.comitevoorzitters, GROUPS.korpsleiding, GROUPS.communicatie, GROUPS.beheerders];
const STAFF = PERSONAS.filter((p) => !p.siteAdmin && !inAny(p.groups, DRAFT_PEOPLE));
/** Who may add to Verslagen (publish): the approvers of some kind, and the beheerders. */
const PUBLISHERS: readonly GroupTitle[] = [GROUPS.directiecomite, GROUPS.comitevoorzitters, GROUPS.korpsleiding, GROUPS.communicatie, GROUPS.beheerders];

const report = (fields: Record<string, unknown>) => ({
  Title: 'Verslag',
  ClientId: `aanval-${Math.random().toString(36).slice(2)}`,
  Kind: 'Directiecomité',
  MeetingDate: '2026-11-03T23:00:00Z',
  PublishedAt: new Date().toISOString(),
  ...fields,
});

describe('Verslagen and Verslagconcepten: what SharePoint itself enforces (raw REST)', () => {
  it('never lets staff read a draft: not the list, not the item', async () => {
    expect(STAFF.length).toBeGreaterThan(8);
    for (const p of STAFF) {
      const raw = await rawAs(site.ls, p.login);
      const list = await raw.get(`${itemsOf(VERSLAGCONCEPTEN.title)}?$select=Id,Title`);
      const rows = list.status === 200 ? ((await list.json()) as { value: unknown[] }).value : [];
      expect({ who: p.login, rows: rows.length }).toEqual({ who: p.login, rows: 0 });
      expect({ who: p.login, refused: refused(await raw.get(itemsOf(VERSLAGCONCEPTEN.title, draftId))) }).toEqual({ who: p.login, refused: true });
      expect({ who: p.login, refused: refused(await raw.merge(itemsOf(VERSLAGCONCEPTEN.title, draftId), { Body: 'x' })) }).toEqual({ who: p.login, refused: true });
    }
  });

  it('lets every staff member read the published report', async () => {
    for (const p of STAFF.concat(PERSONAS.filter((x) => x.login === SARAH))) {
      if (p.groups.indexOf(GROUPS.medewerkers) < 0) continue;
      const res = await (await rawAs(site.ls, p.login)).get(`${itemsOf(VERSLAGEN.title, reportId)}?$select=Id,Title`);
      expect({ who: p.login, status: res.status }).toEqual({ who: p.login, status: 200 });
    }
  });

  it('lets only the approvers publish: staff and the secretary cannot add a report', async () => {
    for (const p of PERSONAS.filter((x) => !x.siteAdmin && !inAny(x.groups, PUBLISHERS))) {
      const res = await (await rawAs(site.ls, p.login)).post(itemsOf(VERSLAGEN.title), report({}));
      expect({ who: p.login, refused: refused(res) }).toEqual({ who: p.login, refused: true });
    }
  });

  it('lets nobody edit or delete a published report, not even who published it', async () => {
    for (const login of [HILDE, SARAH, EVA, TOM, JONAS]) {
      const raw = await rawAs(site.ls, login);
      expect({ who: login, refused: refused(await raw.merge(itemsOf(VERSLAGEN.title, reportId), { Body: 'Herschreven.' })) }).toEqual({ who: login, refused: true });
      expect({ who: login, refused: refused(await raw.remove(itemsOf(VERSLAGEN.title, reportId))) }).toEqual({ who: login, refused: true });
    }
    const { report: kept } = await new SPVerslagenRepository(await site.as(JONAS)).report(reportId);
    expect(kept.text.body).toBe('Overleg.');
  });

  it('shows a directiecomité report added by someone who may not publish that kind as not counting', async () => {
    // a comité chair may add comité reports (SharePoint cannot refuse the Kind value); the author tells
    const res = await (await rawAs(site.ls, TOM)).post(itemsOf(VERSLAGEN.title), report({ Title: 'Vals verslag' }));
    expect(res.status).toBe(201);
    const forged = ((await res.json()) as { Id: number }).Id;
    const { report: shown } = await new SPVerslagenRepository(await site.as(JONAS)).report(forged);
    expect(shown).toMatchObject({ kind: 'directiecomite', counts: false, publishedBy: { name: 'Tom Vermeulen' } });
    const real = await new SPVerslagenRepository(await site.as(JONAS)).report(reportId);
    expect(real.report.counts).toBe(true);
  });

  it("shows a comité's report published by another comité's chair as not counting; its own chair's counts", async () => {
    const hr = { Kind: 'HR-comité', FixedItem: 'Integriteit besproken.' };
    // Tom chairs the Aankoopcomité, not the HR-comité (the Comites list)
    const byTom = await (await rawAs(site.ls, TOM)).post(itemsOf(VERSLAGEN.title), report({ ...hr, Title: 'HR door Tom' }));
    const byNathalie = await (await rawAs(site.ls, NATHALIE)).post(itemsOf(VERSLAGEN.title), report({ ...hr, Title: 'HR door Nathalie' }));
    const jonas = new SPVerslagenRepository(await site.as(JONAS));
    expect((await jonas.report(((await byTom.json()) as { Id: number }).Id)).report.counts).toBe(false);
    expect((await jonas.report(((await byNathalie.json()) as { Id: number }).Id)).report.counts).toBe(true);
  });
});
