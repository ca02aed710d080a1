import type { IntegrityReport, RegisteredReportDraft, ReportDraft, ReportFigures, ReportOutcome } from '../../domain/melden';
import type { Membership } from '../../domain/membership';

import type { RegisterPage } from '../registers/RegistersRepository';

/** A page of reports, newest first, and where the next one starts. */
export type ReportPage = RegisterPage<IntegrityReport>;

/** What the channel's first page needs, read in one round trip. */
export interface MeldenHome {
  me: Membership;
  /** The user handles reports (group Integriteitscontactpersonen). */
  isHandler: boolean;
  /** The names of the integrity contacts, whom anyone may approach in person. */
  contacts: string[];
  /** The user's own reports (every user; a contact also sees those they registered on someone's behalf). */
  mine: ReportPage;
  /** For a contact: the reports whose clocks still run (not yet confirmed, or confirmed and awaiting feedback). */
  running: IntegrityReport[] | null;
  /** For a contact: the whole register, newest first. */
  register: ReportPage | null;
}

/** One report and who reads it. */
export interface ReportDetail {
  me: Membership;
  isHandler: boolean;
  report: IntegrityReport;
}

/** The internal reporting channel (list Integriteitsmeldingen); the UI reaches it through `useServices().melden`. */
export interface MeldenRepository {
  /** A fresh client id for a new report; the form keeps it across retries so a report is never stored twice. */
  newClientId(): string;
  loadHome(): Promise<MeldenHome>;
  /** The next page of the user's own reports, or (contacts) of the register. */
  loadPage(which: 'mine' | 'register', after: number): Promise<ReportPage>;
  loadReport(id: number): Promise<ReportDetail>;
  /** A member reports a suspected breach; returns the new report's id. */
  submitReport(draft: ReportDraft, clientId: string): Promise<number>;
  /** A contact registers a report received in person, by letter or by telephone. */
  registerReport(draft: RegisteredReportDraft, clientId: string, now?: Date): Promise<number>;
  confirmReceipt(report: IntegrityReport, message: string, now?: Date): Promise<IntegrityReport>;
  giveFeedback(report: IntegrityReport, text: string, now?: Date): Promise<IntegrityReport>;
  close(report: IntegrityReport, outcome: ReportOutcome | '', now?: Date): Promise<IntegrityReport>;
  /** The annual figures of a year (contacts only): counts without personal data, small counts hidden. */
  figures(year: number, now?: Date): Promise<ReportFigures>;
}
