import type { ClockState, FeedbackPreference, ReportCategory, ReportChannel, ReportOutcome, ReportRefusal, ReportStatus, Timeliness } from '../domain/melden';
import type { Plural } from './strings';

/** A label per stored (Dutch) value, so French and English users read their own language. */
type Labels<K extends string> = Record<K, string>;

/** Strings of the Integriteitsmelding view (the internal reporting channel). Each language below must fill every key. */
export interface MeldenStrings {
  title: string;
  intro: string;
  about: {
    forHeading: string;
    forBody: string;
    elsewhereHeading: string;
    elsewhere: string[];
    externalHeading: string;
    externalBody: string;
    identityHeading: string;
    identityBody: string;
    identityAlternative: string;
    protection: string;
    contactsHeading: string;
    noContacts: string;
  };
  home: {
    report: string;
    mineHeading: string;
    mineEmpty: string;
    runningHeading: string;
    runningEmpty: string;
    registerHeading: string;
    registerEmpty: string;
    registerOnBehalf: string;
    figures: string;
    loadMore: string;
  };
  columns: {
    receivedOn: string;
    subject: string;
    category: string;
    status: string;
    receipt: string;
    feedback: string;
  };
  form: {
    heading: string;
    identityNotice: string;
    subject: string;
    subjectHint: string;
    category: string;
    categoryHint: string;
    facts: string;
    factsHint: string;
    whenWhere: string;
    involved: string;
    involvedHint: string;
    feedbackPreference: string;
    submit: string;
    submitting: string;
    done: string;
    doneBody: string;
    viewReport: string;
    another: string;
  };
  registerForm: {
    heading: string;
    intro: string;
    channel: string;
    receivedOn: string;
    reporterName: string;
    reporterNameHint: string;
    reporterContact: string;
    done: string;
  };
  report: {
    heading: string;
    facts: string;
    whenWhere: string;
    involved: string;
    channel: string;
    receivedOn: string;
    reporter: string;
    anonymous: string;
    registeredBy: string;
    feedbackPreference: string;
    receiptHeading: string;
    receiptNone: string;
    feedbackHeading: string;
    feedbackNone: string;
    outcome: string;
    closedOn: string;
    confirmedOn: string;
    givenOn: string;
    notTrusted: string;
  };
  actions: {
    heading: string;
    confirmReceipt: string;
    receiptMessage: string;
    receiptTemplate: string;
    giveFeedback: string;
    feedbackText: string;
    feedbackHint: string;
    close: string;
    outcome: string;
    saving: string;
  };
  refusals: Labels<ReportRefusal>;
  clock: {
    receipt: string;
    feedback: string;
    states: Labels<ClockState>;
    daysLeft: Plural;
    daysLate: Plural;
    deadline: string;
  };
  figures: {
    heading: string;
    intro: string;
    year: string;
    byCategory: string;
    byStatus: string;
    byOutcome: string;
    receiptTimeliness: string;
    feedbackTimeliness: string;
    label: string;
    count: string;
    total: string;
    /** `{threshold}`: the zone's anonymity threshold. */
    suppressed: string;
  };
  categories: Labels<ReportCategory>;
  statuses: Labels<ReportStatus>;
  outcomes: Labels<ReportOutcome>;
  channels: Labels<ReportChannel>;
  preferences: Labels<FeedbackPreference>;
  timeliness: Labels<Timeliness>;
}
