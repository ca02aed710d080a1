import { isBrusselsDate, type BrusselsDate } from '../dates';
import type { ProposalRole } from './proposal';

/**
 * Where a proposal comes from (SD2): a team Q&W (kwaliteit en welzijn) with representatives of the whole dienst, or
 * the dienst's structural team meeting (teamoverleg) with Q&W as a fixed agenda item. In Dutch as stored.
 */
export const PROPOSAL_ORIGINS = ['Team Q&W', 'Teamoverleg'] as const;

/** One origin of {@link PROPOSAL_ORIGINS}. */
export type ProposalOrigin = (typeof PROPOSAL_ORIGINS)[number];

/** The role that submits for each origin: the team Q&W, or the dienst's middenkader who chairs the teamoverleg. */
const ROLE_OF_ORIGIN: { readonly [O in ProposalOrigin]: ProposalRole } = { 'Team Q&W': 'teamQW', Teamoverleg: 'teamoverleg' };

/** A proposal's origin with the date of the meeting that proposed it (required for a teamoverleg). */
export interface ProposalSource {
  origin: ProposalOrigin;
  meetingDate: BrusselsDate | null;
}

/** Whether a person drafts proposals for a dienst: a member of its team Q&W, or its middenkader for the teamoverleg. */
export function isProposer(roles: readonly ProposalRole[]): boolean {
  return roles.indexOf('teamQW') >= 0 || roles.indexOf('teamoverleg') >= 0;
}

/** The origins a person may submit for: those of their roles (a beheerder standing in, either). */
export function originsFor(roles: readonly ProposalRole[]): ProposalOrigin[] {
  if (roles.indexOf('beheerder') >= 0) return PROPOSAL_ORIGINS.slice();
  return PROPOSAL_ORIGINS.filter((origin) => roles.indexOf(ROLE_OF_ORIGIN[origin]) >= 0);
}

/** A problem with a proposal's origin, named for the message the form shows. */
export type OriginError = 'originNotYours' | 'meetingDateRequired' | 'meetingDateInFuture';

/** Checks an origin before a submit: one of the submitter's own, and a teamoverleg names its date (not after today). */
export function checkOrigin(source: ProposalSource, roles: readonly ProposalRole[], today: BrusselsDate): OriginError[] {
  const errors: OriginError[] = [];
  if (originsFor(roles).indexOf(source.origin) < 0) errors.push('originNotYours');
  if (source.origin === 'Teamoverleg') {
    if (!source.meetingDate || !isBrusselsDate(source.meetingDate)) errors.push('meetingDateRequired');
    else if (source.meetingDate > today) errors.push('meetingDateInFuture');
  }
  return errors;
}

/**
 * Whether SharePoint's author of a proposal could submit for its stated origin: a teamoverleg proposal comes from the
 * dienst's middenkader, a team Q&W proposal from its team Q&W. The origin is a value the submitter writes (SharePoint
 * cannot refuse it), so a mismatch is shown, not refused.
 */
export function originMatchesAuthor(origin: ProposalOrigin, authorId: number, dienst: { teamQWIds: readonly number[]; middleManagerIds: readonly number[] }): boolean {
  return origin === 'Teamoverleg' ? dienst.middleManagerIds.indexOf(authorId) >= 0 : dienst.teamQWIds.indexOf(authorId) >= 0;
}
