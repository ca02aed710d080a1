import type { TpiConclusion } from '../domain/complaints/tpiCheck';
import type { ContactKind, EvaluationStatus, FollowUpHandler, FollowUpStatus, InjuryKind, ResistanceKind, SupportKind } from '../domain/resistance';

import type { Plural } from './strings';

type Labels<K extends string> = Record<K, string>;

/** Strings of the Weerspannigheid view, its dashboard clocks and the TPI check of use-of-force complaints. Each language must fill every key. */
export interface ResistanceStrings {
  title: string;
  intro: string;
  confidential: string;
  newIncident: string;
  incidents: string;
  noIncidents: string;
  openWork: string;
  openEvaluations: string;
  openFollowUps: string;
  noOpenWork: string;
  /** The terms are the zone's, not the source's: `{evaluation}`, `{contact}`, `{followUp}`, each counted with {@link termDays}. */
  termsNote: string;
  /** A term in days ("1 dag", "30 dagen"). */
  termDays: Plural;
  due: string;
  daysLeft: string;
  dueToday: string;
  overdue: string;
  followUpOf: string;
  fields: {
    title: string;
    occurredOn: string;
    occurredTime: string;
    place: string;
    members: string;
    membersHint: string;
    kind: string;
    weapon: string;
    injuries: string;
    injuryNotes: string;
    facts: string;
    pvReference: string;
    bodycamRefs: string;
    bodycamHint: string;
    registeredBy: string;
  };
  register: string;
  registering: string;
  kinds: Labels<ResistanceKind>;
  injuries: Labels<InjuryKind>;
  evaluation: {
    heading: string;
    intro: string;
    status: Labels<EvaluationStatus>;
    evaluatedOn: string;
    tiwk: string;
    gwb: string;
    findings: string;
    lessons: string;
    lessonLabel: string;
    addLesson: string;
    removeLesson: string;
    noLessons: string;
    save: string;
    saving: string;
    notYet: string;
    toNeed: string;
    needTheme: string;
    needCreated: string;
    needHint: string;
    openNeed: string;
  };
  followUp: {
    heading: string;
    intro: string;
    start: string;
    notStarted: string;
    handler: string;
    handlers: Labels<FollowUpHandler>;
    firstContactOn: string;
    contactKind: string;
    contactKinds: Labels<ContactKind>;
    support: string;
    supports: Labels<SupportKind>;
    notes: string;
    close: string;
    save: string;
    saving: string;
    status: Labels<FollowUpStatus>;
    closedOn: string;
    yours: string;
  };
  refusals: { [code: string]: string };
  dashboard: {
    heading: string;
    evaluations: string;
    followUps: string;
    open: string;
  };
  tpi: {
    heading: string;
    intro: string;
    missing: string;
    examinedBy: string;
    examinedOn: string;
    conclusion: string;
    conclusions: Labels<TpiConclusion>;
    notes: string;
    record: string;
    recording: string;
    closedWithout: string;
    refusals: { [code: string]: string };
  };
}
