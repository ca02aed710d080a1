import type { AttendanceKind, TrainingStatus, TrainingTheme } from '../domain/trainings';
import type { Plural } from './strings';

type Labels<K extends string> = Record<K, string>;

/** Strings of the Opleidingen view: the opleidingsplan, sessions, attendance and the dilemma sessions. Each language must fill every key. */
export interface TrainingStrings {
  title: string;
  intro: string;
  tabs: { plan: string; dilemmas: string };
  year: string;
  dienst: string;
  wholeCorps: string;
  planHeading: string;
  planCaption: string;
  theme: string;
  needs: string;
  planned: string;
  held: string;
  sessions: string;
  noSessions: string;
  mine: string;
  noneMine: string;
  newSession: string;
  planNeed: string;
  themes: Labels<TrainingTheme>;
  statuses: Labels<TrainingStatus>;
  attendanceKinds: Labels<AttendanceKind>;
  fields: {
    title: string;
    theme: string;
    dienst: string;
    dienstHint: string;
    startsOn: string;
    startsAt: string;
    location: string;
    trainer: string;
    capacity: string;
    description: string;
    when: string;
    source: string;
    sourceValue: string;
    evaluation: string;
  };
  save: string;
  saving: string;
  fromLesson: string;
  attendance: {
    heading: string;
    member: string;
    kind: string;
    record: string;
    recording: string;
    none: string;
    count: Plural;
  };
  heldHeading: string;
  heldHint: string;
  markHeld: string;
  cancel: string;
  refusals: { [code: string]: string };
  dilemmas: {
    heading: string;
    intro: string;
    chooseTheme: string;
    themeLabel: string;
    questions: string;
    discussed: string;
    recordHeading: string;
    recordIntro: string;
    heldOn: string;
    team: string;
    present: string;
    record: string;
    recording: string;
    recorded: string;
    recent: string;
    noneRecent: string;
    sessionLine: string;
    leader: string;
    pickDilemmas: string;
  };
}
