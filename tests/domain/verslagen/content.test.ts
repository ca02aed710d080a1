import {
  meetingEntries,
  monthEntries,
  monthRange,
  proposalKey,
  proposalNeedle,
  reportProblems,
  storedTitle,
  comiteFeedbackText,
  EMPTY_CONTENT,
  type LoggedDecisionLine,
} from '../../../src/domain/verslagen/content';
import { REPORT_KINDS, mayPublishReport, mayWriteReport, reportCounts, reportKind, writableKinds } from '../../../src/domain/verslagen/kinds';

const line = (over: Partial<LoggedDecisionLine>): LoggedDecisionLine => ({
  decisionId: 1,
  proposalId: 10,
  proposalTitle: 'Bodycams',
  dienst: 'Interventie',
  action: 'route',
  to: 'Toegewezen aan comité',
  actingAs: 'directiecomite',
  comite: 'aankoopcomite',
  uitvoerder: null,
  agendaMeeting: '2026-12-01T08:00:00.000Z',
  reason: 'Aankoop.',
  at: '2026-12-01T09:30:00.000Z',
  ...over,
});

describe('the draft of a directiecomité report', () => {
  it('lists the meeting day’s routings, rejections and deferrals with their reasons, nothing else', () => {
    const lines = [
      line({ decisionId: 1, proposalId: 10 }),
      line({ decisionId: 2, proposalId: 11, action: 'rejectByDirectiecomite', to: 'Afgewezen', comite: null, reason: 'Geen budget.' }),
      line({ decisionId: 3, proposalId: 12, action: 'scheduleForDirectiecomite', to: 'Op agenda directiecomité', comite: null, agendaMeeting: '2026-12-08T08:00:00.000Z', reason: null }),
      // a validation by a diensthoofd the same day, a routing the day before, a comité's assignment: not this meeting's
      line({ decisionId: 4, proposalId: 13, action: 'validate', actingAs: 'diensthoofd' }),
      line({ decisionId: 5, proposalId: 14, at: '2026-11-30T09:30:00.000Z' }),
      line({ decisionId: 6, proposalId: 15, action: 'assign', actingAs: 'comitevoorzitter' }),
    ];
    expect(meetingEntries(lines, '2026-12-01').map((e) => [e.proposalId, e.outcome, e.comite, e.deferredTo, e.reason])).toEqual([
      [10, 'routed', 'aankoopcomite', null, 'Aankoop.'],
      [11, 'rejected', null, null, 'Geen budget.'],
      [12, 'deferred', null, '2026-12-08T08:00:00.000Z', null],
    ]);
  });

  it('takes the meeting day in Brussels: a decision at 00:30 Brussels time belongs to that day', () => {
    expect(meetingEntries([line({ at: '2026-11-30T23:30:00.000Z' })], '2026-12-01')).toHaveLength(1);
  });

  it('keeps one line per proposal: deferred and then routed at one meeting shows the routing', () => {
    const lines = [
      line({ decisionId: 1, action: 'scheduleForDirectiecomite', at: '2026-12-01T09:00:00.000Z' }),
      line({ decisionId: 2, action: 'route', at: '2026-12-01T09:40:00.000Z' }),
    ];
    expect(meetingEntries(lines, '2026-12-01').map((e) => [e.decisionId, e.outcome])).toEqual([[2, 'routed']]);
  });
});

describe('the newsletter of a month', () => {
  it('carries the month’s decisions above the dienst, not a validation or a decision of another month', () => {
    const lines = [
      line({ decisionId: 1, proposalId: 10 }),
      line({ decisionId: 2, proposalId: 11, action: 'realise', to: 'Gerealiseerd', actingAs: 'comitevoorzitter', at: '2026-12-20T10:00:00.000Z' }),
      line({ decisionId: 3, proposalId: 12, action: 'validate' }),
      line({ decisionId: 4, proposalId: 13, at: '2026-11-30T10:00:00.000Z' }),
    ];
    expect(monthEntries(lines, '2026-12').map((e) => [e.proposalId, e.outcome])).toEqual([
      [10, 'routed'],
      [11, 'realised'],
    ]);
  });

  it('covers the month from its first day to the first day of the next, December included', () => {
    expect(monthRange('2026-12')).toEqual({ from: '2026-12-01', to: '2027-01-01' });
    expect(monthRange('2027-02')).toEqual({ from: '2027-02-01', to: '2027-03-01' });
  });
});

describe('what a report needs before approval', () => {
  const text = { meetingDate: '2026-12-01', body: '', fixedItem: '', comiteFeedback: '' };

  it('asks the diensthoofdenoverleg for its fixed item (SD2.1) and the comités’ feedback, the HR- and preventiecomité for theirs (SD2.2)', () => {
    expect(reportProblems('diensthoofdenoverleg', { ...text, body: 'x' }, EMPTY_CONTENT, '2026-12-04')).toEqual(['fixedItem', 'comiteFeedback']);
    expect(reportProblems('hr-comite', { ...text, body: 'x' }, EMPTY_CONTENT, '2026-12-04')).toEqual(['fixedItem']);
    expect(reportProblems('preventiecomite', { ...text, body: 'x', fixedItem: 'Niets te melden.' }, EMPTY_CONTENT, '2026-12-04')).toEqual([]);
    expect(reportKind('diensthoofdenoverleg').fixedItem).toBe('operationeleIntegriteitsrisicos');
    expect(REPORT_KINDS.filter((k) => k.fixedItem === 'integriteit').map((k) => k.key)).toEqual(['hr-comite', 'preventiecomite']);
  });

  it('lets a generated report with decisions go without a text, but not an empty one or one for a meeting to come', () => {
    const content = { ...EMPTY_CONTENT, entries: meetingEntries([line({})], '2026-12-01') };
    expect(reportProblems('directiecomite', text, content, '2026-12-04')).toEqual([]);
    expect(reportProblems('directiecomite', text, EMPTY_CONTENT, '2026-12-04')).toEqual(['body']);
    expect(reportProblems('directiecomite', { ...text, meetingDate: '2026-12-08' }, content, '2026-12-04')).toEqual(['futureMeeting']);
    expect(reportProblems('directiecomite', { ...text, meetingDate: '2026-02-30' }, content, '2026-12-04')).toEqual(['meetingDate']);
  });
});

describe('who writes and who publishes', () => {
  it('lets the secretary write the directiecomité report and only the directiecomité publish it', () => {
    expect(mayWriteReport('directiecomite', ['medewerkers', 'juridischeDienst'])).toBe(true);
    expect(mayPublishReport('directiecomite', ['medewerkers', 'juridischeDienst'])).toBe(false);
    expect(mayPublishReport('directiecomite', ['medewerkers', 'directiecomite'])).toBe(true);
    expect(mayPublishReport('directiecomite', ['comitevoorzitters'])).toBe(false);
  });

  it("counts a comité's report only from that comité's chair or members, or the korpsleiding", () => {
    const tom = { id: 11, groups: ['medewerkers', 'comitevoorzitters'] as const };
    expect(reportCounts('hr-comite', { ...tom, groups: [...tom.groups] }, [12])).toBe(false);
    expect(reportCounts('aankoopcomite', { ...tom, groups: [...tom.groups] }, [11, 15])).toBe(true);
    expect(reportCounts('preventiecomite', { id: 10, groups: ['korpsleiding'] }, [])).toBe(true);
    expect(reportCounts('directiecomite', { ...tom, groups: [...tom.groups] }, null)).toBe(false);
    expect(reportCounts('directiecomite', { id: 9, groups: ['directiecomite'] }, null)).toBe(true);
  });

  it('gives Communicatie the newsletter, staff nothing, a beheerder everything', () => {
    expect(writableKinds(['medewerkers', 'communicatie'])).toEqual(['nieuwsbrief']);
    expect(writableKinds(['medewerkers', 'teamQW', 'middenkader', 'diensthoofden'])).toEqual([]);
    expect(writableKinds(['beheerders'])).toHaveLength(REPORT_KINDS.length);
  });
});

describe('how a proposal finds its reports', () => {
  it('keeps the proposals’ ids between separators, so 1 never matches 12', () => {
    const content = { ...EMPTY_CONTENT, entries: meetingEntries([line({ proposalId: 12 }), line({ decisionId: 2, proposalId: 3, action: 'rejectByDirectiecomite' })], '2026-12-01') };
    expect(proposalKey(content)).toBe(';12;3;');
    expect(proposalKey(content).indexOf(proposalNeedle(1))).toBe(-1);
    expect(proposalKey(content).indexOf(proposalNeedle(12))).toBeGreaterThanOrEqual(0);
    expect(proposalKey(EMPTY_CONTENT)).toBe('');
  });

  it('stores a Dutch title SharePoint’s own views show', () => {
    expect(storedTitle('directiecomite', '2026-12-01')).toBe('Verslag Directiecomité 01/12/2026');
    expect(storedTitle('nieuwsbrief', '2026-12-01')).toBe('Nieuwsbrief 12/2026');
  });
});

describe('the comités’ feedback in the diensthoofdenoverleg', () => {
  it('takes over each comité report, oldest first, with its fixed item integriteit', () => {
    expect(
      comiteFeedbackText([
        { name: 'Preventiecomité', meetingDate: '2026-11-20', body: 'Ergonomie. ', fixedItem: '' },
        { name: 'HR-comité', meetingDate: '2026-11-16', body: 'Selecties.', fixedItem: 'Dilemma in elk gesprek.' },
      ]),
    ).toBe('HR-comité (16/11/2026): Selecties. Integriteit: Dilemma in elk gesprek.\n\nPreventiecomité (20/11/2026): Ergonomie.');
    expect(comiteFeedbackText([])).toBe('');
  });
});
