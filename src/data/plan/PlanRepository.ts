import type { ActionPoint, ActionPointUpdate, EvaluationInput, EvaluationInputDraft, Plan, PlanPriority, PlanPriorityUpdate } from './types';

/** The integrity plan: read whole in one round trip; each owner updates its own operational objectives. */
export interface PlanRepository {
  /** The 7 SDs, their operational objectives, the milestones and the user. */
  loadPlan(): Promise<Plan>;
  /**
   * Stores an owner's update with the ETag it read: SharePoint refuses it with 412 when someone changed the objective
   * meanwhile and with 403 when the user is not its owner. Returns the objective as stored, with its new ETag.
   */
  updateActionPoint(point: ActionPoint, update: ActionPointUpdate, at?: Date): Promise<ActionPoint>;
  /**
   * Sets the Werkgroep Integriteit's priority of an operational objective: creates its item, or updates the one read
   * with its ETag (412 when another member changed it meanwhile, 409 when another member created it first, 403 for
   * anyone outside the werkgroep). Returns the priority as stored.
   */
  setPriority(actionPointCode: string, current: PlanPriority | undefined, update: PlanPriorityUpdate): Promise<PlanPriority>;
  /** Adds an evaluation input of the werkgroep to a milestone, once whatever the retries (403 outside the werkgroep). */
  addEvaluationInput(draft: EvaluationInputDraft): Promise<EvaluationInput>;
}
