import { randomUUID } from 'node:crypto';
import { Entity, jsonBody, noContent, type ApiResult, type Ctx, type Resource } from '../http/context';
import { itemsTable, type Db } from '../store/db';
import { badRequest, listNotFound, unknownBodyProperty, spException } from '../http/errors';
import { createBuiltinFields, encodeName, fieldByIdResource, fieldEntity, fieldsResource, listFields } from './fields';
import { addValidateUpdateItemUsingPath } from './add-validate';
import { addFolderColumns, listRootUrl } from '../store/folder-columns';
import { folderEntity, folderResource } from './folders';
import { itemByIdResource, itemsResource } from './items';
import { callerMask, Perm, requirePermission, WEB } from '../auth/permissions';
import { listSecurableOf, type ListRow } from './list-row';
import { securableChild } from './security';
import { spNow } from '../store/site';
import { createDefaultView, viewsResource, defaultViewResource } from './views';

/** List settings a client may set, with SharePoint Online's defaults for a new custom list. */
const LIST_SETTINGS: Record<string, unknown> = {
  AllowContentTypes: true,
  ContentTypesEnabled: false,
  DisableGridEditing: false,
  DraftVersionVisibility: 0,
  EnableAttachments: true,
  EnableFolderCreation: false,
  EnableMinorVersions: false,
  EnableModeration: false,
  EnableVersioning: true,
  ExcludeFromOfflineClient: false,
  ForceCheckout: false,
  Hidden: false,
  IrmEnabled: false,
  MajorVersionLimit: 50,
  NoCrawl: false,
  OnQuickLaunch: false,
  ValidationFormula: '',
  ValidationMessage: '',
};

const listByRid = (db: Db, rid: number): ListRow | undefined => db.get<ListRow>('SELECT * FROM lists WHERE rid = ?', rid);

/** Whether the caller can see the list at all (any permission, including limited access through an item). */
const canSee = (ctx: Ctx, list: ListRow): boolean => {
  const mask = callerMask(ctx, listSecurableOf(list));
  return mask.high !== 0 || mask.low !== 0;
};

/** Finds a list the caller may see; throws SharePoint's 404 otherwise. */
function visibleList(ctx: Ctx, list: ListRow | undefined, name: string): ListRow {
  if (!list || !canSee(ctx, list)) throw listNotFound(name, ctx.site.url);
  return list;
}

const rootUrlOf = (ctx: Ctx, list: ListRow): string => listRootUrl(ctx.site.path, list.url_name);

function listEntity(ctx: Ctx, list: ListRow): Entity {
  return new Entity(
    'SP.List',
    {
      ...LIST_SETTINGS,
      ...(JSON.parse(list.props) as object),
      BaseTemplate: list.base_template,
      BaseType: 0,
      Created: list.created,
      DefaultViewUrl: `${rootUrlOf(ctx, list)}/AllItems.aspx`,
      Description: list.description,
      EntityTypeName: list.entity,
      HasUniqueRoleAssignments: list.unique_perms === 1,
      Id: list.id,
      ItemCount: list.item_count,
      LastItemModifiedDate: list.modified,
      LastItemUserModifiedDate: list.modified,
      ListItemEntityTypeFullName: `SP.Data.${list.entity}Item`,
      ParentWebUrl: ctx.site.path,
      ReadSecurity: list.read_security,
      Title: list.title,
      WriteSecurity: list.write_security,
    },
    {
      path: `Web/Lists(guid'${list.id}')`,
      nav: {
        RootFolder: () => folderEntity(ctx, list, null),
        Fields: () => listFields(ctx.db, list.rid).map((f) => fieldEntity(list, f)),
      },
    },
  );
}

/** `web/lists` */
export function listsResource(ctx: Ctx): Resource {
  return {
    get: () => ({
      kind: 'collection',
      set: 'SP.ApiData.Lists',
      entities: ctx.db
        .all<ListRow>('SELECT * FROM lists ORDER BY title')
        .filter((l) => canSee(ctx, l))
        .map((l) => listEntity(ctx, l)),
    }),
    post: () => ({ kind: 'entity', status: 201, entity: listEntity(ctx, createList(ctx, jsonBody(ctx))) }),
    child: (seg) => {
      switch (seg.name) {
        case 'getbytitle':
          return listResource(ctx, visibleList(ctx, ctx.db.get<ListRow>('SELECT * FROM lists WHERE title = ?', String(seg.arg)), String(seg.arg)));
        case 'getbyid':
          return listByIdResource(ctx, seg.arg);
        default:
          return undefined;
      }
    },
  };
}

/** `web/lists('guid')`, `web/lists(guid'guid')`, `lists/getbyid('guid')` */
export function listByIdResource(ctx: Ctx, id: unknown): Resource {
  const list = ctx.db.get<ListRow>('SELECT * FROM lists WHERE id = ? COLLATE NOCASE', String(id));
  return listResource(ctx, visibleList(ctx, list, String(id)));
}

/** `web/getlist('/sites/x/Lists/Name')` */
export function listByUrlResource(ctx: Ctx, url: unknown): Resource {
  // SharePoint matches the whole server-relative (or absolute) URL, case-insensitively: `/SITES/INTEGRITEIT/lists/x` finds
  // the list, a list name under another site's path does not
  let wanted = String(url).trim();
  if (/^https?:\/\//i.test(wanted)) {
    try {
      const parsed = new URL(wanted);
      wanted = parsed.origin.toLowerCase() === ctx.site.origin.toLowerCase() ? decodeURIComponent(parsed.pathname) : '';
    } catch {
      wanted = '';
    }
  }
  wanted = wanted.replace(/\/+$/, '').toLowerCase();
  const list = ctx.db
    .all<ListRow>('SELECT * FROM lists')
    .find((l) => rootUrlOf(ctx, l).toLowerCase() === wanted);
  return listResource(ctx, visibleList(ctx, list, String(url)));
}

function listResource(ctx: Ctx, list: ListRow): Resource {
  const securable = listSecurableOf(list);
  const remove = (): void => {
    requirePermission(ctx, securable, Perm.ManageLists);
    deleteList(ctx.db, list);
  };
  return {
    get: () => ({ kind: 'entity', entity: listEntity(ctx, list) }),
    merge: () => {
      requirePermission(ctx, securable, Perm.ManageLists);
      updateList(ctx, list, jsonBody(ctx));
      return noContent();
    },
    delete: () => {
      remove();
      return { kind: 'void', status: 200 };
    },
    child: (seg) => {
      switch (seg.name) {
        case 'items':
          return seg.call ? itemByIdResource(ctx, list, seg.arg) : itemsResource(ctx, list);
        case 'getitembyid':
          return itemByIdResource(ctx, list, seg.arg);
        case 'fields':
          return seg.call ? fieldByIdResource(ctx, list, seg.arg) : fieldsResource(ctx, list);
        case 'views':
          return viewsResource(ctx, list, seg.call ? seg.arg : undefined);
        case 'defaultview':
          return defaultViewResource(ctx, list);
        case 'rootfolder':
          return folderResource(ctx, list, null);
        case 'addvalidateupdateitemusingpath':
          return { post: () => addValidateUpdateItemUsingPath(ctx, list) };
        case 'recycle':
          return {
            post: (): ApiResult => {
              remove();
              return { kind: 'value', value: randomUUID(), edmType: 'Edm.Guid', name: 'Recycle' };
            },
          };
        default:
          return securableChild(ctx, securable, seg);
      }
    },
  };
}

/** SharePoint's longest list title (SPList.Title is limited to 255 characters). */
export const MAX_LIST_TITLE = 255;

function checkListTitleLength(title: string): void {
  if (title.length > MAX_LIST_TITLE) {
    throw badRequest(`The length of the list title exceeds the limit of ${MAX_LIST_TITLE} characters.`);
  }
}

/** Creates a custom list (BaseTemplate 100): its row, its items table, the built-in fields and the "All Items" view. */
function createList(ctx: Ctx, body: Record<string, unknown>): ListRow {
  requirePermission(ctx, WEB, Perm.ManageLists);
  const { __metadata: _m, Title, Description, BaseTemplate, ReadSecurity, WriteSecurity, ...settings } = body;
  if (typeof Title !== 'string' || !Title.trim()) throw badRequest('The list title is empty.');
  if (Number(BaseTemplate ?? 100) !== 100) throw badRequest('Only custom lists (BaseTemplate 100) are supported by the local SharePoint.');
  const title = Title.trim();
  checkListTitleLength(title);
  if (ctx.db.get('SELECT 1 FROM lists WHERE title = ?', title)) {
    throw spException('A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.', '-2130575342');
  }
  const base = title.replace(/[~"#%&*:<>?/\\{|}.]/g, '').trim() || 'List';
  let urlName = base;
  for (let n = 1; ctx.db.get('SELECT 1 FROM lists WHERE url_name = ?', urlName); n++) urlName = `${base}${n}`;
  const now = spNow();
  const rid = ctx.db.run(
    'INSERT INTO lists (id, title, description, base_template, entity, url_name, created, modified) VALUES (?, ?, ?, 100, ?, ?, ?, ?)',
    randomUUID(), title, typeof Description === 'string' ? Description : '', `${encodeName(urlName)}List`, urlName, now, now,
  ).lastId;
  ctx.db.exec(`CREATE TABLE ${itemsTable(rid)} (
    id INTEGER PRIMARY KEY AUTOINCREMENT, guid TEXT NOT NULL, created TEXT NOT NULL, modified TEXT NOT NULL,
    author INTEGER, editor INTEGER, version INTEGER NOT NULL DEFAULT 1, unique_perms INTEGER NOT NULL DEFAULT 0,
    attachments INTEGER NOT NULL DEFAULT 0, title TEXT COLLATE NOCASE)`);
  ctx.db.exec(`CREATE INDEX ${itemsTable(rid)}_author ON ${itemsTable(rid)} (author)`);
  addFolderColumns(ctx.db, rid, listRootUrl(ctx.site.path, urlName));
  createBuiltinFields(ctx.db, rid);
  const list = listByRid(ctx.db, rid) as ListRow;
  createDefaultView(ctx, list);
  updateList(ctx, list, { ...settings, ...(ReadSecurity === undefined ? {} : { ReadSecurity }), ...(WriteSecurity === undefined ? {} : { WriteSecurity }) });
  return listByRid(ctx.db, rid) as ListRow;
}

function updateList(ctx: Ctx, list: ListRow, body: Record<string, unknown>): void {
  const props = JSON.parse(list.props) as Record<string, unknown>;
  for (const [key, value] of Object.entries(body)) {
    switch (key) {
      case '__metadata':
        break;
      case 'Title': {
        const title = String(value ?? '').trim();
        if (!title) throw badRequest('The list title is empty.');
        checkListTitleLength(title);
        if (ctx.db.get('SELECT 1 FROM lists WHERE title = ? AND rid <> ?', title, list.rid)) {
          throw spException('A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.', '-2130575342');
        }
        ctx.db.run('UPDATE lists SET title = ? WHERE rid = ?', title, list.rid);
        break;
      }
      case 'Description':
        ctx.db.run('UPDATE lists SET description = ? WHERE rid = ?', String(value ?? ''), list.rid);
        break;
      case 'ReadSecurity':
        if (value !== 1 && value !== 2) throw badRequest('ReadSecurity must be 1 (all items) or 2 (own items).');
        ctx.db.run('UPDATE lists SET read_security = ? WHERE rid = ?', value, list.rid);
        break;
      case 'WriteSecurity':
        if (value !== 1 && value !== 2 && value !== 4) throw badRequest('WriteSecurity must be 1 (all items), 2 (own items) or 4 (none).');
        ctx.db.run('UPDATE lists SET write_security = ? WHERE rid = ?', value, list.rid);
        break;
      default:
        if (!(key in LIST_SETTINGS)) throw unknownBodyProperty(key, 'SP.List');
        props[key] = value;
    }
  }
  ctx.db.run('UPDATE lists SET props = ? WHERE rid = ?', JSON.stringify(props), list.rid);
}

function deleteList(db: Db, list: ListRow): void {
  db.exec(`DROP TABLE ${itemsTable(list.rid)}`);
  for (const table of ['fields', 'views', 'versions', 'attachments', 'recycle_bin']) db.run(`DELETE FROM ${table} WHERE list_rid = ?`, list.rid);
  db.run('DELETE FROM role_assignments WHERE list_rid = ?', list.rid);
  db.run('DELETE FROM lists WHERE rid = ?', list.rid);
}
