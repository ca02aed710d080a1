import { SPComplaintsRepository } from '../../../src/data/complaints/SPComplaintsRepository';
import type { ComplaintDraft, ComplaintRecord } from '../../../src/data/complaints/ComplaintsRepository';
import { brusselsDateOf } from '../../../src/domain/dates';
import { RuleRefusedError } from '../../../src/data/registers/ruleRefused';
import { startSite, type TestSite } from '../registers/localSite';
import { ANN, ELS, GRIET, HILDE, KAREL, KOEN, LUC, MARC } from '../registers/logins';


let site: TestSite;
const repoAs = async (login: string, name: string): Promise<SPComplaintsRepository> => new SPComplaintsRepository(await site.as(login), name);

const today = brusselsDateOf(new Date());
const draft = (over: Partial<ComplaintDraft> = {}): ComplaintDraft => ({
  title: 'Onheus bejegend bij een verkeerscontrole',
  reference: '',
  receivedOn: today,
  channel: 'E-mail',
  complainantName: 'Marie Dupont',
  complainantContact: 'marie.dupont@example.be',
  facts: 'De klaagster meldt dat ze op een onbeleefde manier werd aangesproken.',
  themeId: '',
  dienst: 'Verkeer',
  involvedStaff: [],
  evidence: 'Bodycam BC-114, 12/03 14:05',
  ...over,
});

beforeAll(async () => {
  site = await startSite({ themes: true });
}, 120000);

afterAll(async () => {
  await site?.close();
});

describe('SPComplaintsRepository', () => {
  let dossier: ComplaintRecord;

  it('registers a complaint with its own permissions: only the korpsleiding and Intern Toezicht', async () => {
    const griet = await repoAs(GRIET, 'Griet Van Damme');
    const { themes } = await griet.loadIntakeChoices();
    expect(themes.map((t) => t.number)).toEqual([1, 8, 10]);
    await expect(griet.createComplaint(draft({ facts: ' ' }))).rejects.toMatchObject({ problems: { facts: 'required' } });
    dossier = await griet.createComplaint(draft({ themeId: String(themes[1].id) }));
    expect(dossier).toMatchObject({ status: 'Ontvangen', theme: 'Gewenst gedrag tijdens de functie', complainant: { name: 'Marie Dupont' }, reference: `KL-${dossier.id}` });
    const hilde = await repoAs(HILDE, 'Hilde Goossens');
    expect((await hilde.loadRegister({ kind: 'open' })).page.items.map((d) => d.id)).toEqual([dossier.id]);
    const koen = await repoAs(KOEN, 'Koen Dubois');
    expect((await koen.loadRegister({ kind: 'open' })).page.items).toEqual([]);
    await expect(koen.openDossier(dossier.id)).rejects.toMatchObject({ status: 404 });
  });

  it('logs every opening of a dossier before showing it, and shows the log to Intern Toezicht', async () => {
    const griet = await repoAs(GRIET, 'Griet Van Damme');
    await griet.openDossier(dossier.id);
    const opened = await griet.openDossier(dossier.id);
    expect(opened.consultations!.filter((c) => c.readerName === 'Griet Van Damme').length).toBeGreaterThanOrEqual(2);
    expect(opened.investigators.map((i) => `${i.name}:${i.function}`)).toEqual(
      expect.arrayContaining(['Koen Dubois:hinp', 'Ann Lambert:hinp', 'Karel Peeters:diensthoofd', 'Els Janssens:diensthoofd']),
    );
  });

  it('moves access with the assignment: the HINP sees exactly the dossier assigned to them, a reassignment takes it away', async () => {
    const griet = await repoAs(GRIET, 'Griet Van Damme');
    const { dossier: current, me, investigators } = await griet.openDossier(dossier.id);
    const koenOption = investigators.filter((i) => i.name === 'Koen Dubois')[0];
    const annOption = investigators.filter((i) => i.name === 'Ann Lambert')[0];
    await expect(griet.decide(current, me, { action: 'assignInvestigator' })).rejects.toBeInstanceOf(RuleRefusedError);
    const assigned = await griet.decide(current, me, { action: 'assignInvestigator', investigator: koenOption });
    expect(assigned).toMatchObject({ status: 'In onderzoek', investigator: { name: 'Koen Dubois', function: 'hinp' } });
    const koen = await repoAs(KOEN, 'Koen Dubois');
    expect((await koen.loadRegister({ kind: 'open' })).page.items.map((d) => d.id)).toEqual([dossier.id]);
    const ann = await repoAs(ANN, 'Ann Lambert');
    await expect(ann.openDossier(dossier.id)).rejects.toMatchObject({ status: 404 });

    const reassigned = await griet.decide(assigned, me, { action: 'reassignInvestigator', investigator: annOption, reason: 'Koen is betrokken partij.' });
    expect(reassigned.investigator!.name).toBe('Ann Lambert');
    await expect(koen.openDossier(dossier.id)).rejects.toMatchObject({ status: 404 });
    const back = await griet.decide(reassigned, me, { action: 'reassignInvestigator', investigator: koenOption, reason: 'Toch Koen: Ann met verlof.' });
    expect((await koen.openDossier(dossier.id)).dossier.investigator!.name).toBe('Koen Dubois');
    await expect(ann.openDossier(dossier.id)).rejects.toMatchObject({ status: 404 });
    dossier = back;
  });

  it('lets the HINP add findings and the written feedback, never write the dossier; Intern Toezicht records the feedback; two writers on one version: one wins', async () => {
    const koen = await repoAs(KOEN, 'Koen Dubois');
    const { dossier: current, me } = await koen.openDossier(dossier.id);
    await expect(koen.saveDetails(current, { investigationNotes: 'Poging', spocFeedback: '', mayorFeedbackOn: '', evidence: '' })).rejects.toMatchObject({ status: 403 });
    await expect(koen.decide(current, me, { action: 'sendFeedback', outcome: 'Deels gegrond' })).rejects.toMatchObject({ refusal: { code: 'notAllowed' } });
    await expect(koen.addFinding(current, me, { kind: 'Terugkoppeling', text: 'Brief', outcome: null, feedbackSentOn: today })).rejects.toMatchObject({ problems: { outcome: 'required' } });
    await koen.addFinding(current, me, { kind: 'Bevinding', text: 'Gesprek met de betrokken inspecteur op 14/03.', outcome: null, feedbackSentOn: null });
    const findings = await koen.addFinding(current, me, { kind: 'Terugkoppeling', text: 'Geachte mevrouw Dupont, …', outcome: 'Deels gegrond', feedbackSentOn: today });
    expect(findings.map((f) => [f.kind, f.author.name, f.counts])).toEqual([
      ['Bevinding', 'Koen Dubois', true],
      ['Terugkoppeling', 'Koen Dubois', true],
    ]);
    const karel = await repoAs(KAREL, 'Karel Peeters');
    await expect(karel.addFinding(current, { ...me, userId: 999, name: 'Karel Peeters' }, { kind: 'Bevinding', text: 'x', outcome: null, feedbackSentOn: null })).rejects.toMatchObject({ refusal: { code: 'notInvestigator' } });

    const griet = await repoAs(GRIET, 'Griet Van Damme');
    const opened = await griet.openDossier(dossier.id);
    expect(opened.findings.map((f) => f.kind)).toEqual(['Bevinding', 'Terugkoppeling']);
    const noted = await griet.saveDetails(opened.dossier, { investigationNotes: 'Samenvatting van de bevindingen.', spocFeedback: '', mayorFeedbackOn: '', evidence: opened.dossier.evidence.join('\n') });
    await expect(griet.saveDetails(opened.dossier, { investigationNotes: 'Oudere versie', spocFeedback: '', mayorFeedbackOn: '', evidence: '' })).rejects.toMatchObject({ status: 412 });
    // the written feedback is the HINP's: recorded from Koen's counted feedback finding, whatever Intern Toezicht passes
    const sent = await griet.decide(noted, opened.me, { action: 'sendFeedback', outcome: 'Ongegrond', feedbackSentOn: '2000-01-01' });
    expect(sent).toMatchObject({ status: 'Terugkoppeling aan klager', outcome: 'Deels gegrond', feedbackSentOn: today, feedbackText: 'Geachte mevrouw Dupont, …' });
    expect((await griet.openDossier(dossier.id)).changes.every((c) => c.entitled)).toBe(true);
    dossier = sent;
  });

  it('leaves opening a tuchtdossier to the korpschef: the rest of the korpsleiding is refused', async () => {
    const marc = await repoAs(MARC, 'Marc Willems');
    const { dossier: current, me, investigators } = await marc.openDossier(dossier.id);
    const karel = investigators.filter((i) => i.name === 'Karel Peeters')[0];
    await expect(marc.decide(current, me, { action: 'openDisciplinary', reason: 'Herhaalde feiten.', disciplinaryHead: karel })).rejects.toMatchObject({ refusal: { code: 'notAllowed' } });
  });

  it('escalates to a tuchtdossier: the korpsleiding and the diensthoofd take over, the HINP loses access', async () => {
    const hilde = await repoAs(HILDE, 'Hilde Goossens');
    const { dossier: current, me, investigators } = await hilde.openDossier(dossier.id);
    const karel = investigators.filter((i) => i.name === 'Karel Peeters')[0];
    await expect(hilde.decide(current, me, { action: 'openDisciplinary', reason: 'Herhaalde feiten.' })).rejects.toMatchObject({ refusal: { code: 'disciplinaryHeadRequired' } });
    const opened = await hilde.decide(current, me, { action: 'openDisciplinary', reason: 'Herhaalde feiten.', disciplinaryHead: karel });
    expect(opened).toMatchObject({ status: 'Tuchtdossier', disciplinaryOpenedOn: today, disciplinaryHead: { name: 'Karel Peeters' } });
    await expect((await repoAs(KOEN, 'Koen Dubois')).openDossier(dossier.id)).rejects.toMatchObject({ status: 404 });
    expect((await (await repoAs(KAREL, 'Karel Peeters')).openDossier(dossier.id)).dossier.status).toBe('Tuchtdossier');
    await expect((await repoAs(ELS, 'Els Janssens')).openDossier(dossier.id)).rejects.toMatchObject({ status: 404 });
    dossier = await hilde.decide(opened, me, { action: 'closeDisciplinary', outcome: 'Gegrond' });
    expect(dossier).toMatchObject({ status: 'Afgesloten', closedOn: today });
  });

  it('computes the monthly listing without personal data and publishes it for the recipients', async () => {
    const griet = await repoAs(GRIET, 'Griet Van Damme');
    const month = today.slice(0, 7);
    const page = await griet.openListing(month);
    const listing = page.computed!;
    expect(listing.activities.map((a) => a.kind)).toEqual(
      expect.arrayContaining(['complaintReceived', 'assignInvestigator', 'reassignInvestigator', 'sendFeedback', 'openDisciplinary', 'closeDisciplinary']),
    );
    const text = JSON.stringify(listing);
    for (const personal of ['Marie Dupont', 'marie.dupont', 'Koen Dubois', 'Ann Lambert', 'Karel Peeters', 'onbeleefde', 'Bodycam']) expect(text).not.toContain(personal);
    expect(page.published).toBeNull();
    await griet.publishMonthlyListing(listing);
    const luc = await repoAs(LUC, 'Luc Hermans');
    const seen = await luc.openListing(month);
    expect(seen.computed).toBeNull();
    expect(seen.published!.content.total).toBe(listing.total);
    const published = await luc.loadPublished();
    expect(published.reports.map((r) => [r.kind, r.period])).toEqual([['Maandlijst', month]]);
    // the published listing is readable by its recipients, the register itself is not
    expect((await luc.loadRegister({ kind: 'open' })).page.items).toEqual([]);
  });

  it('counts the annual figures with small counts suppressed, and the dashboard exactly', async () => {
    const griet = await repoAs(GRIET, 'Griet Van Damme');
    const year = Number(today.slice(0, 4));
    const figures = (await griet.openFigures(year)).computed!;
    expect(figures.received).toEqual({ value: null, suppressed: 'primary' });
    expect(figures.byTheme.items).toEqual([{ label: 'Gewenst gedrag tijdens de functie', cell: { value: null, suppressed: 'primary' } }]);
    const dashboard = await griet.loadDashboard(year);
    expect(dashboard.figures!.receivedByMonth.reduce((a, b) => a + b, 0)).toBe(1);
    expect(dashboard.figures!.annual.byOutcome.items.filter((i) => i.label === 'Gegrond')[0].cell.value).toBe(1);
    expect((await (await repoAs(KOEN, 'Koen Dubois')).loadDashboard(year)).figures).toBeNull();
  });
});
