import { isBrusselsDate, type BrusselsDate } from '../dates';
import type { Dienst } from '../groups';

/** One dilemma of the zone's set (seed/content/dilemmas.json): a situation and the questions for the team. */
export interface Dilemma {
  id: string;
  theme: number;
  title: string;
  situation: string;
  questions: string[];
}

/**
 * That a team discussed dilemmas in a team meeting: date, dienst and team, theme, which dilemmas, how many were present.
 * Never what anyone said: the session leader is the item's Author (set by SharePoint).
 */
export interface DilemmaSessionDraft {
  heldOn: BrusselsDate | '';
  dienst: Dienst | '';
  team: string;
  theme: number | null;
  dilemmaIds: string[];
  present: string;
}

/** The field problems of a session record. */
export function dilemmaSessionProblems(
  draft: DilemmaSessionDraft,
  dilemmas: readonly Dilemma[],
  today: BrusselsDate,
): Partial<Record<keyof DilemmaSessionDraft, 'required' | 'invalidDate' | 'inFuture' | 'invalidNumber'>> {
  const problems: Partial<Record<keyof DilemmaSessionDraft, 'required' | 'invalidDate' | 'inFuture' | 'invalidNumber'>> = {};
  if (!draft.heldOn) problems.heldOn = 'required';
  else if (!isBrusselsDate(draft.heldOn)) problems.heldOn = 'invalidDate';
  else if (draft.heldOn > today) problems.heldOn = 'inFuture';
  if (!draft.dienst) problems.dienst = 'required';
  if (!draft.team.trim()) problems.team = 'required';
  if (draft.theme === null || draft.theme < 1 || draft.theme > 10) problems.theme = 'required';
  const ofTheme = dilemmas.filter((d) => d.theme === draft.theme).map((d) => d.id);
  if (!draft.dilemmaIds.length || draft.dilemmaIds.some((id) => ofTheme.indexOf(id) < 0)) problems.dilemmaIds = 'required';
  if (!/^[1-9]\d{0,2}$/.test(draft.present.trim())) problems.present = 'invalidNumber';
  return problems;
}
