/**
 * Checks the extracted policy content (seed/content/*.json via seed/content.ts) against the source document:
 * counts, actors, spot texts, fidelity (every content text is verbatim in the source), completeness (every
 * source line is in the content; word 8-gram coverage) and absence of PDF artefacts.
 */
import * as fs from 'fs';
import * as path from 'path';
import { sourceContent as policyContent } from '../../seed/content';

/** The fidelity checks run on the text as extracted; the app's corrections are checked in corrections.test.ts. */
const allOperationalObjectives = policyContent.objectives.flatMap((sd) => sd.operational);

const SOURCE_PATH = path.resolve(__dirname, '../../seed/source/integriteitsbeleid-pz-carma.txt');
const SOURCE = fs.readFileSync(SOURCE_PATH, 'utf8');

/** Source lines that are headings, table headers or diagram labels only (no policy sentence). */
const HEADINGS = new Set([
  'wettelijk kader',
  'strategische doelstellingen',
  '7 strategische doelstellingen:',
  'complementaire',
  'instrumenten die',
  'effect uitoefenen',
  'op integritreit',
  'strategische',
  'operationele doelstellingen actor',
  'op operationeel vlak',
  'timing',
  'evaluatie',
]);

/** "I N T E G R I T Y  I S" -> "INTEGRITY IS"; other lines unchanged. */
function despace(line: string): string {
  const parts = line.trim().split(/\s{2,}/);
  return parts.every((p) => /^(\S )+\S$/.test(p)) ? parts.map((p) => p.replace(/ /g, '')).join(' ') : line;
}

/** Appends a line to text, undoing a hyphen at the line end (kept when not preceded by a letter: "/-", "365-"). */
function appendLine(text: string, line: string): string {
  if (!text) return line;
  if (/-$/.test(text) && /^\p{Ll}/u.test(line)) {
    return /\p{L}-$/u.test(text) ? text.slice(0, -1) + line : text + line;
  }
  return `${text} ${line}`;
}

/** Same whitespace/punctuation normalisation for source and content. */
function norm(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .replace(/\(\s+/g, '(')
    .replace(/\s+([.,;:)])/g, '$1')
    .trim();
}

/** Non-empty source lines, cleaned of page numbers and spaced-out letters; `null` marks a dropped heading. */
function sourceBodyLines(): (string | null)[] {
  const out: (string | null)[] = [];
  for (const rawLine of SOURCE.split('\n')) {
    const trimmed = rawLine.trim();
    if (!trimmed) continue;
    const line = despace(trimmed);
    if (/^\d+\.?$/.test(line) || HEADINGS.has(line.toLowerCase()) || /^doelstelling \d$/.test(line)) {
      out.push(null);
      continue;
    }
    const unnumbered = line.replace(/^\d+\.\s+/, '');
    const prev = out[out.length - 1];
    if (prev && /\p{L}-$/u.test(prev) && /^\p{Ll}/u.test(unnumbered)) out[out.length - 1] = appendLine(prev, unnumbered);
    else out.push(unnumbered);
  }
  return out;
}

/** The whole source as one normalised string (for "is this text verbatim in the source"). */
const SOURCE_NORM = norm(
  SOURCE.split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !/^\d+$/.test(l))
    .map(despace)
    .reduce(appendLine, ''),
);

function words(s: string): string[] {
  return s.toLowerCase().match(/[\p{L}\p{N}’'&]+/gu) ?? [];
}

function countOccurrences(haystack: string, needle: string): number {
  let n = 0;
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) n++;
  return n;
}

function sentences(s: string): string[] {
  return s.split(/(?<=[.;:!?…])\s+|\n+/).map((x) => x.replace(/^- /, '').trim()).filter(Boolean);
}

const c = policyContent;

/** Every field whose value is verbatim source text, with where it comes from. */
function verbatimTexts(): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  const add = (where: string, text: string | null | undefined) => {
    if (text) out.push({ where, text });
  };
  c.legalFramework.forEach((x) => add(`legal-framework ${x.key}`, x.text));
  c.introduction.paragraphs.forEach((p, i) => add(`introduction ${i}`, p));
  add('introduction signature', c.introduction.signature);
  add('vision title', c.vision.title);
  c.vision.paragraphs.forEach((p, i) => add(`vision ${i}`, p));
  c.themes.forEach((t) => {
    add(`theme ${t.number} title`, t.title);
    add(`theme ${t.number} text`, t.text);
    add(`theme ${t.number} callout`, t.callout);
  });
  c.objectives.forEach((sd) => {
    add(`${sd.code} title`, sd.title);
    add(`${sd.code} overviewTitle`, sd.overviewTitle);
    add(`${sd.code} text`, sd.text);
    sd.operational.forEach((o) => {
      add(`${o.code} title`, o.title);
      add(`${o.code} actor`, o.actor);
      add(`${o.code} label`, o.label);
    });
  });
  c.instruments.forEach((x, i) => add(`instrument ${i + 1}`, x.text));
  c.policyLines.forEach((x) => add(`policy line ${x.number}`, x.title));
  c.bodies.forEach((x) => add(`body ${x.key}`, x.role));
  c.milestones.forEach((x) => add(`milestone ${x.key}`, x.text));
  c.feedbackCascade.forEach((x) => add(`feedback step ${x.step}`, x.text));
  c.otherSections.forEach((x) => add(`other ${x.key}`, x.text));
  return out;
}

/** Every string of the content (verbatim texts plus titles, names, labels) for the coverage checks. */
function allContentStrings(): string[] {
  const out: string[] = [];
  const walk = (v: unknown, key = ''): void => {
    if (typeof v === 'string') {
      if (!['key', 'kind', 'action', 'code', 'horizon', 'phase'].includes(key)) out.push(v);
    } else if (Array.isArray(v)) v.forEach((x) => walk(x, key));
    else if (v && typeof v === 'object') Object.entries(v).forEach(([k, x]) => walk(x, k));
  };
  walk(c);
  return out;
}

describe('policy content: counts and structure', () => {
  it('has the 7 legal texts of the introduction, in order', () => {
    expect(c.legalFramework.map((x) => x.key)).toEqual([
      'kb-2006-deontologische-code',
      'wet-1998-geintegreerde-politie',
      'wet-1992-politieambt',
      'wet-1999-tuchtstatuut',
      'kb-2001-uitvoering-tuchtstatuut',
      'kb-2001-mammoet',
      'korpsrichtlijn-2015-integriteitsbeleid',
    ]);
  });

  it('has the introduction and the vision with its motto', () => {
    expect(c.introduction.title).toBe('Inleiding');
    expect(c.introduction.paragraphs).toHaveLength(2);
    expect(c.vision.motto).toBe('Integrity is doing the right thing when no one is watching');
    expect(c.vision.paragraphs).toHaveLength(9);
    expect(c.vision.paragraphs.join(' ')).toContain('voorbeeldfunctie');
    expect(c.vision.paragraphs.join(' ')).toContain("'Integritas'");
  });

  it('has the 10 themes numbered 1-10 with the actions on 1-3', () => {
    expect(c.themes.map((t) => t.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(c.themes.map((t) => t.action)).toEqual([
      'geschenk', 'nevenactiviteit', 'materiaalschade', null, null, null, null, null, null, null,
    ]);
    for (const t of c.themes) {
      expect(t.title.length).toBeGreaterThan(5);
      expect(t.text.length).toBeGreaterThan(200);
    }
    expect(c.themes[9].title).toBe('Rechtmatig gebruik van geweld');
  });

  it('has the 7 strategic objectives SD1-SD7 with 9/3/5/4/5/7/3 operational objectives', () => {
    expect(c.objectives.map((sd) => sd.code)).toEqual(['SD1', 'SD2', 'SD3', 'SD4', 'SD5', 'SD6', 'SD7']);
    expect(c.objectives.map((sd) => sd.operational.length)).toEqual([9, 3, 5, 4, 5, 7, 3]);
    expect(allOperationalObjectives).toHaveLength(36);
    for (const sd of c.objectives) {
      expect(sd.title).not.toBe('');
      expect(sd.overviewTitle).not.toBe('');
      sd.operational.forEach((o, i) => {
        expect(o.code).toBe(`${sd.code}.${i + 1}`);
        expect(o.title.length).toBeGreaterThan(10);
        expect(o.horizon).toBeNull(); // the source gives no horizon per objective
      });
    }
  });

  it('has an actor on every operational objective except SD4.4, whose actor cell is empty in the source', () => {
    const withoutActor = allOperationalObjectives.filter((o) => !o.actor).map((o) => o.code);
    expect(withoutActor).toEqual(['SD4.4']);
    expect(allOperationalObjectives.find((o) => o.code === 'SD5.5')?.actor).toBe('HR'); // same row in SD5 has one
    const actors = new Set(allOperationalObjectives.map((o) => o.actor).filter(Boolean));
    expect([...actors].sort()).toEqual(
      [
        'Adjunct KC',
        'Cel GWB',
        'Cel GWB & HR',
        'Cel GWB, HR, Preventieadviseur',
        'Communicatiecomité',
        'Diensthoofd Wijk & HR & DPO',
        'HR',
        'HR & Cel GWB',
        'HR-comité',
        'INNO',
        'Information Officer (spittercoördinator)',
        'Juridische dienst beleid',
        'Korpsleiding',
        'Korpsleiding & Communicatie',
        "Korpsleiding + OBP's",
        'Operationeel Comité',
        'TIWK i.s.m. Cel GWB',
        'Verantwoordelijke TIWK',
      ].sort(),
    );
    const joined = [...actors].join(' | ');
    for (const name of [
      'Korpsleiding', 'HR', 'HR-comité', 'Cel GWB', 'Communicatiecomité', 'Juridische dienst', 'TIWK',
      'Operationeel Comité', 'INNO', 'Adjunct KC', 'Information Officer', 'DPO',
    ]) {
      expect(joined).toContain(name);
    }
  });

  it('has the 9 beleidslijnen numbered 1-9 and the 7 complementary instruments', () => {
    expect(c.policyLines.map((x) => x.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(c.policyLines[0].title).toBe('Hanteren van een transparant en efficiënt communicatiebeleid');
    expect(c.policyLines[3].title).toBe('Principes van risicobeheersing transversaal verankeren');
    expect(c.instruments).toHaveLength(7);
    for (const x of c.instruments) expect(x.text.startsWith(x.title)).toBe(true);
  });

  it('has the organs of the Q&W flow', () => {
    expect(c.bodies.map((b) => `${b.key}:${b.kind}`)).toEqual([
      'team-qw:team',
      'directiecomite:directiecomite',
      'preventiecomite:comite',
      'hr-comite:comite',
      'communicatiecomite:comite',
      'aankoopcomite:comite',
      'operationeel-comite:comite',
      'werkgroep:werkgroep',
      'werkgroep-ad-hoc:werkgroep',
      'q-team:qteam',
      'voertuigcomite:voertuigcomite',
      'cel-gwb:celgwb',
      'overleggroep-drugs:overleggroep',
      'overleggroep-personen:overleggroep',
      'overleggroep-vermogen:overleggroep',
      'middenkaderoverleg:team',
    ]);
    for (const b of c.bodies) expect(b.role.length).toBeGreaterThan(40);
    expect(c.bodies.find((b) => b.key === 'q-team')?.role).toContain('Het Q-team komt maandelijks samen');
  });

  it('has the feedback cascade and the milestones', () => {
    expect(c.feedbackCascade.map((s) => s.step)).toEqual([1, 2, 3, 4]);
    expect(c.milestones.map((m) => m.key)).toEqual([
      'bevraging-diensthoofden',
      'nulmeting-welzijnsenquete',
      'prioritering-doelstellingen',
      'realisatie-korte-termijn',
      'kick-off-communicatiecampagne',
      'nieuwe-bevraging-diensthoofden',
      'welzijnsenquete-2024',
      'eindevaluatie',
    ]);
    for (const m of c.milestones) {
      expect(m.text.startsWith(m.title)).toBe(true);
      if (m.timing !== null) expect(m.text).toContain(m.timing);
    }
    expect(c.otherSections.map((s) => s.key)).toContain('interne-zaken-hoofdinspecteurs');
  });
});

describe('policy content: fidelity to the source', () => {
  const contentNorm = norm(allContentStrings().join(' ¶ '));

  it.each([
    'De politiemedewerkers hebben een voorbeeldfunctie.',
    "Het woord integriteit is afgeleid van het Latijnse 'Integritas' dat heelheid, intact zijn, eerlijkheid, maar ook fatsoen betekent.",
    'Hiermee onderschrijft het integriteitsbeleid het beleidsplan 2023-2027 van politie CARMA.',
    'Het KB van 30.03.2001 tot regeling van de rechtspositie van het personeel van de politiediensten (hierna verder Mammoet KB genoemd);',
    'De traditionele nieuwjaarsgeschenken kunnen persoonlijk dan ook niet aanvaard worden.',
    'Als Ops-kader is het absolute onverenigbaar:',
    'Het politiecollege geeft binnen de 45 kalenderdagen na de ontvangst van de melding een advies.',
    'Elke cumul wordt ambtshalve opgeschort wanneer het personeelslid afwezig is wegens ziekte, wegens een arbeidsongeval,',
    'Eventuele beschadigingen dienen gemeld zo snel mogelijk aan de dienst logistiek gemeld te worden.',
    'Communicatie naar diverse media gebeurt altijd door de dienst communicatie.',
    'Deze gegevens worden 5 jaar bewaard en laten toe vast te stellen wie welke informatie geraadpleegd heeft en welke informatie door wie werd gevisualiseerd.',
    'Punt 26 van de deontologische code beklemtoont dat personeelsleden van de politie geen misbruik mogen maken van hun hoedanigheid om bij een inbreuk aan hun verantwoordelijkheid te ontsnappen.',
    'Elk gebruik van geweld moet rechtvaardig zijn en in verhouding tot het nagestreefde doel.',
    'De korpsleiding coördineert de dossiers. Dit betreft vertrouwelijke informatie.',
    'De HINP’s worden gevraagd om na het intern onderzoek de persoonlijke en schriftelijke terugkoppeling te doen naar de klager.',
    'Een maandelijkse listing met activiteiten wordt door de dienst intern toezicht overgemaakt aan de diensthoofden, aan het directiecomité en aan het politiecollege.',
    'Jaarlijks worden de cijfers van het klachtenmanagement anoniem gepubliceerd in het jaarverslag van PZ CARMA.',
    'Het Q-team komt maandelijks samen, wordt gecoördineerd door de verantwoordelijke van het innovatieteam en omvat deelnemers vanuit noodhulp, verkeer, recherche, wijk & Fenomeenwerking, preventieadviseur en logistiek.',
    'Indien de aankoop een nieuw voertuig betreft bestaat hiervoor een apart Voertuigcomité',
    'De middenkaders bezorgen vervolgens gelijklopend de feedback aan de teams Q&W.',
    'Uitbouw cel beeldverwerking binnen grotere LICK-structuur moo stimuleren van gebruik van beelden ter staving van klachtenbeheer',
  ])('spot text is in the content and in the source: %s', (spot) => {
    expect(contentNorm).toContain(norm(spot));
    expect(SOURCE_NORM).toContain(norm(spot));
  });

  it('puts the spot texts in the right place', () => {
    const theme = (n: number) => c.themes[n - 1].text;
    expect(theme(1)).toContain('nieuwjaarsgeschenken');
    expect(theme(2)).toContain('45 kalenderdagen');
    expect(theme(3)).toContain('dienst logistiek');
    expect(theme(7)).toContain('(de logging)');
    expect(theme(8)).toContain('arrestanten');
    expect(theme(9)).toContain('sociale media');
    expect(theme(10)).toContain('TPI-oefeningen');
  });

  it('contains only text that is verbatim in the source (after PDF clean-up)', () => {
    const missing: string[] = [];
    for (const { where, text } of verbatimTexts()) {
      for (const line of text.split('\n')) {
        const piece = norm(line.replace(/^- /, ''));
        if (piece && !SOURCE_NORM.includes(piece)) missing.push(`${where}: ${piece}`);
      }
    }
    expect(SOURCE_NORM.toLowerCase()).toContain(c.vision.motto.toLowerCase());
    expect(missing).toEqual([]);
  });

  it('holds every source sentence at most as often as the source does (no duplicates across files)', () => {
    // Derived views: the three overleggroepen share one role text, and the middenkaderoverleg role quotes
    // steps 2 and 4 of the feedback cascade; count those once.
    const cascade = c.feedbackCascade.map((s) => s.text);
    const middenkader = c.bodies.find((b) => b.key === 'middenkaderoverleg')!;
    expect(middenkader.role.split('\n\n')).toEqual([cascade[1], cascade[3]]);
    const seen = new Set<string>();
    const texts = verbatimTexts()
      .filter(({ where }) => where !== 'body middenkaderoverleg')
      .filter(({ where, text }) => {
        if (!where.startsWith('body ')) return true;
        if (seen.has(text)) return false;
        seen.add(text);
        return true;
      })
      .flatMap(({ text }) => text.split('\n').map((line) => norm(line.replace(/^- /, ''))))
      .filter(Boolean);
    const joined = texts.join(' ¶ ');
    const over: string[] = [];
    for (const s of new Set(texts.flatMap(sentences))) {
      if (words(s).length < 6) continue;
      const inContent = countOccurrences(joined, s);
      const inSource = countOccurrences(SOURCE_NORM, s);
      if (inContent > inSource) over.push(`${inContent}x in content, ${inSource}x in source: ${s}`);
    }
    expect(over).toEqual([]);
  });
});

describe('policy content: completeness', () => {
  const contentWords = allContentStrings().map((s) => ` ${words(s).join(' ')} `);
  const inContent = (tokens: string[]) =>
    tokens.length === 0 || contentWords.some((cw) => cw.includes(` ${tokens.join(' ')} `));

  it('contains every line of the source body (a line may be split over two content fields)', () => {
    const uncovered: string[] = [];
    for (const line of sourceBodyLines()) {
      if (!line) continue;
      const w = words(line);
      // e.g. "Training geweldbeheersing: optimalisatie en evaluatie Cel GWB" = objective title + actor
      const ok = w.some((_, k) => inContent(w.slice(0, k)) && inContent(w.slice(k))) || inContent(w);
      if (!ok) uncovered.push(line);
    }
    expect(uncovered).toEqual([]);
  });

  it('covers >= 97% of the word 8-grams of the source body', () => {
    // Runs: split at dropped headings and at line breaks that end a table cell or label (no punctuation at the
    // end, capital at the start of the next line), then into sentences.
    const runs: string[][] = [[]];
    for (const line of sourceBodyLines()) {
      const run = runs[runs.length - 1];
      if (line === null) {
        runs.push([]);
        continue;
      }
      if (run.length && !/[.;:!?…,]$/.test(run[run.length - 1]) && /^[\p{Lu}\p{N}(‘“'·]/u.test(line)) {
        runs.push([line]);
      } else run.push(line);
    }
    const grams = new Set<string>();
    for (const cw of contentWords) {
      const w = cw.trim().split(' ');
      for (let i = 0; i + 8 <= w.length; i++) grams.add(w.slice(i, i + 8).join(' '));
    }
    let total = 0;
    const missing: string[] = [];
    for (const run of runs) {
      for (const s of run.join(' ').split(/(?<=[.;:!?…])\s+/)) {
        const w = words(s);
        for (let i = 0; i + 8 <= w.length; i++) {
          total++;
          const g = w.slice(i, i + 8).join(' ');
          if (!grams.has(g)) missing.push(g);
        }
      }
    }
    const coverage = 1 - missing.length / total;
    console.info(
      `8-gram coverage of the source body: ${(coverage * 100).toFixed(2)}% (${total - missing.length}/${total}); ` +
        `not found (label and text on one PDF line):\n  ${missing.join('\n  ')}`,
    );
    expect(total).toBeGreaterThan(2000);
    expect(coverage).toBeGreaterThanOrEqual(0.97);
  });
});

describe('policy content: no PDF artefacts', () => {
  const strings = allContentStrings();

  it.each([
    ['double spaces', / {2}/],
    ['hyphens at a line end', /-\n/],
    ['lone page numbers', /^\d+\n|\n\d+(\n|$)/],
    ['spaced-out letters', /(?:^|\s)(?:\p{L} ){3,}\p{L}(?:\s|$)/u],
    ['words split at a hyphen ("Communicatie- comité")', /\p{Ll}- (?!en\b|of\b)\p{Ll}/u],
    ['soft hyphens or form feeds', /[\u00ad\f\r\t]/],
    ['leading or trailing whitespace on a line', /(^|\n)[ ]|[ ](\n|$)/],
    ['more than one blank line', /\n{3,}/],
    ['blank lines inside a list or spaces before punctuation', /\n\n- | [.,;:)]|\( /],
  ])('has no %s', (_name, pattern) => {
    expect(strings.filter((s) => pattern.test(s))).toEqual([]);
  });
});
