import type { BrusselsDate } from '../../domain/dates';
import type { GroupTitle } from '../groups';
import type { PolicyText } from '../policy/types';
import type { Membership } from '../membership';
import type { ChoiceOf } from '../schema';

/** The status of an operational objective. */
export type ActionPointStatus = ChoiceOf<'Actiepunten', 'Status'>;
/** The horizon of an operational objective. */
export type ActionPointHorizon = ChoiceOf<'Actiepunten', 'Horizon'>;
/** The priority the Werkgroep Integriteit gives an operational objective. */
export type PlanPriorityLevel = ChoiceOf<'Prioriteiten', 'Priority'>;

/** A strategische doelstelling (SD1-SD7). */
export interface StrategicObjective {
  id: number;
  code: string;
  title: string;
  /** Rich text HTML as stored; sanitize before showing. */
  body: string;
}

/** An operational objective (actiepunt) with its owner and the state its owner keeps up to date. */
export interface ActionPoint {
  id: number;
  code: string;
  title: string;
  /** The full text of the objective (the title may be clipped). */
  description: string;
  objectiveId: number;
  /** The actor as the plan names it. */
  actor?: string;
  /** The row caption of the plan, e.g. Communicatieplan. */
  label?: string;
  ownerGroup: GroupTitle;
  status: ActionPointStatus;
  horizon?: ActionPointHorizon;
  timing?: string;
  lastUpdate?: string;
  evaluationNotes: string;
  etag: string;
}

/** What an owner changes on an operational objective. */
export interface ActionPointUpdate {
  status: ActionPointStatus;
  horizon?: ActionPointHorizon;
  evaluationNotes: string;
}

/** The Werkgroep Integriteit's priority for one operational objective; who set it last is SharePoint's `Editor`. */
export interface PlanPriority {
  id: number;
  actionPointCode: string;
  priority: PlanPriorityLevel;
  motivation: string;
  /** The werkgroep's meeting that set it. */
  meetingDate: BrusselsDate | null;
  editorName?: string;
  modified: string;
  etag: string;
}

/** What the werkgroep sets on an operational objective. */
export interface PlanPriorityUpdate {
  priority: PlanPriorityLevel;
  motivation: string;
  meetingDate: BrusselsDate;
}

/** One entry of the Werkgroep Integriteit's evaluation input for a milestone; its author is SharePoint's `Author`. */
export interface EvaluationInput {
  id: number;
  milestoneKey: string;
  input: string;
  meetingDate: BrusselsDate | null;
  authorName?: string;
  created: string;
}

/** What the werkgroep adds to a milestone. */
export interface EvaluationInputDraft {
  milestoneKey: string;
  input: string;
  meetingDate: BrusselsDate;
}

/** The whole integrity plan as the plan view shows it, with the timing and evaluation milestones and the user. */
export interface Plan {
  objectives: StrategicObjective[];
  actionPoints: ActionPoint[];
  milestones: PolicyText[];
  /** The werkgroep's priorities, by operational objective. */
  priorities: PlanPriority[];
  /** The werkgroep's evaluation input, newest meeting first. */
  evaluationInputs: EvaluationInput[];
  me: Membership;
}
