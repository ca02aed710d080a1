/**
 * Typed loader for the policy content of PZ CARMA (integriteitsbeleid), extracted verbatim from
 * `seed/source/integriteitsbeleid-pz-carma.txt` (the source document, kept in the repository) into the reviewable JSON
 * files in `./content/`.
 *
 * The JSON files are the source of truth: edit them (not this file) when the policy text changes.
 * Texts are Dutch, exactly as in the source document; only PDF line breaks, hyphenation at line ends,
 * page numbers and spaced-out letters were cleaned. Obvious typos of the source are corrected when the content is
 * loaded, from one reviewable list (`./content/corrections.json`): {@link sourceContent} is the text as extracted,
 * {@link policyContent} what the app shows. In `text` fields paragraphs are separated by a blank
 * line (`\n\n`) and list items are lines starting with `- `.
 *
 * The JSON is loaded with `require` so this module compiles under every tsconfig of the repo (not all of
 * them enable `resolveJsonModule`); the shapes are asserted by `tests/content/content.test.ts`.
 */

/** Action a theme links to: declare a gift, declare a side activity, or report material damage. */
export type ThemeAction = 'geschenk' | 'nevenactiviteit' | 'materiaalschade';

/** Planning horizon of an operational objective (the source gives none, so all are `null` for now). */
export type Horizon = 'kort' | 'middellang' | 'lang';

/** Kind of organ in the Q&W improvement-proposal flow (SD2). */
export type BodyKind =
  | 'directiecomite'
  | 'comite'
  | 'werkgroep'
  | 'qteam'
  | 'voertuigcomite'
  | 'celgwb'
  | 'overleggroep'
  | 'team';

/** One legal text of the "Wettelijk kader" listed in the introduction; `title` is a short label, `text` is verbatim. */
export interface LegalText {
  key: string;
  title: string;
  text: string;
}

/** The introduction after the legal list, signed by the korpsleiding. */
export interface Introduction {
  title: string;
  paragraphs: string[];
  signature: string;
}

/** The "Visie en doelstellingen" texts with the motto of the policy. */
export interface Vision {
  title: string;
  motto: string;
  paragraphs: string[];
}

/** One of the 10 aandachtspunten (attention themes); `callout` is a highlighted quote printed next to the text. */
export interface Theme {
  number: number;
  title: string;
  text: string;
  action: ThemeAction | null;
  callout?: string;
}

/**
 * One row of an "OPERATIONELE DOELSTELLINGEN / ACTOR" table; `label` is the row caption when the table has
 * one (e.g. "Opleidingsplan"), `actor` is `null` only where the source table leaves the actor cell empty.
 */
export interface OperationalObjective {
  code: string;
  title: string;
  actor: string | null;
  horizon: Horizon | null;
  label?: string;
}

/**
 * One strategische doelstelling (SD1-SD7): `title` as on its own page, `overviewTitle` as in the overview
 * list of the 7 SDs (worded slightly differently for SD5 and SD6), `text` its intro/closing text ('' if none).
 */
export interface StrategicObjective {
  code: string;
  title: string;
  overviewTitle: string;
  text: string;
  operational: OperationalObjective[];
}

/** One complementair instrument; `title` is the opening words of `text`. */
export interface Instrument {
  title: string;
  text: string;
}

/** One of the 9 beleidslijnen of beleidsplan 2023-2027 (the source only gives titles, so `text` is ''). */
export interface PolicyLine {
  number: number;
  title: string;
  text: string;
}

/** An organ of the Q&W flow with its role as the source describes it. */
export interface Body {
  key: string;
  name: string;
  kind: BodyKind;
  role: string;
}

/** A timing or evaluation milestone from the closing table ("Timing" / "Evaluatie") of the source. */
export interface Milestone {
  key: string;
  title: string;
  timing: string | null;
  phase: 'timing' | 'evaluatie';
  text: string;
}

/** One step of the feedback cascade of SD2 (management meeting down to the teams Q&W). */
export interface FeedbackStep {
  step: number;
  title: string;
  text: string;
}

/** Any other substantive part of the source (introductions of lists, the "interne zaken" tasks, ...). */
export interface OtherSection {
  key: string;
  title: string;
  text: string;
  group?: string;
}

/** A typo of the source and its correction, applied wherever the original occurs in the content. */
export interface Correction {
  original: string;
  corrected: string;
  why: string;
}

/** All policy content of the source document, in structured form. */
export interface PolicyContent {
  legalFramework: LegalText[];
  introduction: Introduction;
  vision: Vision;
  themes: Theme[];
  objectives: StrategicObjective[];
  instruments: Instrument[];
  policyLines: PolicyLine[];
  bodies: Body[];
  milestones: Milestone[];
  feedbackCascade: FeedbackStep[];
  otherSections: OtherSection[];
}

/* eslint-disable @typescript-eslint/no-require-imports */
const legalFramework: LegalText[] = require('./content/legal-framework.json');
const introduction: Introduction = require('./content/introduction.json');
const vision: Vision = require('./content/vision.json');
const themes: Theme[] = require('./content/themes.json');
const objectives: StrategicObjective[] = require('./content/objectives.json');
const instruments: Instrument[] = require('./content/instruments.json');
const policyLines: PolicyLine[] = require('./content/policy-lines.json');
const bodies: Body[] = require('./content/bodies.json');
const milestones: Milestone[] = require('./content/milestones.json');
const feedbackCascade: FeedbackStep[] = require('./content/feedback-cascade.json');
const otherSections: OtherSection[] = require('./content/other-sections.json');
/** The corrections of obvious typos of the source (reviewable beside the content). */
export const corrections: readonly Correction[] = require('./content/corrections.json');
/* eslint-enable @typescript-eslint/no-require-imports */

/** The policy content exactly as extracted from the source document (typos included). */
export const sourceContent: PolicyContent = {
  legalFramework,
  introduction,
  vision,
  themes,
  objectives,
  instruments,
  policyLines,
  bodies,
  milestones,
  feedbackCascade,
  otherSections,
};

/** Every string of a JSON value with the corrections applied (objects and arrays copied, nothing changed in place). */
function corrected<T>(value: T): T {
  if (typeof value === 'string') return corrections.reduce((text, c) => text.split(c.original).join(c.corrected), value as string) as unknown as T;
  if (Array.isArray(value)) return value.map(corrected) as unknown as T;
  if (value && typeof value === 'object') {
    const copy: Record<string, unknown> = {};
    Object.keys(value).forEach((key) => (copy[key] = corrected((value as Record<string, unknown>)[key])));
    return copy as T;
  }
  return value;
}

/** The complete policy content of PZ CARMA as the app shows it: `seed/content/*.json` with the corrections applied. */
export const policyContent: PolicyContent = corrected(sourceContent);

/** All operational objectives of all SDs, flattened in source order (SD1.1 ... SD7.3). */
export const allOperationalObjectives: OperationalObjective[] = policyContent.objectives.flatMap((sd) => sd.operational);
