import { isBrusselsDate, type BrusselsDate } from '../dates';

/** The aandachtspunt about the lawful use of force ("Rechtmatig gebruik van geweld"). */
export const USE_OF_FORCE_THEME = 10;

/** What the examination of the TPI found, in Dutch as stored. */
export const TPI_CONCLUSIONS = [
  'TPI gevolgd en correct geëvalueerd',
  'TPI-deelname onvoldoende',
  'TPI-evaluatie onvoldoende',
  'TPI-deelname en -evaluatie onvoldoende',
] as const;
/** One of {@link TPI_CONCLUSIONS}. */
export type TpiConclusion = (typeof TPI_CONCLUSIONS)[number];

/**
 * The check aandachtspunt 10 asks for: "bij een klacht of discussie over de aangewende dwangmiddelen bij een interventie
 * wordt de actieve deelname en evaluatie van de TPI steeds grondig onderzocht". Who examined it, when, and the conclusion.
 */
export interface TpiCheck {
  examinedBy: string;
  examinedOn: BrusselsDate;
  conclusion: TpiConclusion;
  notes: string;
}

/** What a dossier must show about the use of force: its theme's number and its recorded check. */
export interface UseOfForceState {
  themeNumber: number | null;
  tpiCheck: TpiCheck | null;
}

/** Whether a complaint is about the means of force used (aandachtspunt 10). */
export const isUseOfForce = (state: { themeNumber: number | null }): boolean => state.themeNumber === USE_OF_FORCE_THEME;

/** Whether the dossier may be closed as far as the TPI goes: not about force, or its check recorded. */
export const tpiAllowsClosing = (state: UseOfForceState): boolean => !isUseOfForce(state) || state.tpiCheck !== null;

/** The field problems of a TPI check: who examined, a date between receipt and today, a conclusion. */
export function tpiCheckProblems(
  draft: { examinedBy: string; examinedOn: string; conclusion: string },
  receivedOn: BrusselsDate,
  today: BrusselsDate,
): Partial<Record<'examinedBy' | 'examinedOn' | 'conclusion', 'required' | 'invalidDate' | 'inFuture'>> {
  const problems: Partial<Record<'examinedBy' | 'examinedOn' | 'conclusion', 'required' | 'invalidDate' | 'inFuture'>> = {};
  if (!draft.examinedBy.trim()) problems.examinedBy = 'required';
  if (!draft.examinedOn) problems.examinedOn = 'required';
  else if (!isBrusselsDate(draft.examinedOn) || draft.examinedOn < receivedOn) problems.examinedOn = 'invalidDate';
  else if (draft.examinedOn > today) problems.examinedOn = 'inFuture';
  if ((TPI_CONCLUSIONS as readonly string[]).indexOf(draft.conclusion) < 0) problems.conclusion = 'required';
  return problems;
}

/**
 * A closed use-of-force dossier without a recorded TPI check: the app never closes one, so it was closed outside the
 * app (or its check removed since); shown as "gewijzigd buiten de app".
 */
export const closedWithoutTpiCheck = (state: UseOfForceState & { status: string }): boolean => state.status === 'Afgesloten' && !tpiAllowsClosing(state);
