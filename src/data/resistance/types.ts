import type { BrusselsDate } from '../../domain/dates';
import type { Dienst } from '../../domain/groups';
import type { Membership } from '../../domain/membership';
import type {
  ContactKind,
  EvaluationDraft,
  EvaluationStatus,
  FollowUpDraft,
  FollowUpHandler,
  FollowUpStatus,
  IncidentDraft,
  InjuryKind,
  Lesson,
  PersonRef,
  ResistanceKind,
  SupportKind,
} from '../../domain/resistance';
import type { TrainingTheme } from '../../domain/trainings';
import type { RegisterPage } from '../registers/RegistersRepository';
import type { Training } from '../trainings/types';

/** An incident of resistance with its tactical evaluation, as who may see it reads it. */
export interface Incident {
  id: string;
  title: string;
  /** The instant it happened. */
  occurredAt: string;
  occurredOn: BrusselsDate;
  place: string;
  dienst: Dienst | null;
  members: PersonRef[];
  kind: ResistanceKind;
  weapon: string;
  injuries: InjuryKind;
  injuryNotes: string;
  facts: string;
  pvReference: string;
  bodycamRefs: string[];
  evaluationStatus: EvaluationStatus;
  evaluationDue: BrusselsDate | null;
  evaluatedOn: BrusselsDate | null;
  tiwk: PersonRef | null;
  gwb: PersonRef | null;
  findings: string;
  lessons: Lesson[];
  registeredBy: PersonRef;
  etag: string;
}

/** The follow-up and support of one member involved, by Cel GWB or HR. */
export interface FollowUp {
  id: string;
  incidentId: string;
  member: PersonRef;
  handler: FollowUpHandler;
  firstContactOn: BrusselsDate | null;
  contactKind: ContactKind | null;
  support: SupportKind[];
  notes: string;
  status: FollowUpStatus;
  dueOn: BrusselsDate | null;
  closedOn: BrusselsDate | null;
  etag: string;
}

/** The first paint of the resistance view: who the user is, the incidents they may see, and the open clocks. */
export interface ResistanceOverview {
  me: Membership;
  incidents: RegisterPage<Incident>;
  openEvaluations: Incident[];
  openFollowUps: FollowUp[];
}

/** An incident opened: its follow-ups (those the user may read), the training needs its lessons became, the evaluators to pick. */
export interface OpenedIncident {
  me: Membership;
  incident: Incident;
  followUps: FollowUp[];
  needs: Training[];
  tiwk: PersonRef[];
  gwb: PersonRef[];
}

/** The open clocks for the dashboard (null parts: the user may not read that list). */
export interface ResistanceClocks {
  openEvaluations: Incident[];
  openFollowUps: FollowUp[];
}

/** Incidents of resistance, their evaluation, the members' follow-up, lessons to training needs (SD2.3, SD6.5). */
export interface ResistanceRepository {
  loadOverview(): Promise<ResistanceOverview>;
  loadMore(after: number): Promise<RegisterPage<Incident>>;
  /** The staff who can be named as involved (Medewerkers). */
  loadStaff(): Promise<{ me: Membership; staff: PersonRef[] }>;
  /** Registers an incident; it gets its own permissions at once (TIWK, Cel GWB, HR, korpsleiding, the members involved). */
  register(me: Membership, draft: IncidentDraft, now?: Date): Promise<Incident>;
  openIncident(id: string): Promise<OpenedIncident>;
  evaluate(me: Membership, incident: Incident, draft: EvaluationDraft, now?: Date): Promise<Incident>;
  /** Opens the follow-up of a member involved (Cel GWB or HR); the member reads it, nobody outside the supporters. */
  startFollowUp(me: Membership, incident: Incident, member: PersonRef, handler: FollowUpHandler, existing: readonly FollowUp[]): Promise<FollowUp>;
  saveFollowUp(me: Membership, incident: Incident, followUp: FollowUp, draft: FollowUpDraft, now?: Date): Promise<FollowUp>;
  /** Turns a lesson of the evaluation into a training need of the opleidingsplan. */
  lessonToNeed(me: Membership, incident: Incident, lessonId: string, theme: TrainingTheme | '', needs: readonly Training[], now?: Date): Promise<Training>;
  loadClocks(): Promise<ResistanceClocks>;
}
