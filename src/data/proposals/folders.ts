import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/folders';
import '@pnp/sp/site-groups/web';
import { DIENSTEN, GROUPS, type Dienst } from '../groups';
import { ItemAccessWriter } from '../itemSecurity';
import { grantsOf, loadSecurityContext, roleDefinitionId, type Grant, type SecurityContext } from '../permissions';
import { batchAll } from '../provisioning/batch';
import { MELDINGEN, VERBETERVOORSTELLEN, WERKGROEPEN } from '../schema';
import { notificationFolder } from '../notifications/mapper';
import { dienstFolderGrants, proposalGrants, type ExecutorPeople } from './access';
import { toProposal, type ProposalJson } from './mapper';
import { loadOrganisation, type Organisation } from './people';
import { readTogether } from './readTogether';

/** What {@link secureFlow} did. */
export interface FlowSecurityReport {
  foldersCreated: number;
  foldersSecured: number;
  proposalsSecured: number;
}

/** A folder of a list as its list item: id and name. */
interface FolderRow {
  Id: number;
  FileLeafRef: string;
}

/** Items read per page while re-securing (SharePoint's largest page). */
const PAGE = 5000;

const foldersOf = (sp: SPFI, listTitle: string): Promise<FolderRow[]> =>
  sp.web.lists.getByTitle(listTitle).items.select('Id', 'FileLeafRef').filter('FSObjType eq 1').top(PAGE)<FolderRow[]>();

/** The people who receive notifications: every member of Medewerkers and of the Politiecollege. */
const recipientsOf = (sp: SPFI): Promise<{ Id: number }[][]> =>
  readTogether<[{ Id: number }[], { Id: number }[]]>(sp, (b) => [
    b.web.siteGroups.getByName(GROUPS.medewerkers).users.select('Id')<{ Id: number }[]>(),
    b.web.siteGroups.getByName(GROUPS.politiecollege).users.select('Id')<{ Id: number }[]>(),
  ]);

/** A person's notification folder: the person reads, marks and removes; colleagues only deliver. */
function personFolderGrants(context: SecurityContext, userId: number): Grant[] {
  const contribute = roleDefinitionId(context, 'contribute');
  const grants = grantsOf(context, { medewerkers: 'deliver', politiecollege: 'deliver', beheerders: 'fullControl' });
  return contribute === null ? grants : grants.concat([{ principalId: userId, roleDefId: contribute }]);
}

/** Creates the folders of a list that are missing; returns every folder by name. */
async function ensureFolders(sp: SPFI, listTitle: string, names: readonly string[]): Promise<{ byName: Map<string, number>; created: number }> {
  const existing = await foldersOf(sp, listTitle);
  const missing = names.filter((n) => !existing.some((f) => f.FileLeafRef === n));
  await batchAll(sp, (b) => missing.map((n) => ({ what: `folder ${listTitle}/${n}`, run: b.web.lists.getByTitle(listTitle).rootFolder.folders.addUsingPath(n) })));
  const all = missing.length > 0 ? await foldersOf(sp, listTitle) : existing;
  return { byName: new Map(all.map((f) => [f.FileLeafRef, f.Id] as [string, number])), created: missing.length };
}

/** Every executor's people, by werkgroep id. */
async function executors(sp: SPFI): Promise<Map<number, ExecutorPeople>> {
  const rows = await sp.web.lists.getByTitle(WERKGROEPEN.title).items.select('Id', 'ChairId', 'MembersId').top(PAGE)<{ Id: number; ChairId?: number | null; MembersId?: number[] | null }[]>();
  return new Map(rows.map((w) => [w.Id, { chairId: typeof w.ChairId === 'number' ? w.ChairId : null, memberIds: w.MembersId || [] }] as [number, ExecutorPeople]));
}

/** Gives every proposal the permissions of its state (docs/security.md), page by page; unchanged ones cost one read. */
async function secureProposals(sp: SPFI, writer: ItemAccessWriter, context: SecurityContext, organisation: Organisation, log: (line: string) => void): Promise<number> {
  const people = await executors(sp);
  const root = new RegExp(`/Lists/${VERBETERVOORSTELLEN.title}/?$`, 'i');
  let secured = 0;
  let afterId = 0;
  for (;;) {
    const rows = await sp.web.lists
      .getByTitle(VERBETERVOORSTELLEN.title)
      .items.select('Id', 'Status', 'Dienst', 'AuthorId', 'Comite', 'WerkgroepId', 'FileDirRef', 'Created', 'Modified', 'EditorId')
      .filter(`FSObjType eq 0 and ID gt ${afterId}`)
      .orderBy('ID', true)
      .top(PAGE)<(ProposalJson & { FileDirRef: string })[]>();
    for (const row of rows) {
      const p = toProposal(row);
      const executor = p.werkgroepId !== null ? people.get(p.werkgroepId) || null : null;
      const state = { status: p.status, dienst: p.dienst, authorId: p.authorId, comite: p.comite };
      const inFolder = !root.test(row.FileDirRef || '');
      const desired = proposalGrants(context, state, organisation, executor, inFolder);
      await (desired ? writer.grant(VERBETERVOORSTELLEN.title, p.itemId, () => desired) : writer.inherit(VERBETERVOORSTELLEN.title, p.itemId)).catch((error: unknown) =>
        log(`proposal ${p.itemId}: ${String(error)}`),
      );
      secured++;
    }
    if (rows.length < PAGE) return secured;
    afterId = rows[rows.length - 1].Id;
  }
}

/**
 * Brings the flow's permissions to the model of docs/security.md, idempotently: a folder per dienst in
 * Verbetervoorstellen (its team Q&W submits, its head holds the turn), a folder per person in Meldingen, and every
 * existing proposal secured for its state. Provisioning runs it; run it again after changing the Diensten list.
 */
export async function secureFlow(sp: SPFI, log: (line: string) => void = () => undefined): Promise<FlowSecurityReport> {
  const [organisation, recipients, context] = await Promise.all([loadOrganisation(sp), recipientsOf(sp), loadSecurityContext(sp)]);
  const writer = new ItemAccessWriter(sp, context);
  const diensten = await ensureFolders(sp, VERBETERVOORSTELLEN.title, DIENSTEN);
  const userIds = recipients[0].concat(recipients[1]).map((u) => u.Id).filter((id, i, all) => all.indexOf(id) === i);
  const persons = await ensureFolders(sp, MELDINGEN.title, userIds.map(notificationFolder));
  let secured = 0;
  for (const dienst of DIENSTEN) {
    await writer.grant(VERBETERVOORSTELLEN.title, diensten.byName.get(dienst) as number, (context) => dienstFolderGrants(context, organisation, dienst as Dienst));
    secured++;
  }
  for (const userId of userIds) {
    await writer.grant(MELDINGEN.title, persons.byName.get(notificationFolder(userId)) as number, (context) => personFolderGrants(context, userId));
    secured++;
  }
  const proposals = await secureProposals(sp, writer, context, organisation, log);
  if (diensten.created + persons.created > 0) log(`created ${diensten.created + persons.created} folders`);
  return { foldersCreated: diensten.created + persons.created, foldersSecured: secured, proposalsSecured: proposals };
}
