import type { ProposalOrigin } from '../domain/proposal/origin';
import type { ProposalActivity } from '../domain/proposal/activity';
import type { ComiteKey, Overleggroep, UitvoerderKind } from '../domain/proposal/bodies';
import type { CascadeStage, CascadeStepKey } from '../domain/proposal/cascade';
import type { ProposalAction, ProposalRole } from '../domain/proposal/proposal';
import type { RouteRuleId } from '../domain/proposal/routing';
import type { Plural } from './strings';
import type { ProposalStatus, ProposalTopic } from '../domain/proposal/statuses';

/** Strings of the Verbetervoorstellen views (Q&W proposals, validation, agenda, comités, notifications). Each language fills every key in src/loc/<locale>/proposals.ts. */
export interface ProposalStrings {
  title: string;
  /** What Q&W means, said once on the proposals view. */
  qwExplained: string;
  /** Where a proposal comes from: a team Q&W, or the dienst's teamoverleg. */
  origin: {
    label: string;
    hint: string;
    meetingDate: string;
    meetingDateHint: string;
    options: Record<ProposalOrigin, string>;
    /** On the proposal and its timeline. */
    fromTeam: string;
    fromMeeting: string;
    notYours: string;
    dateRequired: string;
    dateInFuture: string;
    /** The author is not who submits for that origin (a value written outside the app). */
    authorMismatch: string;
  };
  sections: {
    navLabel: string;
    team: string;
    dienst: string;
    validation: string;
    agenda: string;
    comite: string;
    oversight: string;
  };
  /** The korpsleiding's oversight: proposals whose history SharePoint recorded differently from the flow. */
  oversight: {
    intro: string;
    run: string;
    running: string;
    none: string;
    flagged: string;
    open: string;
  };
  status: Record<ProposalStatus, string>;
  topic: Record<ProposalTopic, string>;
  comite: Record<ComiteKey, string>;
  uitvoerder: Record<UitvoerderKind, string>;
  overleggroep: Record<Overleggroep, string>;
  /** Button labels of the actions. */
  action: Record<ProposalAction, string>;
  /** What an action did, for the timeline: "{actor} heeft … gevalideerd". */
  done: Record<ProposalAction, string>;
  party: {
    proposer: string;
    teamQW: string;
    /** `{dienst}`: the teamoverleg that proposed (instead of the team Q&W). */
    teamoverleg: string;
    diensthoofd: string;
    directiecomite: string;
    comitevoorzitter: string;
    uitvoerder: string;
  };
  cascade: Record<CascadeStepKey, string>;
  /** The roles someone can act in. */
  role: Record<ProposalRole, string>;
  /** The phases of the flow, as the progress shows them. */
  phase: {
    team: string;
    /** The first phase of a proposal from a teamoverleg (instead of {@link team}). */
    teamoverleg: string;
    diensthoofd: string;
    directiecomite: string;
    comite: string;
    uitvoering: string;
    result: string;
  };
  rule: Record<RouteRuleId, string>;
  activity: Record<ProposalActivity, string>;
  common: {
    number: string;
    dienst: string;
    topic: string;
    cost: string;
    noCost: string;
    submittedOn: string;
    proposer: string;
    back: string;
    cancel: string;
    more: string;
    expectedOn: string;
    overdue: string;
    noDienst: string;
    dismiss: string;
  };
  list: {
    heading: string;
    intro: string;
    empty: string;
    newProposal: string;
    nextStep: string;
    finished: string;
    lastDecision: string;
    chooseDienst: string;
    pending: Plural;
    pendingSent: Plural;
  };
  form: {
    heading: string;
    editHeading: string;
    intro: string;
    title: string;
    titleHint: string;
    problem: string;
    problemHint: string;
    improvement: string;
    improvementHint: string;
    description: string;
    dienst: string;
    topic: string;
    topicPlaceholder: string;
    cost: string;
    costHint: string;
    attachments: string;
    attachmentsHint: string;
    removeAttachment: string;
    draftSaved: string;
    draftRestored: string;
    discard: string;
    submit: string;
    saveChanges: string;
    submitting: string;
    submitted: string;
    queued: string;
    attachmentsQueued: string;
    required: string;
    tooLong: string;
    invalidAmount: string;
    fixErrors: string;
    saved: string;
    chooseFiles: string;
  };
  detail: {
    whereHeading: string;
    nextStep: string;
    finalHeading: string;
    contentHeading: string;
    problem: string;
    improvement: string;
    description: string;
    attachmentsHeading: string;
    noAttachments: string;
    addAttachments: string;
    actionsHeading: string;
    noActions: string;
    timelineHeading: string;
    noDecisions: string;
    inList: string;
    inListUnsaved: string;
    actingAs: string;
    /** A log entry that gives another person's name than its author's. */
    namedOther: string;
    /** A log entry by someone not entitled to the action: shown, counts for nothing. */
    notEntitled: string;
    /** The heading of what SharePoint recorded that the flow does not explain. */
    outsideAppHeading: string;
    outsideAppIntro: string;
    findingStatus: string;
    findingEntry: string;
    findingName: string;
    findingFeedback: string;
    showMore: string;
    showLess: string;
    reason: string;
    routedTo: string;
    assignedTo: string;
    agendaOf: string;
    progressHeading: string;
    progressLabel: string;
    progressSave: string;
    outcomeHeading: string;
    edit: string;
    statusChanged: string;
  };
  decision: {
    heading: string;
    reason: string;
    reasonRequired: string;
    reasonOptional: string;
    question: string;
    comite: string;
    suggestion: string;
    suggestionBecause: string;
    /** What led to a suggestion: the topic chosen, the words found in the texts, a cost estimate. */
    becauseTopic: string;
    becauseWords: Plural;
    becauseCost: string;
    /** The reason's label when the comité chosen is not the app's suggestion. */
    overrideReason: string;
    /** Shown when the comité chosen is not the app's suggestion and no reason was given. */
    overrideReasonMissing: string;
    uitvoerderKind: string;
    werkgroep: string;
    newWerkgroep: string;
    newWerkgroepName: string;
    newWerkgroepMandate: string;
    overleggroep: string;
    meeting: string;
    done: string;
    notified: Plural;
    notifiedFailed: Plural;
    queuedLog: string;
  };
  refused: {
    invalidTransition: string;
    notAllowed: string;
    reasonRequired: string;
    wrongDienst: string;
    notChair: string;
    comiteRequired: string;
    uitvoerderRequired: string;
    overleggroepRequired: string;
    werkgroepNameRequired: string;
    overleggroepNotExpected: string;
    invalidMeeting: string;
    notEditable: string;
    cascadeNotAllowed: string;
  };
  queue: {
    heading: string;
    intro: string;
    empty: string;
  };
  agenda: {
    heading: string;
    intro: string;
    closes: string;
    empty: string;
    later: string;
    select: string;
    decisionLabel: string;
    decideRoute: string;
    decideReject: string;
    decidePostpone: string;
    confirmSelected: string;
    confirmed: Plural;
    confirmFailed: string;
    selectedCount: string;
  };
  comiteWork: {
    heading: string;
    intro: string;
    empty: string;
    toAssign: string;
    assigned: string;
    inProgress: string;
  };
  feedback: {
    heading: string;
    heldOn: string;
    record: string;
    recorded: string;
    stages: Record<CascadeStage, string>;
    notYet: string;
    noReport: string;
    complete: string;
    publish: string;
    publishTitle: string;
    publishBody: string;
    published: string;
    perDienst: string;
  };
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
}
