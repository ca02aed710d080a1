import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/folders';
import '@pnp/sp/site-groups/web';
import { DIENSTEN, GROUPS, type Dienst } from '../groups';
import { fullControlOf, ItemAccessWriter } from '../itemSecurity';
import { assignmentDelta, grantsOf, loadSecurityContext, roleDefinitionId, type Grant, type RoleAssignmentJson, type SecurityContext } from '../permissions';
import { batchAll } from '../provisioning/batch';
import { BESLISSINGEN, MELDINGEN, VERBETERVOORSTELLEN, WERKGROEPEN } from '../schema';
import { folderPath } from '../folders';
import { notificationFolder } from '../notifications/mapper';
import { dienstFolderGrants, feedbackFolderGrants, proposalGrants, type ExecutorPeople } from './access';
import { toProposal, type ProposalJson } from './mapper';
import { loadOrganisation, type Organisation } from './people';
import { inOneRoundTrip } from '../oneRoundTrip';

/** What {@link secureFlow} did (or, in a dry run, would do). */
export interface FlowSecurityReport {
  foldersCreated: number;
  /** Folders whose permissions had to change. */
  foldersSecured: number;
  /** Proposals whose permissions had to change (0 on a second run). */
  proposalsSecured: number;
  /** What differed from the model, one line each (`npm run verify` prints them). */
  gaps: string[];
}

/** Whether {@link secureFlow} changes the site or only says what differs. */
interface FlowOptions {
  dryRun?: boolean;
}


/** Items read per page while re-securing (SharePoint's largest page). */
const PAGE = 5000;

/**
 * The folders of a list by name, with the id of each one's list item: read through the folder API (a filter on the
 * item type would cross the list view threshold on a large list), the ids in one batch.
 */
async function foldersOf(sp: SPFI, listTitle: string, names: readonly string[]): Promise<Map<string, number>> {
  const present: { Name: string }[] = await sp.web.lists.getByTitle(listTitle).rootFolder.folders.select('Name')();
  const wanted = present.map((f) => f.Name).filter((n) => names.indexOf(n) >= 0);
  const ids = await inOneRoundTrip(sp, (b): Promise<{ Id: number }[]> => Promise.all(wanted.map((n) => b.web.getFolderByServerRelativePath(folderPath(b, listTitle, n)).listItemAllFields.select('Id')<{ Id: number }>())));
  return new Map(wanted.map((n, i) => [n, ids[i].Id] as [string, number]));
}

/** The people who receive notifications: every member of Medewerkers and of the Politiecollege. */
const recipientsOf = (sp: SPFI): Promise<{ Id: number }[][]> =>
  inOneRoundTrip(sp, (b): Promise<[{ Id: number }[], { Id: number }[]]> => Promise.all([
    b.web.siteGroups.getByName(GROUPS.medewerkers).users.select('Id')<{ Id: number }[]>(),
    b.web.siteGroups.getByName(GROUPS.politiecollege).users.select('Id')<{ Id: number }[]>(),
  ]));

/** A person's notification folder: the person reads, marks and removes; colleagues only deliver. */
function personFolderGrants(context: SecurityContext, userId: number): Grant[] {
  const contribute = roleDefinitionId(context, 'contribute');
  const grants = grantsOf(context, { medewerkers: 'deliver', politiecollege: 'deliver', beheerders: 'fullControl' });
  return contribute === null ? grants : grants.concat([{ principalId: userId, roleDefId: contribute }]);
}

/** Creates the folders of a list that are missing; returns every folder by name. */
async function ensureFolders(sp: SPFI, listTitle: string, names: readonly string[], options: FlowOptions): Promise<{ byName: Map<string, number>; missing: string[] }> {
  const existing = await foldersOf(sp, listTitle, names);
  const missing = names.filter((n) => !existing.has(n));
  if (options.dryRun || missing.length === 0) return { byName: existing, missing };
  await batchAll(sp, (b) => missing.map((n) => ({ what: `folder ${listTitle}/${n}`, run: b.web.lists.getByTitle(listTitle).rootFolder.folders.addUsingPath(n) })));
  return { byName: await foldersOf(sp, listTitle, names), missing };
}

/** Every executor's people, by werkgroep id. */
async function executors(sp: SPFI): Promise<Map<number, ExecutorPeople>> {
  const rows = await sp.web.lists.getByTitle(WERKGROEPEN.title).items.select('Id', 'ChairId', 'MembersId').top(PAGE)<{ Id: number; ChairId?: number | null; MembersId?: number[] | null }[]>();
  return new Map(rows.map((w) => [w.Id, { chairId: typeof w.ChairId === 'number' ? w.ChairId : null, memberIds: w.MembersId || [] }] as [number, ExecutorPeople]));
}

/** A proposal as the re-securing reads it. */
type SecuredRow = ProposalJson & { FileDirRef: string; FileSystemObjectType: number; HasUniqueRoleAssignments: boolean };

/** Items whose changes go in one `$batch` call (PnPjs sends them as consecutive HTTP batches of 20, in order). */
const ITEMS_PER_BATCH = 50;

/**
 * Gives every proposal the permissions of its state (docs/security.md), page by page and in batches: an item that
 * already holds them costs a share of one batched read, one that does not a few batched writes (inheritance broken,
 * grants added, the caller's own Full Control removed last). Returns how many items were changed.
 */
async function secureProposals(sp: SPFI, context: SecurityContext, organisation: Organisation, log: (line: string) => void, options: FlowOptions): Promise<number[]> {
  const [people, me] = await Promise.all([executors(sp), sp.web.currentUser.select('Id')<{ Id: number }>()]);
  const list = (b: SPFI) => b.web.lists.getByTitle(VERBETERVOORSTELLEN.title).items;
  const root = new RegExp(`/Lists/${VERBETERVOORSTELLEN.title}/?$`, 'i');
  const changed: number[] = [];
  let afterId = 0;
  for (;;) {
    // no filter (none on an indexed column would narrow it): SharePoint's own paging on the ID, 5,000 at a time
    const query = list(sp)
      .select('Id', 'Status', 'Dienst', 'AuthorId', 'Comite', 'WerkgroepId', 'FileDirRef', 'FileSystemObjectType', 'HasUniqueRoleAssignments', 'Created', 'Modified', 'EditorId')
      .top(PAGE);
    const rows = await (afterId > 0 ? query.skip(afterId) : query)<SecuredRow[]>();
    // the folders come with the items (a filter on the item type would cross the list view threshold)
    const wanted = rows.filter((row) => row.FileSystemObjectType !== 1).map((row) => {
      const p = toProposal(row);
      const executor = p.werkgroepId !== null ? people.get(p.werkgroepId) || null : null;
      const state = { status: p.status, dienst: p.dienst, authorId: p.authorId, comite: p.comite };
      return { row, desired: proposalGrants(context, state, organisation, executor, !root.test(row.FileDirRef || '')) };
    });
    // the current grants of items that hold their own already, read in batches
    const uniques = wanted.filter((w) => w.row.HasUniqueRoleAssignments && w.desired !== null);
    const actual = new Map<number, RoleAssignmentJson[]>();
    for (let i = 0; i < uniques.length; i += ITEMS_PER_BATCH) {
      const chunk = uniques.slice(i, i + ITEMS_PER_BATCH);
      const read = await inOneRoundTrip(sp, (b): Promise<RoleAssignmentJson[][]> => Promise.all(chunk.map((w) => list(b).getById(w.row.Id).roleAssignments.expand('Member', 'RoleDefinitionBindings')<RoleAssignmentJson[]>())));
      chunk.forEach((w, j) => actual.set(w.row.Id, read[j]));
    }
    const work = wanted
      .map((w) => {
        if (w.desired === null) return { id: w.row.Id, reset: w.row.HasUniqueRoleAssignments, brk: false, delta: { add: [] as Grant[], remove: [] as Grant[] } };
        const current = w.row.HasUniqueRoleAssignments ? actual.get(w.row.Id) || [] : [fullControlOf(context, me.Id)];
        return { id: w.row.Id, reset: false, brk: !w.row.HasUniqueRoleAssignments, delta: assignmentDelta(current, w.desired, () => true) };
      })
      .filter((w) => w.reset || w.brk || w.delta.add.length > 0 || w.delta.remove.length > 0);
    for (let i = 0; i < work.length && !options.dryRun; i += ITEMS_PER_BATCH) {
      const chunk = work.slice(i, i + ITEMS_PER_BATCH);
      await batchAll(sp, (b) =>
        chunk.reduce<{ what: string; run: Promise<unknown> }[]>((parts, w) => {
          const item = list(b).getById(w.id);
          const what = `permissions of proposal ${w.id}`;
          if (w.reset) parts.push({ what, run: item.resetRoleInheritance() });
          if (w.brk) parts.push({ what, run: item.breakRoleInheritance(false, false) });
          w.delta.add.forEach((g) => parts.push({ what, run: item.roleAssignments.add(g.principalId, g.roleDefId) }));
          w.delta.remove.forEach((g) => parts.push({ what, run: item.roleAssignments.remove(g.principalId, g.roleDefId) }));
          return parts;
        }, []),
      ).catch((error: unknown) => log(String(error)));
    }
    work.forEach((w) => changed.push(w.id));
    if (rows.length < PAGE) return changed;
    afterId = rows[rows.length - 1].Id;
  }
}

/**
 * Brings the flow's permissions to the model of docs/security.md, idempotently: a folder per dienst in
 * Verbetervoorstellen (its team Q&W submits, its head holds the turn) and in Beslissingen (its head and middenkader
 * add its ticks of the feedback cascade), a folder per person in Meldingen, and every
 * existing proposal secured for its state. Provisioning runs it; run it again after changing the Diensten list or the
 * members of Medewerkers. With `dryRun` it changes nothing and reports what differs (`npm run verify`).
 */
export async function secureFlow(sp: SPFI, log: (line: string) => void = () => undefined, options: FlowOptions = {}): Promise<FlowSecurityReport> {
  const [organisation, recipients, context] = await Promise.all([loadOrganisation(sp), recipientsOf(sp), loadSecurityContext(sp)]);
  const writer = new ItemAccessWriter(sp, context);
  const gaps: string[] = [];
  const diensten = await ensureFolders(sp, VERBETERVOORSTELLEN.title, DIENSTEN, options);
  const feedback = await ensureFolders(sp, BESLISSINGEN.title, DIENSTEN, options);
  const userIds = recipients[0].concat(recipients[1]).map((u) => u.Id).filter((id, i, all) => all.indexOf(id) === i);
  const persons = await ensureFolders(sp, MELDINGEN.title, userIds.map(notificationFolder), options);
  const byList = new Map<string, { byName: Map<string, number>; missing: string[] }>([
    [VERBETERVOORSTELLEN.title, diensten],
    [BESLISSINGEN.title, feedback],
    [MELDINGEN.title, persons],
  ]);
  byList.forEach((made, list) => made.missing.forEach((n) => gaps.push(`folder ${list}/${n} is missing`)));
  type FolderWork = { list: string; name: string; grants: (c: SecurityContext) => Grant[] };
  const dienstFolders: FolderWork[] = DIENSTEN.map((dienst) => ({ list: VERBETERVOORSTELLEN.title, name: dienst, grants: (c) => dienstFolderGrants(c, organisation, dienst as Dienst) }));
  const feedbackFolders: FolderWork[] = DIENSTEN.map((dienst) => ({ list: BESLISSINGEN.title, name: dienst, grants: (c) => feedbackFolderGrants(c, organisation, dienst as Dienst) }));
  const personFolders: FolderWork[] = userIds.map((userId) => ({ list: MELDINGEN.title, name: notificationFolder(userId), grants: (c) => personFolderGrants(c, userId) }));
  const folders = dienstFolders.concat(feedbackFolders, personFolders);
  let secured = 0;
  for (const folder of folders) {
    const made = byList.get(folder.list);
    const id = made ? made.byName.get(folder.name) : undefined;
    if (id === undefined) continue;
    if (await writer.grant(folder.list, id, folder.grants, options)) {
      secured++;
      gaps.push(`folder ${folder.list}/${folder.name}: permissions differ from ${folder.list === MELDINGEN.title ? 'its owner alone' : 'the Diensten list'}`);
    }
  }
  const proposals = await secureProposals(sp, context, organisation, log, options);
  if (proposals.length > 0) {
    const shown = proposals.slice(0, 10).join(', ');
    gaps.push(`${proposals.length} proposal(s) hold permissions other than their status calls for: ${shown}${proposals.length > 10 ? ', …' : ''}`);
  }
  const created = options.dryRun ? 0 : diensten.missing.length + feedback.missing.length + persons.missing.length;
  if (created > 0) log(`created ${created} folders`);
  return { foldersCreated: created, foldersSecured: secured, proposalsSecured: proposals.length, gaps };
}
