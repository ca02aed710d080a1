import { isBrusselsDate, type BrusselsDate } from '../dates';
import type { Dienst } from '../groups';
import { isIn, type Membership } from '../membership';

/** The SD5 themes of the zone's trainings, in Dutch as stored. */
export const TRAINING_THEMES = ['Geweldbeheersing', 'Dilemmatraining', 'Excited delirium', 'Prioritair rijden', 'BDO etnisch profileren', 'Bodycams', 'Andere'] as const;
/** One of {@link TRAINING_THEMES}. */
export type TrainingTheme = (typeof TRAINING_THEMES)[number];

/** Where a training stands: a need, planned, held, or cancelled. */
export const TRAINING_STATUSES = ['Behoefte', 'Gepland', 'Gegeven', 'Geannuleerd'] as const;
/** One of {@link TRAINING_STATUSES}. */
export type TrainingStatus = (typeof TRAINING_STATUSES)[number];

/** Attendance of a member at a session, in Dutch as stored. */
export const ATTENDANCE_KINDS = ['Ingeschreven', 'Aanwezig', 'Verontschuldigd', 'Afwezig'] as const;
/** One of {@link ATTENDANCE_KINDS}. */
export type AttendanceKind = (typeof ATTENDANCE_KINDS)[number];

/** What HR or Cel GWB fills in to plan a session (a new one, or a need that gets a date). */
export interface SessionDraft {
  title: string;
  theme: TrainingTheme | '';
  /** Empty: for the whole corps. */
  dienst: Dienst | '';
  startsOn: BrusselsDate | '';
  startsAt: string;
  location: string;
  trainer: string;
  capacity: string;
  description: string;
}

/** What a training needs to be planned or held, as the rules see it. */
export interface TrainingState {
  status: TrainingStatus;
  startsOn: BrusselsDate | null;
}

/** Why a step on a training is refused. */
export type TrainingRefusal =
  | { code: 'notOrganiser' }
  | { code: 'wrongStatus' }
  | { code: 'notYetHeld' }
  | { code: 'evaluationRequired' }
  | { code: 'attendanceBeforeSession' };

/** Who organises trainings and keeps the opleidingsplan: HR and Cel GWB (SD5). */
export const canOrganise = (me: Membership): boolean => isIn(me, 'hr', 'celGWB');

/** The field problems of a session draft: a title, a theme, a real date (planning in the past is allowed: registering what was), a capacity ≥ 1. */
export function sessionProblems(draft: SessionDraft): Partial<Record<keyof SessionDraft, 'required' | 'invalidDate' | 'invalidTime' | 'invalidNumber'>> {
  const problems: Partial<Record<keyof SessionDraft, 'required' | 'invalidDate' | 'invalidTime' | 'invalidNumber'>> = {};
  if (!draft.title.trim()) problems.title = 'required';
  if (!draft.theme) problems.theme = 'required';
  if (!draft.startsOn) problems.startsOn = 'required';
  else if (!isBrusselsDate(draft.startsOn)) problems.startsOn = 'invalidDate';
  if (draft.startsAt && !/^([01]\d|2[0-3]):[0-5]\d$/.test(draft.startsAt)) problems.startsAt = 'invalidTime';
  if (!draft.location.trim()) problems.location = 'required';
  if (draft.capacity.trim() && !/^[1-9]\d{0,3}$/.test(draft.capacity.trim())) problems.capacity = 'invalidNumber';
  return problems;
}

/** Checks planning: by HR or Cel GWB, from a need or a planned session (re-planning). */
export function checkPlan(me: Membership, state: TrainingState | null): TrainingRefusal | null {
  if (!canOrganise(me)) return { code: 'notOrganiser' };
  return state && state.status !== 'Behoefte' && state.status !== 'Gepland' ? { code: 'wrongStatus' } : null;
}

/** Checks recording that a planned session was held, with its evaluation: not before its day. */
export function checkHeld(me: Membership, state: TrainingState, evaluation: string, today: BrusselsDate): TrainingRefusal | null {
  if (!canOrganise(me)) return { code: 'notOrganiser' };
  if (state.status !== 'Gepland') return { code: 'wrongStatus' };
  if (!state.startsOn || state.startsOn > today) return { code: 'notYetHeld' };
  return evaluation.trim() ? null : { code: 'evaluationRequired' };
}

/** Checks cancelling a need or a planned session. */
export function checkCancel(me: Membership, state: TrainingState): TrainingRefusal | null {
  if (!canOrganise(me)) return { code: 'notOrganiser' };
  return state.status === 'Behoefte' || state.status === 'Gepland' ? null : { code: 'wrongStatus' };
}

/** Checks recording a member's attendance: a planned or held session; present or absent only from its day on. */
export function checkAttendance(me: Membership, state: TrainingState, kind: AttendanceKind, today: BrusselsDate): TrainingRefusal | null {
  if (!canOrganise(me)) return { code: 'notOrganiser' };
  if (state.status !== 'Gepland' && state.status !== 'Gegeven') return { code: 'wrongStatus' };
  const happened = !!state.startsOn && state.startsOn <= today;
  return kind !== 'Ingeschreven' && kind !== 'Verontschuldigd' && !happened ? { code: 'attendanceBeforeSession' } : null;
}
