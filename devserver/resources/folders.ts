import { Entity, jsonBody, voidResult, type ApiResult, type Ctx, type Resource } from '../http/context';
import { itemsTable } from '../store/db';
import { accessDenied, badRequest, SpError, spException } from '../http/errors';
import { listFields } from './fields';
import { folderAt, inList, itemSecurable, listOfUrl, normalizeUrl, rootUrlOf, scopeOfDir, splitUrl, type PlacedRow } from './folder-tree';
import { itemEntities, projection } from './item-shape';
import { insertItem, itemByIdResource } from './items';
import { listSecurableOf, type ListRow } from './list-row';
import { callerMask, has, overridesListBehaviors, Perm, readableItemsSql } from '../auth/permissions';
import type { Segment } from '../query/segments';

/** The folders SharePoint keeps in every custom list's root folder; they are not list items. */
const SYSTEM_FOLDERS = ['Attachments', 'Item'];
/** Characters SharePoint Online refuses in a folder name. */
const INVALID_NAME = /["*:<>?/\\|]/;

/** 404 for a folder or file that does not exist, or that the caller may not see. */
export const fileNotFound = (): SpError => new SpError(404, '-2147024894, System.IO.FileNotFoundException', 'File Not Found.');

const editPath = (url: string): string => `Web/GetFolderByServerRelativePath(decodedurl='${url.replace(/'/g, "''")}')`;

/** Whether the caller has any permission on a folder (a folder they cannot reach does not show). */
const canReach = (ctx: Ctx, list: ListRow, row: PlacedRow): boolean => {
  const mask = callerMask(ctx, itemSecurable(ctx, list, row));
  return mask.high !== 0 || mask.low !== 0;
};

/** The list item behind a folder, when the caller may view it. */
function folderItem(ctx: Ctx, list: ListRow, row: PlacedRow): Entity | null {
  const visible = readableItemsSql(ctx, listSecurableOf(list));
  if (visible && !ctx.db.get(`SELECT 1 FROM ${itemsTable(list.rid)} t WHERE t.id = ? AND ${visible}`, row.id)) return null;
  return itemEntities(ctx, list, projection(list, listFields(ctx.db, list.rid), [], []), [row])[0];
}

/** The subfolders of a folder the caller can reach (and, in the root folder, SharePoint's system folders). */
function subfolders(ctx: Ctx, list: ListRow, row: PlacedRow | null): Entity[] {
  const url = row ? row.file_ref : rootUrlOf(ctx, list);
  const rows = ctx.db.all<PlacedRow>(`SELECT * FROM ${itemsTable(list.rid)} WHERE file_dir_ref = ? AND fs_type = 1 ORDER BY leaf`, url);
  const system = row ? [] : SYSTEM_FOLDERS.map((name) => systemFolderEntity(ctx, list, name));
  return [...system, ...rows.filter((r) => canReach(ctx, list, r)).map((r) => folderEntity(ctx, list, r))];
}

const timesOf = (created: string, modified: string) => ({ TimeCreated: created, TimeLastModified: modified });

/** SP.Folder for the root folder (`row` null) or a folder of a list. */
export function folderEntity(ctx: Ctx, list: ListRow, row: PlacedRow | null): Entity {
  const url = row ? row.file_ref : rootUrlOf(ctx, list);
  const count = ctx.db.get<{ n: number }>(`SELECT count(*) AS n FROM ${itemsTable(list.rid)} WHERE file_dir_ref = ?`, url)?.n ?? 0;
  return new Entity(
    'SP.Folder',
    {
      Exists: true,
      ExistsAllowThrowForPolicyFailures: true,
      ExistsWithException: true,
      IsWOPIEnabled: false,
      ItemCount: count,
      Name: row ? row.leaf : list.url_name,
      ProgID: null,
      ServerRelativePath: new Entity('SP.ResourcePath', { DecodedUrl: url }),
      ServerRelativeUrl: url,
      ...timesOf(row ? (row.created as string) : list.created, row ? (row.modified as string) : list.modified),
      UniqueId: row ? row.guid : list.id,
      WelcomePage: '',
    },
    {
      path: editPath(url),
      nav: {
        ListItemAllFields: () => (row ? folderItem(ctx, list, row) : null),
        Folders: () => subfolders(ctx, list, row),
      },
    },
  );
}

function systemFolderEntity(ctx: Ctx, list: ListRow, name: string): Entity {
  const url = `${rootUrlOf(ctx, list)}/${name}`;
  return new Entity(
    'SP.Folder',
    { Exists: true, IsWOPIEnabled: false, ItemCount: 0, Name: name, ProgID: null, ServerRelativePath: new Entity('SP.ResourcePath', { DecodedUrl: url }), ServerRelativeUrl: url, ...timesOf(list.created, list.created), UniqueId: list.id, WelcomePage: '' },
    { path: editPath(url), nav: { ListItemAllFields: () => null, Folders: () => [] } },
  );
}

/** A folder URL that holds nothing: SharePoint answers its properties with `Exists: false`; anything further is 404. */
function missingFolderResource(url: string): Resource {
  const entity = new Entity(
    'SP.Folder',
    { Exists: false, IsWOPIEnabled: false, ItemCount: 0, Name: splitUrl(url).leaf, ProgID: null, ServerRelativeUrl: url, UniqueId: '00000000-0000-0000-0000-000000000000', WelcomePage: '' },
    { path: editPath(url) },
  );
  return {
    get: () => ({ kind: 'entity', entity }),
    child: () => {
      throw fileNotFound();
    },
  };
}

/** Creates a folder (a list item with FSObjType 1) at a server-relative URL inside the list; needs AddListItems where it goes. */
export function createFolder(ctx: Ctx, list: ListRow, url: string, overwrite: boolean): PlacedRow {
  const { dir, leaf } = splitUrl(url);
  if (!inList(ctx, list, dir)) throw badRequest(`The folder '${url}' is not in the list '${list.title}'.`);
  if (!leaf.trim() || INVALID_NAME.test(leaf) || /^[\s.]|[\s.]$/.test(leaf)) {
    throw spException(`The file or folder name '${leaf}' contains characters that are not permitted.`, '-2130575245');
  }
  const isRoot = dir.toLowerCase() === rootUrlOf(ctx, list).toLowerCase();
  const parent = isRoot ? rootUrlOf(ctx, list) : folderAt(ctx, list, dir)?.file_ref;
  if (!parent) throw fileNotFound();
  const scope = scopeOfDir(ctx, list, parent);
  if (!has(callerMask(ctx, scope), Perm.AddListItems)) throw accessDenied();
  if (list.write_security === 4 && !overridesListBehaviors(ctx, listSecurableOf(list))) throw accessDenied();
  const existing = folderAt(ctx, list, `${parent}/${leaf}`);
  if (existing) {
    if (overwrite) return existing;
    throw spException(`A file or folder with the name ${url} already exists.`, '-2130575257');
  }
  if (isRoot && SYSTEM_FOLDERS.some((name) => name.toLowerCase() === leaf.toLowerCase())) {
    throw spException(`A file or folder with the name ${url} already exists.`, '-2130575257');
  }
  const titleField = listFields(ctx.db, list.rid).find((f) => f.internalName === 'Title');
  const values = new Map(titleField?.col ? [[titleField.col, leaf]] : []);
  return insertItem(ctx, list, listFields(ctx.db, list.rid), values, ctx.caller.id, { dir: parent, folderName: leaf }) as PlacedRow;
}

/** `…/folders` of a folder: listing, `('name')`, `getByUrl`, `addUsingPath(DecodedUrl=…, overwrite=…)`, `add('url')`. */
function foldersResource(ctx: Ctx, list: ListRow, parent: PlacedRow | null): Resource {
  const parentUrl = parent ? parent.file_ref : rootUrlOf(ctx, list);
  const resolve = (name: unknown): string => {
    const text = String(name ?? '');
    return text.startsWith('/') || /^https?:/i.test(text) ? normalizeUrl(ctx, text) : `${parentUrl}/${text.replace(/^\/+|\/+$/g, '')}`;
  };
  const create = (name: unknown, overwrite: boolean): ApiResult => ({ kind: 'entity', entity: folderEntity(ctx, list, createFolder(ctx, list, resolve(name), overwrite)) });
  return {
    get: () => ({ kind: 'collection', set: 'SP.ApiData.Folders', entities: subfolders(ctx, list, parent) }),
    post: () => create(jsonBody(ctx).ServerRelativeUrl, false),
    child: (seg) => {
      switch (seg.name) {
        case 'addusingpath':
          return { post: () => create(seg.named.decodedurl ?? seg.arg, seg.named.overwrite === true) };
        case 'add':
          return { post: () => create(seg.arg, false) };
        case 'getbyurl':
          return folderByUrl(ctx, list, resolve(seg.arg), false);
        default:
          return undefined;
      }
    },
  };
}

/** The folder at a URL inside a list: its resource, or (when `lenient`) SharePoint's `Exists: false` answer. */
function folderByUrl(ctx: Ctx, list: ListRow, url: string, lenient: boolean): Resource {
  if (url.toLowerCase() === rootUrlOf(ctx, list).toLowerCase()) return folderResource(ctx, list, null);
  const row = folderAt(ctx, list, url);
  if (!row || !canReach(ctx, list, row)) {
    if (lenient) return missingFolderResource(url);
    throw fileNotFound();
  }
  return folderResource(ctx, list, row);
}

/** A folder of a list (`row` null: the root folder), with its subfolders, its list item and its own operations. */
export function folderResource(ctx: Ctx, list: ListRow, row: PlacedRow | null): Resource {
  const asItem = (): Resource => {
    if (!row) throw fileNotFound();
    return itemByIdResource(ctx, list, row.id);
  };
  return {
    get: () => ({ kind: 'entity', entity: folderEntity(ctx, list, row) }),
    delete: () => {
      if (!row) throw accessDenied();
      return asItem().delete?.() ?? voidResult('Delete');
    },
    child: (seg: Segment) => {
      switch (seg.name) {
        case 'folders':
          return seg.call ? foldersResource(ctx, list, row).child?.({ ...seg, name: 'getbyurl' }) : foldersResource(ctx, list, row);
        case 'listitemallfields':
          return row ? itemByIdResource(ctx, list, row.id) : { get: () => voidResult('ListItemAllFields') };
        case 'parentfolder': {
          if (!row) throw fileNotFound();
          return folderByUrl(ctx, list, row.file_dir_ref, false);
        }
        case 'addsubfolderusingpath':
          return {
            post: () => {
              const leaf = (jsonBody(ctx).leafPath as { DecodedUrl?: unknown } | undefined)?.DecodedUrl;
              createFolder(ctx, list, `${row ? row.file_ref : rootUrlOf(ctx, list)}/${String(leaf ?? '')}`, false);
              return voidResult('AddSubFolderUsingPath');
            },
          };
        case 'recycle':
          return { post: () => asItem().child?.(seg)?.post?.() ?? voidResult('Recycle') };
        default:
          return undefined;
      }
    },
  };
}

/** `web/getFolderByServerRelativePath(decodedUrl='…')` and `web/getFolderByServerRelativeUrl('…')`. */
export function webFolderResource(ctx: Ctx, seg: Segment): Resource {
  const url = normalizeUrl(ctx, String(seg.named.decodedurl ?? seg.arg ?? ''));
  const list = listOfUrl(ctx, url);
  if (!list) return missingFolderResource(url);
  const mask = callerMask(ctx, listSecurableOf(list));
  if (!mask.high && !mask.low) return missingFolderResource(url);
  return folderByUrl(ctx, list, url, true);
}
