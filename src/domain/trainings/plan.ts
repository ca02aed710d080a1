import type { Dienst } from '../groups';
import { TRAINING_THEMES, type TrainingStatus, type TrainingTheme } from './training';

/** A training as the opleidingsplan counts it. */
export interface PlannedTraining {
  theme: TrainingTheme;
  status: TrainingStatus;
  dienst: Dienst | null;
  year: number;
}

/** One row of the opleidingsplan: a theme with its needs, planned and held sessions. */
export interface PlanRow {
  theme: TrainingTheme;
  needs: number;
  planned: number;
  held: number;
}

/**
 * The opleidingsplan of a year, per SD5 theme, for one dienst (its own sessions and the corps-wide ones) or for the
 * whole corps (every session): needs still open, sessions planned and held; cancelled ones do not count.
 */
export function trainingPlan(trainings: readonly PlannedTraining[], year: number, dienst: Dienst | null): PlanRow[] {
  const mine = trainings.filter((t) => t.year === year && (dienst === null || t.dienst === null || t.dienst === dienst));
  return TRAINING_THEMES.map((theme) => {
    const of = (status: TrainingStatus): number => mine.filter((t) => t.theme === theme && t.status === status).length;
    return { theme, needs: of('Behoefte'), planned: of('Gepland'), held: of('Gegeven') };
  });
}
