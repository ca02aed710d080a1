import type { DraftStatus } from '../data/verslagen/types';
import type { EntryOutcome, ReportProblem } from '../domain/verslagen/content';
import type { FixedItem, ReportKind } from '../domain/verslagen/kinds';

/** Strings of the Verslagen & nieuwsbrief view. Each language fills every key in src/loc/<locale>/verslagen.ts. */
export interface VerslagenStrings {
  title: string;
  intro: string;
  kinds: Record<ReportKind, string>;
  kindFilter: string;
  allKinds: string;
  publishedHeading: string;
  noReports: string;
  loadMore: string;
  /** The title of a meeting's report: `{kind}` and `{date}`. */
  reportTitle: string;
  /** The title of a month's newsletter: `{month}` (e.g. "december 2026"). */
  newsletterTitle: string;
  meetingOf: string;
  publishedBy: string;
  writtenBy: string;
  notEntitled: string;
  notCounted: string;
  print: string;
  back: string;
  open: string;
  sections: {
    decisions: string;
    noDecisions: string;
    fixedItem: Record<FixedItem, string>;
    comiteFeedback: string;
    body: string;
    newsletterIntro: string;
    messages: string;
    directives: string;
    directiveVersion: string;
  };
  outcome: Record<EntryOutcome, string>;
  deferredTo: string;
  reason: string;
  proposal: string;
  drafts: {
    heading: string;
    none: string;
    status: Record<DraftStatus, string>;
    newHeading: string;
    kind: string;
    date: string;
    dateHint: string;
    start: string;
    starting: string;
    edit: string;
  };
  editor: {
    draftOf: string;
    draftNotice: string;
    bodyHint: string;
    fixedItemHint: string;
    comiteFeedbackHint: string;
    save: string;
    saved: string;
    refresh: string;
    refreshed: string;
    submit: string;
    submitted: string;
    publish: string;
    published: string;
    waiting: string;
    busy: string;
    problems: Record<ReportProblem, string>;
    notAllowed: string;
    exists: string;
    fixProblems: string;
  };
  /** The link of a proposal's decision to the report that recorded it. */
  recordedIn: string;
}
