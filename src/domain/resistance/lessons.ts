import { isIn, type Membership } from '../membership';
import type { TrainingTheme } from '../trainings/training';
import type { Lesson } from './evaluation';
import type { EvaluationStatus } from './incident';

/** Where a training need came from: a lesson of an incident's evaluation. */
export interface NeedSource {
  incidentId: string;
  lessonId: string;
}

/** Why a lesson cannot become a training need. */
export type LessonRefusal = { code: 'notAllowed' } | { code: 'notEvaluated' } | { code: 'unknownLesson' } | { code: 'alreadyANeed' } | { code: 'themeRequired' };

/** Who turns a lesson into a training need: TIWK, Cel GWB (who evaluated) and HR (the opleidingsplan). */
export const canRaiseNeeds = (me: Membership): boolean => isIn(me, 'internToezicht', 'celGWB', 'hr');

/** Checks turning a lesson into a training need: an evaluated incident, a lesson it holds, not already a need, a theme chosen. */
export function checkLessonToNeed(
  me: Membership,
  incident: { evaluationStatus: EvaluationStatus; lessons: readonly Lesson[] },
  lessonId: string,
  theme: TrainingTheme | '',
  existing: readonly NeedSource[],
  incidentId: string,
): LessonRefusal | null {
  if (!canRaiseNeeds(me)) return { code: 'notAllowed' };
  if (incident.evaluationStatus !== 'Geëvalueerd') return { code: 'notEvaluated' };
  if (!incident.lessons.some((l) => l.id === lessonId)) return { code: 'unknownLesson' };
  if (existing.some((n) => n.incidentId === incidentId && n.lessonId === lessonId)) return { code: 'alreadyANeed' };
  return theme ? null : { code: 'themeRequired' };
}
