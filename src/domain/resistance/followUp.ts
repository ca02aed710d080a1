import { isBrusselsDate, type BrusselsDate } from '../dates';
import { isIn, type Membership } from '../membership';
import type { PersonRef } from './incident';

/** Who follows a member up (SD6.5: Cel GWB and HR), in Dutch as stored. */
export const FOLLOW_UP_HANDLERS = ['Cel GWB', 'HR'] as const;
/** One of {@link FOLLOW_UP_HANDLERS}. */
export type FollowUpHandler = (typeof FOLLOW_UP_HANDLERS)[number];

/** How the member was contacted, in Dutch as stored. */
export const CONTACT_KINDS = ['Gesprek', 'Telefonisch', 'Huisbezoek', 'E-mail'] as const;
/** One of {@link CONTACT_KINDS}. */
export type ContactKind = (typeof CONTACT_KINDS)[number];

/** The support offered to a member, in Dutch as stored. */
export const SUPPORT_KINDS = [
  'Collegiale opvang',
  'Psychosociale begeleiding (Stressteam)',
  'Juridische bijstand',
  'Medische opvolging',
  'Aangifte arbeidsongeval',
  'Bijkomende training geweldbeheersing',
  'Geen nood aan ondersteuning',
] as const;
/** One of {@link SUPPORT_KINDS}. */
export type SupportKind = (typeof SUPPORT_KINDS)[number];

/** Where a member's follow-up stands. */
export const FOLLOW_UP_STATUSES = ['Open', 'Afgesloten'] as const;
/** One of {@link FOLLOW_UP_STATUSES}. */
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

/** What Cel GWB or HR records about a member's follow-up. */
export interface FollowUpDraft {
  handler: FollowUpHandler | '';
  firstContactOn: BrusselsDate | '';
  contactKind: ContactKind | '';
  support: SupportKind[];
  notes: string;
  /** Conclude the follow-up with this save. */
  close: boolean;
}

/** Why a follow-up step is refused. */
export type FollowUpRefusal =
  | { code: 'notSupporter' }
  | { code: 'notInvolved' }
  | { code: 'alreadyFollowedUp' }
  | { code: 'handlerRequired' }
  | { code: 'invalidDate' }
  | { code: 'contactKindRequired' }
  | { code: 'closeNeedsContact' }
  | { code: 'closeNeedsSupport' }
  | { code: 'closed' };

/** Who follows members up and supports them: Cel GWB and HR. */
export const canFollowUp = (me: Membership): boolean => isIn(me, 'celGWB', 'hr');

/** Checks opening a follow-up for a member: by Cel GWB or HR, for a member involved in the incident, once per member. */
export function checkOpenFollowUp(me: Membership, member: PersonRef, involved: readonly PersonRef[], followedUp: readonly string[]): FollowUpRefusal | null {
  if (!canFollowUp(me)) return { code: 'notSupporter' };
  if (!involved.some((p) => p.id === member.id)) return { code: 'notInvolved' };
  return followedUp.indexOf(member.id) >= 0 ? { code: 'alreadyFollowedUp' } : null;
}

/**
 * Checks a follow-up save: the handler named; a contact date between the incident and today with how the contact
 * went; concluding needs the contact and the support offered (which may be "no need").
 */
export function checkFollowUp(draft: FollowUpDraft, me: Membership, status: FollowUpStatus, occurredOn: BrusselsDate, today: BrusselsDate): FollowUpRefusal | null {
  if (!canFollowUp(me)) return { code: 'notSupporter' };
  if (status === 'Afgesloten') return { code: 'closed' };
  if (!draft.handler) return { code: 'handlerRequired' };
  if (draft.firstContactOn && (!isBrusselsDate(draft.firstContactOn) || draft.firstContactOn < occurredOn || draft.firstContactOn > today)) return { code: 'invalidDate' };
  if (draft.firstContactOn && !draft.contactKind) return { code: 'contactKindRequired' };
  if (draft.close && !draft.firstContactOn) return { code: 'closeNeedsContact' };
  if (draft.close && !draft.support.length) return { code: 'closeNeedsSupport' };
  return null;
}
