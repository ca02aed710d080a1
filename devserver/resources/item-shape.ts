import { Entity, type Ctx } from '../http/context';
import { itemsTable, type SqlValue } from '../store/db';
import { badRequest, propertyNotFound } from '../http/errors';
import { findField, listFields, resolveLookupList, type FieldDef } from './fields';
import { fromStored } from '../store/field-types';
import { listSecurableOf, type ListRow } from './list-row';
import { callerMask, readableItemsSql } from '../auth/permissions';
import type { PropPath } from '../query/query-options';
import type { PrincipalRow } from './users';

/** A row of an `items_<rid>` table. */
export type ItemRow = Record<string, SqlValue> & { id: number; guid: string; version: number; author: number | null; unique_perms: number };

/** One output property of an item: its JSON name and how to read it from the row. */
interface PropSpec {
  name: string;
  read: (row: ItemRow) => unknown;
}

/** An `$expand`ed lookup or person field and the sub-properties to project (empty: a default set). */
interface ExpandSpec {
  field: FieldDef;
  sub: string[];
}

/** What `$select`/`$expand` ask of each item. */
export interface Projection {
  props: PropSpec[];
  expands: ExpandSpec[];
}

/** Properties every item has besides its fields, in SharePoint's order. */
function standardProps(list: ListRow): Record<string, PropSpec['read']> {
  const hex = list.id.replace(/-/g, '').toUpperCase();
  const isFolder = (r: ItemRow): boolean => r.fs_type === 1;
  return {
    FileSystemObjectType: (r) => (isFolder(r) ? 1 : 0),
    Id: (r) => r.id,
    ServerRedirectedEmbedUri: () => null,
    ServerRedirectedEmbedUrl: () => '',
    // the list's Item content type (0x0100…) or its Folder content type (0x0120…)
    ContentTypeId: (r) => (isFolder(r) ? `0x012000${hex}` : `0x0100${hex}`),
    ComplianceAssetId: () => null,
    ID: (r) => r.id,
    OData__UIVersionString: (r) => `${r.version}.0`,
    GUID: (r) => r.guid,
    HasUniqueRoleAssignments: (r) => r.unique_perms === 1,
  };
}

const fieldProp = (field: FieldDef, name = field.itemProp): PropSpec => ({
  name,
  read: (row) => {
    const value = fromStored(field.storage, row[field.col as string]);
    return field.storage === 'url' && value ? new Entity('SP.FieldUrlValue', value as Record<string, unknown>) : value;
  },
});

/** The default property set of an item (no `$select`, or `*`). */
function defaultProps(list: ListRow, fields: FieldDef[]): PropSpec[] {
  const std = standardProps(list);
  const named = (name: string): PropSpec => ({ name, read: std[name] });
  const byName = (name: string): PropSpec => fieldProp(fields.find((f) => f.internalName === name) as FieldDef);
  return [
    ...['FileSystemObjectType', 'Id', 'ServerRedirectedEmbedUri', 'ServerRedirectedEmbedUrl', 'ContentTypeId'].map(named),
    byName('Title'),
    ...fields.filter((f) => !f.builtin).map((f) => fieldProp(f)),
    named('ComplianceAssetId'),
    named('ID'),
    ...['Modified', 'Created', 'Author', 'Editor'].map(byName),
    named('OData__UIVersionString'),
    byName('Attachments'),
    named('GUID'),
  ];
}

/** Builds the projection for `$select`/`$expand`, refusing unknown names as SharePoint does (400). */
export function projection(list: ListRow, fields: FieldDef[], select: PropPath[], expand: PropPath[]): Projection {
  const lookupNamed = (name: string): FieldDef | undefined =>
    fields.find((f) => (f.storage === 'lookup' || f.storage === 'lookups') && f.entityName.toLowerCase() === name.toLowerCase());
  const expands = new Map<string, ExpandSpec>();
  for (const path of expand) {
    const field = lookupNamed(path[0]);
    if (!field || path.length > 1) throw propertyNotFound(path.join('/'));
    expands.set(field.entityName.toLowerCase(), { field, sub: [] });
  }
  const selectAll = select.length === 0 || select.some((p) => p[0] === '*');
  const props: PropSpec[] = selectAll ? defaultProps(list, fields) : [];
  const std = standardProps(list);
  const chosen = new Set<ExpandSpec>(selectAll ? expands.values() : []);
  for (const path of select) {
    if (path[0] === '*') continue;
    const lower = path[0].toLowerCase();
    const expanded = expands.get(lower);
    if (path.length > 1 || (lookupNamed(path[0]) && !fields.some((f) => f.itemProp.toLowerCase() === lower))) {
      if (!expanded) {
        throw badRequest(`The query to field '${path.join('/')}' is not valid. The $select query string must specify the target fields and the $expand query string must contains ${path[0]}.`);
      }
      if (path.length > 1) expanded.sub.push(path.slice(1).join('/'));
      chosen.add(expanded);
      continue;
    }
    if (selectAll) continue;
    const stdName = path[0] === 'ID' ? 'ID' : Object.keys(std).find((k) => k.toLowerCase() === lower && k !== 'ID');
    if (stdName) {
      props.push({ name: stdName, read: std[stdName] });
      continue;
    }
    const field = fields.find((f) => f.itemProp.toLowerCase() === lower);
    if (!field || field.storage === 'none') throw propertyNotFound(path[0]);
    props.push(fieldProp(field));
  }
  return { props, expands: [...chosen] };
}

/** The values of lookup/person targets the caller may see, keyed by id (hidden lookup items are left out). */
type Targets = Map<number, { read: (prop: string) => unknown; type: string; path: string; id?: string }>;

const USER_DEFAULT = ['Id', 'Title', 'EMail'];

/** Loads the targets of a lookup or person field for a set of ids, trimmed to what the caller may see. */
function loadTargets(ctx: Ctx, field: FieldDef, ids: Set<number>): Targets {
  const targets: Targets = new Map();
  if (!ids.size) return targets;
  const idList = [...ids].map(Number).join(',');
  if (field.type.startsWith('User')) {
    for (const p of ctx.db.all<PrincipalRow>(`SELECT * FROM principals WHERE id IN (${idList})`)) {
      const [first, ...rest] = p.title.split(' ');
      const values: Record<string, unknown> = {
        id: p.id,
        title: p.title,
        name: p.login,
        email: p.email,
        username: p.email,
        sipaddress: p.email,
        department: p.department,
        jobtitle: p.job_title,
        firstname: first,
        lastname: rest.join(' '),
      };
      targets.set(p.id, {
        type: 'SP.Data.UserInfoItem',
        path: `Web/SiteUserInfoList/Items(${p.id})`,
        read: (prop) => {
          const key = prop.toLowerCase();
          if (!(key in values)) throw badRequest(`The query to field '${field.entityName}/${prop}' is not valid.`);
          return values[key] ?? null;
        },
      });
    }
    return targets;
  }
  const target = resolveLookupList(ctx.db, String(field.props.LookupList ?? ''));
  if (!target) return targets;
  const securable = listSecurableOf(target);
  const mask = callerMask(ctx, securable);
  if (!mask.high && !mask.low) return targets;
  const visible = readableItemsSql(ctx, securable);
  const targetFields = listFields(ctx.db, target.rid);
  const rows = ctx.db.all<ItemRow>(`SELECT t.* FROM ${itemsTable(target.rid)} t WHERE t.id IN (${idList})${visible ? ` AND ${visible}` : ''}`);
  for (const row of rows) {
    targets.set(row.id, {
      type: `SP.Data.${target.entity}Item`,
      path: `Web/Lists(guid'${target.id}')/Items(${row.id})`,
      id: row.guid,
      read: (prop) => {
        if (prop.toLowerCase() === 'id') return row.id;
        const f = findField(targetFields, prop, 'internal');
        if (!f?.col || f.storage === 'lookups' || f.storage === 'strings') throw badRequest(`The query to field '${field.entityName}/${prop}' is not valid.`);
        return fromStored(f.storage, row[f.col]);
      },
    });
  }
  return targets;
}

/** The ids a lookup or person column holds in a row. */
const idsOf = (field: FieldDef, row: ItemRow): number[] => {
  const value = fromStored(field.storage, row[field.col as string]);
  return Array.isArray(value) ? (value as number[]) : value === null ? [] : [value as number];
};

/** Turns item rows into SP.Data.<List>Item entities with the projection applied and expansions trimmed to what the caller may see. */
export function itemEntities(ctx: Ctx, list: ListRow, proj: Projection, rows: ItemRow[]): Entity[] {
  const expansions = proj.expands.map((spec) => {
    const ids = new Set<number>();
    for (const row of rows) for (const id of idsOf(spec.field, row)) ids.add(id);
    return { spec, targets: loadTargets(ctx, spec.field, ids) };
  });
  return rows.map((row) => {
    const props: Record<string, unknown> = {};
    for (const p of proj.props) props[p.name] = p.read(row);
    for (const { spec, targets } of expansions) {
      const sub = spec.sub.length ? spec.sub : spec.field.type.startsWith('User') ? USER_DEFAULT : ['Id', String(spec.field.props.LookupField ?? 'Title')];
      const entities = idsOf(spec.field, row)
        .map((id) => targets.get(id))
        .filter((t) => t !== undefined)
        .map((t) => new Entity(t.type, Object.fromEntries(sub.map((s) => [s, t.read(s)])), { path: t.path, id: t.id }));
      props[spec.field.entityName] = spec.field.storage === 'lookups' ? entities : (entities[0] ?? null);
    }
    return new Entity(`SP.Data.${list.entity}Item`, props, { path: `Web/Lists(guid'${list.id}')/Items(${row.id})`, id: row.guid, etag: `"${row.version}"` });
  });
}

/** SP.ListItemVersion entities: every field by EntityPropertyName, people and lookups as `{LookupId, LookupValue}`. */
export function versionEntities(ctx: Ctx, list: ListRow, fields: FieldDef[], snapshots: { version: number; row: ItemRow }[], current: number): Entity[] {
  const lookups = fields.filter((f) => f.col && (f.storage === 'lookup' || f.storage === 'lookups'));
  const targets = new Map(
    lookups.map((f) => {
      const ids = new Set<number>();
      for (const s of snapshots) for (const id of idsOf(f, s.row)) ids.add(id);
      return [f, loadTargets(ctx, f, ids)] as const;
    }),
  );
  return snapshots.map(({ version, row }) => {
    const props: Record<string, unknown> = {
      VersionId: version * 512,
      VersionLabel: `${version}.0`,
      IsCurrentVersion: version === current,
      Created: row.modified,
    };
    for (const f of fields) {
      if (!f.col) continue;
      const lookupTargets = targets.get(f);
      if (!lookupTargets) {
        props[f.entityName] = fieldProp(f).read(row);
        continue;
      }
      const values = idsOf(f, row).map((id) => {
        const t = lookupTargets.get(id);
        const isUser = f.type.startsWith('User');
        const value = t ? t.read(isUser ? 'Title' : String(f.props.LookupField ?? 'Title')) : null;
        return new Entity('SP.FieldLookupValue', { LookupId: id, LookupValue: value, ...(isUser ? { Email: t ? t.read('EMail') : null } : {}) });
      });
      props[f.entityName] = f.storage === 'lookups' ? values : (values[0] ?? null);
    }
    props.OData__UIVersionString = `${version}.0`;
    return new Entity('SP.ListItemVersion', props, { path: `Web/Lists(guid'${list.id}')/Items(${row.id})/Versions(${version * 512})` });
  });
}
