import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import type { ComiteKey } from '../../domain/proposal/bodies';
import type { ProposalRole } from '../../domain/proposal/proposal';
import type { Dienst } from '../groups';
import type { Membership, Viewer } from '../membership';
import { COMITES_LIST, DIENSTEN_LIST, fieldNames } from '../schema';
import { toComite, toRoster, type ComiteJson, type RosterJson } from './mapper';
import { inOneRoundTrip } from '../oneRoundTrip';
import type { ComiteInfo, DienstRoster, ProposalUser } from './types';

const C = fieldNames(COMITES_LIST);
const D = fieldNames(DIENSTEN_LIST);

/** The organisation the flow needs: the comités with their chairs and who heads, manages and sits in each dienst's team Q&W. */
export interface Organisation {
  comites: ComiteInfo[];
  rosters: DienstRoster[];
}

/** The comités, at most one item each; the list is small and ordered on its indexed title. */
export const readComites = (sp: SPFI): Promise<ComiteJson[]> =>
  sp.web.lists
    .getByTitle(COMITES_LIST.title)
    .items.select('Id', C.Title, `${C.Chair}Id`, `${C.Chair}/Title`, `${C.Members}Id`, C.MeetingRhythm, C.Active)
    .expand(C.Chair)
    .orderBy(C.Title)
    .top(50)();

/** The diensten with their people (one item per dienst, ordered on the indexed title). */
export const readRosters = (sp: SPFI): Promise<RosterJson[]> =>
  sp.web.lists
    .getByTitle(DIENSTEN_LIST.title)
    .items.select('Id', D.Title, `${D.Head}Id`, `${D.MiddleManagers}Id`, `${D.TeamQW}Id`)
    .orderBy(D.Title)
    .top(50)();

/** Maps what {@link readComites} and {@link readRosters} read. */
export function toOrganisation(comites: ComiteJson[], rosters: RosterJson[]): Organisation {
  return {
    comites: comites.map(toComite).filter((c): c is ComiteInfo => c !== null),
    rosters: rosters.map(toRoster).filter((r): r is DienstRoster => r !== null),
  };
}

/** Reads the organisation (comités, diensten) in one round trip. */
export async function loadOrganisation(sp: SPFI): Promise<Organisation> {
  const [comites, rosters] = await inOneRoundTrip(sp, (b): Promise<[ComiteJson[], RosterJson[]]> => Promise.all([readComites(b), readRosters(b)]));
  return toOrganisation(comites, rosters);
}

/** The dienst someone acts for: the one they head, else the one whose team Q&W or middenkader they are in. */
function dienstOf(userId: number, rosters: readonly DienstRoster[]): Dienst | null {
  const head = rosters.filter((r) => r.headId === userId)[0];
  const member = rosters.filter((r) => r.teamQWIds.indexOf(userId) >= 0 || r.middleManagerIds.indexOf(userId) >= 0)[0];
  return head ? head.dienst : member ? member.dienst : null;
}

/** Builds the signed-in user of the flow from their membership (site user, groups) and the organisation. */
function proposalUser(me: Membership, organisation: Organisation): ProposalUser {
  const groups = me.groups;
  const chairs: ComiteKey[] = organisation.comites.filter((c) => c.chairId === me.userId).map((c) => c.key);
  const roles: ProposalRole[] = [];
  if (groups.indexOf('teamQW') >= 0) roles.push('teamQW');
  // the Diensten list names a dienst's middenkader, who submit for its teamoverleg (the folder grants follow it)
  if (organisation.rosters.some((r) => r.middleManagerIds.indexOf(me.userId) >= 0)) roles.push('teamoverleg');
  if (groups.indexOf('diensthoofden') >= 0) roles.push('diensthoofd');
  if (groups.indexOf('directiecomite') >= 0) roles.push('directiecomite');
  // the Comites list names the chair; the group only gives the permission to write
  if (chairs.length > 0) roles.push('comitevoorzitter');
  if (groups.indexOf('beheerders') >= 0) roles.push('beheerder');
  return {
    userId: me.userId,
    login: me.loginName,
    name: me.name,
    groups,
    actor: { id: String(me.userId), name: me.name, roles, dienst: dienstOf(me.userId, organisation.rosters), chairs },
  };
}

/** Reads who the signed-in user is for the flow (the shared {@link Viewer}), with the organisation, in one round trip. */
export async function loadProposalUser(sp: SPFI, viewer: Viewer): Promise<{ user: ProposalUser; organisation: Organisation }> {
  const [me, comites, rosters] = await inOneRoundTrip(sp, (b): Promise<[Membership, ComiteJson[], RosterJson[]]> =>
    Promise.all([viewer.membership(), readComites(b), readRosters(b)]),
  );
  const organisation = toOrganisation(comites, rosters);
  return { user: proposalUser(me, organisation), organisation };
}
