import type { BrusselsDate } from '../../domain/dates';
import type {
  AnnualFigures,
  CheckedFinding,
  ComplaintAction,
  ComplaintChannel,
  ComplaintDecisionRecord,
  ComplaintDossier,
  ComplaintOutcome,
  ComplaintStatus,
  MonthlyListing,
  RoutingChange,
} from '../../domain/complaints';
import type { Dienst } from '../groups';
import type { Membership } from '../membership';
import type { RegisterPage } from '../registers/RegistersRepository';
import type { AuditEntry } from './auditLog';
import type { DashboardFigures } from './dashboardFigures';
import type { FindingDraft } from './findingsStore';

/** A person the app shows by name. */
export interface Person {
  id: string;
  name: string;
}

/** A theme (aandachtspunt) a complaint can concern. */
export interface ThemeOption {
  id: number;
  number: number;
  title: string;
}

/** Someone a dossier can be assigned to: a diensthoofd or a hoofdinspecteur. */
export interface InvestigatorOption extends Person {
  function: 'diensthoofd' | 'hinp';
}

/** A whole confidential dossier as the app shows it to who may see it. */
export interface ComplaintRecord extends ComplaintDossier {
  title: string;
  themeId: number | null;
  investigationNotes: string | null;
  feedbackText: string | null;
  spocFeedback: string | null;
  disciplinaryHead: Person | null;
  history: ComplaintDecisionRecord[];
  /** The Juridische dienst's legal support is asked: it reads the dossier until it is closed. */
  legalSupport: boolean;
  etag: string;
}

/** A row of the register: enough to find a dossier, nothing of the complainant. */
export interface ComplaintSummary {
  id: string;
  reference: string;
  title: string;
  receivedOn: BrusselsDate;
  status: ComplaintStatus;
  dienst: Dienst | null;
  theme: string;
  investigator: Person | null;
  closedOn: BrusselsDate | null;
}

/** Which dossiers the register shows: those being handled, or those closed in a year. */
export type RegisterFilter = { kind: 'open' } | { kind: 'closed'; year: number };

/** The first paint of the register: who the user is and the first page of dossiers they may see. */
export interface ComplaintRegister {
  me: Membership;
  page: RegisterPage<ComplaintSummary>;
}

/** What Intern Toezicht fills in when a complaint comes in. */
export interface ComplaintDraft {
  title: string;
  reference: string;
  receivedOn: BrusselsDate | '';
  channel: ComplaintChannel | '';
  complainantName: string;
  complainantContact: string;
  facts: string;
  themeId: string;
  dienst: Dienst | '';
  involvedStaff: Person[];
  evidence: string;
}

/** The parts of a dossier Intern Toezicht and the korpsleiding write as they go (notes, the letter, the SPOC's feedback, evidence). */
export interface DossierDetails {
  investigationNotes: string;
  spocFeedback: string;
  mayorFeedbackOn: BrusselsDate | '';
  evidence: string;
}

/** The TPI check of a use-of-force complaint as Intern Toezicht or the korpsleiding record it (aandachtspunt 10). */
export interface TpiCheckDraft {
  examinedBy: string;
  examinedOn: BrusselsDate | '';
  conclusion: string;
  notes: string;
}

/** The administration of one dossier (list Dossieradministratie): what the CaLog support role keeps, never the substance. */
export interface DossierAdministration {
  id: number;
  dossierId: number;
  /** The dossier's number (its ISLP reference or the register's own). */
  number: string;
  receivedOn: BrusselsDate;
  nextDeadline: BrusselsDate | null;
  deadlineNote: string;
  /** One line per document: date, kind, title, where it is kept. */
  documents: string;
  archivedOn: BrusselsDate | null;
  etag: string;
}

/** What the CaLog support role changes in a dossier's administration. */
export interface AdministrationChanges {
  nextDeadline: BrusselsDate | '';
  deadlineNote: string;
  documents: string;
  archivedOn: BrusselsDate | '';
}

/** A decision on a dossier: the domain's input plus, for a tuchtdossier, the diensthoofd who takes it up. */
export interface ComplaintDecision {
  action: ComplaintAction;
  reason?: string | null;
  investigator?: InvestigatorOption | null;
  outcome?: ComplaintOutcome | null;
  feedbackSentOn?: BrusselsDate | null;
  disciplinaryHead?: Person | null;
}

/** An opened dossier: the record, the people it can go to, and (for the korpsleiding and Intern Toezicht) who consulted it. */
export interface OpenedDossier {
  me: Membership;
  dossier: ComplaintRecord;
  investigators: InvestigatorOption[];
  /** Null for who may not read the whole consultation log. */
  consultations: AuditEntry[] | null;
  /** The findings the user may read (the investigator their own), each checked against the version history. */
  findings: CheckedFinding[];
  /** The dossier's history as SharePoint recorded it (Editor per version): every change of a routing field. */
  changes: RoutingChange[];
}

/** A report Intern Toezicht published for the diensthoofden, the directiecomité and the politiecollege. */
export interface PublishedReport<T> {
  id: string;
  kind: 'Maandlijst' | 'Jaarcijfers';
  title: string;
  period: string;
  publishedAt: string;
  content: T;
  etag: string;
}

/** A report page: who the user is, the report computed from the register (null for who may not read every dossier), the published one. */
export interface ReportPage<T> {
  me: Membership;
  computed: T | null;
  published: PublishedReport<T> | null;
}

/** The confidential complaints register: intake, assignment, investigation, feedback, reporting. */
export interface ComplaintsRepository {
  /** Who the user is and the first page of dossiers they may see, in one round trip. */
  loadRegister(filter: RegisterFilter): Promise<ComplaintRegister>;
  loadMore(filter: RegisterFilter, after: number): Promise<RegisterPage<ComplaintSummary>>;
  /** Opens a dossier; the consultation is logged before it is returned (no log, no dossier). */
  openDossier(id: string): Promise<OpenedDossier>;
  /** The choices of the intake form (themes, staff for the involved-staff field), in one round trip. */
  loadIntakeChoices(): Promise<{ themes: ThemeOption[]; staff: Person[] }>;
  /** Registers a new complaint; it gets its own permissions at once (korpsleiding and Intern Toezicht). */
  createComplaint(draft: ComplaintDraft, now?: Date): Promise<ComplaintRecord>;
  /** Takes a step of the complaint flow (domain rules); the dossier's permissions follow its entitled routing (version history). */
  decide(dossier: ComplaintRecord, me: Membership, decision: ComplaintDecision, now?: Date): Promise<ComplaintRecord>;
  /** Adds a finding of the dossier's investigator (add-only); refused for anyone else. */
  addFinding(dossier: ComplaintRecord, me: Membership, draft: FindingDraft): Promise<CheckedFinding[]>;
  /** Records the TPI check of a use-of-force complaint (Intern Toezicht, korpsleiding); until then it cannot be closed. */
  recordTpiCheck(dossier: ComplaintRecord, me: Membership, check: TpiCheckDraft, now?: Date): Promise<ComplaintRecord>;
  /** Saves what Intern Toezicht and the korpsleiding write as they go (the investigator only reads); writes with the ETag it read. */
  saveDetails(dossier: ComplaintRecord, details: DossierDetails): Promise<ComplaintRecord>;
  /**
   * Asks the Juridische dienst's legal support (Intern Toezicht or the korpsleiding; the korpschef for a tuchtdossier):
   * the Juridische dienst reads the dossier from then on until it is closed.
   */
  requestLegalSupport(dossier: ComplaintRecord, me: Membership): Promise<ComplaintRecord>;
  /** The dossiers' administration, newest first, in one round trip with who the user is (Dossierbeheer, Intern Toezicht, korpsleiding). */
  loadAdministration(after: number | null): Promise<{ me: Membership; page: RegisterPage<DossierAdministration> }>;
  /** Saves a dossier's administration with the ETag read (412 when someone changed it meanwhile). */
  saveAdministration(record: DossierAdministration, changes: AdministrationChanges): Promise<DossierAdministration>;
  /** A month's listing: computed from the register for the korpsleiding and Intern Toezicht, and as published, in one round trip. */
  openListing(month: string): Promise<ReportPage<MonthlyListing>>;
  /** A year's anonymous figures, computed (korpsleiding, Intern Toezicht) and as published, in one round trip. */
  openFigures(year: number): Promise<ReportPage<AnnualFigures>>;
  /** The dashboard of a year, counted from the register in one round trip (null for who may not read every dossier). */
  loadDashboard(year: number): Promise<{ me: Membership; figures: DashboardFigures | null }>;
  /** Publishes (or republishes) a listing for its recipients. */
  publishMonthlyListing(listing: MonthlyListing, now?: Date): Promise<void>;
  publishAnnualFigures(figures: AnnualFigures, now?: Date): Promise<void>;
  /** The published reports, newest first, with the user's membership. */
  loadPublished(): Promise<{ me: Membership; reports: PublishedReport<unknown>[] }>;
}
