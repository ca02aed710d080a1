/**
 * The roles of "Functie opdracht ikv interne zaken" (issue #14 part 6) attacked over raw REST per persona, and through
 * the repository where the rule is the app's: only the korpschef changes a tuchtdossier (SharePoint refuses the rest of
 * the korpsleiding and Intern Toezicht once it is one); the Juridische dienst reads a dossier while its legal support
 * is asked and loses it when the dossier is closed; the written feedback to the complainant is the assigned HINP's;
 * the CaLog support role (Dossierbeheer) reads no dossier.
 */
import { SPComplaintsRepository } from '../../src/data/complaints/SPComplaintsRepository';
import type { ComplaintRecord, InvestigatorOption } from '../../src/data/complaints/ComplaintsRepository';
import { RuleRefusedError } from '../../src/data/registers/ruleRefused';
import { DOSSIERADMINISTRATIE, KLACHTEN, ONDERZOEKSBEVINDINGEN } from '../../src/data/schema';
import { brusselsDateOf } from '../../src/domain/dates';
import { startSite, type TestSite } from '../data/registers/localSite';
import { ANN, GRIET, HILDE, JONAS, KAREL, KOEN, MARC } from '../data/registers/logins';
import { complaintsAs, dossiersByKey } from './dossierFixtures';
import { itemsOf, rawAs, refused } from './rest';

const SARAH = 'sarah.leclercq@pzcarma.be';
const KATRIEN = 'katrien.wuyts@pzcarma.be';
const today = brusselsDateOf(new Date());

let site: TestSite;
const dossiers: { [key: string]: ComplaintRecord } = {};
let investigators: InvestigatorOption[] = [];

const repoAs = (login: string): Promise<SPComplaintsRepository> => complaintsAs(site, login);
const dossier = (key: string): string => itemsOf(KLACHTEN.title, Number(dossiers[key].id));
const person = (name: string): InvestigatorOption => investigators.filter((i) => i.name === name)[0];

beforeAll(async () => {
  site = await startSite({ themes: true });
  const made = await dossiersByKey(site, 'INTERN', ['F', 'L', 'T'], { F: 'Koen Dubois', L: 'Koen Dubois', T: 'Koen Dubois' });
  Object.assign(dossiers, made.dossiers);
  investigators = made.investigators;
}, 180000);

afterAll(async () => {
  await site?.close();
});

describe('the written feedback to the complainant is the assigned HINP’s', () => {
  it('cannot be recorded before the HINP wrote it, nor from anyone else’s finding, and is the HINP’s text when recorded', async () => {
    const griet = await repoAs(GRIET);
    const { dossier: f, me } = await griet.openDossier(dossiers.F.id);
    await expect(griet.decide(f, me, { action: 'sendFeedback', outcome: 'Gegrond' })).rejects.toMatchObject({ refusal: { code: 'feedbackFindingRequired' } });
    // another HINP adds a feedback finding to the dossier over raw REST: SharePoint lets a HINP add, the finding does not count
    const ann = await rawAs(site.ls, ANN);
    const forged = await ann.post(itemsOf(ONDERZOEKSBEVINDINGEN.title), { Title: 'Terugkoppeling', ClientId: 'forged-feedback', DossierId: Number(f.id), Kind: 'Terugkoppeling', Text: 'Brief van Ann.', Outcome: 'Ongegrond', FeedbackDate: new Date().toISOString() });
    expect(forged.status).toBe(201);
    await expect(griet.decide(f, me, { action: 'sendFeedback', outcome: 'Gegrond' })).rejects.toMatchObject({ refusal: { code: 'feedbackFindingRequired' } });
    // the assigned HINP writes it
    const koen = await repoAs(KOEN);
    const k = await koen.openDossier(f.id);
    await koen.addFinding(k.dossier, k.me, { kind: 'Terugkoppeling', text: 'Geachte heer, na ons onderzoek …', outcome: 'Deels gegrond', feedbackSentOn: today });
    const sent = await griet.decide(f, me, { action: 'sendFeedback', outcome: 'Gegrond', feedbackSentOn: '2000-01-01' });
    expect(sent).toMatchObject({ status: 'Terugkoppeling aan klager', feedbackText: 'Geachte heer, na ons onderzoek …', outcome: 'Deels gegrond', feedbackSentOn: today });
    dossiers.F = sent;
  });

  it('the HINP cannot write the dossier’s feedback fields themselves', async () => {
    const koen = await rawAs(site.ls, KOEN);
    expect(refused(await koen.merge(dossier('L'), { FeedbackText: 'Eigen tekst', FeedbackDate: new Date().toISOString() }))).toBe(true);
  });
});

describe('the Juridische dienst reads a dossier while its legal support is asked', () => {
  it('reads nothing before, reads (never writes) the dossier once asked, and loses it when the dossier is closed', async () => {
    const sarah = await rawAs(site.ls, SARAH);
    expect(refused(await sarah.get(dossier('L')))).toBe(true);
    expect(refused(await sarah.get(dossier('F')))).toBe(true);
    const griet = await repoAs(GRIET);
    const l = await griet.openDossier(dossiers.L.id);
    const asked = await griet.requestLegalSupport(l.dossier, l.me);
    expect(asked.legalSupport).toBe(true);
    expect((await sarah.get(dossier('L'))).status).toBe(200);
    expect(refused(await sarah.merge(dossier('L'), { Status: 'Afgesloten' }))).toBe(true);
    // only the dossier asked for: the other dossiers stay closed to her, and to a plain staff member all of them
    expect(refused(await sarah.get(dossier('F')))).toBe(true);
    expect(refused(await (await rawAs(site.ls, JONAS)).get(dossier('L')))).toBe(true);
    // an investigator cannot ask it: the dossier is read-only for them
    const koen = await repoAs(KOEN);
    const k = await koen.openDossier(dossiers.L.id);
    await expect(koen.requestLegalSupport(k.dossier, k.me)).rejects.toBeInstanceOf(RuleRefusedError);
    // closing ends it
    const koenDraft = await koen.openDossier(dossiers.L.id);
    await koen.addFinding(koenDraft.dossier, koenDraft.me, { kind: 'Terugkoppeling', text: 'Brief aan de klager.', outcome: 'Ongegrond', feedbackSentOn: today });
    const again = await griet.openDossier(dossiers.L.id);
    const sent = await griet.decide(again.dossier, again.me, { action: 'sendFeedback' });
    await griet.decide(sent, again.me, { action: 'close' });
    expect(refused(await sarah.get(dossier('L')))).toBe(true);
  });
});

describe('only the korpschef changes a tuchtdossier (SharePoint refuses the rest)', () => {
  it('takes the edit and permission rights of the rest of the korpsleiding and Intern Toezicht; they keep reading', async () => {
    const hilde = await repoAs(HILDE);
    const t = await hilde.openDossier(dossiers.T.id);
    dossiers.T = await hilde.decide(t.dossier, t.me, { action: 'openDisciplinary', reason: 'Herhaalde feiten.', disciplinaryHead: person('Karel Peeters') });
    for (const login of [MARC, GRIET]) {
      const client = await rawAs(site.ls, login);
      expect((await client.get(dossier('T'))).status).toBe(200);
      expect(refused(await client.merge(dossier('T'), { Status: 'Afgesloten', ClosedOn: new Date().toISOString() }))).toBe(true);
      expect(refused(await client.merge(dossier('T'), { DisciplinaryHeadId: 0 }))).toBe(true);
      expect(refused(await client.post(`${dossier('T')}/breakroleinheritance(copyRoleAssignments=false,clearSubscopes=true)`))).toBe(true);
    }
    // they open it in the app without error (no re-securing by who may not), and may not ask legal support on it
    const marc = await repoAs(MARC);
    const m = await marc.openDossier(dossiers.T.id);
    expect(m.dossier.status).toBe('Tuchtdossier');
    await expect(marc.requestLegalSupport(m.dossier, m.me)).rejects.toBeInstanceOf(RuleRefusedError);
    expect((await (await rawAs(site.ls, KAREL)).get(dossier('T'))).status).toBe(200);
  });

  it('lets the korpschef ask legal support on the tuchtdossier and close it', async () => {
    const hilde = await repoAs(HILDE);
    const t = await hilde.openDossier(dossiers.T.id);
    const asked = await hilde.requestLegalSupport(t.dossier, t.me);
    expect((await (await rawAs(site.ls, SARAH)).get(dossier('T'))).status).toBe(200);
    const closed = await hilde.decide(asked, t.me, { action: 'closeDisciplinary', outcome: 'Gegrond' });
    expect(closed.status).toBe('Afgesloten');
    expect(refused(await (await rawAs(site.ls, SARAH)).get(dossier('T')))).toBe(true);
    // a closed tuchtdossier stays the korpschef's: the others still only read it
    expect(refused(await (await rawAs(site.ls, GRIET)).merge(dossier('T'), { Status: 'In onderzoek' }))).toBe(true);
  });
});

describe('the CaLog support role (Dossierbeheer)', () => {
  it('keeps the administration of every dossier (number, date, deadlines, documents), which staff and investigators do not read', async () => {
    const katrien = await rawAs(site.ls, KATRIEN);
    const res = await katrien.get(`${itemsOf(DOSSIERADMINISTRATIE.title)}?$select=Id,Title,DossierId,ReceivedOn`);
    const rows = ((await res.json()) as { value: { Id: number; DossierId: number }[] }).value;
    expect(rows.map((r) => r.DossierId).sort()).toEqual(['F', 'L', 'T'].map((k) => Number(dossiers[k].id)).sort());
    const admin = rows.filter((r) => r.DossierId === Number(dossiers.F.id))[0];
    const path = itemsOf(DOSSIERADMINISTRATIE.title, admin.Id);
    expect((await katrien.merge(path, { NextDeadline: new Date().toISOString(), DeadlineNote: 'Stuk opvragen bij de griffie', Documents: '12/03 · PV · aanvankelijk proces-verbaal · ISLP' })).status).toBe(204);
    expect(refused(await katrien.remove(path))).toBe(true);
    for (const login of [JONAS, KOEN]) {
      const other = await (await rawAs(site.ls, login)).get(`${itemsOf(DOSSIERADMINISTRATIE.title)}?$select=Id`);
      expect(other.status === 200 ? ((await other.json()) as { value: unknown[] }).value : []).toEqual([]);
    }
  });

  it('reads no dossier and no finding', async () => {
    const katrien = await rawAs(site.ls, KATRIEN);
    for (const key of ['F', 'L', 'T']) expect(refused(await katrien.get(dossier(key)))).toBe(true);
    const res = await katrien.get(`${itemsOf(ONDERZOEKSBEVINDINGEN.title)}?$select=Id`);
    const rows = res.status === 200 ? ((await res.json()) as { value: unknown[] }).value : [];
    expect(rows).toEqual([]);
  });
});
