import { checkProposalIntegrity, type LogEntryIdentity, type StatusVersion } from '../../../src/domain/proposal/integrity';
import { entitledTo, turnHolders, type ProposalParties } from '../../../src/domain/proposal/turns';

const parties: ProposalParties = {
  dienst: 'Interventie',
  proposerId: 4,
  teamQWIds: [4, 5],
  middleManagerIds: [6],
  headId: 7,
  directiecomiteIds: [9, 10],
  comite: 'aankoopcomite',
  comiteChairId: 11,
  beheerderIds: [1],
};

describe('whose turn it is', () => {
  it('follows the flow rules: intake while submitted, the holders of every next step, nobody once final', () => {
    expect(turnHolders('Ingediend')).toBe('intake');
    expect(turnHolders('Teruggestuurd')).toEqual(['proposerTeam']);
    expect(turnHolders('Gevalideerd')).toEqual(['directiecomite']);
    expect(turnHolders('Op agenda directiecomité')).toEqual(['directiecomite']);
    expect(turnHolders('Toegewezen aan comité')).toEqual(['directiecomite', 'comite']);
    expect(turnHolders('In uitvoering')).toEqual(['comite', 'uitvoerder']);
    expect(turnHolders('Gerealiseerd')).toEqual([]);
    expect(turnHolders('Afgewezen')).toEqual([]);
  });

  it('entitles each role for this proposal only', () => {
    expect(entitledTo('validate', 7, parties)).toBe(true);
    expect(entitledTo('validate', 8, parties)).toBe(false);
    expect(entitledTo('route', 9, parties)).toBe(true);
    expect(entitledTo('route', 11, parties)).toBe(false);
    expect(entitledTo('assign', 11, parties)).toBe(true);
    expect(entitledTo('submit', 5, parties)).toBe(true);
    expect(entitledTo('submit', 7, parties)).toBe(false);
    expect(entitledTo('realise', 1, parties)).toBe(true);
    expect(entitledTo('assign', 11, { ...parties, comite: null })).toBe(false);
  });
});

describe('what SharePoint recorded, checked against the flow', () => {
  const v = (status: StatusVersion['status'], editorId: number, editorName = `p${editorId}`): StatusVersion => ({ status, editorId, editorName, at: '2026-11-20T09:00:00Z' });
  const e = (entryId: number, action: LogEntryIdentity['action'], to: LogEntryIdentity['to'], authorId: number, namedAs = `p${authorId}`): LogEntryIdentity => ({
    entryId,
    action,
    to,
    authorId,
    authorName: `p${authorId}`,
    namedAs,
  });

  it('finds nothing when every status came from a decision by someone entitled', () => {
    expect(checkProposalIntegrity([v('Ingediend', 4), v('Gevalideerd', 7), v('Toegewezen aan comité', 9)], [e(1, 'submit', 'Ingediend', 4), e(2, 'validate', 'Gevalideerd', 7), e(3, 'route', 'Toegewezen aan comité', 9)], parties)).toEqual([]);
  });

  it('finds a status set without a counting decision, and a jump the flow does not allow', () => {
    const findings = checkProposalIntegrity([v('Ingediend', 4), v('Gerealiseerd', 7, 'Karel')], [e(1, 'submit', 'Ingediend', 4)], parties);
    expect(findings).toEqual([{ kind: 'statusOutsideApp', from: 'Ingediend', to: 'Gerealiseerd', editorName: 'Karel', at: '2026-11-20T09:00:00Z' }]);
  });

  it('finds an entry by someone not entitled and an entry in another name, and lets neither explain a status', () => {
    const findings = checkProposalIntegrity([v('Ingediend', 4), v('Gevalideerd', 5)], [e(1, 'submit', 'Ingediend', 4), e(2, 'validate', 'Gevalideerd', 5, 'Karel Peeters')], parties);
    expect(findings.map((f) => f.kind).sort()).toEqual(['otherName', 'statusOutsideApp', 'unentitledEntry']);
  });
});
