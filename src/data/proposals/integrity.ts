import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/site-groups/web';
import { FEEDBACK_CASCADE, type CascadeStep, type CascadeStepKey } from '../../domain/proposal/cascade';
import type { CascadePeople } from '../../domain/proposal/cascadeDuties';
import type { LogEntryIdentity, StatusVersion } from '../../domain/proposal/integrity';
import { PROPOSAL_ACTIONS } from '../../domain/proposal/rules';
import type { ProposalAction } from '../../domain/proposal/proposal';
import type { ProposalStatus } from '../../domain/proposal/statuses';
import type { ProposalParties } from '../../domain/proposal/turns';
import type { DecisionJson } from './mapper';
import { GROUPS } from '../groups';
import { readComites, readRosters, toOrganisation, type Organisation } from './people';
import type { ProposalItem } from './types';

/** A version of a proposal as the version history returns it (`Editor` as a lookup value). */
export interface VersionJson {
  Status?: string | null;
  Editor?: { LookupId?: number; LookupValue?: string | null } | null;
  Created?: string;
  Modified?: string;
  VersionLabel?: string;
}

/** The members of a SharePoint group (ids), queued on a (batched) root. */
const groupMembers = (sp: SPFI, title: string): Promise<{ Id: number }[]> => sp.web.siteGroups.getByName(title).users.select('Id')<{ Id: number }[]>();

/** Who holds the flow's roles, as the checks of a proposal's history need them. */
export interface FlowPeople {
  organisation: Organisation;
  board: { Id: number }[];
  beheerders: { Id: number }[];
  communicatie: { Id: number }[];
}

/** Queues, on a batched root, the reads of {@link FlowPeople}: the comités, the diensten and three groups. */
export function requestFlowPeople(sp: SPFI): Promise<FlowPeople> {
  return Promise.all([
    readComites(sp),
    readRosters(sp),
    groupMembers(sp, GROUPS.directiecomite),
    groupMembers(sp, GROUPS.beheerders),
    groupMembers(sp, GROUPS.communicatie),
  ]).then(([comites, rosters, board, beheerders, communicatie]) => ({ organisation: toOrganisation(comites, rosters), board, beheerders, communicatie }));
}

/** The versions' statuses and editors, oldest first (SharePoint lists the newest first). */
export function statusVersions(versions: readonly VersionJson[]): StatusVersion[] {
  return versions
    .filter((v) => typeof v.Status === 'string' && v.Editor && typeof v.Editor.LookupId === 'number')
    .map((v) => ({
      status: v.Status as ProposalStatus,
      editorId: (v.Editor as { LookupId: number }).LookupId,
      editorName: (v.Editor as { LookupValue?: string | null }).LookupValue || '',
      at: v.Modified || v.Created || '',
      label: Number(v.VersionLabel || 0),
    }))
    .sort((a, b) => a.label - b.label)
    .map(({ status, editorId, editorName, at }) => ({ status, editorId, editorName, at }));
}

/** Who wrote a decision-log entry, as SharePoint recorded it. */
export function toLogIdentity(json: DecisionJson): LogEntryIdentity {
  const action = (PROPOSAL_ACTIONS as readonly string[]).indexOf(json.Action || '') >= 0 ? (json.Action as ProposalAction) : null;
  return {
    entryId: json.Id,
    action,
    to: (json.ToStatus || 'Concept') as ProposalStatus,
    authorId: json.AuthorId,
    authorName: json.Author && json.Author.Title ? json.Author.Title : '',
    namedAs: json.ActorName || '',
  };
}

/** The people who hold each role for one proposal: its dienst's team and head, the board, its comité's chair, the beheerders. */
export function partiesOf(proposal: ProposalItem, { organisation, board, beheerders }: FlowPeople): ProposalParties {
  const roster = organisation.rosters.filter((r) => r.dienst === proposal.dienst)[0];
  const comite = organisation.comites.filter((c) => c.key === proposal.comite)[0];
  return {
    dienst: proposal.dienst,
    proposerId: proposal.authorId,
    teamQWIds: roster ? roster.teamQWIds : [],
    middleManagerIds: roster ? roster.middleManagerIds : [],
    headId: roster ? roster.headId : null,
    directiecomiteIds: board.map((u) => u.Id),
    comite: proposal.comite,
    comiteChairId: comite ? comite.chairId : null,
    beheerderIds: beheerders.map((u) => u.Id),
  };
}

/** The people behind the feedback cascade's duties: the diensten's heads and middenkader, the board, Communicatie, the chairs. */
export function cascadePeopleOf({ organisation, board, beheerders, communicatie }: FlowPeople): CascadePeople {
  return {
    rosters: organisation.rosters,
    directiecomiteIds: board.map((u) => u.Id),
    communicatieIds: communicatie.map((u) => u.Id),
    chairIds: organisation.comites.map((c) => c.chairId).filter((id): id is number => id !== null),
    beheerderIds: beheerders.map((u) => u.Id),
  };
}

/** The cascade step of a key. */
export const stepOf = (key: CascadeStepKey): CascadeStep => FEEDBACK_CASCADE.filter((s) => s.key === key)[0];
