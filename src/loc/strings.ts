import type { MeldenStrings } from './melden';
import type { PolicyStrings } from './policy';
import type { ProposalStrings } from './proposals';
import type { RegisterStrings } from './registers';
import type { ResistanceStrings } from './resistance';
import type { TrainingStrings } from './trainings';
import type { VerslagenStrings } from './verslagen';
import type { SettingsStrings } from './settings';

/** The languages the product speaks, Dutch first. */
export const LOCALES = ['nl-BE', 'fr-BE', 'en-US'] as const;
/** One of {@link LOCALES}. */
export type Locale = (typeof LOCALES)[number];

/** Every UI text of the product; each language file must fill every key (a missing key fails the build). */
/**
 * A text that depends on a count, by the language's plural rules (Intl.PluralRules: `one` is 1 in Dutch and English,
 * 0 and 1 in French); fill it with `formatCount`, never with "(en)" or "(s)".
 */
export interface Plural {
  one: string;
  other: string;
}

export interface Strings {
  /** The language of these strings (for plural rules and number formats). */
  locale: Locale;
  app: {
    title: string;
    subtitle: string;
    navLabel: string;
    loading: string;
    signedInAs: string;
    /** Shown instead of a view the user may not use (reached by its address): calm, never an error. */
    viewNotOffered: string;
  };
  nav: {
    beleid: string;
    plan: string;
    voorstellen: string;
    registers: string;
    klachten: string;
    melden: string;
    dashboard: string;
    weerspannigheid: string;
    opleidingen: string;
    verslagen: string;
  };
  errors: {
    generic: string;
    network: string;
    throttled: string;
    conflict: string;
    forbidden: string;
    notFound: string;
    retry: string;
    /** A part of the app failed to render (a bug, not SharePoint): shown instead of that part, with a retry. */
    viewFailed: string;
  };
  /** The notification bell in the frame's header (what its list says about each notification is the proposals'). */
  notifications: {
    button: string;
    buttonUnread: string;
    heading: string;
    empty: string;
    /** Read out (not shown) after an unread notification's text. */
    unread: string;
    loadError: string;
    markAllRead: string;
    markAllReadFailed: string;
  };
  /**
   * Feature strings live in their own files (src/loc/<feature>.ts) so features grow independently; each is a chunk of
   * its own, loaded with the views that use it (see {@link StringsFeature}).
   */
  policy: PolicyStrings;
  proposals: ProposalStrings;
  registers: RegisterStrings;
  resistance: ResistanceStrings;
  trainings: TrainingStrings;
  verslagen: VerslagenStrings;
  melden: MeldenStrings;
  settings: SettingsStrings;
}

/** The features whose strings are chunks of their own, loaded with the views that use them (src/loc/README.md). */
export const STRINGS_FEATURES = ['policy', 'proposals', 'registers', 'resistance', 'trainings', 'verslagen', 'melden', 'settings'] as const;
/** One of {@link STRINGS_FEATURES}. */
export type StringsFeature = (typeof STRINGS_FEATURES)[number];

/** A language's own chunk (`src/loc/<locale>/index.ts`): the frame's texts, and how to load each feature's texts. */
export interface LanguageChunk {
  frame: Omit<Strings, StringsFeature>;
  features: { [F in StringsFeature]: () => Promise<Strings[F]> };
}
