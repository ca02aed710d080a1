import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields/list';
import '@pnp/sp/views/list';
import '@pnp/sp/security/web';
import '@pnp/sp/security/list';
import '@pnp/sp/batching';
import { requestSecurityContext, type RoleAssignmentJson, type SecurityContext } from '../permissions';
import { isNotFound, settle, type Settled } from './batch';
import type { FieldJson, ListJson, ViewJson } from './diff';

/** One list as provisioning found it. */
export interface ListState {
  info: ListJson;
  fields: FieldJson[];
  views: ViewJson[];
  assignments: RoleAssignmentJson[];
}

/** The site-level security as provisioning found it: levels, groups, and who holds what on the site. */
export interface SiteSecurityState extends SecurityContext {
  assignments: RoleAssignmentJson[];
}

const LIST_PROPS = [
  'Id',
  'Title',
  'Description',
  'ReadSecurity',
  'WriteSecurity',
  'EnableVersioning',
  'EnableAttachments',
  'NoCrawl',
  'ValidationFormula',
  'ValidationMessage',
  'HasUniqueRoleAssignments',
];

const valueOf = <T>(outcome: Settled<T>, what: string): T => {
  if (outcome.ok) return outcome.value;
  throw new Error(`Reading ${what} failed: ${outcome.error instanceof Error ? outcome.error.message : String(outcome.error)}`);
};

/** Reads the site's permission levels, groups and role assignments in one batch. */
export async function readSiteSecurity(sp: SPFI): Promise<SiteSecurityState> {
  const [b, execute] = sp.batched();
  const context = settle(requestSecurityContext(b));
  const assignments = settle(b.web.roleAssignments.expand('Member', 'RoleDefinitionBindings')<RoleAssignmentJson[]>());
  await execute();
  return { ...valueOf(await context, 'permission levels and groups'), assignments: valueOf(await assignments, 'site permissions') };
}

/** Reads each list's settings, fields, views and permissions in one batch; `null` for a list that does not exist. */
export async function readLists(sp: SPFI, titles: readonly string[]): Promise<{ [title: string]: ListState | null }> {
  const [b, execute] = sp.batched();
  const pending = titles.map((title) => {
    const list = b.web.lists.getByTitle(title);
    return {
      title,
      info: settle(list.select(...LIST_PROPS)<ListJson>()),
      fields: settle(list.fields.filter('Hidden eq false')<FieldJson[]>()),
      views: settle(list.views.select('Id', 'Title', 'ViewQuery', 'RowLimit', 'Paged', 'ListViewXml')<ViewJson[]>()),
      assignments: settle(list.roleAssignments.expand('Member', 'RoleDefinitionBindings')<RoleAssignmentJson[]>()),
    };
  });
  await execute();
  const states: { [title: string]: ListState | null } = {};
  for (const p of pending) {
    const info = await p.info;
    if (!info.ok && isNotFound(info.error)) {
      states[p.title] = null;
      continue;
    }
    states[p.title] = {
      info: valueOf(info, `list ${p.title}`),
      fields: valueOf(await p.fields, `fields of ${p.title}`),
      views: valueOf(await p.views, `views of ${p.title}`),
      assignments: valueOf(await p.assignments, `permissions of ${p.title}`),
    };
  }
  return states;
}
