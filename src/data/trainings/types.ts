import type { BrusselsDate } from '../../domain/dates';
import type { Dienst } from '../../domain/groups';
import type { Membership } from '../../domain/membership';
import type { PersonRef } from '../../domain/resistance';
import type { NeedSource } from '../../domain/resistance/lessons';
import type { AttendanceKind, Dilemma, DilemmaSessionDraft, SessionDraft, TrainingStatus, TrainingTheme } from '../../domain/trainings';

/** A training of the opleidingsplan: a need, or a planned, held or cancelled session. */
export interface Training {
  id: string;
  title: string;
  theme: TrainingTheme;
  status: TrainingStatus;
  /** Null: for the whole corps. */
  dienst: Dienst | null;
  year: number;
  /** The start as an instant, or null for a need without a date. */
  startsAt: string | null;
  location: string;
  trainer: string;
  capacity: number | null;
  description: string;
  /** The lesson of a resistance evaluation it came from, if any. */
  source: NeedSource | null;
  evaluation: string;
  heldOn: BrusselsDate | null;
  etag: string;
}

/** One member's attendance at a session. */
export interface Attendance {
  id: string;
  trainingId: string;
  member: PersonRef;
  attendance: AttendanceKind;
  year: number;
  etag: string;
}

/** A dilemma session as recorded: that it took place, never what was said; the leader is the item's Author. */
export interface DilemmaSession {
  id: string;
  heldOn: BrusselsDate;
  dienst: Dienst | null;
  team: string;
  theme: number;
  dilemmaIds: string[];
  present: number;
  leader: PersonRef;
}

/** The first paint of the trainings view: the year's plan, the user's own attendance, the recent dilemma sessions. */
export interface TrainingsOverview {
  me: Membership;
  year: number;
  trainings: Training[];
  /** The user's own attendance this year (SharePoint returns only their own folder's items to a member). */
  mine: Attendance[];
}

/** One training opened: its attendance (all for HR and Cel GWB, own for a member) and the staff to record. */
export interface OpenedTraining {
  me: Membership;
  training: Training;
  attendance: Attendance[];
  /** Staff to record attendance for (organisers only; empty for others). */
  staff: PersonRef[];
}

/** The dilemma page: the zone's dilemmas and the sessions recorded lately. */
export interface DilemmaPage {
  me: Membership;
  dilemmas: Dilemma[];
  themes: { number: number; title: string }[];
  sessions: DilemmaSession[];
}

/** Trainings, attendance and dilemma sessions (SD5). */
export interface TrainingsRepository {
  loadOverview(year: number): Promise<TrainingsOverview>;
  openTraining(id: string): Promise<OpenedTraining>;
  /** Plans a new session, or gives a need (or a planned session) its date; HR and Cel GWB. */
  planTraining(me: Membership, draft: SessionDraft, existing?: Training | null): Promise<Training>;
  /** Records that a planned session was held, with its evaluation. */
  markHeld(me: Membership, training: Training, evaluation: string, now?: Date): Promise<Training>;
  cancelTraining(me: Membership, training: Training): Promise<Training>;
  /** Records a member's attendance (a new row, or an update of theirs); the member reads it in their own folder. */
  recordAttendance(me: Membership, training: Training, member: PersonRef, kind: AttendanceKind, existing: Attendance | null, now?: Date): Promise<Attendance>;
  loadDilemmas(): Promise<DilemmaPage>;
  recordDilemmaSession(me: Membership, draft: DilemmaSessionDraft, dilemmas: readonly Dilemma[], now?: Date): Promise<DilemmaSession>;
}
