import { describeRoute, suggestRoute, type RouteInput } from '../../../src/domain/proposal';

const input = (topic: RouteInput['topic'], title: string, description = '', costEstimate: number | null = null): RouteInput => ({
  topic,
  title,
  description,
  costEstimate,
});

describe('suggestRoute: one realistic proposal per rule of the policy', () => {
  it('sends a purchase to the Aankoopcomité, which starts the purchasing process, and the Q-team', () => {
    const s = suggestRoute(
      input('Aankoop of investering', 'Aankoop van extra ANPR-licenties', 'Een offerte van de leverancier ligt klaar.', 12000),
    );
    expect(s.comite).toBe('aankoopcomite');
    expect(s.uitvoerder).toEqual({ kind: 'q-team' });
    expect(s.explanation).toEqual([
      {
        rule: 'aankoop',
        matched: ['Aankoop of investering', 'aankoop', 'offerte', 'leverancier', 'kostenraming'],
        comite: 'aankoopcomite',
        uitvoerder: { kind: 'q-team' },
      },
    ]);
  });

  it('gives material to the Q-team next to the Aankoopcomité, explained rule by rule', () => {
    const s = suggestRoute(input('Andere', 'Aankoop van nieuw materiaal', 'De alcoholtesters zijn verouderd.'));
    expect(s.comite).toBe('aankoopcomite');
    expect(s.uitvoerder).toEqual({ kind: 'q-team' });
    expect(describeRoute(s)).toBe('aankoop → Aankoopcomité; materiaal → Q-team');
  });

  it('gives an innovative project to the Q-team, through the Aankoopcomité when no comité rule applies', () => {
    const s = suggestRoute(input('Innovatie', 'Proefproject met drones bij grote evenementen', 'Beelden live naar de commandopost.'));
    expect(s).toEqual({
      comite: 'aankoopcomite',
      uitvoerder: { kind: 'q-team' },
      explanation: [{ rule: 'q-team', matched: ['Innovatie', 'proefproject', 'drone'], comite: 'aankoopcomite', uitvoerder: { kind: 'q-team' } }],
      alternatives: [],
    });
  });

  it('gives a new vehicle to the Voertuigcomité rather than the Q-team', () => {
    const s = suggestRoute(
      input('Voertuigen', 'Nieuwe combi voor de wijkdienst', "De huidige combi's hebben meer dan 250.000 km op de teller.", 45000),
    );
    expect(s.comite).toBe('aankoopcomite');
    expect(s.uitvoerder).toEqual({ kind: 'voertuigcomite' });
    expect(describeRoute(s)).toBe('kostenraming → Aankoopcomité; Voertuigen, combi → Voertuigcomité');
  });

  it('gives a vehicle proposal without a purchase to the Voertuigcomité through the Aankoopcomité', () => {
    const s = suggestRoute(input('Andere', 'Dienstvoertuigen vaker laten poetsen', 'De interieurs van de wagens zijn vuil.'));
    expect(s.comite).toBe('aankoopcomite');
    expect(s.uitvoerder).toEqual({ kind: 'voertuigcomite' });
    expect(s.explanation).toEqual([
      { rule: 'voertuig', matched: ['voertuig', 'wagen'], comite: 'aankoopcomite', uitvoerder: { kind: 'voertuigcomite' } },
    ]);
  });

  it('gives training in violence management and GPI 48 to the Cel GWB, the training itself to the HR-comité', () => {
    const s = suggestRoute(
      input('Bewapening en geweldsbeheersing', 'Bijkomende schiettraining', 'Het aantal schietoefeningen volstaat niet voor de GPI48-normen.'),
    );
    expect(s.comite).toBe('hr-comite');
    expect(s.uitvoerder).toEqual({ kind: 'cel-gwb' });
    expect(s.explanation).toEqual([
      { rule: 'hr', matched: ['training'], comite: 'hr-comite' },
      { rule: 'geweldsbeheersing', matched: ['Bewapening en geweldsbeheersing', 'gpi48', 'schiet', 'training'], uitvoerder: { kind: 'cel-gwb' } },
    ]);
  });

  it('reads GPI 48 as the source spells it (GPIb48) and as written with a space', () => {
    expect(suggestRoute(input('Opleiding', 'Opleiding GPIb48 voor nieuwe inspecteurs')).uitvoerder).toEqual({ kind: 'cel-gwb' });
    expect(suggestRoute(input('Andere', 'Herhalingsles GPI 48')).uitvoerder).toEqual({ kind: 'cel-gwb' });
  });

  it('gives torches for the combi to the Q-team: the proposal is about material, the vehicle is only where they go', () => {
    const s = suggestRoute({
      topic: 'Materiaal en uitrusting',
      title: 'Extra zaklampen in de combi',
      description: 'Twee oplaadbare zaklampen vast in elke combi.',
      problem: 'Bij nachtelijke interventies ontbreekt vaak een werkende zaklamp.',
    });
    expect(s.uitvoerder).toEqual({ kind: 'q-team' });
    expect(s.explanation).toEqual([
      { rule: 'q-team', matched: ['Materiaal en uitrusting', 'zaklamp'], comite: 'aankoopcomite', uitvoerder: { kind: 'q-team' } },
    ]);
  });

  it('matches keywords as whole words or word starts, compounds only where a keyword allows them', () => {
    expect(suggestRoute(input('Andere', 'Combinatie van twee diensten', 'Een betere combinatie')).uitvoerder).toBeUndefined();
    expect(suggestRoute(input('Andere', 'Verkeersveiligheid aan scholen')).comite).not.toBe('preventiecomite');
    expect(suggestRoute(input('Andere', 'Twee nieuwe dienstvoertuigen')).uitvoerder).toEqual({ kind: 'voertuigcomite' });
    expect(suggestRoute(input('Andere', 'Een koffiemotor in de refter')).uitvoerder).toBeUndefined();
  });

  it('gives weapons to the Cel GWB, also when they are bought', () => {
    const bought = suggestRoute(input('Aankoop of investering', 'Aankoop van nieuwe wapenstokken', '', 8000));
    expect(bought.comite).toBe('aankoopcomite');
    expect(bought.uitvoerder).toEqual({ kind: 'cel-gwb' });
    const carried = suggestRoute(input('Andere', 'Pepperspray voor alle interventieploegen'));
    expect(carried.comite).toBe('operationeel-comite');
    expect(carried.uitvoerder).toEqual({ kind: 'cel-gwb' });
  });

  it('gives operational working agreements on drugs to the Operationeel Comité and the overleggroep drugs', () => {
    const s = suggestRoute(
      input(
        'Operationele werking',
        'Betere werkafspraken tussen interventie en recherche',
        'Bij drugsvaststellingen op straat is niet duidelijk wie het proces-verbaal opstelt.',
      ),
    );
    expect(s.comite).toBe('operationeel-comite');
    expect(s.uitvoerder).toEqual({ kind: 'overleggroep', overleggroep: 'drugs' });
    expect(describeRoute(s)).toBe(
      'Operationele werking, werkafspra, recherche, proces verbaal → Operationeel Comité; drug → Operationeel Comité + Overleggroep drugs',
    );
  });

  it('gives crimes against persons to the overleggroep personen', () => {
    const s = suggestRoute(input('Operationele werking', 'Snellere opvolging van intrafamiliaal geweld', 'Slachtoffers van partnergeweld wachten te lang.'));
    expect(s.comite).toBe('operationeel-comite');
    expect(s.uitvoerder).toEqual({ kind: 'overleggroep', overleggroep: 'personen' });
  });

  it('gives property crime to the overleggroep vermogen, the phenomenon with most matches winning', () => {
    const s = suggestRoute(
      input('Andere', 'Woninginbraken en fietsdiefstal in het centrum', 'Soms gaat het om drugsgebruikers die stelen.'),
    );
    expect(s.comite).toBe('operationeel-comite');
    expect(s.uitvoerder).toEqual({ kind: 'overleggroep', overleggroep: 'vermogen' });
  });

  it('lets the comité choose a werkgroep for operational matters without a phenomenon', () => {
    const s = suggestRoute(input('Operationele werking', 'Duidelijkere briefing bij de start van de patrouille'));
    expect(s.comite).toBe('operationeel-comite');
    expect(s.uitvoerder).toBeUndefined();
  });

  it('gives safety and wellbeing at work to the Preventiecomité', () => {
    const s = suggestRoute(
      input('Veiligheid en welzijn', 'Ergonomische bureaustoelen aan de intake', 'Veel collega’s hebben rugklachten; psychosociale belasting is hoog.'),
    );
    expect(s.comite).toBe('preventiecomite');
    expect(s.uitvoerder).toBeUndefined();
    expect(s.explanation[0].matched).toEqual(['Veiligheid en welzijn', 'ergonom', 'psychosocia', 'bureaustoel']);
  });

  it('gives personnel matters (recruitment, selection, training) to the HR-comité', () => {
    expect(suggestRoute(input('Personeel', 'Onthaaltraject voor nieuwe collega’s', 'Een mentor per nieuwkomer.')).comite).toBe('hr-comite');
    expect(suggestRoute(input('Andere', 'Snellere aanwerving en selectie van inspecteurs')).comite).toBe('hr-comite');
    expect(suggestRoute(input('Opleiding', 'Opleiding verhoortechnieken')).comite).toBe('hr-comite');
  });

  it('gives internal and external communication to the Communicatiecomité', () => {
    expect(suggestRoute(input('Communicatie', 'De nieuwsbrief ook in Teams delen')).comite).toBe('communicatiecomite');
    expect(suggestRoute(input('Andere', 'Een campagne op sociale media over inbraakpreventie')).comite).toBe('communicatiecomite');
  });

  it('falls back on the Operationeel Comité when nothing matches, and says so', () => {
    const s = suggestRoute(input('Andere', 'Een koffiemachine in de refter'));
    expect(s).toEqual({
      comite: 'operationeel-comite',
      explanation: [{ rule: 'standaard', matched: [], comite: 'operationeel-comite' }],
      alternatives: [],
    });
    expect(describeRoute(s)).toBe('standaard → Operationeel Comité');
  });
});

describe('suggestRoute: reading and weighing', () => {
  it('is tolerant of case and accents', () => {
    expect(suggestRoute(input('Andere', 'AANKÓÓP VAN BODYCAMS')).explanation.map((e) => e.matched)).toEqual([['aankoop'], ['bodycam']]);
  });

  it('reads the problem and the improvement too', () => {
    const s = suggestRoute({ ...input('Andere', 'Voorstel', ''), problem: 'De nieuwsbrief komt niet aan.', improvement: 'Een intranetpagina.' });
    expect(s.comite).toBe('communicatiecomite');
  });

  it('counts a cost estimate as a purchase, but not a zero or missing one', () => {
    expect(suggestRoute(input('Andere', 'Iets', '', 500)).comite).toBe('aankoopcomite');
    expect(suggestRoute(input('Andere', 'Iets', '', 0)).explanation[0].rule).toBe('standaard');
    expect(suggestRoute(input('Andere', 'Iets', '', null)).explanation[0].rule).toBe('standaard');
  });

  it('weighs the chosen topic above a single keyword and lists the other comités that matched', () => {
    const s = suggestRoute(input('Communicatie', 'Aankoop van een nieuwe fotocamera'));
    expect(s.comite).toBe('communicatiecomite');
    expect(s.alternatives).toEqual(['aankoopcomite']);
    expect(s.uitvoerder).toEqual({ kind: 'q-team' });
  });

  it('breaks a tie in favour of the Aankoopcomité: a purchase must start the purchasing process', () => {
    const s = suggestRoute(input('Andere', 'Aankoop van affiches'));
    expect(s.comite).toBe('aankoopcomite');
    expect(s.alternatives).toEqual(['communicatiecomite']);
    const operational = suggestRoute(input('Andere', 'Aankoop van extra materiaal voor de patrouille'));
    expect(operational.comite).toBe('aankoopcomite');
    expect(operational.alternatives).toEqual(['operationeel-comite']);
  });

  it('gives no overleggroep when another comité wins', () => {
    const s = suggestRoute(input('Opleiding', 'Opleiding drugsherkenning in het verkeer'));
    expect(s.comite).toBe('hr-comite');
    expect(s.uitvoerder).toBeUndefined();
    expect(s.alternatives).toEqual(['operationeel-comite']);
  });

  it('does not mistake look-alike words', () => {
    // automatisch is no auto, een uniforme werkwijze no uniform, verkeersveiligheid no safety at work, personeel no personen
    const s = suggestRoute(input('Andere', 'Een uniforme en automatische aanpak van verkeersveiligheid voor het personeel'));
    expect(s.comite).toBe('hr-comite');
    expect(s.uitvoerder).toBeUndefined();
    expect(s.explanation).toEqual([{ rule: 'hr', matched: ['personeel'], comite: 'hr-comite' }]);
  });
});
