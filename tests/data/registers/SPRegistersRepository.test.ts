import { addCalendarDays, brusselsDateOf } from '../../../src/domain/dates';
import { fromDateField } from '../../../src/data/registers/dateFields';
import { DraftInvalidError } from '../../../src/domain/registers/drafts';
import { RuleRefusedError } from '../../../src/data/registers/ruleRefused';
import { SPRegistersRepository } from '../../../src/data/registers/SPRegistersRepository';
import type { GiftDraft, SideActivityDraft } from '../../../src/data/registers/RegistersRepository';
import { memoryOutbox, startSite, type TestSite } from './localSite';
import { DIRK, GRIET, HILDE, JONAS, LUC, MARC, SOFIE, WIM } from './logins';


let site: TestSite;
const repoAs = async (login: string, name = login): Promise<SPRegistersRepository> => new SPRegistersRepository(await site.as(login), memoryOutbox(), name);

const NOW = new Date('2026-03-10T09:00:00Z');

const gift = (over: Partial<GiftDraft> = {}): GiftDraft => ({
  kind: 'Nieuwjaarsgeschenk',
  what: 'Fles wijn en pralines',
  giver: 'Handelaar Markt 12',
  estimatedValue: '35,50',
  receivedOn: '2026-01-05',
  whyNotRefused: 'Achtergelaten aan het onthaal zonder naam.',
  dienst: 'Interventie',
  ...over,
});

const sideActivity = (over: Partial<SideActivityDraft> = {}): SideActivityDraft => ({
  kader: 'CaLog',
  kind: 'andere',
  title: 'Lesgever EHBO',
  description: 'Twee avonden per maand EHBO-les bij de jeugdbeweging.',
  organisation: 'Rode Kruis Vlaanderen',
  startDate: '2026-04-01',
  endDate: '',
  hoursPerMonth: '6',
  dienst: 'Verkeer',
  ...over,
});

beforeAll(async () => {
  site = await startSite();
}, 120000);

afterAll(async () => {
  await site?.close();
});

describe('SPRegistersRepository', () => {
  it('stores a gift report once and shows it to its reporter and Intern Toezicht, not to a colleague', async () => {
    const jonas = await repoAs(JONAS, 'Jonas Maes');
    const outcome = await jonas.submitGift(gift(), NOW);
    expect(outcome.status).toBe('created');
    const own = await jonas.loadOverview();
    expect(own.gifts!.items.map((g) => g.what)).toEqual(['Fles wijn en pralines']);
    expect(own.gifts!.items[0]).toMatchObject({ kind: 'Nieuwjaarsgeschenk', estimatedValue: 35.5, receivedOn: '2026-01-05', status: 'Gemeld', dienst: 'Interventie' });
    expect(own.me.name).toBe('Jonas Maes');

    const sofie = await (await repoAs(SOFIE)).loadOverview();
    expect(sofie.gifts!.items).toEqual([]);
    const griet = await repoAs(GRIET, 'Griet Van Damme');
    const all = await griet.loadOverview();
    expect(all.gifts!.items.map((g) => g.reporter.name)).toEqual(['Jonas Maes']);
    expect(all.me.groups).toContain('internToezicht');
  });

  it('refuses a draft with problems before anything is sent', async () => {
    const jonas = await repoAs(JONAS);
    await expect(jonas.submitGift(gift({ what: ' ', estimatedValue: 'veel', receivedOn: '2026-12-01' }), NOW)).rejects.toMatchObject({
      problems: { what: 'required', estimatedValue: 'invalidNumber', receivedOn: 'inFuture' },
    });
    await expect(jonas.submitSideActivity(sideActivity({ startDate: '2026-03-01' }), NOW)).rejects.toBeInstanceOf(DraftInvalidError);
  });

  it('lets Intern Toezicht record the handling, never "kept personally" for a New Year gift, and logs the consultation', async () => {
    const griet = await repoAs(GRIET, 'Griet Van Damme');
    const first = (await griet.loadOverview()).gifts!.items[0];
    const { gift: opened } = await griet.loadGift(first.id);
    await expect(griet.handleGift(opened, { status: 'Afgehandeld', decision: 'Persoonlijk behouden', notes: '' })).rejects.toBeInstanceOf(RuleRefusedError);
    const handled = await griet.handleGift(opened, { status: 'Afgehandeld', decision: 'Geschonken aan een goed doel', notes: 'Aan het OCMW gegeven.' });
    expect(handled).toMatchObject({ status: 'Afgehandeld', decision: 'Geschonken aan een goed doel' });
    // a second write with the ETag read before is refused (412), never a silent overwrite
    await expect(griet.handleGift(opened, { status: 'In behandeling', decision: null, notes: '' })).rejects.toMatchObject({ status: 412 });
    const jonas = await repoAs(JONAS);
    const seen = await jonas.loadGift(first.id);
    expect(seen.gift).toMatchObject({ status: 'Afgehandeld', handlingNotes: 'Aan het OCMW gegeven.' });
    const log = await (await site.as(GRIET)).web.lists.getByTitle('Raadplegingen').items.filter(`DossierId eq ${Number(first.id)}`)();
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ ListName: 'Geschenken', Action: 'Geraadpleegd', ReaderName: 'Griet Van Damme' });
  });

  it('runs a side activity: CaLog declaration, suspension by a sick leave HR registers in its own list, advice of the politiecollege', async () => {
    const sofie = await repoAs(SOFIE, 'Sofie Claes');
    const outcome = await sofie.submitSideActivity(sideActivity(), NOW);
    if (outcome.status !== 'created') throw new Error('not created');
    const declared = await sofie.loadSideActivity(outcome.id);
    expect(declared.activity).toMatchObject({ status: 'Schriftelijk gemeld', kader: 'CaLog', startDate: '2026-04-01' });
    expect(declared.activity.history.map((h) => h.action)).toEqual(['declare']);

    // HR has no step in the flow: it neither reads nor lists the declaration
    const hr = await repoAs(WIM, 'Wim Hendrickx');
    await expect(hr.loadSideActivity(outcome.id)).rejects.toMatchObject({ status: 404 });
    expect((await hr.loadOverview()).sideActivities!.items.map((a) => a.id)).not.toContain(outcome.id);

    // HR registers the absence of the member it picks from the staff, in Afwezigheden
    const member = (await hr.loadStaff()).filter((p) => p.name === 'Sofie Claes')[0];
    expect(member.id).toBe(declared.activity.declarant.id);
    await expect(hr.registerAbsence({ member: null, kind: 'Ziekte', start: '2026-04-10', end: '' }, NOW)).rejects.toMatchObject({ problems: { member: 'required' } });
    const absence = await hr.registerAbsence({ member, kind: 'Ziekte', start: '2026-04-10', end: '' }, NOW);
    expect(absence).toMatchObject({ kind: 'Ziekte', start: '2026-04-10', end: null, member: { name: 'Sofie Claes' } });
    expect((await hr.loadOverview()).absences!.items.map((a) => a.id)).toContain(absence.id);
    // the member and the korpsleiding read it with the activity (the suspension follows from it)
    const own = await sofie.loadSideActivity(outcome.id);
    expect(own.absences.map((a) => a.kind)).toEqual(['Ziekte']);
    expect((await (await repoAs(HILDE)).loadSideActivity(outcome.id)).absences.map((a) => a.kind)).toEqual(['Ziekte']);
    // a colleague cannot read the absence, not even by its id
    const jonas = await site.as(JONAS);
    await expect(jonas.web.lists.getByTitle('Afwezigheden').items.getById(Number(absence.id))()).rejects.toMatchObject({ status: 404 });

    const luc = await repoAs(LUC, 'Luc Hermans');
    const college = await luc.loadSideActivity(outcome.id);
    // the politiecollege does not read absences (medical data)
    expect(college.absences).toEqual([]);
    await expect(luc.decideSideActivity(college.activity, college.me, { action: 'allow', advice: 'Gunstig onder voorwaarden' }, NOW)).rejects.toMatchObject({
      refusal: { code: 'conditionsRequired' },
    });
    const allowed = await luc.decideSideActivity(college.activity, college.me, { action: 'allow', advice: 'Gunstig onder voorwaarden', reason: 'Niet tijdens de wachtdiensten.' }, NOW);
    expect(allowed).toMatchObject({ status: 'Toegestaan', advice: 'Gunstig onder voorwaarden', decisionReason: 'Niet tijdens de wachtdiensten.' });
    const again = await sofie.loadSideActivity(outcome.id);
    expect(again.activity.history.map((h) => [h.action, h.status])).toEqual([
      ['declare', 'Schriftelijk gemeld'],
      ['allow', 'Toegestaan'],
    ]);
    const ended = await hr.endAbsence(absence, '2026-04-20');
    expect(ended.end).toBe('2026-04-20');
  });

  it('starts the 45-day clock when the politiecollege registers the receipt of an Ops declaration', async () => {
    const jonas = await repoAs(JONAS, 'Jonas Maes');
    const outcome = await jonas.submitSideActivity(sideActivity({ kader: 'Ops', kind: 'security', title: 'Portier discotheek' }), NOW);
    if (outcome.status !== 'created') throw new Error('not created');
    const luc = await repoAs(LUC, 'Luc Hermans');
    const { activity, me } = await luc.loadSideActivity(outcome.id);
    expect(activity.status).toBe('Aangevraagd');
    // the receipt cannot precede the declaration (the item's creation time)
    await expect(luc.decideSideActivity(activity, me, { action: 'registerReceipt' }, new Date(Date.parse(activity.declaredAt) - 86400000))).rejects.toMatchObject({
      refusal: { code: 'invalidReceipt' },
    });
    const receivedAt = new Date();
    const received = await luc.decideSideActivity(activity, me, { action: 'registerReceipt' }, receivedAt);
    expect(received.status).toBe('Advies gevraagd');
    const item = await (await site.as(LUC)).web.lists.getByTitle('Nevenactiviteiten').items.getById(Number(outcome.id)).select('AdviceDeadline', 'ReceivedAt')();
    expect(fromDateField(item.AdviceDeadline)).toBe(addCalendarDays(brusselsDateOf(receivedAt), 45));
    expect(Date.parse(item.ReceivedAt)).toBe(Math.floor(receivedAt.getTime() / 1000) * 1000);
    // the college advises on the basis of the talk with the korpschef: not before she recorded it, and only she does
    await expect(luc.decideSideActivity(received, me, { action: 'allow', advice: 'Gunstig' })).rejects.toMatchObject({ refusal: { code: 'talkRequired' } });
    const marc = await repoAs(MARC, 'Marc Willems');
    const seenByMarc = await marc.loadSideActivity(outcome.id);
    await expect(marc.decideSideActivity(seenByMarc.activity, seenByMarc.me, { action: 'recordTalk', talkOn: brusselsDateOf(new Date()) })).rejects.toMatchObject({
      refusal: { code: 'notAllowed' },
    });
    const hilde = await repoAs(HILDE, 'Hilde Goossens');
    const seen = await hilde.loadSideActivity(outcome.id);
    const talked = await hilde.decideSideActivity(seen.activity, seen.me, { action: 'recordTalk', talkOn: brusselsDateOf(new Date()) });
    expect(talked.korpschefTalkOn).toBe(brusselsDateOf(new Date()));
    const reread = await luc.loadSideActivity(outcome.id);
    expect(reread.activity.korpschefTalkOn).toBe(brusselsDateOf(new Date()));
    expect(reread.activity.history.map((h) => h.action)).toContain('recordTalk');
    // an absolute incompatibility of the Ops-kader can never be allowed
    await expect(luc.decideSideActivity(reread.activity, me, { action: 'allow', advice: 'Gunstig' })).rejects.toMatchObject({
      refusal: { code: 'incompatible' },
    });
  });

  it('keeps a damage report with its photo and shows the handling by Logistiek to the reporter', async () => {
    const jonas = await repoAs(JONAS);
    const outcome = await jonas.submitDamage(
      { category: 'Voertuig', what: 'Kras op de achterdeur', location: 'Parking commissariaat', occurredOn: '2026-03-09', occurredTime: '22:15', object: '1-ABC-123', description: 'Tegen een paaltje gereden.', dienst: 'Interventie' },
      { name: 'kras.png', content: new Uint8Array([137, 80, 78, 71]).buffer },
      NOW,
    );
    expect(outcome).toMatchObject({ status: 'created', photoSaved: true });
    if (outcome.status !== 'created') return;
    const dirk = await repoAs(DIRK);
    const { report } = await dirk.loadDamageReport(outcome.id);
    expect(report).toMatchObject({ occurredAt: '2026-03-09T21:15:00Z', object: '1-ABC-123', status: 'Gemeld' });
    expect(report.photos.map((p) => p.name)).toEqual(['kras.png']);
    expect(new Uint8Array(await (await jonas.loadPhoto(outcome.id, 'kras.png')).arrayBuffer())).toEqual(new Uint8Array([137, 80, 78, 71]));
    await dirk.handleDamage(report, { status: 'In behandeling', notes: 'Afspraak bij de carrosserie op 16/03.' });
    const seen = await jonas.loadDamageReport(outcome.id);
    expect(seen.report).toMatchObject({ status: 'In behandeling', handlingNote: 'Afspraak bij de carrosserie op 16/03.' });
  });
});
