import type { ProposalContent } from '../../../src/domain/proposal/proposal';
import { newClientId } from '../../../src/data/clientId';
import { brusselsDateOf } from '../../../src/domain/dates';
import { SPVerslagenRepository } from '../../../src/data/verslagen/SPVerslagenRepository';
import { ReportExistsError, ReportIncompleteError, ReportNotAllowedError } from '../../../src/data/verslagen/errors';
import { EVA, HILDE, JONAS, KAREL, LOTTE, startProposalSite, type ProposalSite } from '../proposals/harness';

const SARAH = 'sarah.leclercq@pzcarma.be';
const NATHALIE = 'nathalie.desmet@pzcarma.be';

let site: ProposalSite;
beforeAll(async () => {
  site = await startProposalSite();
}, 90000);
afterAll(() => site?.close());

const verslagenAs = async (login: string) => new SPVerslagenRepository(await site.as(login));

const content = (title: string): ProposalContent => ({
  title,
  problem: 'Het probleem vandaag.',
  improvement: 'De voorgestelde verbetering.',
  description: '',
  topic: 'Materiaal en uitrusting',
  costEstimate: null,
});

/** Lotte submits, Karel validates: a proposal waiting for the directiecomité. */
async function validated(title: string): Promise<number> {
  const lottes = await site.repoAs(LOTTE);
  const lotte = (await lottes.me()).user;
  const submitted = await lottes.submit({ clientId: newClientId(), dienst: 'Interventie', content: content(title) }, lotte);
  const itemId = submitted.status === 'created' ? submitted.itemId : 0;
  const karels = await site.repoAs(KAREL);
  const karel = await karels.me();
  const queue = await karels.validationQueue('Interventie');
  await karels.decide(queue.filter((p) => p.itemId === itemId)[0], 'validate', {}, karel.user, karel.organisation);
  return itemId;
}

describe('the reports of the directiecomité and the monthly newsletter on the local SharePoint', () => {
  const today = brusselsDateOf(new Date());
  let routedId = 0;
  let rejectedId = 0;
  let reportId = 0;

  it('drafts the directiecomité report from the day’s decisions; the secretary completes it, the directiecomité publishes it', async () => {
    routedId = await validated('Nachtkijkers voor de interventieploegen');
    rejectedId = await validated('Eigen koffiemachine per ploeg');
    const hildes = await site.repoAs(HILDE);
    const hilde = await hildes.me();
    const agenda = await hildes.directiecomiteProposals();
    const pick = (id: number) => agenda.filter((p) => p.itemId === id)[0];
    await hildes.decide(pick(routedId), 'route', { comite: 'aankoopcomite', reason: 'Aankoop: het Q-team vergelijkt modellen.' }, hilde.user, hilde.organisation);
    await hildes.decide(pick(rejectedId), 'rejectByDirectiecomite', { reason: 'Valt buiten het budget van dit jaar.' }, hilde.user, hilde.organisation);

    const sarahs = await verslagenAs(SARAH);
    const draftId = await sarahs.startDraft('directiecomite', today);
    // starting it again (a second click, a colleague) finds the same draft
    expect(await sarahs.startDraft('directiecomite', today)).toBe(draftId);
    const { draft } = await sarahs.draft(draftId);
    expect(draft.content.entries.map((e) => [e.proposalId, e.outcome, e.comite, e.reason])).toEqual([
      [routedId, 'routed', 'aankoopcomite', 'Aankoop: het Q-team vergelijkt modellen.'],
      [rejectedId, 'rejected', null, 'Valt buiten het budget van dit jaar.'],
    ]);
    expect(draft.content.entries[0].proposalTitle).toBe('Nachtkijkers voor de interventieploegen');

    const text = { ...draft.text, body: 'Het directiecomité besprak ook de planning van de zomer.' };
    const etag = await sarahs.submitDraft(draft, text);
    // the secretary writes, the directiecomité approves: the secretary cannot publish
    const submitted = (await sarahs.draft(draftId)).draft;
    expect(submitted.status).toBe('Ter goedkeuring');
    expect(submitted.etag).toBe(etag);
    await expect(sarahs.publish(submitted)).rejects.toBeInstanceOf(ReportNotAllowedError);

    const hildesReports = await verslagenAs(HILDE);
    reportId = await hildesReports.publish((await hildesReports.draft(draftId)).draft);
    // the draft has served, and the meeting is not drafted a second time
    await expect(sarahs.draft(draftId)).rejects.toMatchObject({ status: 404 });
    await expect(sarahs.startDraft('directiecomite', today)).rejects.toEqual(new ReportExistsError(reportId));
  });

  it('lets a staff member read the published report, never a draft, and links the proposal’s timeline to it', async () => {
    const jonas = await verslagenAs(JONAS);
    // the view's first paint and a report's page are one round trip each
    site.ls.clearRequestLog();
    const home = await jonas.home(null);
    expect(site.ls.requestLog()).toHaveLength(1);
    expect(home.drafts).toEqual([]);
    expect(home.published.items.map((r) => r.id)).toContain(reportId);
    site.ls.clearRequestLog();
    const { report } = await jonas.report(reportId);
    expect(site.ls.requestLog()).toHaveLength(1);
    expect(report).toMatchObject({ kind: 'directiecomite', meetingDate: today, counts: true, writtenBy: 'Sarah Leclercq', publishedBy: { name: 'Hilde Goossens' } });
    expect(report.text.body).toBe('Het directiecomité besprak ook de planning van de zomer.');

    const detail = await (await site.repoAs(LOTTE)).detail(routedId);
    const route = detail.decisions.filter((d) => d.action === 'route')[0];
    expect(detail.reports).toEqual([{ id: reportId, kind: 'directiecomite', meetingDate: today, decisionIds: expect.arrayContaining([route.entryId]) }]);
  });

  it('refuses a report that lacks its fixed item, and one for a meeting still to come', async () => {
    const nathalies = await verslagenAs(NATHALIE);
    const id = await nathalies.startDraft('hr-comite', today);
    const { draft } = await nathalies.draft(id);
    await expect(nathalies.submitDraft(draft, { ...draft.text, body: 'Selecties besproken.' })).rejects.toEqual(new ReportIncompleteError(['fixedItem']));
    await expect(nathalies.startDraft('hr-comite', '2999-01-05')).rejects.toBeInstanceOf(ReportIncompleteError);
  });

  it('starts the diensthoofdenoverleg’s draft with the feedback of the comités that met since the last one', async () => {
    const nathalies = await verslagenAs(NATHALIE);
    const id = await nathalies.startDraft('hr-comite', today);
    const { draft } = await nathalies.draft(id);
    await nathalies.submitDraft(draft, { ...draft.text, body: 'Selecties besproken.', fixedItem: 'Een dilemma in elk selectiegesprek.' });
    await nathalies.publish((await nathalies.draft(id)).draft);
    const sarahs = await verslagenAs(SARAH);
    const overleg = (await sarahs.draft(await sarahs.startDraft('diensthoofdenoverleg', today))).draft;
    const [y, m, d] = today.split('-');
    expect(overleg.text.comiteFeedback).toBe(`HR-comité (${d}/${m}/${y}): Selecties besproken. Integriteit: Een dilemma in elk selectiegesprek.`);
    expect(overleg.text.fixedItem).toBe('');
  });

  it('composes the month’s newsletter from its decisions, push messages and korpsrichtlijnen; Communicatie publishes it', async () => {
    const evas = await verslagenAs(EVA);
    const id = await evas.startDraft('nieuwsbrief', today);
    const { draft } = await evas.draft(id);
    expect(draft.text.meetingDate).toBe(`${today.slice(0, 7)}-01`);
    expect(draft.content.entries.map((e) => e.proposalId)).toEqual(expect.arrayContaining([routedId, rejectedId]));
    await evas.submitDraft(draft, { ...draft.text, body: 'Dit gebeurde er deze maand.' });
    const published = await evas.publish((await evas.draft(id)).draft);
    const newsletters = await (await verslagenAs(JONAS)).home('nieuwsbrief');
    expect(newsletters.published.items.map((r) => r.id)).toEqual([published]);
  });
});
