/**
 * The internal reporting channel (Integriteitsmeldingen) attacked over raw REST, per persona, with nothing but the
 * persona's own token (docs/security.md, "Integriteitsmeldingen"; docs/integriteitsmeldingen.md): nobody but the
 * integrity contacts reads another's report or who made it, not the korpschef, Intern Toezicht or a diensthoofd; a
 * reporter cannot edit or delete their report, nor give it a status or feedback that counts; the contacts read and
 * handle every report but delete none.
 */
import { SPMeldenRepository } from '../../src/data/melden/SPMeldenRepository';
import { RuleRefusedError } from '../../src/data/registers/ruleRefused';
import { INTEGRITEITSMELDINGEN } from '../../src/data/schema';
import type { ReportDraft } from '../../src/domain/melden';
import { startSite, type TestSite } from '../data/registers/localSite';
import { GRIET, HILDE, JONAS, KAREL, MARC, SOFIE } from '../data/registers/logins';
import { itemsOf, rawAs, refused, type RawClient } from './rest';

const NADIA = 'nadia.elamrani@pzcarma.be';
const ADMIN = 'ilse.thys@pzcarma.be';
const reports = (id?: number): string => itemsOf(INTEGRITEITSMELDINGEN.title, id);

let site: TestSite;
let jonasReport: number;
let sofieReport: number;
let registered: number;

const draft = (subject: string): ReportDraft => ({
  subject,
  category: 'Inbreuk op regels of procedures',
  facts: `${subject}: wat ik vaststelde.`,
  whenWhere: '',
  involved: '',
  feedbackPreference: 'In de app',
});

const repoAs = async (login: string): Promise<SPMeldenRepository> => new SPMeldenRepository(await site.as(login));
const rowsOf = async (res: Response): Promise<{ Id: number; Title: string; AuthorId: number }[]> => ((await res.json()) as { value: { Id: number; Title: string; AuthorId: number }[] }).value;

beforeAll(async () => {
  site = await startSite();
  const jonas = await repoAs(JONAS);
  jonasReport = await jonas.submitReport(draft('Tankkaart voor privéritten'), jonas.newClientId());
  const sofie = await repoAs(SOFIE);
  sofieReport = await sofie.submitReport(draft('Bestelbonnen gesplitst'), sofie.newClientId());
  const nadia = await repoAs(NADIA);
  registered = await nadia.registerReport(
    { ...draft('Brief zonder naam'), channel: 'Brief', receivedOn: '2026-01-05', reporterName: '', reporterContact: '' },
    nadia.newClientId(),
    new Date('2026-01-06T10:00:00Z'),
  );
}, 120000);

afterAll(async () => {
  if (site) await site.close();
});

describe('who reads a report', () => {
  test('a plain staff member lists only their own report, and reads no other by id, filter or version history', async () => {
    const sofie: RawClient = await rawAs(site.ls, SOFIE);
    const all = await rowsOf(await sofie.get(`${reports()}?$select=Id,Title,AuthorId`));
    expect(all.map((r) => r.Id)).toEqual([sofieReport]);
    expect(refused(await sofie.get(reports(jonasReport)))).toBe(true);
    expect(refused(await sofie.get(reports(registered)))).toBe(true);
    expect(refused(await sofie.get(`${reports(jonasReport)}/versions`))).toBe(true);
    const byTitle = await rowsOf(await sofie.get(`${reports()}?$filter=Title eq 'Tankkaart voor privéritten'`));
    expect(byTitle).toEqual([]);
  });

  test.each([
    ['the korpschef', HILDE],
    ['the adjunct-korpschef', MARC],
    ['Intern Toezicht', GRIET],
    ['a diensthoofd', KAREL],
  ])('%s sees none of the reports', async (_who, login) => {
    const client = await rawAs(site.ls, login);
    const res = await client.get(`${reports()}?$select=Id,AuthorId`);
    const rows = res.status === 200 ? await rowsOf(res) : [];
    expect(rows).toEqual([]);
    expect(refused(await client.get(reports(jonasReport)))).toBe(true);
  });

  test('the integrity contact reads every report and who made it', async () => {
    const nadia = await rawAs(site.ls, NADIA);
    const rows = await rowsOf(await nadia.get(`${reports()}?$select=Id,Title,AuthorId`));
    expect(rows.map((r) => r.Id).sort()).toEqual([jonasReport, sofieReport, registered].sort());
    const jonasId = await site.userId(JONAS);
    expect(rows.filter((r) => r.Id === jonasReport)[0].AuthorId).toBe(jonasId);
  });
});

describe('who writes a report', () => {
  test('a reporter can neither edit nor delete their own report', async () => {
    const jonas = await rawAs(site.ls, JONAS);
    expect(refused(await jonas.merge(reports(jonasReport), { Facts: 'Toch niet.' }))).toBe(true);
    expect(refused(await jonas.merge(reports(jonasReport), { Status: 'Afgesloten', FeedbackText: 'Opgelost.' }))).toBe(true);
    expect(refused(await jonas.remove(reports(jonasReport)))).toBe(true);
  });

  test('a contact handles but deletes no report', async () => {
    const nadia = await rawAs(site.ls, NADIA);
    expect(refused(await nadia.remove(reports(jonasReport)))).toBe(true);
  });

  test('a status or feedback written by the reporter at creation does not count', async () => {
    const jonas = await rawAs(site.ls, JONAS);
    const res = await jonas.post(reports(), {
      Title: 'Vervalste opvolging',
      ClientId: 'forged-1',
      Category: 'Inbreuk op regels of procedures',
      Facts: 'x',
      Channel: 'Brief',
      FeedbackPreference: 'In de app',
      ReceivedOn: '2020-01-01T00:00:00Z',
      Status: 'Afgesloten',
      FeedbackText: 'Alles in orde.',
      FeedbackOn: '2020-01-02T00:00:00Z',
    });
    expect(res.status).toBe(201);
    const forged = ((await res.json()) as { Id: number }).Id;
    const { report } = await (await repoAs(NADIA)).loadReport(forged);
    expect(report.handlingTrusted).toBe(false);
    expect(report.status).toBe('Ontvangen');
    expect(report.feedbackText).toBe('');
    expect(report.channel).toBe('App');
    // the clocks run from the day SharePoint created it, not the date the reporter wrote
    expect(report.receivedOn).not.toBe('2020-01-01');
  });
});

describe('the handling, as the reporter reads it', () => {
  test('the contact confirms receipt and gives feedback; the reporter reads both on their own report', async () => {
    const nadia = await repoAs(NADIA);
    const { report } = await nadia.loadReport(jonasReport);
    const confirmed = await nadia.confirmReceipt(report, 'Goed ontvangen.');
    expect(confirmed.status).toBe('Ontvangst bevestigd');
    const answered = await nadia.giveFeedback(confirmed, 'We onderzoeken het gebruik van de tankkaarten.');
    expect(answered.status).toBe('Feedback gegeven');
    expect(answered.handlingTrusted).toBe(true);
    const jonas = await rawAs(site.ls, JONAS);
    const own = (await (await jonas.get(`${reports(jonasReport)}?$select=Status,ReceiptMessage,FeedbackText`)).json()) as Record<string, string>;
    expect(own).toMatchObject({ Status: 'Feedback gegeven', ReceiptMessage: 'Goed ontvangen.', FeedbackText: 'We onderzoeken het gebruik van de tankkaarten.' });
    const mine = await (await repoAs(JONAS)).loadReport(jonasReport);
    expect(mine.report.feedbackText).toBe('We onderzoeken het gebruik van de tankkaarten.');
  });

  test('a member cannot handle a report or read the figures through the app either', async () => {
    const jonas = await repoAs(JONAS);
    const { report } = await jonas.loadReport(jonasReport);
    await expect(jonas.close(report, 'Gegrond')).rejects.toBeInstanceOf(RuleRefusedError);
    await expect(jonas.figures(2026)).rejects.toBeInstanceOf(RuleRefusedError);
  });

  test('the site collection administrator is the only one outside the contacts who reads a report', async () => {
    const admin = await rawAs(site.ls, ADMIN);
    expect((await admin.get(reports(jonasReport))).status).toBe(200);
  });
});
