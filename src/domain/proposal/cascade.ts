import type { ProposalAction } from './proposal';

/** The key of one step of the feedback cascade. */
export type CascadeStepKey = 'middenkaderoverleg' | 'nieuwsbrief' | 'teamoverleg' | 'pushbericht' | 'verslag' | 'team-qw';

/**
 * The three parts of the cascade after a decision (source: SD2, communicatieflow). They run side by side, not one after
 * the other: the diensthoofden pass the decision on (at least one way), it goes korpsbreed (a push message and the
 * published report), and the middenkaders give feedback to the teams Q&W "gelijklopend".
 */
export type CascadeStage = 'doorgeven' | 'korpsbreed' | 'teams';

/** One step of the feedback cascade with its Dutch name (as stored). */
export interface CascadeStep {
  readonly key: CascadeStepKey;
  readonly name: string;
  readonly stage: CascadeStage;
  /** True when the step is held per dienst (each dienst ticks its own). */
  readonly perDienst: boolean;
  /** False for the report: it is done when a published report records the decision, nobody ticks it. */
  readonly ticked: boolean;
}

/** The steps of the feedback cascade (source: "De diensthoofden … koppelen terug via een middenkaderoverleg … en aan de hand van een maandelijkse nieuwsbrief en/of a.d.h.v. teamoverlegmomenten …"). */
export const FEEDBACK_CASCADE: readonly CascadeStep[] = [
  { key: 'middenkaderoverleg', name: 'Middenkaderoverleg per dienst', stage: 'doorgeven', perDienst: true, ticked: true },
  { key: 'nieuwsbrief', name: 'Maandelijkse nieuwsbrief', stage: 'doorgeven', perDienst: true, ticked: true },
  { key: 'teamoverleg', name: 'Teamoverleg', stage: 'doorgeven', perDienst: true, ticked: true },
  { key: 'pushbericht', name: 'Pushbericht op de SharePoint-pagina', stage: 'korpsbreed', perDienst: false, ticked: true },
  { key: 'verslag', name: 'Verslag van het overleg', stage: 'korpsbreed', perDienst: false, ticked: false },
  { key: 'team-qw', name: 'Terugkoppeling aan het team Q&W', stage: 'teams', perDienst: true, ticked: true },
];

/** The parts of the cascade in the order the page shows them; `anyOf`: one of its steps is enough (the alternatives). */
export const CASCADE_STAGES: readonly { readonly key: CascadeStage; readonly anyOf: boolean }[] = [
  { key: 'doorgeven', anyOf: true },
  { key: 'korpsbreed', anyOf: false },
  { key: 'teams', anyOf: false },
];

/** The steps of one part of the cascade. */
export function stageSteps(stage: CascadeStage): CascadeStep[] {
  return FEEDBACK_CASCADE.filter((s) => s.stage === stage);
}

/** The decisions taken above the dienst (directiecomité, comité) that the cascade must carry back to the teams. */
export const CASCADE_ACTIONS: readonly ProposalAction[] = ['route', 'rejectByDirectiecomite', 'assign', 'realise', 'notRetain'];

/** True when a decision starts a feedback cascade. */
export function needsFeedbackCascade(action: ProposalAction): boolean {
  return CASCADE_ACTIONS.indexOf(action) >= 0;
}

/** Whether a part of the cascade is done, given the steps done: one of the alternatives, or all of its steps. */
export function stageDone(stage: CascadeStage, done: readonly CascadeStepKey[]): boolean {
  const steps = stageSteps(stage);
  const anyOf = CASCADE_STAGES.filter((s) => s.key === stage)[0].anyOf;
  return anyOf ? steps.some((s) => done.indexOf(s.key) >= 0) : steps.every((s) => done.indexOf(s.key) >= 0);
}

/** Whether the whole cascade is done: every part of it. */
export function cascadeComplete(done: readonly CascadeStepKey[]): boolean {
  return CASCADE_STAGES.every((s) => stageDone(s.key, done));
}
