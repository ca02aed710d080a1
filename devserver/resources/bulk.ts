import type { Ctx, Site } from '../http/context';
import type { Db } from '../store/db';
import { listNotFound } from '../http/errors';
import { listFields } from './fields';
import { columnValues, insertItem } from './items';
import type { ListRow } from './list-row';
import { findUser, type PrincipalRow } from './users';

/**
 * FOR TESTS AND BENCHMARKS ONLY: inserts many items straight into a list in one transaction, skipping HTTP and
 * permission checks (values are still converted and unique columns still enforced). Returns the new ids.
 */
export function bulkInsertItemsForTests(db: Db, site: Site, listTitle: string, items: Record<string, unknown>[], login?: string): number[] {
  const list = db.get<ListRow>('SELECT * FROM lists WHERE title = ?', listTitle);
  if (!list) throw listNotFound(listTitle, site.url);
  const author = (login ? findUser(db, login) : db.get<PrincipalRow>('SELECT * FROM principals WHERE is_site_admin = 1 ORDER BY id')) as PrincipalRow;
  const ctx: Ctx = {
    db,
    site,
    caller: { id: author.id, login: author.login, title: author.title, email: author.email ?? '', isSiteAdmin: true },
    verb: 'POST',
    url: new URL(site.url),
    headers: {},
    rawBody: Buffer.alloc(0),
    format: 'minimal',
    permCache: new Map(),
  };
  const fields = listFields(db, list.rid);
  return db.transaction(() => items.map((item) => insertItem(ctx, list, fields, columnValues(ctx, list, fields, item), author.id).id));
}
