import type { ProposalAction } from './proposal';

/** The key of one step of the feedback cascade. */
export type CascadeStepKey = 'managementoverleg' | 'middenkaderoverleg' | 'nieuwsbrief-teamoverleg' | 'pushbericht' | 'team-qw';

/** One step of the feedback cascade with its Dutch name. */
export interface CascadeStep {
  readonly key: CascadeStepKey;
  readonly name: string;
  /** True when the step is held per dienst (each dienst's middenkader). */
  readonly perDienst: boolean;
}

/** The feedback cascade after a decision, in order (source: strategische doelstelling 2, communicatieflow). */
export const FEEDBACK_CASCADE: readonly CascadeStep[] = [
  { key: 'managementoverleg', name: 'Wekelijks managementoverleg', perDienst: false },
  { key: 'middenkaderoverleg', name: 'Middenkaderoverleg per dienst', perDienst: true },
  { key: 'nieuwsbrief-teamoverleg', name: 'Maandelijkse nieuwsbrief en/of teamoverleg', perDienst: true },
  { key: 'pushbericht', name: 'Pushbericht en verslag op de SharePoint-pagina', perDienst: false },
  { key: 'team-qw', name: 'Terugkoppeling aan het team Q&W', perDienst: false },
];

/** The decisions taken above the dienst (directiecomité, comité) that the cascade must carry back to the teams. */
export const CASCADE_ACTIONS: readonly ProposalAction[] = ['route', 'rejectByDirectiecomite', 'assign', 'realise', 'notRetain'];

/** True when a decision starts a feedback cascade. */
export function needsFeedbackCascade(action: ProposalAction): boolean {
  return CASCADE_ACTIONS.indexOf(action) >= 0;
}

/** The first step of the cascade not yet done (steps follow each other in order), or null when the cascade is complete. */
export function nextCascadeStep(done: readonly CascadeStepKey[]): CascadeStep | null {
  return FEEDBACK_CASCADE.filter((s) => done.indexOf(s.key) < 0)[0] || null;
}
