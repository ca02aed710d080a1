import type { ActionPoint, ActionPointUpdate, Plan } from './types';

/** The integrity plan: read whole in one round trip; each owner updates its own operational objectives. */
export interface PlanRepository {
  /** The 7 SDs, their operational objectives, the milestones and the user. */
  loadPlan(): Promise<Plan>;
  /**
   * Stores an owner's update with the ETag it read: SharePoint refuses it with 412 when someone changed the objective
   * meanwhile and with 403 when the user is not its owner. Returns the objective as stored, with its new ETag.
   */
  updateActionPoint(point: ActionPoint, update: ActionPointUpdate, at?: Date): Promise<ActionPoint>;
}
