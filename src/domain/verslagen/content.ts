import type { Dienst } from '../groups';
import { brusselsDateOf, formatDateBE, isBrusselsDate, type BrusselsDate } from '../dates';
import type { ComiteKey } from '../proposal/bodies';
import { needsFeedbackCascade } from '../proposal/cascade';
import type { ProposalAction } from '../proposal/proposal';
import type { ProposalStatus } from '../proposal/statuses';
import { reportKind, type ReportKind } from './kinds';

/** What became of a proposal in the decision a report records. */
export type EntryOutcome = 'routed' | 'rejected' | 'deferred' | 'assigned' | 'realised' | 'notRetained';

/** A decision as a report or newsletter records it: the proposal, what was decided, why. */
export interface ReportEntry {
  /** The Beslissingen entry. */
  decisionId: number;
  proposalId: number;
  proposalTitle: string;
  dienst: Dienst | null;
  outcome: EntryOutcome;
  /** The comité a routed proposal went to. */
  comite: ComiteKey | null;
  /** The executor an assigned proposal went to (its name). */
  uitvoerder: string | null;
  /** The meeting a deferred proposal moved to (ISO). */
  deferredTo: string | null;
  reason: string | null;
  at: string;
}

/** A decision of the log as the reports read it (the data layer maps Beslissingen entries to it). */
export interface LoggedDecisionLine {
  decisionId: number;
  proposalId: number;
  proposalTitle: string;
  dienst: Dienst | null;
  action: ProposalAction | null;
  to: ProposalStatus | null;
  /** The role the entry says the actor acted in (`directiecomite`, `comitevoorzitter`, …). */
  actingAs: string | null;
  comite: ComiteKey | null;
  uitvoerder: string | null;
  agendaMeeting: string | null;
  reason: string | null;
  at: string;
}

/** A published push message as the newsletter lists it. */
export interface NewsletterMessage {
  id: number;
  title: string;
  publishedAt: string;
}

/** A new or changed korpsrichtlijn as the newsletter lists it. */
export interface NewsletterDirective {
  id: number;
  number: string;
  title: string;
  version: string;
  publishedAt: string;
}

/** What a report records besides its texts, frozen when it is generated (a published report never changes). */
export interface ReportContent {
  entries: ReportEntry[];
  messages: NewsletterMessage[];
  directives: NewsletterDirective[];
}

/** An empty content. */
export const EMPTY_CONTENT: ReportContent = { entries: [], messages: [], directives: [] };

const OUTCOMES: Partial<Record<ProposalAction, EntryOutcome>> = {
  route: 'routed',
  rejectByDirectiecomite: 'rejected',
  scheduleForDirectiecomite: 'deferred',
  assign: 'assigned',
  realise: 'realised',
  notRetain: 'notRetained',
};

function toEntry(line: LoggedDecisionLine): ReportEntry | null {
  const outcome = line.action ? OUTCOMES[line.action] : undefined;
  if (!outcome) return null;
  return {
    decisionId: line.decisionId,
    proposalId: line.proposalId,
    proposalTitle: line.proposalTitle,
    dienst: line.dienst,
    outcome,
    comite: outcome === 'routed' ? line.comite : null,
    uitvoerder: outcome === 'assigned' ? line.uitvoerder : null,
    deferredTo: outcome === 'deferred' ? line.agendaMeeting : null,
    reason: line.reason,
    at: line.at,
  };
}

const byTime = (a: ReportEntry, b: ReportEntry): number => Date.parse(a.at) - Date.parse(b.at);

/** Keeps the last decision per proposal (a proposal deferred and then routed at one meeting shows where it ended). */
function lastPerProposal(entries: ReportEntry[]): ReportEntry[] {
  const sorted = entries.slice().sort(byTime);
  return sorted.filter((e, i) => !sorted.slice(i + 1).some((later) => later.proposalId === e.proposalId));
}

/**
 * The decisions a directiecomité meeting took on `meeting` (its Brussels date): routed to a comité, rejected, or
 * deferred to a later meeting, each with its reason; the draft of that meeting's report starts from them.
 */
export function meetingEntries(lines: readonly LoggedDecisionLine[], meeting: BrusselsDate): ReportEntry[] {
  const ofMeeting = lines.filter((l) => l.actingAs !== 'comitevoorzitter' && brusselsDateOf(l.at) === meeting);
  const entries = ofMeeting
    .filter((l) => l.action === 'route' || l.action === 'rejectByDirectiecomite' || l.action === 'scheduleForDirectiecomite')
    .map(toEntry)
    .filter((e): e is ReportEntry => e !== null);
  return lastPerProposal(entries);
}

/** The decisions above the dienst taken in a month (`YYYY-MM`) that the newsletter carries back to everyone. */
export function monthEntries(lines: readonly LoggedDecisionLine[], month: string): ReportEntry[] {
  return lastPerProposal(
    lines
      .filter((l) => l.action !== null && needsFeedbackCascade(l.action) && brusselsDateOf(l.at).slice(0, 7) === month)
      .map(toEntry)
      .filter((e): e is ReportEntry => e !== null),
  );
}

/** The month (`YYYY-MM`) of a Brussels date. */
export function monthOf(date: BrusselsDate): string {
  return date.slice(0, 7);
}

/** The first day of a month and the first day of the next (Brussels dates), the range its newsletter covers. */
export function monthRange(month: string): { from: BrusselsDate; to: BrusselsDate } {
  const [year, m] = month.split('-').map(Number);
  const next = m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
  return { from: `${month}-01`, to: `${next}-01` };
}

/** The proposals a report records, as stored in its indexed text (`;12;15;`), so a proposal finds its reports. */
export function proposalKey(content: ReportContent): string {
  const ids = content.entries.map((e) => e.proposalId).filter((id, i, all) => all.indexOf(id) === i);
  return ids.length === 0 ? '' : `;${ids.join(';')};`.slice(0, 255);
}

/** The needle that finds a proposal in {@link proposalKey}. */
export function proposalNeedle(proposalId: number): string {
  return `;${proposalId};`;
}

/** A draft as the secretary completes it. */
export interface ReportText {
  /** The meeting's date (a newsletter: the first day of its month). */
  meetingDate: BrusselsDate;
  body: string;
  /** The text under the fixed agenda item (SD2.1, SD2.2), when the kind has one. */
  fixedItem: string;
  /** The comités' feedback (diensthoofdenoverleg). */
  comiteFeedback: string;
}

/** Why a report cannot be handed for approval or published yet. */
export type ReportProblem = 'meetingDate' | 'body' | 'fixedItem' | 'comiteFeedback' | 'futureMeeting';

/**
 * What a report still lacks before it goes for approval or is published: a valid date not in the future, a text,
 * and for kinds with a fixed item (SD2.1, SD2.2) or the comités' feedback, those texts. A generated report whose
 * decisions speak for themselves may leave the text empty.
 */
export function reportProblems(kind: ReportKind, text: ReportText, content: ReportContent, today: BrusselsDate): ReportProblem[] {
  const info = reportKind(kind);
  const problems: ReportProblem[] = [];
  if (!isBrusselsDate(text.meetingDate)) problems.push('meetingDate');
  else if (text.meetingDate > today) problems.push('futureMeeting');
  const generatedWithContent = info.generated !== null && content.entries.length + content.messages.length + content.directives.length > 0;
  if (!text.body.trim() && !generatedWithContent) problems.push('body');
  if (info.fixedItem && !text.fixedItem.trim()) problems.push('fixedItem');
  if (info.comiteFeedback && !text.comiteFeedback.trim()) problems.push('comiteFeedback');
  return problems;
}

/** The Dutch title a report is stored under (SharePoint's own list views show it). */
export function storedTitle(kind: ReportKind, meetingDate: BrusselsDate): string {
  const [y, m, d] = meetingDate.split('-');
  if (kind === 'nieuwsbrief') return `Nieuwsbrief ${m}/${y}`;
  return `Verslag ${reportKind(kind).name} ${d}/${m}/${y}`;
}

/** A comité's published report as the diensthoofdenoverleg's draft takes it over. */
export interface ComiteReportLine {
  /** The comité's name as stored (the report's Kind). */
  name: string;
  meetingDate: BrusselsDate;
  body: string;
  fixedItem: string;
}

/**
 * The start of the diensthoofdenoverleg's "terugkoppeling van de comités" (SD3): one paragraph per comité report
 * published since the previous overleg, oldest first, with its fixed item "integriteit" where it has one. The secretary
 * completes it.
 */
export function comiteFeedbackText(reports: readonly ComiteReportLine[]): string {
  return reports
    .slice()
    .sort((a, b) => (a.meetingDate < b.meetingDate ? -1 : a.meetingDate > b.meetingDate ? 1 : 0))
    .map((r) => [`${r.name} (${formatDateBE(r.meetingDate)}): ${r.body.trim()}`, r.fixedItem.trim() ? `Integriteit: ${r.fixedItem.trim()}` : ''].filter((p) => p).join(' '))
    .join('\n\n');
}
