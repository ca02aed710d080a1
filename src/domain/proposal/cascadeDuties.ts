import type { Dienst, GroupKey } from '../groups';
import { FEEDBACK_CASCADE, type CascadeStep, type CascadeStepKey } from './cascade';

/**
 * Who records each step of the feedback cascade (source: SD2, communicatieflow): a dienst's diensthoofd and middenkader
 * how they passed the decision on in their dienst (middenkaderoverleg, newsletter, team meeting) and the feedback to
 * its team Q&W; whoever may publish on the SharePoint page the push message. The report is nobody's tick: a published
 * report that records the decision is the step.
 */
export const CASCADE_DUTIES: Readonly<Record<CascadeStepKey, readonly GroupKey[]>> = {
  middenkaderoverleg: ['diensthoofden', 'middenkader'],
  nieuwsbrief: ['diensthoofden', 'middenkader'],
  teamoverleg: ['diensthoofden', 'middenkader'],
  pushbericht: ['communicatie', 'directiecomite', 'comitevoorzitters'],
  verslag: [],
  'team-qw': ['middenkader', 'diensthoofden'],
};

/** Someone who records cascade steps: the groups they belong to and their own dienst. */
export interface CascadeRecorder {
  groups: readonly GroupKey[];
  dienst: Dienst | null;
}

/**
 * True when the recorder may tick the step: a beheerder always; otherwise a member of a responsible group, and for a
 * step held per dienst only for their own dienst.
 */
export function mayRecordCascadeStep(step: CascadeStep, recorder: CascadeRecorder, dienst: Dienst | null): boolean {
  if (!step.ticked) return false;
  if (recorder.groups.indexOf('beheerders') >= 0) return !step.perDienst || dienst !== null;
  const responsible = CASCADE_DUTIES[step.key].some((group) => recorder.groups.indexOf(group) >= 0);
  return responsible && (!step.perDienst || (dienst !== null && dienst === recorder.dienst));
}

/** One recorded step of a cascade, with the dienst it was held for when it is held per dienst. */
export interface CascadeMark {
  step: CascadeStepKey;
  dienst: Dienst | null;
}

/**
 * The steps done for a dienst: a step held per dienst counts once that dienst has held it; the report once a published
 * report records the decision (`reported`).
 */
export function cascadeStepsDone(marks: readonly CascadeMark[], dienst: Dienst, reported: boolean): CascadeStepKey[] {
  return FEEDBACK_CASCADE.filter(
    (step) => (step.key === 'verslag' && reported) || marks.some((m) => m.step === step.key && (!step.perDienst || m.dienst === dienst)),
  ).map((step) => step.key);
}

/** The people behind the groups of {@link CASCADE_DUTIES}, as SharePoint knows them (ids), for one proposal's cascade. */
export interface CascadePeople {
  /** Each dienst's head and middenkader (the Diensten list). */
  rosters: readonly { dienst: Dienst; headId: number | null; middleManagerIds: readonly number[] }[];
  directiecomiteIds: readonly number[];
  communicatieIds: readonly number[];
  /** The comités' chairs. */
  chairIds: readonly number[];
  beheerderIds: readonly number[];
}

/** The people of one responsible group, for a step held for `dienst` (per dienst: that dienst's people only). */
function peopleOf(group: GroupKey, people: CascadePeople, dienst: Dienst | null): readonly number[] {
  const rosters = people.rosters.filter((r) => dienst === null || r.dienst === dienst);
  switch (group) {
    case 'directiecomite':
      return people.directiecomiteIds;
    case 'diensthoofden':
      return rosters.map((r) => r.headId).filter((id): id is number => id !== null);
    case 'middenkader':
      return rosters.reduce<number[]>((all, r) => all.concat(r.middleManagerIds), []);
    case 'communicatie':
      return people.communicatieIds;
    case 'comitevoorzitters':
      return people.chairIds;
    case 'beheerders':
      return people.beheerderIds;
    default:
      return [];
  }
}

/**
 * Whether a recorded step counts: its author (the entry's SharePoint `Author`) is one of the people responsible for it
 * ({@link CASCADE_DUTIES}, a beheerder always), and for a step held per dienst one of that dienst's.
 */
export function cascadeEntryCounts(step: CascadeStep, dienst: Dienst | null, authorId: number, people: CascadePeople): boolean {
  if (!step.ticked || (step.perDienst && dienst === null)) return false;
  const forDienst = step.perDienst ? dienst : null;
  return CASCADE_DUTIES[step.key].concat(['beheerders']).some((group) => peopleOf(group, people, forDienst).indexOf(authorId) >= 0);
}
