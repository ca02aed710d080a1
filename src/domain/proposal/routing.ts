import { findKeywords } from '../text';
import { comiteName, uitvoerderName, type ComiteKey, type Uitvoerder, type UitvoerderKind } from './bodies';
import type { ProposalTopic } from './statuses';

/** The id of a routing rule of strategische doelstelling 2 ('standaard' when no rule matched). */
export type RouteRuleId =
  | 'aankoop'
  | 'q-team'
  | 'voertuig'
  | 'geweldsbeheersing'
  | 'operationeel'
  | 'drugs'
  | 'personen'
  | 'vermogen'
  | 'preventie'
  | 'hr'
  | 'communicatie'
  | 'standaard';

/** A routing rule: the topics and Dutch keywords that trigger it, and the comité and/or executor it points to. */
export interface RouteRule {
  readonly id: RouteRuleId;
  readonly topics: readonly ProposalTopic[];
  /**
   * Keywords as {@link findKeywords} reads them with `wordStarts`: each matches at the start of a word (accents and case
   * do not matter; a trailing space pins the word's end), a leading `*` lets it end a compound too (`*voertuig`).
   */
  readonly keywords: readonly string[];
  readonly comite?: ComiteKey;
  readonly uitvoerder?: Uitvoerder;
}

const PHENOMENON_COMITE: ComiteKey = 'operationeel-comite';

/**
 * Every routing rule of the policy. Comité rules: preventie, hr, communicatie, aankoop, operationeel (and the three
 * phenomena, which are operational too). Executor rules, in order of precedence: a new vehicle → Voertuigcomité;
 * weapons, training, GPI 48 → Cel GWB; material, equipment or an innovative project → Q-team; any purchase → Q-team;
 * an operational phenomenon → its overleggroep (only when the Operationeel Comité is the comité).
 */
export const ROUTE_RULES: readonly RouteRule[] = [
  {
    id: 'voertuig',
    topics: ['Voertuigen'],
    keywords: ['*voertuig', '*wagen', ' auto ', ' autos ', ' combi ', ' combis ', ' motor', 'bromfiets', 'dienstfiets', 'scooter', '*vloot'],
    uitvoerder: { kind: 'voertuigcomite' },
  },
  {
    id: 'geweldsbeheersing',
    topics: ['Bewapening en geweldsbeheersing'],
    keywords: [
      '*wapen', '*munitie', 'pepperspray', 'taser', 'handboei', 'dwangmiddel', 'geweldbeheersing', 'geweldsbeheersing',
      ' gwb ', 'gpi48', 'gpi 48', 'gpib48', 'gpib 48', ' tpi ', 'schiet', 'zelfverdediging', '*training',
    ],
    uitvoerder: { kind: 'cel-gwb' },
  },
  {
    id: 'q-team',
    topics: ['Materiaal en uitrusting', 'Innovatie'],
    keywords: [
      'innovat', 'proefproject', 'pilootproject', '*materiaal', '*materieel', '*uitrusting', '*kledij', ' uniform ', ' uniformen ', 'bodycam',
      'drone', 'smartphone', ' gsm', 'laptop', 'tablet', 'software', 'applicatie', 'apparatuur', '*toestel', 'kogelwerend',
      'zaklamp', 'portofoon', '*camera',
    ],
    uitvoerder: { kind: 'q-team' },
  },
  {
    id: 'aankoop',
    topics: ['Aankoop of investering'],
    keywords: [
      '*aankoop', 'aankopen', 'aan te kopen', ' kopen', ' koop ', 'aanschaf', 'aan te schaffen', 'bestellen', 'bestelling',
      '*investering', 'investeren', 'offerte', '*budget', 'leverancier', 'overheidsopdracht', 'financiering', 'financiele',
      'kostprijs', ' euro ',
    ],
    comite: 'aankoopcomite',
    uitvoerder: { kind: 'q-team' },
  },
  {
    id: 'operationeel',
    topics: ['Operationele werking'],
    keywords: [
      'werkafspra', 'werkproces', 'verdeelbeleid', 'operatione', 'fenome', '*crimin', 'recherche', '*patrouille',
      'interventieploeg', 'dossierverdeling', 'dossierbehandeling', 'proces verbaal', ' pv ', ' pvs ', 'briefing',
      '*handhaving', 'opsporing', '*permanentie',
    ],
    comite: 'operationeel-comite',
  },
  {
    id: 'drugs',
    topics: [],
    keywords: ['*drug', 'verdovende middel', 'cannabis', 'cocaine', 'heroine', 'plantage', 'dealer', ' xtc '],
    comite: PHENOMENON_COMITE,
    uitvoerder: { kind: 'overleggroep', overleggroep: 'drugs' },
  },
  {
    id: 'personen',
    topics: [],
    keywords: [
      'intrafamiliaal', 'partnergeweld', 'huiselijk geweld', 'seksueel geweld', 'zeden', 'vermist', 'slagen en verwondingen',
      'mensenhandel', 'stalking', 'belaging', 'moord', 'doodslag', ' personen ',
    ],
    comite: PHENOMENON_COMITE,
    uitvoerder: { kind: 'overleggroep', overleggroep: 'personen' },
  },
  {
    id: 'vermogen',
    topics: [],
    keywords: [
      '*diefstal', '*inbraak', '*inbraken', 'inbreker', '*fraude', 'oplichting', 'heling', 'vermogen', 'carjacking',
      'homejacking', 'zakkenrol', 'phishing',
    ],
    comite: PHENOMENON_COMITE,
    uitvoerder: { kind: 'overleggroep', overleggroep: 'vermogen' },
  },
  {
    id: 'preventie',
    topics: ['Veiligheid en welzijn'],
    keywords: [
      ' veiligheid', '*welzijn', 'preventieadviseur', 'preventie adviseur', 'preventieambtenaar', 'ergonom', 'arbeidsongeval',
      'brandveilig', 'brandblusser', 'ehbo', 'eerste hulp', 'psychosocia', '*stress', 'burn out', 'burnout', 'bureaustoel',
      'verlichting', 'lawaai', 'gehoorbescherming', 'risicoanalyse', 'gezondheid', 'hygiene', 'verluchting', 'evacuatie',
    ],
    comite: 'preventiecomite',
  },
  {
    id: 'hr',
    topics: ['Personeel', 'Opleiding'],
    keywords: [
      '*personeel', 'aanwerving', 'werving', 'selectie', '*opleiding', ' vorming', '*training', 'loopbaan', 'onthaal', 'mentor',
      '*verlof', 'uurrooster', 'dienstrooster', 'telewerk', 'functiebeschrijving', 'functieprofiel', 'coaching', 'vacature',
      'bevordering',
    ],
    comite: 'hr-comite',
  },
  {
    id: 'communicatie',
    topics: ['Communicatie'],
    keywords: [
      'communicatie', 'nieuwsbrief', 'website', 'sociale media', 'facebook', 'instagram', ' pers ', 'persbericht', 'intranet',
      'sharepoint', '*campagne', 'affiche', 'folder', 'huisstijl', ' logo ',
    ],
    comite: 'communicatiecomite',
  },
];

/** On a tie between comités, the first in this list wins: a purchase must start the purchasing process. */
export const COMITE_TIE_ORDER: readonly ComiteKey[] = [
  'aankoopcomite',
  'operationeel-comite',
  'preventiecomite',
  'hr-comite',
  'communicatiecomite',
];

/** Where an executor's proposal goes when no comité rule matched (the Q-team and Voertuigcomité serve purchases). */
export const UITVOERDER_HOME_COMITE: Readonly<Partial<Record<UitvoerderKind, ComiteKey>>> = {
  'q-team': 'aankoopcomite',
  voertuigcomite: 'aankoopcomite',
  'cel-gwb': 'operationeel-comite',
};

/** The comité used when nothing matched at all; the directiecomité decides anyway. */
export const DEFAULT_COMITE: ComiteKey = 'operationeel-comite';

/** A chosen topic weighs more than one keyword in the text; a cost estimate counts as one purchase keyword. */
const TOPIC_WEIGHT = 2;

/** What the routing suggestion reads of a proposal. */
export interface RouteInput {
  topic: ProposalTopic;
  title: string;
  description: string;
  problem?: string;
  improvement?: string;
  costEstimate?: number | null;
}

/** One reason behind a suggestion: the rule, what matched (topic, keywords, `kostenraming`), and where it points. */
export interface RouteExplanation {
  rule: RouteRuleId;
  matched: string[];
  comite?: ComiteKey;
  uitvoerder?: Uitvoerder;
}

/** The suggested route of a proposal, its explanation, and the other comités that matched (best first). */
export interface RouteSuggestion {
  comite: ComiteKey;
  uitvoerder?: Uitvoerder;
  explanation: RouteExplanation[];
  alternatives: ComiteKey[];
}

interface Match {
  rule: RouteRule;
  matched: string[];
  score: number;
}

function matchRules(input: RouteInput): Match[] {
  const text = [input.title, input.description, input.problem || '', input.improvement || ''].join(' ');
  const costly = typeof input.costEstimate === 'number' && input.costEstimate > 0;
  return ROUTE_RULES.map((rule) => {
    const topic = rule.topics.indexOf(input.topic) >= 0;
    const keywords = findKeywords(text, rule.keywords, { wordStarts: true });
    const cost = costly && rule.id === 'aankoop';
    const matched = (topic ? [input.topic as string] : []).concat(keywords, cost ? ['kostenraming'] : []);
    return { rule, matched, score: (topic ? TOPIC_WEIGHT : 0) + keywords.length + (cost ? 1 : 0) };
  }).filter((m) => m.score > 0);
}

function comiteScores(matches: Match[]): { comite: ComiteKey; score: number }[] {
  return COMITE_TIE_ORDER.map((comite) => ({
    comite,
    score: matches.filter((m) => m.rule.comite === comite).reduce((sum, m) => sum + m.score, 0),
  }))
    .filter((c) => c.score > 0)
    .sort((a, b) => b.score - a.score || COMITE_TIE_ORDER.indexOf(a.comite) - COMITE_TIE_ORDER.indexOf(b.comite));
}

function executorMatch(matches: Match[], comite: ComiteKey | null): Match | null {
  const candidates = matches.filter(
    (m) => m.rule.uitvoerder && (m.rule.uitvoerder.kind !== 'overleggroep' || comite === m.rule.comite),
  );
  // the standing bodies take precedence; the one the proposal speaks of most wins (topic and words), ROUTE_RULES order
  // (Voertuigcomité, Cel GWB, Q-team) breaks a tie: torches "in the combi" are material, not a vehicle
  const standing = candidates.filter((m) => m.rule.uitvoerder && m.rule.uitvoerder.kind !== 'overleggroep');
  // (a purchase's default executor, the Q-team of the aankoop rule, only when no executor rule of its own matched)
  const own = standing.filter((m) => !m.rule.comite);
  if (own.length > 0) return own.reduce((best, m) => (m.score > best.score ? m : best));
  if (standing.length > 0) return standing[0];
  // the phenomenon with the most matches wins; ROUTE_RULES order (drugs, personen, vermogen) breaks a tie
  return candidates.reduce<Match | null>((best, m) => (best && best.score >= m.score ? best : m), null);
}

/**
 * Suggests the comité and executor for a proposal from its topic, texts and cost, following every routing rule of
 * strategische doelstelling 2, with the rules that led there. People decide: `route` accepts any comité.
 */
export function suggestRoute(input: RouteInput): RouteSuggestion {
  const matches = matchRules(input);
  const scores = comiteScores(matches);
  const ruled = scores.length > 0 ? scores[0].comite : null;
  const executor = executorMatch(matches, ruled);
  const home = executor && executor.rule.uitvoerder ? UITVOERDER_HOME_COMITE[executor.rule.uitvoerder.kind] : undefined;
  const comite = ruled || home || DEFAULT_COMITE;
  // the comité's rules first, then the executor's
  const forComite = matches.filter((m) => ruled !== null && m.rule.comite === ruled);
  const explained = executor && forComite.indexOf(executor) < 0 ? forComite.concat([executor]) : forComite;
  const explanation: RouteExplanation[] = explained.map((m) => ({
    rule: m.rule.id,
    matched: m.matched,
    ...(m.rule.comite === comite || (ruled === null && m === executor) ? { comite } : {}),
    ...(m === executor ? { uitvoerder: m.rule.uitvoerder } : {}),
  }));
  if (explanation.length === 0) explanation.push({ rule: 'standaard', matched: [], comite });
  return {
    comite,
    ...(executor && executor.rule.uitvoerder ? { uitvoerder: executor.rule.uitvoerder } : {}),
    explanation,
    alternatives: scores.map((s) => s.comite).filter((c) => c !== comite),
  };
}

/** A suggestion's explanation in one line, e.g. `aankoop → Aankoopcomité; materiaal → Q-team`. */
export function describeRoute(suggestion: RouteSuggestion): string {
  return suggestion.explanation
    .map((e) => {
      const targets = (e.comite ? [comiteName(e.comite)] : []).concat(e.uitvoerder ? [uitvoerderName(e.uitvoerder)] : []);
      return `${e.matched.length > 0 ? e.matched.join(', ') : e.rule} → ${targets.join(' + ')}`;
    })
    .join('; ');
}
