import type { Dienst } from '../groups';
import type { Membership } from '../membership';
import type { ChoiceOf } from '../schema';

/** What an attention theme asks of the reader (a declaration to make, or nothing). */
export type ThemeAction = ChoiceOf<'Aandachtspunten', 'Action'>;
/** Where a policy text belongs. */
export type PolicyTextSection = ChoiceOf<'Beleidsteksten', 'Section'>;
/** The category of a push message. */
export type MessageCategory = ChoiceOf<'Berichten', 'Category'>;
/** The status of a korpsrichtlijn: concept → gepubliceerd → gearchiveerd. */
export type DirectiveStatus = ChoiceOf<'Korpsrichtlijnen', 'Status'>;

/** One of the 10 aandachtspunten. */
export interface Theme {
  id: number;
  number: number;
  title: string;
  /** Rich text HTML as stored; sanitize before showing. */
  body: string;
  action: ThemeAction;
  callout?: string;
}

/** A text of the policy (vision, legal text, beleidslijn, milestone …). */
export interface PolicyText {
  id: number;
  key: string;
  section: PolicyTextSection;
  title: string;
  body: string;
  /** The motto of the vision, the signature of the introduction, the timing of a milestone. */
  detail?: string;
  order: number;
}

/** A push message (bericht) on the SharePoint page. */
export interface Message {
  id: number;
  title: string;
  body: string;
  publishedAt: string;
  category: MessageCategory;
  themeId?: number;
  /** The proposal a decision is about (the Bericht links to it). */
  proposalId?: number;
  /** The korpsrichtlijn the Bericht is about (it links to it). */
  directiveId?: number;
}

/** A korpsrichtlijn as lists show it (no body). */
export interface DirectiveSummary {
  id: number;
  number: string;
  title: string;
  summary: string;
  status: DirectiveStatus;
  versionMajor: number;
  versionMinor: number;
  themeIds: number[];
  publishedAt?: string;
  requiresAcknowledgement: boolean;
}

/** A korpsrichtlijn with its text and the ETag of the version read. */
export interface Directive extends DirectiveSummary {
  body: string;
  etag: string;
  modified: string;
  ownerId?: number;
  /**
   * Concepts only (status `Concept`, list Richtlijnconcepten): the published korpsrichtlijn this concept is a new
   * version of, the published version it starts from, and the change its publication makes. The concept's own
   * `versionMajor`/`versionMinor` are the version it will be published as.
   */
  revision?: { directiveId: number; baseMajor: number; baseMinor: number; change: VersionChange };
}

/**
 * A "gelezen en begrepen" of one reader for one major version. It counts for its `authorId` only (who added it, as
 * SharePoint recorded it); `claimedEmployeeId` and `claimedName` are what the client wrote into the item (the person
 * field and the title), kept to show an entry that named someone else.
 */
export interface Acknowledgement {
  id: number;
  directiveId: number;
  versionMajor: number;
  /** Who acknowledged: the item's `Author`. */
  authorId: number;
  /** The author's name as SharePoint has it, when read. */
  authorName?: string;
  /** The person the client wrote into the item (display copy; never counted). */
  claimedEmployeeId?: number;
  /** The name the client wrote into the title (display copy; never counted). */
  claimedName?: string;
  acknowledgedAt: string;
}

/** A staff member of the roster (the Medewerkers group) with their dienst, when known. */
export interface StaffMember {
  id: number;
  title: string;
  dienst?: Dienst;
}

/** What the Beleid home shows, read in one round trip. */
export interface PolicyHome {
  texts: PolicyText[];
  themes: Theme[];
  messages: Message[];
  recentDirectives: DirectiveSummary[];
  /** The published korpsrichtlijnen the user still has to acknowledge ("gelezen en begrepen"), in number order. */
  toAcknowledge: DirectiveSummary[];
}

/** A search of the korpsrichtlijnen. */
export interface DirectiveQuery {
  status: DirectiveStatus;
  /** Searched in number, title, summary and text, ignoring case and accents. */
  text?: string;
  themeId?: number;
}

/** One page of korpsrichtlijnen; `next` continues after the last one shown. */
export interface DirectivePage {
  items: DirectiveSummary[];
  next?: string;
}

/** The korpsrichtlijnen view's first paint: the themes (for the filter), the user and the first page. */
export interface DirectiveListData {
  themes: Theme[];
  me: Membership;
  page: DirectivePage;
}

/** A theme page: the theme and the published korpsrichtlijnen linked to it. */
export interface ThemeDetail {
  theme: Theme;
  directives: DirectivePage;
}

/** A korpsrichtlijn page (or a concept's): the directive, the themes, the user and their acknowledgements of it. */
export interface DirectiveDetail {
  directive: Directive;
  themes: Theme[];
  me: Membership;
  myAcknowledgements: Acknowledgement[];
}

/** An acknowledgement whose client-written person or name is not its author: it counts for the author only. */
export interface MisattributedAcknowledgement {
  id: number;
  /** Who added it (SharePoint's `Author`): the person it counts for. */
  author: { id: number; title: string };
  /** Whom the item names (its person field or title). */
  named: string;
}

/**
 * What the Juridische dienst sees: per dienst (from the directory), who acknowledged the current major version and
 * who has not yet. A person counts by the acknowledgements they added themselves (`Author`), never by a name in one.
 */
export interface AcknowledgementReport {
  versionMajor: number;
  total: number;
  acknowledged: number;
  perDienst: { dienst?: Dienst; acknowledged: StaffMember[]; missing: StaffMember[] }[];
  /** Entries that name someone other than their author, shown as such. */
  misattributed: MisattributedAcknowledgement[];
}

/** The fields an author fills in for a korpsrichtlijn. */
export interface DirectiveDraft {
  number: string;
  title: string;
  summary: string;
  body: string;
  themeIds: number[];
  requiresAcknowledgement: boolean;
}

/** How an edit of a published korpsrichtlijn changes its version: a minor correction, or a new major version that asks for acknowledgement again. */
export type VersionChange = 'minor' | 'major';
