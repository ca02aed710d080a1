import type { Plural } from './strings';
import type { AuditAction } from '../data/complaints/auditLog';
import type { ComplaintAction, ComplaintChannel, ComplaintOutcome, ComplaintStatus, FindingKind, ListingKind, RoutingField } from '../domain/complaints';
import type {
  AbsenceKind,
  AdviceStatus,
  DamageCategory,
  GiftDecision,
  GiftFlag,
  GiftKind,
  HandlingStatus,
  IncompatibilityCategory,
  SideActivityAction,
  SideActivityKind,
  SideActivityStatus,
} from '../domain/registers';

/** A label per stored (Dutch) value, so French and English users read their own language. */
type Labels<K extends string> = Record<K, string>;

/** Strings of the Registers, Klachten and Dashboard views. Each language fills every key in src/loc/<locale>/registers.ts. */
export interface RegisterStrings {
  title: string;
  intro: string;
  common: {
    save: string;
    saving: string;
    saved: string;
    cancel: string;
    back: string;
    loadMore: string;
    submit: string;
    submitting: string;
    optional: string;
    choose: string;
    none: string;
    status: string;
    dienst: string;
    reportedBy: string;
    reportedOn: string;
    history: string;
    historyEmpty: string;
    queued: string;
    outboxPending: Plural;
    conflict: string;
    fixProblems: string;
    print: string;
    exportCsv: string;
    exportHtml: string;
    publish: string;
    publishing: string;
    publishedOn: string;
    notPublished: string;
    recipients: string;
    yourReports: string;
    allReports: string;
    empty: string;
    open: string;
    reason: string;
    euro: string;
    problems: {
      required: string;
      invalidNumber: string;
      negative: string;
      invalidDate: string;
      inFuture: string;
      startInPast: string;
      endBeforeStart: string;
      invalidTime: string;
    };
    handlingStatus: Labels<HandlingStatus>;
  };
  actions: {
    declareGift: string;
    declareSideActivity: string;
    reportDamage: string;
  };
  gifts: {
    title: string;
    formTitle: string;
    policy: string;
    kind: string;
    what: string;
    whatHint: string;
    giver: string;
    value: string;
    valueHint: string;
    receivedOn: string;
    whyNotRefused: string;
    decision: string;
    handlingNotes: string;
    handlingTitle: string;
    flagsTitle: string;
    /** Private work, a discount or another favour: never accepted at all. */
    flagsNeverBody: string;
    /** A New Year gift: not accepted personally. */
    flagsPersonalBody: string;
    created: string;
    viewReport: string;
    neverAccepted: string;
    neverAcceptPersonally: string;
    kinds: Labels<GiftKind>;
    decisions: Labels<GiftDecision>;
    flags: Labels<GiftFlag>;
  };
  sideActivities: {
    title: string;
    formTitle: string;
    policy: string;
    kader: string;
    kaderOps: string;
    kaderCaLog: string;
    kind: string;
    activity: string;
    description: string;
    organisation: string;
    startDate: string;
    startHint: string;
    endDate: string;
    hoursPerMonth: string;
    period: string;
    periodOpen: string;
    /** The two categories of aandachtspunt 2, as titles. */
    incompatibleTitle: Record<IncompatibilityCategory, string>;
    incompatibleBody: string;
    /** Said under the category of special legislation: its list is not exhaustive. */
    amongOthers: string;
    suspectedTitle: string;
    suspectedBody: string;
    created: string;
    createdOps: string;
    viewDeclaration: string;
    declaredBy: string;
    adviceTitle: string;
    receivedOn: string;
    deadline: string;
    daysLeft: string;
    daysLate: string;
    adviceGivenOn: string;
    adviceLate: string;
    remindersOn: string;
    noClock: string;
    reminderTitle: string;
    /** `{soon}`, `{overdue}` and `{date}` are filled in; the two counts come from {@link reminderSoon} and {@link reminderOverdue}. */
    reminderBody: string;
    /** `{count}` and `{days}` (the zone's first reminder, days before the deadline). */
    reminderSoon: Plural;
    reminderOverdue: Plural;
    clock: Labels<AdviceStatus>;
    exerciseTitle: string;
    stateActive: string;
    stateSuspended: string;
    stateInactive: string;
    exerciseHidden: string;
    suspensionsTitle: string;
    suspensionPeriod: string;
    suspensionOngoing: string;
    decisionsTitle: string;
    registerReceipt: string;
    receiptHint: string;
    talkTitle: string;
    talkOn: string;
    talkPending: string;
    talkDate: string;
    recordTalk: string;
    advice: string;
    adviceReason: string;
    adviceConditions: string;
    saveAdvice: string;
    endActivity: string;
    endDateLabel: string;
    adviceValues: { Gunstig: string; 'Gunstig onder voorwaarden': string; Ongunstig: string };
    statuses: Labels<SideActivityStatus>;
    kinds: Labels<SideActivityKind>;
    historyActions: Labels<SideActivityAction | 'declare'>;
    historyLine: string;
    refusals: {
      invalidTransition: string;
      notAllowed: string;
      reasonRequired: string;
      invalidReceipt: string;
      talkRequired: string;
      invalidTalkDate: string;
      incompatible: string;
      invalidEndDate: string;
      adviceRequired: string;
      conditionsRequired: string;
    };
  };
  absences: {
    title: string;
    intro: string;
    member: string;
    close: string;
    /** `{name}`: the staff member. */
    registered: string;
    kind: string;
    start: string;
    end: string;
    register: string;
    registerEnd: string;
    endOn: string;
    empty: string;
    kinds: Labels<AbsenceKind>;
  };
  damage: {
    title: string;
    formTitle: string;
    policy: string;
    category: string;
    what: string;
    location: string;
    occurredOn: string;
    occurredTime: string;
    object: string;
    objectHint: string;
    description: string;
    photo: string;
    photoHint: string;
    photos: string;
    photoNotSaved: string;
    handlingTitle: string;
    handlingNotes: string;
    created: string;
    viewReport: string;
    categories: Labels<DamageCategory>;
  };
  complaints: {
    title: string;
    intro: string;
    register: string;
    intakeTitle: string;
    intakeNote: string;
    filterOpen: string;
    filterClosed: string;
    year: string;
    reference: string;
    referenceHint: string;
    subject: string;
    receivedOn: string;
    channel: string;
    complainantName: string;
    complainantContact: string;
    complainantTitle: string;
    facts: string;
    theme: string;
    involvedStaff: string;
    /** The people picker: its input's hint, the button that opens the list, a name with no match, removing one. */
    involvedStaffPlaceholder: string;
    involvedStaffOpen: string;
    involvedStaffNone: string;
    involvedStaffRemove: string;
    evidence: string;
    evidenceHint: string;
    investigator: string;
    investigatorFunction: { diensthoofd: string; hinp: string };
    unassigned: string;
    empty: string;
    emptyInvestigator: string;
    noAccessTitle: string;
    noAccessBody: string;
    confidential: string;
    created: string;
    sectionComplaint: string;
    sectionInvestigation: string;
    investigationNotes: string;
    feedbackText: string;
    feedbackDate: string;
    feedbackTemplate: string;
    useTemplate: string;
    /** The investigator's counted feedback finding, as Intern Toezicht records it ({name}, {date}). */
    feedbackFromInvestigator: string;
    feedbackMissing: string;
    legalSupportHeading: string;
    legalSupportIntro: string;
    legalSupportAsk: string;
    legalSupportAsked: string;
    administrationTitle: string;
    administrationIntro: string;
    administrationOpen: string;
    administrationEmpty: string;
    adminNumber: string;
    adminReceivedOn: string;
    adminNextDeadline: string;
    adminDeadlineNote: string;
    adminDocuments: string;
    adminDocumentsHint: string;
    adminArchivedOn: string;
    adminEdit: string;
    adminOverdue: string;
    outcome: string;
    sectionSpoc: string;
    spocFeedback: string;
    mayorFeedbackOn: string;
    sectionDecisions: string;
    decision: string;
    noActions: string;
    disciplinaryHead: string;
    disciplinaryOpenedOn: string;
    closedOn: string;
    sectionHistory: string;
    historyLine: string;
    sectionConsultations: string;
    consultationsIntro: string;
    consultedBy: string;
    consultedAt: string;
    consultationAction: string;
    auditActions: Labels<AuditAction>;
    /** Shown next to a log entry whose free-text name differs from who really added it (SharePoint's Author). */
    claimedName: string;
    readOnlyInvestigator: string;
    readOnlyHead: string;
    sectionFindings: string;
    findingsIntro: string;
    findingsEmpty: string;
    findingKinds: Labels<FindingKind>;
    findingKind: string;
    findingText: string;
    findingBy: string;
    addFinding: string;
    findingAdded: string;
    findingNotCounted: string;
    sectionVersions: string;
    versionsIntro: string;
    versionLine: string;
    routingFields: Labels<RoutingField>;
    changedOutside: string;
    tamperNotice: string;
    historyClaimed: string;
    historyCopy: string;
    saveDetails: string;
    statuses: Labels<ComplaintStatus>;
    channels: Labels<ComplaintChannel>;
    outcomes: Labels<ComplaintOutcome>;
    actionLabels: Labels<ComplaintAction>;
    refusals: {
      invalidTransition: string;
      notAllowed: string;
      reasonRequired: string;
      notInvestigator: string;
      investigatorRequired: string;
      outcomeRequired: string;
      invalidFeedbackDate: string;
      disciplinaryHeadRequired: string;
      feedbackFindingRequired: string;
    };
    publishedTitle: string;
    publishedEmpty: string;
  };
  listing: {
    title: string;
    heading: string;
    month: string;
    intro: string;
    total: string;
    byKind: string;
    byDienst: string;
    activities: string;
    date: string;
    activity: string;
    count: string;
    noDienst: string;
    empty: string;
    kinds: Labels<ListingKind>;
  };
  figures: {
    title: string;
    heading: string;
    intro: string;
    /** `{threshold}` (the zone's anonymity threshold) and `{below}` (one less). */
    legend: string;
    received: string;
    byTheme: string;
    byDienst: string;
    byOutcome: string;
    disciplinary: string;
    leadTime: string;
    closed: string;
    medianDays: string;
    medianHidden: string;
    label: string;
    count: string;
    total: string;
    open: string;
    noDienst: string;
  };
  dashboard: {
    title: string;
    intro: string;
    year: string;
    restricted: string;
    /** For whom neither the dashboard nor the published reports are meant: said calmly, never as an error. */
    notForYou: string;
    received: string;
    closed: string;
    open: string;
    medianLead: string;
    averageFeedback: string;
    disciplinary: string;
    perMonth: string;
    perMonthSummary: string;
    openByStatus: string;
    byTheme: string;
    byDienst: string;
    byOutcome: string;
    chartSummary: string;
    showTable: string;
    month: string;
    count: string;
    notAvailable: string;
  };
}
