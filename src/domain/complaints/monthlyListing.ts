import type { Dienst } from '../groups';
import { brusselsDateOf, type BrusselsDate } from '../dates';
import type { ComplaintAction, ComplaintDecisionRecord } from './complaintFlow';
import type { ComplaintDossier } from './dossier';

/** What happened: a complaint came in, or an action of the complaint flow was taken. */
export type ListingKind = 'complaintReceived' | ComplaintAction;

/** The kinds in the order the listing shows them. */
export const LISTING_KINDS: readonly ListingKind[] = [
  'complaintReceived',
  'assignInvestigator',
  'reassignInvestigator',
  'sendFeedback',
  'dismiss',
  'close',
  'openDisciplinary',
  'closeDisciplinary',
];

/** One activity of Intern Toezicht, without personal data: no complainant, no staff, no investigator, no facts. */
export interface ListingActivity {
  kind: ListingKind;
  on: BrusselsDate;
  /** The dossier number. */
  reference: string;
  theme: string;
  dienst: Dienst | null;
}

/** The monthly listing for the diensthoofden, the directiecomité and the politiecollege (strategische doelstelling 1). */
export interface MonthlyListing {
  /** `yyyy-mm` */
  month: string;
  total: number;
  byKind: { kind: ListingKind; count: number }[];
  byDienst: { dienst: Dienst | null; count: number }[];
  activities: ListingActivity[];
}

/** The activities of one dossier: its receipt and each decision taken on it, dated in Brussels time. */
export function complaintActivities(
  dossier: Pick<ComplaintDossier, 'reference' | 'receivedOn' | 'theme' | 'involvedDienst'>,
  decisions: readonly Pick<ComplaintDecisionRecord, 'action' | 'at'>[],
): ListingActivity[] {
  const base = { reference: dossier.reference, theme: dossier.theme, dienst: dossier.involvedDienst };
  return [{ ...base, kind: 'complaintReceived' as ListingKind, on: dossier.receivedOn }].concat(
    decisions.map((d) => ({ ...base, kind: d.action, on: brusselsDateOf(d.at) })),
  );
}

/** The listing of one month (`yyyy-mm`): counts per kind and per dienst, and the activities by date. */
export function monthlyListing(activities: readonly ListingActivity[], month: string): MonthlyListing {
  const key = (a: ListingActivity) => `${a.on}|${a.reference}|${String(100 + LISTING_KINDS.indexOf(a.kind))}`;
  const inMonth = activities
    .filter((a) => a.on.slice(0, 7) === month)
    .sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  const dienstList = inMonth.map((a) => a.dienst).filter((d, i, all) => all.indexOf(d) === i);
  return {
    month,
    total: inMonth.length,
    byKind: LISTING_KINDS.map((kind) => ({ kind, count: inMonth.filter((a) => a.kind === kind).length })),
    byDienst: dienstList.map((dienst) => ({ dienst, count: inMonth.filter((a) => a.dienst === dienst).length })),
    activities: inMonth,
  };
}
