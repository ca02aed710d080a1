/**
 * One-off extractor that wrote seed/content/*.json from the PDF text of the integrity policy
 * (seed/source/integriteitsbeleid-pz-carma.txt, or the path given as first argument).
 *
 * It is kept so that reviewers can see which source lines make up each item and where the PDF order was
 * hand-corrected (two-column pages, tables, diagrams). It is NOT needed at run time: the JSON files are the
 * source of truth. Re-running it overwrites the JSON, so port any hand edit of the JSON into this file first.
 *
 *   npx tsx tools/extract-content.ts [source.txt]
 *
 * Line numbers below are 1-based line numbers of the source file.
 */
import * as fs from 'fs';
import * as path from 'path';

const SRC = process.argv[2] ?? path.resolve(__dirname, '../seed/source/integriteitsbeleid-pz-carma.txt');
const OUT = path.resolve(__dirname, '../seed/content');
const L = fs.readFileSync(SRC, 'utf8').split('\n');

type Range = [number, number];

/** Non-blank, trimmed source lines a..b (inclusive). */
function raw(a: number, b: number): string[] {
  const out: string[] = [];
  for (let i = a; i <= b; i++) {
    const line = L[i - 1].trim();
    if (line) out.push(line);
  }
  return out;
}

/** Joins PDF lines: a hyphen at a line end after a letter is a soft break ("Communicatie-" + "comité"), otherwise kept ("/-vrouw", "Office365-tools"). */
function join(lines: string[]): string {
  let out = '';
  for (const ln of lines) {
    if (!out) out = ln;
    else if (out.endsWith('-') && /^\p{Ll}/u.test(ln)) out = /\p{L}-$/u.test(out) ? out.slice(0, -1) + ln : out + ln;
    else out += ` ${ln}`;
  }
  return out
    .replace(/\s+/g, ' ')
    .replace(/\(\s+/g, '(')
    .replace(/\s+([.,;:)])/g, '$1')
    .trim();
}

/** One paragraph from one or more line ranges. */
function t(...ranges: Range[]): string {
  return join(ranges.flatMap(([a, b]) => raw(a, b)));
}

const paras = (...ps: string[]) => ps.join('\n\n');
const lst = (...items: string[]) => items.map((i) => `- ${i}`).join('\n');
/** Drops a known prefix (e.g. a theme number or a diagram label on the same PDF line). */
function after(text: string, prefix: string): string {
  if (!text.startsWith(prefix)) throw new Error(`expected "${prefix}" at the start of "${text}"`);
  return text.slice(prefix.length);
}
/** Drops a known suffix (an actor on the same PDF line as its objective). */
function before(text: string, suffix: string): string {
  if (!text.endsWith(suffix)) throw new Error(`expected "${suffix}" at the end of "${text}"`);
  return text.slice(0, -suffix.length);
}

function dump(name: string, data: unknown): void {
  fs.writeFileSync(path.join(OUT, name), `${JSON.stringify(data, null, 2)}\n`, 'utf8');
}

fs.mkdirSync(OUT, { recursive: true });

// ---- Wettelijk kader: the legal list of the introduction (titles are short labels; texts verbatim)
dump('legal-framework.json', [
  { key: 'kb-2006-deontologische-code', title: 'KB van 10.05.2006 (deontologische code van de politiediensten)', text: t([3, 5]) },
  { key: 'wet-1998-geintegreerde-politie', title: 'Wet van 07.12.1998 (geïntegreerde politie)', text: t([7, 9]) },
  { key: 'wet-1992-politieambt', title: 'Wet op het politieambt van 05.08.1992', text: t([11, 11]) },
  { key: 'wet-1999-tuchtstatuut', title: 'Wet van 13.05.1999 (tuchtstatuut)', text: t([13, 15]) },
  { key: 'kb-2001-uitvoering-tuchtstatuut', title: 'KB van 26.11.2001 (uitvoering tuchtstatuut)', text: t([17, 19]) },
  { key: 'kb-2001-mammoet', title: 'KB van 30.03.2001 (Mammoet KB)', text: t([21, 23]) },
  { key: 'korpsrichtlijn-2015-integriteitsbeleid', title: 'Korpsrichtlijn integriteitsbeleid Politie CARMA van 24.09.2015', text: t([25, 25]) },
]);

// ---- Inleiding; "Korpsleiding PZ CARMA" (l. 43) closes the introduction page: kept as its signature
dump('introduction.json', {
  title: 'Inleiding',
  paragraphs: [t([27, 37]), t([39, 39])],
  signature: t([43, 43]),
});

// ---- Visie en doelstellingen: the voorbeeldfunctie/Integritas column (l. 44-114), the motto (l. 118-119,
// spaced-out capitals), the transversale diensten text and the intro under "Strategische doelstellingen"
dump('vision.json', {
  title: 'Visie en doelstellingen',
  motto: 'Integrity is doing the right thing when no one is watching',
  paragraphs: [
    t([44, 52]), t([54, 64]), t([66, 74]), t([76, 80]), t([82, 90]), t([92, 104]), t([106, 114]),
    t([120, 128]), t([132, 144]),
  ],
});

// ---- The 10 aandachtspunten. Hand-corrected order: on the PDF the text of themes 1, 6 and 8 precedes
// their heading, theme 9's text precedes its heading, and theme 2's lists are split over two columns.
type Theme = { number: number; title: string; text: string; action: string | null; callout?: string };
const themes: Theme[] = [
  { number: 1, title: t([366, 368]), text: t([334, 358]), action: 'geschenk' },
  {
    number: 2,
    title: after(t([372, 372]), '2. '),
    text: paras(
      t([392, 404]),
      `${t([406, 406])}\n${lst(t([408, 408]), t([410, 412]))}`,
      // the three items printed under the theme heading (l. 374-390) belong to "zoals onder meer:"
      `${t([414, 418])}\n${lst(t([374, 376]), t([378, 386]), t([388, 390]))}`,
      t([420, 436]),
      t([438, 444]),
      t([446, 468]),
    ),
    action: 'nevenactiviteit',
  },
  { number: 3, title: after(t([469, 469]), '3. '), text: paras(t([471, 483]), t([485, 493])), action: 'materiaalschade' },
  { number: 4, title: after(t([495, 495]), '4. '), text: paras(t([497, 515]), t([517, 539])), action: null },
  { number: 5, title: after(t([541, 541]), '5. '), text: paras(t([543, 549]), t([551, 565])), action: null },
  { number: 6, title: after(t([597, 597]), '6. '), text: t([571, 595]), action: null },
  {
    number: 7,
    title: after(t([599, 599]), '7. '),
    text: paras(t([601, 623]), t([625, 647]), t([649, 673])),
    action: null,
    callout: t([566, 569]), // highlighted box "Elke raadpleging van operationele databanken wordt geregistreerd"
  },
  { number: 8, title: after(t([736, 738]), '8. '), text: paras(t([674, 684]), t([686, 712]), t([714, 734])), action: null },
  { number: 9, title: after(t([818, 818]), '9. '), text: paras(t([740, 760]), t([762, 778]), t([780, 816])), action: null },
  {
    number: 10,
    title: after(t([819, 819]), '10. '),
    text: paras(t([821, 823]), t([825, 841]), t([843, 861]), t([863, 877])),
    action: null,
  },
];
dump('themes.json', themes);

// ---- Strategische doelstellingen and the OPERATIONELE DOELSTELLINGEN / ACTOR tables
type Op = { title: string; actor: string | null; label?: string };
const op = (title: string, actor: string | null, label?: string): Op => (label ? { title, actor, label } : { title, actor });
const sds: { code: string; title: string; overviewTitle: string; text: string; ops: Op[] }[] = [
  {
    code: 'SD1',
    title: t([966, 968]),
    overviewTitle: t([154, 156]),
    text: paras(t([974, 976]), t([978, 980])),
    ops: [
      op(before(t([985, 985]), ' Korpsleiding'), 'Korpsleiding'),
      op(before(t([987, 987]), ' Korpsleiding'), 'Korpsleiding'),
      op(t([989, 991]), t([992, 992])),
      op(t([994, 998]), t([1000, 1000])),
      op(t([1002, 1006]), t([1008, 1008])),
      op(t([1010, 1012]), t([1013, 1013])),
      op(t([1015, 1019]), t([1021, 1021])),
      op(t([1023, 1027]), t([1029, 1029])),
      op(t([1031, 1033]), t([1034, 1034])),
    ],
  },
  {
    code: 'SD2',
    title: t([1039, 1041]),
    overviewTitle: t([162, 164]),
    // the Q&W flow in between (l. 1053-1222) lives in bodies.json and feedback-cascade.json
    text: paras(t([1043, 1045]), t([1047, 1049]), t([1224, 1238])),
    ops: [
      op(t([1242, 1246]), t([1248, 1248])),
      op(before(t([1250, 1250]), ' Korpsleiding'), 'Korpsleiding'),
      op(t([1252, 1252]), t([1253, 1255])),
    ],
  },
  {
    code: 'SD3',
    title: t([1260, 1262]),
    overviewTitle: t([170, 172]),
    text: '',
    ops: [
      op(t([1266, 1270]), t([1272, 1274])),
      op(t([1276, 1284]), t([1286, 1288])),
      op(t([1290, 1294]), t([1296, 1298])),
      op(t([1300, 1300]), t([1301, 1303])),
      op(t([1307, 1311]), t([1313, 1315]), t([1305, 1305])),
    ],
  },
  {
    code: 'SD4',
    title: t([1320, 1322]),
    overviewTitle: t([178, 180]),
    text: '',
    ops: [
      op(t([1326, 1328]), t([1329, 1329])),
      op(t([1331, 1333]), t([1334, 1334])),
      op(t([1336, 1340]), t([1342, 1342])),
      op(t([1346, 1350]), null, t([1344, 1344])), // the source gives no actor for this row
    ],
  },
  {
    code: 'SD5',
    title: t([1355, 1359]),
    overviewTitle: t([186, 190]),
    text: '',
    ops: [
      op(before(t([1363, 1363]), ' Cel GWB'), 'Cel GWB'),
      op(before(t([1365, 1365]), ' HR & Cel GWB'), 'HR & Cel GWB'),
      op(t([1367, 1371]), t([1373, 1377])),
      op(before(t([1379, 1379]), ' Cel GWB'), 'Cel GWB'),
      op(t([1383, 1387]), t([1389, 1389]), t([1381, 1381])),
    ],
  },
  {
    code: 'SD6',
    title: t([1397, 1401]),
    overviewTitle: t([196, 200]),
    text: paras(t([1403, 1409]), t([1411, 1415]), t([1494, 1496]), t([1498, 1502])),
    ops: [
      op(t([1420, 1426]), t([1428, 1428])),
      op(t([1430, 1434]), t([1436, 1440])),
      op(t([1442, 1450]), t([1452, 1454])),
      op(t([1456, 1464]), t([1466, 1468])),
      op(t([1470, 1472]), t([1473, 1473])),
      op(t([1475, 1479]), t([1481, 1485])),
      op(t([1487, 1489]), t([1490, 1490])),
    ],
  },
  {
    code: 'SD7',
    title: t([1507, 1511]),
    overviewTitle: t([206, 210]),
    text: '',
    ops: [
      op(t([1515, 1517]), t([1519, 1521])),
      op(t([1523, 1527]), t([1529, 1529])),
      op(t([1531, 1537]), t([1539, 1539])),
    ],
  },
];
dump(
  'objectives.json',
  sds.map((sd) => ({
    code: sd.code,
    title: sd.title,
    overviewTitle: sd.overviewTitle,
    text: sd.text,
    operational: sd.ops.map((o, i) => ({
      code: `${sd.code}.${i + 1}`,
      title: o.title,
      actor: o.actor,
      horizon: null, // the source gives no horizon per objective
      ...(o.label ? { label: o.label } : {}),
    })),
  })),
);

// ---- Complementaire instrumenten (titles are the opening words of each text; · bullets dropped)
dump('instruments.json', [
  { title: 'Het uittekenen van processen', text: t([219, 235]) },
  { title: 'Het uitvoeren van capaciteitsanalyses en kerntakendebatten', text: t([237, 245]) },
  { title: 'Het ontwikkelen van operationele draaiboeken van diensten', text: t([247, 255]) },
  {
    title: 'De ontwikkeling van gemeenschappelijke delen voor planningsgesprekken, functionerings- en evaluatiegesprekken',
    text: t([257, 261]),
  },
  { title: 'Het opstellen van een actieplan Haat&Discriminatie', text: after(t([263, 265]), '·') },
  { title: 'De redactie van een actieplan Informatieveiligheid (DPO)', text: after(t([267, 269]), '·') },
  // its list ("9 beleidslijnen ... :") is policy-lines.json
  { title: 'De realisatie van het beleidsplan van politie CARMA van 2023 – 2027', text: t([273, 281]) },
]);

// ---- The 9 beleidslijnen (l. 283-309; the numbers 1.-9. are printed apart at l. 311-327)
const policyLines = [t([283, 285]), t([287, 289]), t([291, 291]), t([293, 295]), t([297, 297]), t([299, 301]), t([303, 303]), t([305, 305]), t([307, 309])];
dump('policy-lines.json', policyLines.map((title, i) => ({ number: i + 1, title, text: '' })));

// ---- Organs of the Q&W flow (SD2 diagram, l. 1053-1222, read in diagram order)
const comites: [string, string, Range][] = [
  ['preventiecomite', 'Preventiecomité', [1053, 1057]],
  ['hr-comite', 'HR-comité', [1059, 1065]],
  ['communicatiecomite', 'Communicatiecomité', [1067, 1071]],
  ['aankoopcomite', 'Aankoopcomité', [1073, 1079]],
  ['operationeel-comite', 'Operationeel Comité', [1081, 1091]],
];
const flow = t([1194, 1218]);
const cut1 = flow.indexOf(' De diensthoofden op hun beurt');
const cut2 = flow.indexOf(' Uiteraard wordt');
const cascade = [flow.slice(0, cut1), flow.slice(cut1 + 1, cut2), flow.slice(cut2 + 1), t([1220, 1222])];
const overleggroep = t([1171, 1185]);
dump('bodies.json', [
  { key: 'team-qw', name: 'Team Q&W', kind: 'team', role: t([1093, 1103]) },
  { key: 'directiecomite', name: 'Directiecomité', kind: 'directiecomite', role: `${t([1105, 1111])}\n${lst(...comites.map(([, n]) => n))}` },
  ...comites.map(([key, name, range]) => ({ key, name, kind: 'comite', role: after(t(range), `${name}: `) })),
  { key: 'werkgroep', name: 'Werkgroep', kind: 'werkgroep', role: t([1113, 1117]) },
  { key: 'werkgroep-ad-hoc', name: 'Ad hoc werkgroep', kind: 'werkgroep', role: t([1187, 1193]) },
  { key: 'q-team', name: 'Q-team', kind: 'qteam', role: paras(t([1119, 1135]), t([1137, 1151])) },
  { key: 'voertuigcomite', name: 'Voertuigcomité', kind: 'voertuigcomite', role: t([1155, 1163]) },
  { key: 'cel-gwb', name: 'Cel Geweldsbeheersing (GWB)', kind: 'celgwb', role: t([1165, 1169]) },
  ...['drugs', 'personen', 'vermogen'].map((k) => ({ key: `overleggroep-${k}`, name: `Overleggroep ${k}`, kind: 'overleggroep', role: overleggroep })),
  // quotes steps 2 and 4 of the feedback cascade
  { key: 'middenkaderoverleg', name: 'Middenkaderoverleg', kind: 'team', role: paras(cascade[1], cascade[3]) },
]);

// ---- Feedback cascade of SD2 (titles are short labels; texts verbatim)
dump('feedback-cascade.json', [
  { step: 1, title: 'Wekelijks managementoverleg', text: cascade[0] },
  { step: 2, title: 'Middenkaderoverleg per dienst, maandelijkse nieuwsbrief en/of teamoverlegmomenten', text: cascade[1] },
  { step: 3, title: 'Berichten via de sharepointpagina en verslagen', text: cascade[2] },
  { step: 4, title: 'Feedback aan de teams Q&W', text: cascade[3] },
]);

// ---- Timing / Evaluatie table at the end (l. 1543-1564); "Werkgroep integriteit" and "Operationeel comité"
// (l. 1556-1558) are read as the list after "Eindevaluatie adhv input via" (l. 1564, the last line)
const ms = (key: string, title: string, timing: string | null, text: string, phase: 'timing' | 'evaluatie') => ({ key, title, timing, phase, text });
dump('milestones.json', [
  ms('bevraging-diensthoofden', 'Bevraging diensthoofden', 'jan-feb 2023', t([1543, 1543]), 'timing'),
  ms('nulmeting-welzijnsenquete', 'Nulmeting welzijnsenquête', 'Q3 – Q4 2023', t([1545, 1545]), 'timing'),
  ms('prioritering-doelstellingen', 'Prioritering doelstellingen', 'op eerstvolgend overleg werkgroep Integriteit', t([1547, 1547]), 'timing'),
  ms('realisatie-korte-termijn', 'Realisatie korte termijn doelstellingen', '2022 – 2023', t([1549, 1549]), 'timing'),
  ms('kick-off-communicatiecampagne', 'Kick-off communicatiecampagne 10 thema’s', null, t([1551, 1551]), 'timing'),
  ms('nieuwe-bevraging-diensthoofden', 'Nieuwe bevraging diensthoofden', null, t([1560, 1560]), 'evaluatie'),
  ms('welzijnsenquete-2024', 'Navolgend Welzijnsenquête', '2024', t([1562, 1562]), 'evaluatie'),
  ms('eindevaluatie', 'Eindevaluatie', null, `${t([1564, 1564])}\n${lst(t([1556, 1556]), t([1558, 1558]))}`, 'evaluatie'),
]);

// ---- Everything else: list introductions and the "Functie opdracht ikv 'interne zaken'" diagram (l. 883-960)
const IZ = "Functie opdracht ikv 'interne zaken'";
dump('other-sections.json', [
  { key: 'complementaire-instrumenten-inleiding', title: 'Complementaire instrumenten', text: t([329, 333]) },
  { key: 'aandachtspunten-inleiding', title: 'Weerhouden aandachtspunten', text: t([362, 364]) },
  { key: 'interne-zaken-korpschef', group: IZ, title: 'De Korpschef', text: t([885, 888]) },
  { key: 'interne-zaken-korpsleiding', group: IZ, title: t([890, 890]), text: t([892, 900]) },
  { key: 'interne-zaken-juridische-dienst', group: IZ, title: t([902, 904]), text: t([906, 908]) },
  { key: 'interne-zaken-calog-medewerker', group: IZ, title: '1 calog-medewerker', text: after(t([910, 910]), '1 calog-medewerker ') },
  { key: 'interne-zaken-diensthoofd-lick-adco', group: IZ, title: '(adj.) Diensthoofd LICK AdCo', text: after(t([912, 912]), '(adj.) Diensthoofd LICK AdCo ') },
  {
    key: 'interne-zaken-diensthoofden',
    group: IZ,
    title: 'Diensthoofden van operationele diensten',
    text: paras(`${t([928, 930])}\n${lst(t([914, 916]), t([918, 918]), t([920, 920]), t([922, 922]))}`, t([932, 934])),
  },
  { key: 'interne-zaken-beleidsadviseur-spoc', group: IZ, title: t([924, 926]), text: t([936, 940]) },
  {
    key: 'interne-zaken-hoofdinspecteurs',
    group: IZ,
    title: 'Drie hoofdinspecteurs',
    // l. 942-948 (tuchtdossier not assigned to the hoofdinspecteur) is read as part of this box
    text: paras(`${t([956, 956])}\n${lst(t([950, 950]), t([952, 952]), t([954, 954]))}`, t([958, 960]), t([942, 948])),
  },
  { key: 'operationele-doelstellingen-inleiding', title: 'Instrumenten en acties', text: t([970, 972]) },
]);

console.log(`wrote ${OUT}`);
