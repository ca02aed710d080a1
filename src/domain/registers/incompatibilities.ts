import { findKeywords } from '../text';

/** The staff framework: operational (Ops) or administrative and logistic (CaLog). */
export type Kader = 'Ops' | 'CaLog';

/**
 * The two categories of incompatibility of the Ops-kader (aandachtspunt 2): absolutely incompatible, and incompatible
 * because special legislation says so ("bijzondere wetgeving zoals onder meer": the list below is not exhaustive).
 */
export type IncompatibilityCategory = 'absoluut' | 'bijzondereWetgeving';

/** The key of an activity that is incompatible with the Ops-kader. */
export type IncompatibilityKey = 'security' | 'kansspelinrichting' | 'hulpdienst' | 'rijschool' | 'bijzonder-veldwachter';

/** The kind of activity the member declares: one of the incompatible kinds, or another activity. */
export type SideActivityKind = IncompatibilityKey | 'andere';

/** An incompatibility: its key, its category, the Dutch wording of the policy, and the keywords that reveal it in a description. */
export interface Incompatibility {
  readonly key: IncompatibilityKey;
  readonly category: IncompatibilityCategory;
  readonly name: string;
  readonly keywords: readonly string[];
}

/**
 * The activities incompatible with the Ops-kader (source: aandachtspunt 2, onverenigbare functies): two absolutely
 * incompatible ones, then those of special legislation "onder meer" (among others). The names are stored as choices.
 */
export const OPS_INCOMPATIBILITIES: readonly Incompatibility[] = [
  {
    key: 'security',
    category: 'absoluut',
    name: 'Portier en andere security-opdrachten',
    keywords: ['portier', ' security', 'bewaking', 'beveiliging', 'bodyguard', 'lijfwacht', 'buitenwipper', 'steward', 'doorman'],
  },
  {
    key: 'kansspelinrichting',
    category: 'absoluut',
    name: 'Een beroepsactiviteit in kansspelinrichtingen klasse I en II',
    keywords: ['casino', 'kansspel', 'speelhal', 'speelautomatenhal', 'speelzaal', 'gokhal', 'goklokaal'],
  },
  {
    key: 'hulpdienst',
    category: 'bijzondereWetgeving',
    name: 'Operationeel lid zijn van een hulpdienst of ambulancier zijn',
    keywords: ['brandweer', 'ambulanc', 'hulpdienst', 'civiele bescherming', 'dringende geneeskundige hulp', ' mug ', 'hulpverleningszone'],
  },
  {
    key: 'rijschool',
    category: 'bijzondereWetgeving',
    name: 'Praktisch rijonderricht op de openbare weg als lid van een erkende rijschool',
    keywords: ['rijschool', 'rijinstruct', 'rijles', 'rijonderricht', 'rijleraar'],
  },
  {
    key: 'bijzonder-veldwachter',
    category: 'bijzondereWetgeving',
    name: 'Het ambt van bijzonder veldwachter',
    keywords: ['veldwachter'],
  },
];

/** The category of an incompatibility of the Ops-kader. */
export function categoryOf(key: IncompatibilityKey): IncompatibilityCategory {
  return OPS_INCOMPATIBILITIES.filter((inc) => inc.key === key)[0].category;
}

/** The outcome of a check: definite when the activity's kind is an incompatibility, suspected from its words. */
export interface IncompatibilityCheck {
  /** The incompatibility of the Ops-kader that the activity's kind is (it cannot be allowed), or null. */
  incompatible: IncompatibilityKey | null;
  /** Incompatibilities the description suggests, with the words that did, for the reviewer to confirm by setting the kind. */
  suspected: { key: IncompatibilityKey; matched: string[] }[];
}

/**
 * Checks a declared side activity against the incompatibilities of the Ops-kader: by the kind picked for it (definite)
 * and by the words of its description (a suspicion). The source lists them for the Ops-kader only: CaLog is never flagged.
 */
export function checkIncompatibility(
  kader: Kader,
  activity: { kind?: SideActivityKind | null; description: string },
): IncompatibilityCheck {
  if (kader !== 'Ops') return { incompatible: null, suspected: [] };
  const hit = OPS_INCOMPATIBILITIES.filter((inc) => inc.key === activity.kind)[0];
  const incompatible = hit ? hit.key : null;
  const suspected = OPS_INCOMPATIBILITIES.map((inc) => ({
    key: inc.key,
    matched: findKeywords(activity.description, inc.keywords),
  })).filter((m) => m.matched.length > 0);
  return { incompatible, suspected };
}
