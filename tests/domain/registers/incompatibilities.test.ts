import { OPS_INCOMPATIBILITIES, checkIncompatibility, type IncompatibilityKey } from '../../../src/domain/registers';

describe('checkIncompatibility', () => {
  it('lists the incompatibilities of the Ops-kader in the source’s two categories: absolute, and by special legislation among others', () => {
    expect(OPS_INCOMPATIBILITIES.map((i) => [i.key, i.category])).toEqual([
      ['security', 'absoluut'],
      ['kansspelinrichting', 'absoluut'],
      ['hulpdienst', 'bijzondereWetgeving'],
      ['rijschool', 'bijzondereWetgeving'],
      ['bijzonder-veldwachter', 'bijzondereWetgeving'],
    ]);
  });

  it.each(OPS_INCOMPATIBILITIES.map((i) => i.key))('refuses the kind %s for Ops, not for CaLog', (kind) => {
    expect(checkIncompatibility('Ops', { kind, description: '' }).incompatible).toBe(kind);
    expect(checkIncompatibility('CaLog', { kind, description: '' })).toEqual({ incompatible: null, suspected: [] });
  });

  it.each([
    ['Portier in een dancing in het weekend', 'security', ['portier']],
    ['Security-opdrachten op festivals', 'security', ['security']],
    ['Croupier in het casino van Middelkerke', 'kansspelinrichting', ['casino']],
    ['Uitbater van een speelautomatenhal', 'kansspelinrichting', ['speelautomatenhal']],
    ['Vrijwillig brandweerman in de hulpverleningszone', 'hulpdienst', ['brandweer', 'hulpverleningszone']],
    ['Ambulancier bij het Rode Kruis', 'hulpdienst', ['ambulanc']],
    ['Rijinstructeur praktijk bij een erkende rijschool', 'rijschool', ['rijschool', 'rijinstruct']],
    ['Bijzonder veldwachter voor een jachtgenootschap', 'bijzonder-veldwachter', ['veldwachter']],
  ] as [string, IncompatibilityKey, string[]][])('suspects "%s" to be %s', (description, key, matched) => {
    expect(checkIncompatibility('Ops', { kind: 'andere', description })).toEqual({ incompatible: null, suspected: [{ key, matched }] });
  });

  it.each(['Lesgever informatica in een avondschool', 'Cybersecurity-consultant', 'Zelfstandig fotograaf op trouwfeesten'])(
    'suspects nothing in "%s"',
    (description) => {
      expect(checkIncompatibility('Ops', { kind: 'andere', description }).suspected).toEqual([]);
    },
  );
});
