import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/site-users/web';
import '@pnp/sp/site-groups/web';
import type { ComiteKey } from '../../domain/proposal/bodies';
import type { ProposalRole } from '../../domain/proposal/proposal';
import { GROUPS, type Dienst, type GroupKey } from '../groups';
import { COMITES_LIST, DIENSTEN_LIST, fieldNames } from '../schema';
import { toComite, toRoster, type ComiteJson, type RosterJson } from './mapper';
import { readTogether } from './readTogether';
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
  const [comites, rosters] = await readTogether<[ComiteJson[], RosterJson[]]>(sp, (b) => [readComites(b), readRosters(b)]);
  return toOrganisation(comites, rosters);
}

const GROUP_KEYS = Object.keys(GROUPS) as GroupKey[];

/** The dienst someone acts for: the one they head, else the one whose team Q&W or middenkader they are in. */
function dienstOf(userId: number, rosters: readonly DienstRoster[]): Dienst | null {
  const head = rosters.filter((r) => r.headId === userId)[0];
  const member = rosters.filter((r) => r.teamQWIds.indexOf(userId) >= 0 || r.middleManagerIds.indexOf(userId) >= 0)[0];
  return head ? head.dienst : member ? member.dienst : null;
}

/** Builds the signed-in user of the flow from their SharePoint groups and the organisation. */
function proposalUser(
  me: { Id: number; Title: string; LoginName: string },
  groupTitles: readonly string[],
  organisation: Organisation,
): ProposalUser {
  const groups = GROUP_KEYS.filter((key) => groupTitles.indexOf(GROUPS[key]) >= 0);
  const chairs: ComiteKey[] = organisation.comites.filter((c) => c.chairId === me.Id).map((c) => c.key);
  const roles: ProposalRole[] = [];
  if (groups.indexOf('teamQW') >= 0) roles.push('teamQW');
  // the Diensten list names a dienst's middenkader, who submit for its teamoverleg (the folder grants follow it)
  if (organisation.rosters.some((r) => r.middleManagerIds.indexOf(me.Id) >= 0)) roles.push('teamoverleg');
  if (groups.indexOf('diensthoofden') >= 0) roles.push('diensthoofd');
  if (groups.indexOf('directiecomite') >= 0) roles.push('directiecomite');
  // the Comites list names the chair; the group only gives the permission to write
  if (chairs.length > 0) roles.push('comitevoorzitter');
  if (groups.indexOf('beheerders') >= 0) roles.push('beheerder');
  return {
    userId: me.Id,
    login: me.LoginName,
    name: me.Title,
    groups,
    actor: { id: String(me.Id), name: me.Title, roles, dienst: dienstOf(me.Id, organisation.rosters), chairs },
  };
}

/** Reads who the signed-in user is for the flow, with the organisation, in one round trip. */
export async function loadProposalUser(sp: SPFI): Promise<{ user: ProposalUser; organisation: Organisation }> {
  const [me, groups, comites, rosters] = await readTogether<[{ Id: number; Title: string; LoginName: string }, { Title: string }[], ComiteJson[], RosterJson[]]>(
    sp,
    (b) => [
      b.web.currentUser.select('Id', 'Title', 'LoginName')(),
      b.web.currentUser.groups.select('Title')(),
      readComites(b),
      readRosters(b),
    ],
  );
  const organisation = toOrganisation(comites, rosters);
  return { user: proposalUser(me, groups.map((g) => g.Title), organisation), organisation };
}
