import { brusselsDateOf, isBrusselsDate, type BrusselsDate } from '../dates';
import { authorize, checkReason, cleanReason, type Result, type WorkflowError, type WorkflowRule } from '../workflow';
import { categoryOf, checkIncompatibility, type IncompatibilityCategory, type IncompatibilityKey, type Kader, type SideActivityKind } from './incompatibilities';

/** The statuses of a declared side activity (nevenactiviteit), in Dutch as stored. */
export const SIDE_ACTIVITY_STATUSES = [
  'Aangevraagd',
  'Advies gevraagd',
  'Schriftelijk gemeld',
  'Toegestaan',
  'Geweigerd',
  'Beëindigd',
] as const;

/** One status of {@link SIDE_ACTIVITY_STATUSES}. */
export type SideActivityStatus = (typeof SIDE_ACTIVITY_STATUSES)[number];

/** A declared side activity as the data layer maps it. */
export interface SideActivity {
  id: string;
  declarant: { id: string; name: string };
  kader: Kader;
  kind: SideActivityKind;
  description: string;
  status: SideActivityStatus;
  /** ISO time of the declaration. */
  declaredAt: string;
  /** The first day of the activity (it is declared before it starts). */
  startDate: BrusselsDate;
  /** The last day, once it ended. */
  endDate: BrusselsDate | null;
  /** ISO time the politiecollege received the declaration of an Ops member: the 45-day advice clock starts there. */
  receivedAt: string | null;
  /** The day of the talk between the member and the korpschef on which the college's advice rests (Ops). */
  korpschefTalkOn: BrusselsDate | null;
  /** ISO time of the politiecollege's decision. */
  decidedAt: string | null;
  decisionReason: string | null;
}

/** The actions on a side activity. */
export type SideActivityAction = 'registerReceipt' | 'recordTalk' | 'allow' | 'refuse' | 'end';

/** Who acts on a side activity: the member who declared it, the korpschef (the talk), or the politiecollege (its secretariat). */
export type SideActivityRole = 'declarant' | 'korpschef' | 'politiecollege';

/**
 * The side-activity flow of aandachtspunt 2: Ops declares beforehand (Aangevraagd), the politiecollege registers the
 * receipt (Advies gevraagd, the 45-day clock runs), the korpschef records the talk with the member, and the college
 * advises on the basis of that talk (Toegestaan/Geweigerd);
 * CaLog declares in writing (Schriftelijk gemeld). The member or the politiecollege records the end.
 */
export const SIDE_ACTIVITY_RULES: Readonly<Record<SideActivityAction, WorkflowRule<SideActivityStatus, SideActivityRole>>> = {
  registerReceipt: { from: ['Aangevraagd'], to: 'Advies gevraagd', roles: ['politiecollege'], reasonRequired: false },
  // "Dit advies wordt gegeven op basis van een gesprek dat heeft plaatsgevonden tussen het betrokken personeelslid en de korpschef"
  recordTalk: { from: ['Advies gevraagd'], to: 'Advies gevraagd', roles: ['korpschef'], reasonRequired: false },
  allow: { from: ['Advies gevraagd', 'Schriftelijk gemeld'], to: 'Toegestaan', roles: ['politiecollege'], reasonRequired: false },
  refuse: { from: ['Advies gevraagd', 'Schriftelijk gemeld'], to: 'Geweigerd', roles: ['politiecollege'], reasonRequired: true },
  end: {
    from: ['Aangevraagd', 'Advies gevraagd', 'Schriftelijk gemeld', 'Toegestaan'],
    to: 'Beëindigd',
    roles: ['declarant', 'politiecollege'],
    reasonRequired: false,
  },
};

/** The status a new declaration starts in: Ops asks the politiecollege's advice, CaLog declares in writing. */
export function initialSideActivityStatus(kader: Kader): SideActivityStatus {
  return kader === 'Ops' ? 'Aangevraagd' : 'Schriftelijk gemeld';
}

/** The person acting on a side activity. */
export interface SideActivityActor {
  id: string;
  /** Member of the Politiecollege group. */
  politiecollege: boolean;
  /** Member of the Korpschef group. */
  korpschef: boolean;
}

/** What the actor adds: a reason, the receipt time (default now), the talk's day (default today), the end date (default today). */
export interface SideActivityInput {
  reason?: string | null;
  receivedAt?: string | null;
  talkOn?: BrusselsDate | null;
  endDate?: BrusselsDate | null;
}

/** Why a side-activity action was refused. */
export type SideActivityError =
  | WorkflowError<SideActivityStatus, SideActivityAction, SideActivityRole>
  | { code: 'incompatible'; kind: IncompatibilityKey; category: IncompatibilityCategory }
  | { code: 'invalidReceipt' }
  | { code: 'talkRequired' }
  | { code: 'invalidTalkDate' }
  | { code: 'invalidEndDate' };

/** Whether the college's advice still waits for the talk with the korpschef (an Ops declaration; CaLog declares in writing). */
export function needsTalk(activity: Pick<SideActivity, 'kader' | 'status' | 'korpschefTalkOn'>): boolean {
  return activity.kader === 'Ops' && activity.status === 'Advies gevraagd' && !activity.korpschefTalkOn;
}

function changesFor(
  activity: SideActivity,
  action: SideActivityAction,
  input: SideActivityInput,
  now: Date,
): Result<{ changes: Partial<SideActivity> }, SideActivityError> {
  switch (action) {
    case 'registerReceipt': {
      const receivedAt = input.receivedAt || now.toISOString();
      const ms = Date.parse(receivedAt);
      if (!(ms <= now.getTime() && ms >= Date.parse(activity.declaredAt))) return { ok: false, error: { code: 'invalidReceipt' } };
      return { ok: true, changes: { receivedAt: new Date(ms).toISOString() } };
    }
    case 'recordTalk': {
      const talkOn = input.talkOn || brusselsDateOf(now);
      const valid = isBrusselsDate(talkOn) && talkOn >= brusselsDateOf(activity.declaredAt) && talkOn <= brusselsDateOf(now);
      return valid ? { ok: true, changes: { korpschefTalkOn: talkOn } } : { ok: false, error: { code: 'invalidTalkDate' } };
    }
    case 'allow': {
      if (needsTalk(activity)) return { ok: false, error: { code: 'talkRequired' } };
      const incompatible = checkIncompatibility(activity.kader, activity).incompatible;
      if (incompatible) return { ok: false, error: { code: 'incompatible', kind: incompatible, category: categoryOf(incompatible) } };
      return { ok: true, changes: { decidedAt: now.toISOString(), decisionReason: cleanReason(input.reason) } };
    }
    case 'refuse':
      if (needsTalk(activity)) return { ok: false, error: { code: 'talkRequired' } };
      return { ok: true, changes: { decidedAt: now.toISOString(), decisionReason: cleanReason(input.reason) } };
    case 'end': {
      const endDate = input.endDate || brusselsDateOf(now);
      return isBrusselsDate(endDate) ? { ok: true, changes: { endDate } } : { ok: false, error: { code: 'invalidEndDate' } };
    }
  }
}

/** Takes an action on a side activity: checks status, role and reason, refuses to allow an absolute incompatibility. */
export function decideSideActivity(
  activity: SideActivity,
  action: SideActivityAction,
  actor: SideActivityActor,
  input: SideActivityInput,
  now: Date,
): Result<{ next: SideActivity }, SideActivityError> {
  // no scope errors here: the declarant is one person, the politiecollege acts for all
  const holds = (role: SideActivityRole) => (role === 'declarant' ? actor.id === activity.declarant.id : role === 'korpschef' ? actor.korpschef : actor.politiecollege);
  const auth = authorize<SideActivityStatus, SideActivityAction, SideActivityRole, never>(
    SIDE_ACTIVITY_RULES,
    activity.status,
    action,
    holds,
  );
  if (!auth.ok) return auth;
  const reason = checkReason(action, auth.rule.reasonRequired, input.reason);
  if (!reason.ok) return reason;
  const changed = changesFor(activity, action, input, now);
  if (!changed.ok) return changed;
  return { ok: true, next: { ...activity, ...changed.changes, status: auth.rule.to } };
}
