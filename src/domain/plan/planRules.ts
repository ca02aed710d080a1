import { GROUPS, type GroupKey } from '../groups';
import { isIn, type Membership } from '../membership';
import type { ActionPoint } from '../../data/plan/types';

/** Longest evaluation note an owner can store (a plain Note field holds more; this keeps notes readable). */
export const EVALUATION_NOTES_MAX = 4000;

/**
 * Whether the user may update an operational objective: a member of its owner group, the korpsleiding (who sees and
 * steers the whole plan) or a beheerder. The screen follows this; SharePoint's item permissions enforce it.
 */
export function canUpdateActionPoint(point: Pick<ActionPoint, 'ownerGroup'>, me: Membership): boolean {
  const owner = (Object.keys(GROUPS) as GroupKey[]).filter((key) => GROUPS[key] === point.ownerGroup)[0];
  return isIn(me, 'korpsleiding', 'beheerders') || (owner !== undefined && isIn(me, owner));
}

/** Orders codes as people read them: SD1.2 before SD1.10. */
export function compareCodes(a: string, b: string): number {
  return a.localeCompare(b, 'nl', { numeric: true });
}
