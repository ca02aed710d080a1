import type { BrusselsDate } from '../../domain/dates';
import type {
  Absence,
  AbsenceKind,
  DamageCategory,
  DamageReport,
  GiftDecision,
  GiftKind,
  GiftReport,
  HandlingStatus,
  Kader,
  SideActivity,
  SideActivityAction,
  SideActivityKind,
} from '../../domain/registers';
import type { Dienst } from '../groups';
import type { SIDE_ACTIVITY_ADVICE } from '../schema';
import type { Membership } from '../membership';
import type { SitePerson } from '../people';

/** The three registers of the integrity policy (aandachtspunten 1, 2 and 3). */
export type RegisterKind = 'geschenk' | 'nevenactiviteit' | 'materiaalschade';

/** The advice of the politiecollege as stored. */
export type SideActivityAdvice = (typeof SIDE_ACTIVITY_ADVICE)[number];

/** A reported gift as the app shows it: the domain's report plus what the list adds. */
export interface GiftRecord extends GiftReport {
  dienst: Dienst | null;
  handlingNotes: string | null;
  /** ISO time of the report. */
  reportedAt: string;
  etag: string;
}

/** One step in the life of a side activity (who, when, what, why), kept on the item next to SharePoint's versions. */
export interface HistoryEntry {
  action: 'declare' | SideActivityAction;
  actor: { id: string; name: string };
  at: string;
  status: string;
  reason: string | null;
}

/** A declared side activity as the app shows it. */
export interface SideActivityRecord extends SideActivity {
  title: string;
  organisation: string | null;
  hoursPerMonth: number | null;
  dienst: Dienst | null;
  advice: SideActivityAdvice | null;
  history: HistoryEntry[];
  etag: string;
}

/** A damage report as the app shows it. */
export interface DamageRecord extends DamageReport {
  what: string;
  location: string;
  /** ISO time of the damage. */
  occurredAt: string;
  dienst: Dienst | null;
  /** The names of the photos attached to the report. */
  photos: { name: string }[];
  etag: string;
}

/** A registered absence of a member. */
export interface AbsenceRecord extends Absence {
  id: string;
  member: { id: string; name: string };
  etag: string;
}

/** What a member fills in to report a gift. */
export interface GiftDraft {
  kind: GiftKind | '';
  what: string;
  giver: string;
  /** As typed; a decimal comma is accepted. */
  estimatedValue: string;
  receivedOn: BrusselsDate | '';
  whyNotRefused: string;
  dienst: Dienst | '';
}

/** What a member fills in to declare a side activity (before it starts). */
export interface SideActivityDraft {
  kader: Kader | '';
  kind: SideActivityKind | '';
  title: string;
  description: string;
  organisation: string;
  startDate: BrusselsDate | '';
  endDate: BrusselsDate | '';
  hoursPerMonth: string;
  dienst: Dienst | '';
}

/** What a member fills in to report damage; the photo is optional. */
export interface DamageDraft {
  category: DamageCategory | '';
  what: string;
  location: string;
  occurredOn: BrusselsDate | '';
  /** `HH:mm`, Brussels time. */
  occurredTime: string;
  object: string;
  description: string;
  dienst: Dienst | '';
}

/** A photo to attach to a damage report. */
export interface PhotoUpload {
  name: string;
  content: Blob | ArrayBuffer;
}

/** What HR fills in to register an absence. */
export interface AbsenceDraft {
  /** The staff member who is absent. */
  member: SitePerson | null;
  kind: AbsenceKind | '';
  start: BrusselsDate | '';
  end: BrusselsDate | '';
}

/** The result of a submit: stored now, or kept in the outbox until SharePoint is reachable. */
export type SubmitOutcome = { status: 'created'; id: string; photoSaved?: boolean } | { status: 'queued' };

/** One page of a register, newest first; `nextAfter` continues the paging. */
export interface RegisterPage<T> {
  items: T[];
  nextAfter: number | null;
}

/** The first paint of the registers: who the user is and the first page of each register (null: no access at all). */
export interface RegistersOverview {
  me: Membership;
  gifts: RegisterPage<GiftRecord> | null;
  sideActivities: RegisterPage<SideActivityRecord> | null;
  damage: RegisterPage<DamageRecord> | null;
  /** Declarations whose advice the politiecollege still owes, earliest deadline first (the reminders work from it). */
  awaitingAdvice: SideActivityRecord[];
  /** The absences the user may read, newest registered first: HR works from it (null: none readable at all). */
  absences: RegisterPage<AbsenceRecord> | null;
}

/** Intern Toezicht's handling of a gift. */
export interface GiftHandling {
  status: HandlingStatus;
  decision: GiftDecision | null;
  notes: string;
}

/** Logistiek's handling of a damage report. */
export interface DamageHandling {
  status: HandlingStatus;
  notes: string;
}

/** A decision on a side activity, with the politiecollege's advice for `allow` and `refuse`. */
export interface SideActivityDecision {
  action: SideActivityAction;
  advice?: SideActivityAdvice | null;
  reason?: string | null;
  endDate?: BrusselsDate | null;
  /** For `recordTalk`: the day of the talk with the korpschef. */
  talkOn?: BrusselsDate | null;
}

/** The registers' data: declarations by members, their handling, and the absences that suspend side activities. */
export interface RegistersRepository {
  /** Who the user is and the first page of each register, in one round trip. */
  loadOverview(): Promise<RegistersOverview>;
  /** The next page of gifts (items with an id below `after`). */
  loadGifts(after: number): Promise<RegisterPage<GiftRecord>>;
  loadSideActivities(after: number): Promise<RegisterPage<SideActivityRecord>>;
  loadDamage(after: number): Promise<RegisterPage<DamageRecord>>;
  loadGift(id: string): Promise<{ me: Membership; gift: GiftRecord }>;
  /** The next page of absences (HR). */
  loadAbsences(after: number): Promise<RegisterPage<AbsenceRecord>>;
  /** The staff members HR may register an absence for (Medewerkers). */
  loadStaff(): Promise<SitePerson[]>;
  /**
   * A side activity with the absences of its declarant, read only for who may read them (the declarant and the
   * korpsleiding): they decide whether it is suspended.
   */
  loadSideActivity(id: string): Promise<{ me: Membership; activity: SideActivityRecord; absences: AbsenceRecord[] }>;
  loadDamageReport(id: string): Promise<{ me: Membership; report: DamageRecord }>;
  /** A photo of a damage report, read through the API (so it shows in every host, the Teams tab included). */
  loadPhoto(reportId: string, name: string): Promise<Blob>;
  submitGift(draft: GiftDraft, now?: Date): Promise<SubmitOutcome>;
  submitSideActivity(draft: SideActivityDraft, now?: Date): Promise<SubmitOutcome>;
  submitDamage(draft: DamageDraft, photo?: PhotoUpload | null, now?: Date): Promise<SubmitOutcome>;
  /** Intern Toezicht records the handling; writes with the ETag it read. */
  handleGift(gift: GiftRecord, handling: GiftHandling): Promise<GiftRecord>;
  /** Logistiek records the handling; writes with the ETag it read. */
  handleDamage(report: DamageRecord, handling: DamageHandling): Promise<DamageRecord>;
  /** Takes a step of the side-activity flow (domain rules), records it in the history; writes with the ETag it read. */
  decideSideActivity(activity: SideActivityRecord, me: Membership, decision: SideActivityDecision, now?: Date): Promise<SideActivityRecord>;
  /** HR registers an absence of a member; the item is readable by HR, the korpsleiding and that member only. */
  registerAbsence(draft: AbsenceDraft, now?: Date): Promise<AbsenceRecord>;
  /** HR records the last day of an open absence; writes with the ETag it read. */
  endAbsence(absence: AbsenceRecord, end: BrusselsDate): Promise<AbsenceRecord>;
}
