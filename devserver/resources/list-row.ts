import { WEB, type Securable } from '../auth/permissions';

/** A row of `lists`. */
export interface ListRow {
  rid: number;
  id: string;
  title: string;
  description: string;
  base_template: number;
  entity: string;
  url_name: string;
  created: string;
  modified: string;
  item_count: number;
  read_security: number;
  write_security: number;
  unique_perms: number;
  props: string;
}

/** The list as a securable object (inherits from the web unless its inheritance is broken). */
export const listSecurableOf = (list: ListRow): Securable & { readSecurity: number; writeSecurity: number } => ({
  kind: 'list',
  key: `l:${list.rid}`,
  unique: list.unique_perms === 1,
  parent: WEB,
  listRid: list.rid,
  path: `Web/Lists(guid'${list.id}')`,
  readSecurity: list.read_security,
  writeSecurity: list.write_security,
});
