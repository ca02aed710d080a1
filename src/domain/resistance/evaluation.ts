import { isBrusselsDate, type BrusselsDate } from '../dates';
import type { Membership } from '../membership';
import { isIn } from '../membership';
import type { PersonRef } from './incident';

/** A lesson of a tactical evaluation; `id` stays when the text is edited, so a training need keeps pointing at it. */
export interface Lesson {
  id: string;
  text: string;
}

/** The tactical evaluation of an incident by TIWK with Cel GWB (SD2.3). */
export interface EvaluationDraft {
  evaluatedOn: BrusselsDate | '';
  tiwk: PersonRef | null;
  gwb: PersonRef | null;
  findings: string;
  lessons: Lesson[];
}

/** Why an evaluation is refused. */
export type EvaluationRefusal =
  | { code: 'notEvaluator' }
  | { code: 'bothPartiesRequired' }
  | { code: 'notAParticipant' }
  | { code: 'findingsRequired' }
  | { code: 'invalidDate' }
  | { code: 'emptyLesson' };

/** Who may record a tactical evaluation: TIWK (Intern Toezicht) and Cel GWB. */
export const canEvaluate = (me: Membership): boolean => isIn(me, 'internToezicht', 'celGWB');

/**
 * Checks an evaluation: recorded by TIWK or Cel GWB, naming one person of each ("TIWK i.s.m. Cel GWB"), the recorder
 * being one of them; findings required; the date between the incident and today; no empty lesson.
 */
export function checkEvaluation(draft: EvaluationDraft, me: Membership, occurredOn: BrusselsDate, today: BrusselsDate): EvaluationRefusal | null {
  if (!canEvaluate(me)) return { code: 'notEvaluator' };
  if (!draft.tiwk || !draft.gwb) return { code: 'bothPartiesRequired' };
  const mine = String(me.userId);
  if (draft.tiwk.id !== mine && draft.gwb.id !== mine) return { code: 'notAParticipant' };
  if (!draft.findings.trim()) return { code: 'findingsRequired' };
  if (!draft.evaluatedOn || !isBrusselsDate(draft.evaluatedOn) || draft.evaluatedOn < occurredOn || draft.evaluatedOn > today) return { code: 'invalidDate' };
  if (draft.lessons.some((l) => !l.text.trim())) return { code: 'emptyLesson' };
  return null;
}

/** A new lesson id, unique within its evaluation. */
export function nextLessonId(lessons: readonly Lesson[]): string {
  const numbers = lessons.map((l) => Number(l.id.replace(/^L/, ''))).filter((n) => !isNaN(n));
  return `L${numbers.length ? Math.max(...numbers) + 1 : 1}`;
}
