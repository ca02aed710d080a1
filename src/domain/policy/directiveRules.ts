import { matchesWordStarts, normaliseText } from '../text';
import { DIENSTEN } from '../groups';
import { isIn, type Membership } from '../membership';
import type {
  Acknowledgement,
  AcknowledgementReport,
  Directive,
  DirectiveDraft,
  DirectiveQuery,
  DirectiveStatus,
  DirectiveSummary,
  MisattributedAcknowledgement,
  StaffMember,
  VersionChange,
} from '../../data/policy/types';

/** What an author may do with a korpsrichtlijn in a status. */
export interface DirectiveActions {
  /** Edit the concept. */
  edit: boolean;
  /** Publish the concept (a new korpsrichtlijn, or the new version of a published one). */
  publish: boolean;
  /** Remove the concept (never a published korpsrichtlijn). */
  discard: boolean;
  /** Draft a new version of a published korpsrichtlijn (as a concept). */
  revise: boolean;
  archive: boolean;
}

/**
 * The flow concept → gepubliceerd → gearchiveerd: a concept is edited, published or removed; a published one gets a
 * new version through a concept of its own, or is archived.
 */
export function directiveActions(status: DirectiveStatus): DirectiveActions {
  const concept = status === 'Concept';
  return { edit: concept, publish: concept, discard: concept, revise: status === 'Gepubliceerd', archive: status === 'Gepubliceerd' };
}

/** Whether the user writes korpsrichtlijnen (the Juridische dienst, or a beheerder); SharePoint enforces it, this only shapes the screen. */
export function isDirectiveAuthor(me: Membership): boolean {
  return isIn(me, 'juridischeDienst', 'beheerders');
}

/** The reader's acknowledgement of the directive's current major version, if any (a minor version never asks again). */
export function currentAcknowledgement(directive: DirectiveSummary, acknowledgements: readonly Acknowledgement[]): Acknowledgement | undefined {
  return acknowledgements.filter((a) => a.directiveId === directive.id && a.versionMajor === directive.versionMajor)[0];
}

/** Whether the reader still has to acknowledge the directive: published, acknowledgement required, none for this major version. */
export function needsAcknowledgement(directive: DirectiveSummary, acknowledgements: readonly Acknowledgement[]): boolean {
  return directive.status === 'Gepubliceerd' && directive.requiresAcknowledgement && !currentAcknowledgement(directive, acknowledgements);
}

/** The reader's latest acknowledgement of an earlier major version (to explain why they are asked again). */
export function earlierAcknowledgement(directive: DirectiveSummary, acknowledgements: readonly Acknowledgement[]): Acknowledgement | undefined {
  return acknowledgements
    .filter((a) => a.directiveId === directive.id && a.versionMajor < directive.versionMajor)
    .sort((a, b) => b.versionMajor - a.versionMajor)[0];
}

/** The version after an edit of a published directive; a concept keeps its version until it is published. */
export function nextVersion(directive: Pick<Directive, 'status' | 'versionMajor' | 'versionMinor'>, change: VersionChange): { versionMajor: number; versionMinor: number } {
  if (directive.status === 'Concept') return { versionMajor: directive.versionMajor, versionMinor: directive.versionMinor };
  return change === 'major'
    ? { versionMajor: directive.versionMajor + 1, versionMinor: 0 }
    : { versionMajor: directive.versionMajor, versionMinor: directive.versionMinor + 1 };
}

/** The version as readers write it: `2.1`. */
export function versionLabel(directive: Pick<DirectiveSummary, 'versionMajor' | 'versionMinor'>): string {
  return `${directive.versionMajor}.${directive.versionMinor}`;
}

/** A problem with a draft, named for the message the editor shows. */
export type DraftProblem = 'numberRequired' | 'numberFormat' | 'titleRequired' | 'titleTooLong' | 'summaryTooLong' | 'bodyRequired';

/** The number of a korpsrichtlijn: letters, the year and a sequence, e.g. `KR-2015-01`. */
export const DIRECTIVE_NUMBER_PATTERN = /^[A-Z]{2,5}-\d{4}-\d{2,3}$/;

/** What is wrong with a draft, per field; empty when it can be stored. A published directive needs a text. */
export function draftProblems(draft: DirectiveDraft, status: DirectiveStatus): { [field in keyof DirectiveDraft]?: DraftProblem } {
  const problems: { [field in keyof DirectiveDraft]?: DraftProblem } = {};
  const number = draft.number.trim();
  if (!number) problems.number = 'numberRequired';
  else if (!DIRECTIVE_NUMBER_PATTERN.test(number)) problems.number = 'numberFormat';
  if (!draft.title.trim()) problems.title = 'titleRequired';
  else if (draft.title.trim().length > 255) problems.title = 'titleTooLong';
  if (draft.summary.trim().length > 255) problems.summary = 'summaryTooLong';
  if (status !== 'Concept' && !draft.body.trim()) problems.body = 'bodyRequired';
  return problems;
}

/**
 * Whether a directive matches a search (each word of the text starting a word of number, title, summary or body text;
 * theme), tolerant of case and accents.
 */
export function matchesDirective(directive: DirectiveSummary, bodyText: string, query: DirectiveQuery): boolean {
  if (query.themeId !== undefined && directive.themeIds.indexOf(query.themeId) < 0) return false;
  return matchesWordStarts([directive.number, directive.title, directive.summary, bodyText].join(' '), query.text || '');
}

/**
 * Who acknowledged the major version and who has not yet, per dienst in the zone's order (unknown dienst last). A
 * person counts by the acknowledgements they added (`authorId`, set by SharePoint), in the dienst the directory has for
 * them; the person or name the client wrote into an entry never counts, and an entry naming someone other than its
 * author is listed in `misattributed`.
 */
export function acknowledgementReport(
  roster: readonly StaffMember[],
  acknowledgements: readonly Acknowledgement[],
  versionMajor: number,
): AcknowledgementReport {
  const current = acknowledgements.filter((a) => a.versionMajor === versionMajor);
  const done = current.map((a) => a.authorId);
  const diensten = (DIENSTEN as readonly (string | undefined)[]).concat([undefined]);
  const perDienst = diensten
    .map((dienst) => {
      const members = roster.filter((m) => m.dienst === dienst).sort((a, b) => a.title.localeCompare(b.title));
      return {
        dienst: dienst as StaffMember['dienst'],
        acknowledged: members.filter((m) => done.indexOf(m.id) >= 0),
        missing: members.filter((m) => done.indexOf(m.id) < 0),
      };
    })
    .filter((group) => group.acknowledged.length + group.missing.length > 0);
  const acknowledged = perDienst.reduce((n, group) => n + group.acknowledged.length, 0);
  return { versionMajor, total: roster.length, acknowledged, perDienst, misattributed: misattributed(roster, current) };
}

/** The entries whose client-written person or name is not their author, with the names to show. */
export function misattributed(roster: readonly StaffMember[], acknowledgements: readonly Acknowledgement[]): MisattributedAcknowledgement[] {
  const nameOf = (id: number): string | undefined => roster.filter((m) => m.id === id).map((m) => m.title)[0];
  return acknowledgements
    .map((a) => {
      const authorName = nameOf(a.authorId) || a.authorName || `#${a.authorId}`;
      const otherPerson = a.claimedEmployeeId !== undefined && a.claimedEmployeeId !== a.authorId;
      const otherName = a.claimedName !== undefined && normaliseText(a.claimedName) !== normaliseText(a.authorName || authorName);
      if (!otherPerson && !otherName) return undefined;
      const named = otherPerson ? nameOf(a.claimedEmployeeId as number) || a.claimedName || `#${a.claimedEmployeeId}` : (a.claimedName as string);
      return { id: a.id, author: { id: a.authorId, title: authorName }, named };
    })
    .filter((m): m is MisattributedAcknowledgement => m !== undefined);
}
