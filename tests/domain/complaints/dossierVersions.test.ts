import {
  checkFindings,
  entitledRouting,
  latestFeedback,
  readersOf,
  routingChanges,
  tamperedChanges,
  type ComplaintDecisionRecord,
  type DossierVersion,
  type Finding,
  type RoutingEntitlement,
} from '../../../src/domain/complaints';

const GRIET = { id: '30', name: 'Griet Van Damme' };
const HILDE = { id: '10', name: 'Hilde Goossens' };
const MARC = { id: '11', name: 'Marc Willems' };
const KOEN = { id: '31', name: 'Koen Dubois' };
const ANN = { id: '32', name: 'Ann Lambert' };
const KAREL = { id: '40', name: 'Karel Peeters' };
const JONAS = { id: '7', name: 'Jonas Maes' };

const WHO: RoutingEntitlement = { managers: ['30', '10', '11'], korpschef: ['10'] };

const entry = (actor: { id: string; name: string }): ComplaintDecisionRecord => ({
  action: 'assignInvestigator',
  from: 'Ontvangen',
  to: 'In onderzoek',
  actor,
  actingAs: 'internToezicht',
  at: '2026-05-02T09:00:00Z',
  reason: null,
  outcome: null,
  investigator: null,
});

let n = 0;
const v = (editor: { id: string; name: string }, over: Partial<DossierVersion> = {}): DossierVersion => {
  n += 1;
  return { version: n, editor, at: `2026-05-${String(n).padStart(2, '0')}T09:00:00Z`, status: 'Ontvangen', investigator: null, disciplinaryOpenedOn: null, disciplinaryHead: null, history: [], ...over };
};

beforeEach(() => {
  n = 0;
});

describe('routing changes from the version history', () => {
  it('accepts the flow as entitled people took it', () => {
    const versions = [v(GRIET), v(GRIET, { status: 'In onderzoek', investigator: KOEN, history: [entry(GRIET)] }), v(KOEN, { status: 'In onderzoek', investigator: KOEN, history: [entry(GRIET)] })];
    const changes = routingChanges(versions, WHO);
    expect(changes.map((c) => [c.version, c.editor.name, c.fields, c.entitled])).toEqual([
      [1, 'Griet Van Damme', ['status'], true],
      [2, 'Griet Van Damme', ['status', 'investigator'], true],
    ]);
    expect(tamperedChanges(versions, WHO)).toEqual([]);
  });

  it('marks an investigator who closes, reassigns or escalates the own dossier as changed outside the app', () => {
    const base = [v(GRIET), v(GRIET, { status: 'In onderzoek', investigator: KOEN })];
    const closed = tamperedChanges(base.concat([v(KOEN, { status: 'Afgesloten', investigator: KOEN })]), WHO);
    expect(closed.map((c) => [c.editor.name, c.fields])).toEqual([['Koen Dubois', ['status']]]);
    n = 2;
    const reassigned = tamperedChanges(base.concat([v(KOEN, { status: 'In onderzoek', investigator: ANN })]), WHO);
    expect(reassigned.map((c) => c.fields)).toEqual([['investigator']]);
    n = 2;
    const head = tamperedChanges(base.concat([v(KOEN, { status: 'In onderzoek', investigator: KOEN, disciplinaryHead: JONAS })]), WHO);
    expect(head.map((c) => c.fields)).toEqual([['disciplinary']]);
  });

  it('keeps the feedback an investigator recorded before the dossier became read-only for them as entitled, no other step', () => {
    const base = [v(GRIET), v(GRIET, { status: 'In onderzoek', investigator: KOEN })];
    const legacy = base.concat([v(KOEN, { status: 'Terugkoppeling aan klager', investigator: KOEN })]);
    expect(tamperedChanges(legacy, WHO)).toEqual([]);
    n = 2;
    const byOther = base.concat([v(ANN, { status: 'Terugkoppeling aan klager', investigator: KOEN })]);
    expect(tamperedChanges(byOther, WHO).map((c) => c.editor.name)).toEqual(['Ann Lambert']);
  });

  it('leaves opening and closing a tuchtdossier to the korpschef, not the rest of the korpsleiding', () => {
    const base = [v(GRIET), v(GRIET, { status: 'In onderzoek', investigator: KOEN })];
    const byMarc = base.concat([v(MARC, { status: 'Tuchtdossier', investigator: KOEN, disciplinaryOpenedOn: '2026-05-03', disciplinaryHead: KAREL })]);
    expect(tamperedChanges(byMarc, WHO).map((c) => c.editor.name)).toEqual(['Marc Willems']);
    n = 2;
    const byHilde = base.concat([v(HILDE, { status: 'Tuchtdossier', investigator: KOEN, disciplinaryOpenedOn: '2026-05-03', disciplinaryHead: KAREL })]);
    expect(tamperedChanges(byHilde, WHO)).toEqual([]);
    const closedByMarc = byHilde.concat([v(MARC, { status: 'Afgesloten', investigator: KOEN, disciplinaryOpenedOn: '2026-05-03', disciplinaryHead: KAREL })]);
    expect(tamperedChanges(closedByMarc, WHO).map((c) => [c.from, c.to])).toEqual([['Tuchtdossier', 'Afgesloten']]);
  });

  it('shows where the app history named someone other than the editor of that version', () => {
    const versions = [v(GRIET), v(KOEN, { status: 'In onderzoek', investigator: KOEN, history: [entry(GRIET)] })];
    const changes = routingChanges(versions, WHO);
    expect(changes[1]).toMatchObject({ editor: KOEN, claimedBy: ['Griet Van Damme'], entitled: false });
  });

  it('gives access only from entitled changes: a head set by someone else gets nothing, a reassignment by the investigator neither', () => {
    const base = [v(GRIET), v(GRIET, { status: 'In onderzoek', investigator: KOEN })];
    const forged = base.concat([v(KOEN, { status: 'In onderzoek', investigator: ANN, disciplinaryHead: JONAS })]);
    expect(readersOf(entitledRouting(forged, WHO))).toEqual({ investigatorId: '31', disciplinaryHeadId: null, disciplinary: false, legalSupport: false });
    n = 2;
    const escalated = base.concat([v(HILDE, { status: 'Tuchtdossier', investigator: KOEN, disciplinaryOpenedOn: '2026-05-03', disciplinaryHead: KAREL })]);
    expect(readersOf(entitledRouting(escalated, WHO))).toEqual({ investigatorId: null, disciplinaryHeadId: '40', disciplinary: true, legalSupport: false });
    const marcChangesHead = escalated.concat([v(MARC, { status: 'Tuchtdossier', investigator: KOEN, disciplinaryOpenedOn: '2026-05-03', disciplinaryHead: JONAS })]);
    expect(readersOf(entitledRouting(marcChangesHead, WHO))).toEqual({ investigatorId: null, disciplinaryHeadId: '40', disciplinary: true, legalSupport: false });
  });

  it('lets the Juridische dienst read while its legal support is asked, until the dossier is closed', () => {
    const asked = [v(GRIET), v(GRIET, { status: 'In onderzoek', investigator: KOEN }), v(GRIET, { status: 'In onderzoek', investigator: KOEN, legalSupport: true })];
    expect(readersOf(entitledRouting(asked, WHO), asked).legalSupport).toBe(true);
    const closed = asked.concat([v(GRIET, { status: 'Afgesloten', investigator: KOEN, legalSupport: true })]);
    expect(readersOf(entitledRouting(closed, WHO), closed).legalSupport).toBe(false);
    // not asked in the newest version: nothing
    expect(readersOf(entitledRouting(asked.slice(0, 2), WHO), asked.slice(0, 2)).legalSupport).toBe(false);
  });
});

describe('findings', () => {
  const finding = (author: { id: string; name: string }, at: string, over: Partial<Finding> = {}): Finding => ({
    id: at,
    dossierId: 5,
    kind: 'Bevinding',
    text: 'Vastgesteld.',
    outcome: null,
    feedbackSentOn: null,
    author,
    at,
    ...over,
  });

  it('count only for the investigator an entitled person had assigned at the time', () => {
    const versions = [v(GRIET), v(GRIET, { status: 'In onderzoek', investigator: KOEN }), v(GRIET, { status: 'In onderzoek', investigator: ANN })];
    const checked = checkFindings(
      [
        finding(KOEN, '2026-05-02T10:00:00Z'),
        finding(KAREL, '2026-05-02T11:00:00Z'),
        finding(KOEN, '2026-05-03T10:00:00Z'),
        finding(ANN, '2026-05-03T11:00:00Z', { kind: 'Terugkoppeling', outcome: 'Ongegrond', feedbackSentOn: '2026-05-03' }),
        finding(KOEN, '2026-05-01T10:00:00Z'),
      ],
      versions,
      WHO,
    );
    expect(checked.map((f) => [f.author.name, f.at.slice(0, 13), f.counts])).toEqual([
      ['Koen Dubois', '2026-05-02T10', true],
      ['Karel Peeters', '2026-05-02T11', false],
      ['Koen Dubois', '2026-05-03T10', false],
      ['Ann Lambert', '2026-05-03T11', true],
      ['Koen Dubois', '2026-05-01T10', false],
    ]);
    expect(latestFeedback(checked)).toMatchObject({ author: ANN, outcome: 'Ongegrond' });
  });

  it('ignore an investigator assigned by someone not entitled to assign', () => {
    const versions = [v(GRIET), v(KOEN, { status: 'In onderzoek', investigator: KOEN })];
    expect(checkFindings([finding(KOEN, '2026-05-03T10:00:00Z')], versions, WHO)[0].counts).toBe(false);
  });
});
