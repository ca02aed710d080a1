import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/security/item';
import '@pnp/sp/batching';
import { turnHolders, type TurnHolder } from '../../domain/proposal/turns';
import type { ComiteKey } from '../../domain/proposal/bodies';
import type { ProposalStatus } from '../../domain/proposal/statuses';
import { GROUPS, type Dienst } from '../groups';
import { assignmentDelta, grantsOf, groupId, requestSecurityContext, roleDefinitionId, type Grant, type RoleAssignmentJson, type SecurityContext } from '../permissions';
import { VERBETERVOORSTELLEN, WERKGROEPEN } from '../schema';
import { fullControlOf } from '../itemSecurity';
import type { Organisation } from './people';

/** What decides who may write a proposal: its state and the people of its dienst, comité and executor. */
export interface ProposalAccessState {
  status: ProposalStatus;
  dienst: Dienst;
  authorId: number | null;
  comite: ComiteKey | null;
}

/** The executor's people (a werkgroep's chair and members), when the proposal has one. */
export interface ExecutorPeople {
  chairId: number | null;
  memberIds: readonly number[];
}

/** The permissions an item has now, as the hand-over needs them. */
export interface CurrentAccess {
  unique: boolean;
  assignments: RoleAssignmentJson[];
  /** Whether the item lies in a dienst folder (else in the list's root: made before folders existed). */
  inFolder: boolean;
}

/** Removes repeated grants (a proposer who is also in the team Q&W). */
function distinct(grants: Grant[]): Grant[] {
  return grants.filter((g, i) => grants.findIndex((o) => o.principalId === g.principalId && o.roleDefId === g.roleDefId) === i);
}

function levelId(context: SecurityContext, key: 'turn' | 'submit' | 'append'): number {
  const id = roleDefinitionId(context, key);
  if (id === null) throw new Error(`Permission level "${key}" does not exist: run provisioning first.`);
  return id;
}

const users = (ids: readonly (number | null)[], roleDefId: number): Grant[] =>
  ids.filter((id): id is number => typeof id === 'number').map((principalId) => ({ principalId, roleDefId }));

/**
 * A dienst folder's permissions: everyone reads, the team Q&W and the middenkader (for the teamoverleg) submit and
 * withdraw, the head holds the turn.
 */
export function dienstFolderGrants(context: SecurityContext, organisation: Organisation, dienst: Dienst): Grant[] {
  const roster = organisation.rosters.filter((r) => r.dienst === dienst)[0];
  const base = grantsOf(context, { medewerkers: 'read', beheerders: 'fullControl' });
  if (!roster) return base;
  const submit = levelId(context, 'submit');
  return distinct(base.concat(users(roster.teamQWIds, submit), users(roster.middleManagerIds, submit), users([roster.headId], levelId(context, 'turn'))));
}

/**
 * A dienst's folder in the decision log: everyone reads, the dienst's diensthoofd and middenkader add its ticks of the
 * feedback cascade (and only they: a tick for a dienst counts only from its folder).
 */
export function feedbackFolderGrants(context: SecurityContext, organisation: Organisation, dienst: Dienst): Grant[] {
  const roster = organisation.rosters.filter((r) => r.dienst === dienst)[0];
  const base = grantsOf(context, { medewerkers: 'read', beheerders: 'fullControl' });
  if (!roster) return base;
  return distinct(base.concat(users([roster.headId].concat(roster.middleManagerIds), levelId(context, 'append'))));
}

/** The people of one holder of the turn, as grants of "Integriteit - Aan zet". */
function holderGrants(context: SecurityContext, holder: TurnHolder, state: ProposalAccessState, organisation: Organisation, executor: ExecutorPeople | null): Grant[] {
  const turn = levelId(context, 'turn');
  const roster = organisation.rosters.filter((r) => r.dienst === state.dienst)[0];
  switch (holder) {
    case 'proposerTeam':
      return users([state.authorId].concat(roster ? roster.teamQWIds : []), turn);
    case 'diensthoofd':
      return users([roster ? roster.headId : null], turn);
    case 'directiecomite': {
      const board = groupId(context, GROUPS.directiecomite);
      return board === null ? [] : [{ principalId: board, roleDefId: turn }];
    }
    case 'comite': {
      const comite = organisation.comites.filter((c) => c.key === state.comite)[0];
      return comite ? users([comite.chairId].concat(comite.memberIds), turn) : [];
    }
    case 'uitvoerder':
      return executor ? users([executor.chairId].concat(executor.memberIds), turn) : [];
  }
}

/**
 * The permissions a proposal should hold in its state (docs/security.md): null when it inherits its dienst folder
 * (submitted, in the folder); else everyone reads, the beheerders hold Full Control and the holders of the turn
 * "Aan zet". A submitted proposal outside a folder (made before folders existed) gets the folder's grants itself.
 */
export function proposalGrants(
  context: SecurityContext,
  state: ProposalAccessState,
  organisation: Organisation,
  executor: ExecutorPeople | null,
  inFolder: boolean,
): Grant[] | null {
  const holders = turnHolders(state.status);
  if (holders === 'intake') return inFolder ? null : dienstFolderGrants(context, organisation, state.dienst);
  const base = grantsOf(context, { medewerkers: 'read', beheerders: 'fullControl' });
  return distinct(holders.reduce((all, holder) => all.concat(holderGrants(context, holder, state, organisation, executor)), base));
}

/** Queues, on a batched root, the reads the hand-over of one proposal needs (made with the decision's update). */
export function requestAccess(sp: SPFI, itemId: number): Promise<CurrentAccess> {
  const item = sp.web.lists.getByTitle(VERBETERVOORSTELLEN.title).items.getById(itemId);
  const state = item.select('HasUniqueRoleAssignments', 'FileDirRef')<{ HasUniqueRoleAssignments: boolean; FileDirRef: string }>();
  const assignments = item.roleAssignments.expand('Member', 'RoleDefinitionBindings')<RoleAssignmentJson[]>();
  return Promise.all([state, assignments]).then(([s, a]) => ({
    unique: s.HasUniqueRoleAssignments,
    assignments: a,
    inFolder: !new RegExp(`/Lists/${VERBETERVOORSTELLEN.title}/?$`, 'i').test(s.FileDirRef || ''),
  }));
}

/** Queues the read of an executor's people (a Werkgroepen item's chair and members). */
export function requestExecutor(sp: SPFI, werkgroepId: number): Promise<ExecutorPeople> {
  return sp.web.lists
    .getByTitle(WERKGROEPEN.title)
    .items.getById(werkgroepId)
    .select('ChairId', 'MembersId')<{ ChairId?: number | null; MembersId?: number[] | null }>()
    .then((w) => ({ chairId: typeof w.ChairId === 'number' ? w.ChairId : null, memberIds: w.MembersId || [] }));
}

/** Queues the site's permission levels and groups unless known. */
export function requestContext(sp: SPFI, known: SecurityContext | undefined): Promise<SecurityContext> {
  return known ? Promise.resolve(known) : requestSecurityContext(sp);
}

/**
 * Hands the turn on, in one `$batch`: back to the folder's permissions (`desired` null), or unique permissions with
 * exactly `desired`: inheritance broken first, the new grants added, then the old ones removed, the caller's own last,
 * so nobody else gains write access before the hand-over and the caller keeps it until the end.
 */
export async function handOver(sp: SPFI, itemId: number, current: CurrentAccess, desired: Grant[] | null, context: SecurityContext, callerId: number): Promise<void> {
  if (desired === null && !current.unique) return;
  const [batched, execute] = sp.batched();
  const item = batched.web.lists.getByTitle(VERBETERVOORSTELLEN.title).items.getById(itemId);
  const calls: Promise<unknown>[] = [];
  if (desired === null) {
    calls.push(item.resetRoleInheritance());
  } else {
    const actual = current.unique ? current.assignments : [fullControlOf(context, callerId)];
    const delta = assignmentDelta(actual, desired, () => true);
    if (current.unique && delta.add.length === 0 && delta.remove.length === 0) return;
    if (!current.unique) calls.push(item.breakRoleInheritance(false, false));
    delta.add.forEach((g) => calls.push(item.roleAssignments.add(g.principalId, g.roleDefId)));
    const removes = delta.remove.filter((g) => g.principalId !== callerId).concat(delta.remove.filter((g) => g.principalId === callerId));
    removes.forEach((g) => calls.push(item.roleAssignments.remove(g.principalId, g.roleDefId)));
  }
  await execute();
  await Promise.all(calls);
}
