import { randomUUID } from 'node:crypto';
import { Entity, jsonBody, noContent, voidResult, type ApiResult, type Ctx, type Resource } from '../http/context';
import { badRequest, notFound, unknownBodyProperty } from '../http/errors';
import { findField, listFields } from './fields';
import { listSecurableOf, type ListRow } from './list-row';
import { Perm, requirePermission } from '../auth/permissions';

interface ViewRow {
  rid: number;
  id: string;
  list_rid: number;
  title: string;
  props: string;
}

/** View settings a client may set, with SharePoint's defaults. */
const VIEW_SETTINGS: Record<string, unknown> = {
  DefaultView: false,
  Hidden: false,
  JSLink: '',
  Paged: true,
  PersonalView: false,
  RowLimit: 30,
  Scope: 0,
  ViewQuery: '',
  ViewType: 'HTML',
};

const settingsOf = (v: ViewRow): Record<string, unknown> & { ViewFields: string[] } => ({
  ...VIEW_SETTINGS,
  ViewFields: [],
  ...(JSON.parse(v.props) as object),
});

/** The "All Items" view a new custom list gets. */
export function createDefaultView(ctx: Ctx, list: ListRow): void {
  insertView(ctx, list, 'All Items', { DefaultView: true, ViewFields: ['LinkTitle'] });
}

function insertView(ctx: Ctx, list: ListRow, title: string, settings: Record<string, unknown>): ViewRow {
  const rid = ctx.db.run('INSERT INTO views (id, list_rid, title, props) VALUES (?, ?, ?, ?)', randomUUID(), list.rid, title, JSON.stringify(settings)).lastId;
  return ctx.db.get<ViewRow>('SELECT * FROM views WHERE rid = ?', rid) as ViewRow;
}

function viewEntity(ctx: Ctx, list: ListRow, v: ViewRow): Entity {
  const s = settingsOf(v);
  const fileName = s.DefaultView && v.title === 'All Items' ? 'AllItems' : v.title.replace(/[^A-Za-z0-9]/g, '');
  const fieldRefs = s.ViewFields.map((f) => `<FieldRef Name="${f}" />`).join('');
  const { ViewFields: _fields, ...settings } = s;
  return new Entity(
    'SP.View',
    {
      ...settings,
      Id: v.id,
      Title: v.title,
      ServerRelativeUrl: `${ctx.site.path}/Lists/${list.url_name}/${fileName}.aspx`,
      ListViewXml:
        `<View Name="{${v.id.toUpperCase()}}" ${s.DefaultView ? 'DefaultView="TRUE" ' : ''}Type="HTML" DisplayName="${v.title}">` +
        `<Query>${String(s.ViewQuery)}</Query><ViewFields>${fieldRefs}</ViewFields><RowLimit Paged="${s.Paged ? 'TRUE' : 'FALSE'}">${String(s.RowLimit)}</RowLimit></View>`,
    },
    { path: `Web/Lists(guid'${list.id}')/Views(guid'${v.id}')` },
  );
}

/** `lists/…/views`, or `views('guid')` when an id is given. */
export function viewsResource(ctx: Ctx, list: ListRow, id?: unknown): Resource {
  const find = (row: ViewRow | undefined): Resource => {
    if (!row) throw notFound('View');
    return viewResource(ctx, list, row);
  };
  const add = (body: Record<string, unknown>): ApiResult => {
    requirePermission(ctx, listSecurableOf(list), Perm.ManageLists);
    const { __metadata: _m, Title, ...settings } = body;
    if (typeof Title !== 'string' || !Title.trim()) throw badRequest('The view title is empty.');
    const unknown = Object.keys(settings).find((k) => !(k in VIEW_SETTINGS) && k !== 'ViewFields');
    if (unknown) throw unknownBodyProperty(unknown, 'SP.View');
    if (settings.DefaultView === true) clearDefault(ctx, list);
    const row = insertView(ctx, list, Title.trim(), { ViewFields: ['LinkTitle'], ...settings });
    return { kind: 'entity', status: 201, entity: viewEntity(ctx, list, row) };
  };
  if (id !== undefined) return find(ctx.db.get<ViewRow>('SELECT * FROM views WHERE list_rid = ? AND id = ? COLLATE NOCASE', list.rid, String(id)));
  return {
    get: () => ({
      kind: 'collection',
      set: 'SP.ApiData.Views',
      entities: ctx.db.all<ViewRow>('SELECT * FROM views WHERE list_rid = ? ORDER BY rid', list.rid).map((v) => viewEntity(ctx, list, v)),
    }),
    post: () => add(jsonBody(ctx)),
    child: (seg) => {
      if (seg.name === 'add') return { post: () => add(creationInformation(jsonBody(ctx).parameters)) };
      if (seg.name === 'getbytitle') return find(ctx.db.get<ViewRow>('SELECT * FROM views WHERE list_rid = ? AND title = ?', list.rid, String(seg.arg)));
      if (seg.name === 'getbyid') return find(ctx.db.get<ViewRow>('SELECT * FROM views WHERE list_rid = ? AND id = ? COLLATE NOCASE', list.rid, String(seg.arg)));
      return undefined;
    },
  };
}

/** `views/add` takes SP.ViewCreationInformation: ViewFields as `{results}` and SetAsDefaultView. */
function creationInformation(parameters: unknown): Record<string, unknown> {
  const { SetAsDefaultView, ViewFields, ViewTypeKind: _kind, ...rest } = (parameters ?? {}) as Record<string, unknown>;
  const fields = Array.isArray(ViewFields) ? ViewFields : (ViewFields as { results?: unknown[] } | undefined)?.results;
  return { ...rest, ...(SetAsDefaultView === true ? { DefaultView: true } : {}), ...(fields ? { ViewFields: fields.map(String) } : {}) };
}

/** `lists/…/defaultview` */
export function defaultViewResource(ctx: Ctx, list: ListRow): Resource {
  const row = ctx.db.all<ViewRow>('SELECT * FROM views WHERE list_rid = ? ORDER BY rid', list.rid).find((v) => settingsOf(v).DefaultView === true);
  if (!row) throw notFound('View');
  return viewResource(ctx, list, row);
}

function clearDefault(ctx: Ctx, list: ListRow): void {
  for (const v of ctx.db.all<ViewRow>('SELECT * FROM views WHERE list_rid = ?', list.rid)) {
    const props = { ...(JSON.parse(v.props) as object), DefaultView: false };
    ctx.db.run('UPDATE views SET props = ? WHERE rid = ?', JSON.stringify(props), v.rid);
  }
}

function viewResource(ctx: Ctx, list: ListRow, view: ViewRow): Resource {
  const manage = (change: (settings: ReturnType<typeof settingsOf>) => void, name: string): Resource => ({
    post: () => {
      requirePermission(ctx, listSecurableOf(list), Perm.ManageLists);
      const settings = settingsOf(view);
      change(settings);
      ctx.db.run('UPDATE views SET props = ? WHERE rid = ?', JSON.stringify(settings), view.rid);
      return voidResult(name);
    },
  });
  const fieldName = (name: unknown): string => {
    const field = findField(listFields(ctx.db, list.rid), String(name), 'either');
    if (!field && String(name) !== 'LinkTitle') throw notFound(`Field '${String(name)}'`);
    return field?.internalName ?? 'LinkTitle';
  };
  return {
    get: () => ({ kind: 'entity', entity: viewEntity(ctx, list, view) }),
    merge: () => {
      requirePermission(ctx, listSecurableOf(list), Perm.ManageLists);
      const { __metadata: _m, Title, ...changes } = jsonBody(ctx);
      if (changes.DefaultView === true) clearDefault(ctx, list);
      const current = ctx.db.get<ViewRow>('SELECT * FROM views WHERE rid = ?', view.rid) as ViewRow;
      const props = { ...(JSON.parse(current.props) as object), ...changes };
      ctx.db.run('UPDATE views SET title = ?, props = ? WHERE rid = ?', typeof Title === 'string' ? Title : view.title, JSON.stringify(props), view.rid);
      return noContent();
    },
    delete: () => {
      requirePermission(ctx, listSecurableOf(list), Perm.ManageLists);
      ctx.db.run('DELETE FROM views WHERE rid = ?', view.rid);
      return { kind: 'void', status: 200 };
    },
    child: (seg) => {
      if (seg.name === 'viewfields') {
        return {
          get: () => {
            const names = settingsOf(view).ViewFields;
            const entity = new Entity('SP.ViewFieldCollection', {
              Items: names,
              SchemaXml: `<FieldRef Name="${names.join('" /><FieldRef Name="')}" />`,
            });
            return { kind: 'entity', entity, shaped: true };
          },
          child: (sub) => {
            switch (sub.name) {
              case 'addviewfield':
                return manage((s) => s.ViewFields.push(fieldName(sub.arg)), 'AddViewField');
              case 'removeviewfield':
                return manage((s) => (s.ViewFields = s.ViewFields.filter((f) => f !== fieldName(sub.arg))), 'RemoveViewField');
              case 'removeallviewfields':
                return manage((s) => (s.ViewFields = []), 'RemoveAllViewFields');
              case 'moveviewfieldto':
                return manage((s) => {
                  const { field, index } = jsonBody(ctx) as { field?: unknown; index?: unknown };
                  const name = fieldName(field);
                  s.ViewFields = s.ViewFields.filter((f) => f !== name);
                  s.ViewFields.splice(Number(index), 0, name);
                }, 'MoveViewFieldTo');
              default:
                return undefined;
            }
          },
        };
      }
      return undefined;
    },
  };
}
