import type { GroupKey } from './groups';

/** The signed-in user as the registers and the complaints register need them: site user id, name and group keys. */
export interface Membership {
  userId: number;
  name: string;
  loginName: string;
  groups: GroupKey[];
}

/** Whether the member belongs to one of the groups. */
export function isIn(member: Membership, ...groups: GroupKey[]): boolean {
  return groups.some((group) => member.groups.indexOf(group) >= 0);
}
