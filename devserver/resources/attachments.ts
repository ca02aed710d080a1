import { Entity, type Ctx, type Resource } from '../http/context';
import { itemsTable } from '../store/db';
import { badRequest, SpError, spException } from '../http/errors';
import type { ItemRow } from './item-shape';
import type { ListRow } from './list-row';

const fileNotFound = (): SpError => new SpError(404, '-2130575338, Microsoft.SharePoint.SPException', 'File Not Found.');

/** SP.Attachment as SharePoint serialises it. */
function attachmentEntity(ctx: Ctx, list: ListRow, itemId: number, name: string): Entity {
  const url = `${ctx.site.path}/Lists/${list.url_name}/Attachments/${itemId}/${name}`;
  return new Entity(
    'SP.Attachment',
    {
      FileName: name,
      FileNameAsPath: new Entity('SP.ResourcePath', { DecodedUrl: name }),
      ServerRelativePath: new Entity('SP.ResourcePath', { DecodedUrl: url }),
      ServerRelativeUrl: url,
    },
    { path: `Web/Lists(guid'${list.id}')/Items(${itemId})/AttachmentFiles('${encodeURIComponent(name)}')` },
  );
}

/**
 * `items(n)/attachmentfiles`, or one file when a name is given: list, `add(FileName='…')` with the raw body, `$value`
 * to read or replace the content, DELETE and `recycleObject`. Changes need the right to edit the item.
 */
export function attachmentsResource(ctx: Ctx, list: ListRow, row: ItemRow, requireWrite: () => void, name?: unknown): Resource {
  const names = (): string[] =>
    ctx.db.all<{ name: string }>('SELECT name FROM attachments WHERE list_rid = ? AND item_id = ? ORDER BY name', list.rid, row.id).map((r) => r.name);
  const flag = (): void => {
    ctx.db.run(`UPDATE ${itemsTable(list.rid)} SET attachments = ? WHERE id = ?`, names().length ? 1 : 0, row.id);
  };
  if (name !== undefined) {
    const file = ctx.db.get<{ name: string; content: Uint8Array }>('SELECT name, content FROM attachments WHERE list_rid = ? AND item_id = ? AND name = ?', list.rid, row.id, String(name));
    if (!file) throw fileNotFound();
    const remove = (): void => {
      requireWrite();
      ctx.db.run('DELETE FROM attachments WHERE list_rid = ? AND item_id = ? AND name = ?', list.rid, row.id, file.name);
      flag();
    };
    return {
      get: () => ({ kind: 'entity', entity: attachmentEntity(ctx, list, row.id, file.name) }),
      delete: () => {
        remove();
        return { kind: 'void', status: 200 };
      },
      child: (seg) => {
        if (seg.name === 'recycleobject') {
          const recycle = () => {
            remove();
            return { kind: 'void' as const, status: 200 as const };
          };
          return { post: recycle, delete: recycle };
        }
        if (seg.name !== '$value') return undefined;
        const replace = () => {
          requireWrite();
          ctx.db.run('UPDATE attachments SET content = ? WHERE list_rid = ? AND item_id = ? AND name = ?', ctx.rawBody, list.rid, row.id, file.name);
          return { kind: 'void' as const, status: 204 as const };
        };
        return { get: () => ({ kind: 'raw', body: Buffer.from(file.content), contentType: 'application/octet-stream' }), post: replace, merge: replace };
      },
    };
  }
  return {
    get: () => ({ kind: 'collection', set: 'SP.ApiData.Attachments', entities: names().map((n) => attachmentEntity(ctx, list, row.id, n)) }),
    child: (seg) => {
      if (seg.name !== 'add') return undefined;
      return {
        post: () => {
          requireWrite();
          const fileName = String(seg.named.filename ?? seg.arg ?? '').trim();
          if (!fileName || /[\\/:*?"<>|#%]/.test(fileName)) throw badRequest(`The file name '${fileName}' is not valid.`);
          if ((JSON.parse(list.props) as { EnableAttachments?: boolean }).EnableAttachments === false) {
            throw spException('Attachments are disabled for this list.');
          }
          if (names().some((n) => n.toLowerCase() === fileName.toLowerCase())) {
            throw spException(`A file with the name ${fileName} already exists.`, '-2130575257');
          }
          ctx.db.run('INSERT INTO attachments (list_rid, item_id, name, content) VALUES (?, ?, ?, ?)', list.rid, row.id, fileName, ctx.rawBody);
          flag();
          return { kind: 'entity', status: 200, entity: attachmentEntity(ctx, list, row.id, fileName) };
        },
      };
    },
  };
}
