import { findKeywords } from '../text';

/** The staff framework: operational (Ops) or administrative and logistic (CaLog). */
export type Kader = 'Ops' | 'CaLog';

/** The key of an activity that is absolutely incompatible with the Ops-kader. */
export type IncompatibilityKey = 'security' | 'kansspelinrichting' | 'hulpdienst' | 'rijschool' | 'bijzonder-veldwachter';

/** The kind of activity the member declares: one of the absolutely incompatible kinds, or another activity. */
export type SideActivityKind = IncompatibilityKey | 'andere';

/** An absolute incompatibility: its key, the Dutch wording of the policy, and the keywords that reveal it in a description. */
export interface Incompatibility {
  readonly key: IncompatibilityKey;
  readonly name: string;
  readonly keywords: readonly string[];
}

/** The activities absolutely incompatible with the Ops-kader (source: aandachtspunt 2, onverenigbare functies). */
export const ABSOLUTE_INCOMPATIBILITIES_OPS: readonly Incompatibility[] = [
  {
    key: 'security',
    name: 'Portier en andere security-opdrachten',
    keywords: ['portier', ' security', 'bewaking', 'beveiliging', 'bodyguard', 'lijfwacht', 'buitenwipper', 'steward', 'doorman'],
  },
  {
    key: 'kansspelinrichting',
    name: 'Een beroepsactiviteit in kansspelinrichtingen klasse I en II',
    keywords: ['casino', 'kansspel', 'speelhal', 'speelautomatenhal', 'speelzaal', 'gokhal', 'goklokaal'],
  },
  {
    key: 'hulpdienst',
    name: 'Operationeel lid zijn van een hulpdienst of ambulancier zijn',
    keywords: ['brandweer', 'ambulanc', 'hulpdienst', 'civiele bescherming', 'dringende geneeskundige hulp', ' mug ', 'hulpverleningszone'],
  },
  {
    key: 'rijschool',
    name: 'Praktisch rijonderricht op de openbare weg als lid van een erkende rijschool',
    keywords: ['rijschool', 'rijinstruct', 'rijles', 'rijonderricht', 'rijleraar'],
  },
  {
    key: 'bijzonder-veldwachter',
    name: 'Het ambt van bijzonder veldwachter',
    keywords: ['veldwachter'],
  },
];

/** The outcome of a check: definite when the activity's kind is an absolute incompatibility, suspected from its words. */
export interface IncompatibilityCheck {
  /** The absolute incompatibility of the Ops-kader that the activity's kind is (it cannot be allowed), or null. */
  incompatible: IncompatibilityKey | null;
  /** Incompatibilities the description suggests, with the words that did, for the reviewer to confirm by setting the kind. */
  suspected: { key: IncompatibilityKey; matched: string[] }[];
}

/**
 * Checks a declared side activity against the absolute incompatibilities of the Ops-kader: by the kind picked for it
 * (definite) and by the words of its description (a suspicion). CaLog members have no absolute list and are never flagged.
 */
export function checkIncompatibility(
  kader: Kader,
  activity: { kind?: SideActivityKind | null; description: string },
): IncompatibilityCheck {
  if (kader !== 'Ops') return { incompatible: null, suspected: [] };
  const hit = ABSOLUTE_INCOMPATIBILITIES_OPS.filter((inc) => inc.key === activity.kind)[0];
  const incompatible = hit ? hit.key : null;
  const suspected = ABSOLUTE_INCOMPATIBILITIES_OPS.map((inc) => ({
    key: inc.key,
    matched: findKeywords(activity.description, inc.keywords),
  })).filter((m) => m.matched.length > 0);
  return { incompatible, suspected };
}
