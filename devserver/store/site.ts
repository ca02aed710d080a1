import { randomBytes, randomUUID } from 'node:crypto';
import type { Site } from '../http/context';
import type { Db } from './db';
import { PERSONAS } from '../auth/personas';
import { addAssignment, FULL_CONTROL_ID, ROLE_DEFINITIONS, WEB } from '../auth/permissions';
import { addMember, insertGroup, insertUser } from '../resources/users';

const EDIT_ID = 1073741830;
const READ_ID = 1073741826;

/** SharePoint's timestamp format: UTC ISO-8601 without milliseconds. */
export const spNow = (): string => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * Loads the site from the database, creating it on first use as SharePoint Online would provision a team site: the
 * standard permission levels, the Owners/Members/Visitors groups with Full Control/Edit/Read on the web, and every
 * persona as a site user (the site admin persona in Owners). The product's groups and the personas' memberships are
 * provisioning's and seeding's work (src/data/provision.ts, src/data/seedMembers.ts), done through PnPjs as on SPO.
 */
export function loadSite(db: Db, path: string, origin: string): Site {
  if (!db.meta('site_id')) db.transaction(() => createSite(db, path));
  const meta = (key: string): string => db.meta(key) as string;
  return {
    origin,
    path,
    url: origin + path,
    title: meta('title'),
    siteId: meta('site_id'),
    webId: meta('web_id'),
    created: meta('created'),
    secret: meta('secret'),
  };
}

function createSite(db: Db, path: string): void {
  const name = path.split('/').filter(Boolean).pop() ?? 'site';
  const title = name.charAt(0).toUpperCase() + name.slice(1);
  db.setMeta('site_id', randomUUID());
  db.setMeta('web_id', randomUUID());
  db.setMeta('created', spNow());
  db.setMeta('title', title);
  db.setMeta('secret', randomBytes(32).toString('hex'));
  for (const r of ROLE_DEFINITIONS) {
    db.run(
      'INSERT INTO role_definitions (id, name, description, ord, kind, high, low, hidden) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      r.id, r.name, r.description, r.ord, r.kind, r.high, r.low, r.hidden,
    );
  }
  const owners = insertGroup(db, `${title} Owners`, `Use this group to grant people full control permissions to the SharePoint site: ${title}`, null);
  const members = insertGroup(db, `${title} Members`, `Use this group to grant people contribute permissions to the SharePoint site: ${title}`, owners);
  const visitors = insertGroup(db, `${title} Visitors`, `Use this group to grant people read permissions to the SharePoint site: ${title}`, owners);
  db.setMeta('owner_group', String(owners));
  db.setMeta('member_group', String(members));
  db.setMeta('visitor_group', String(visitors));
  addAssignment(db, WEB, owners, FULL_CONTROL_ID);
  addAssignment(db, WEB, members, EDIT_ID);
  addAssignment(db, WEB, visitors, READ_ID);

  for (const p of PERSONAS) {
    const id = insertUser(db, { upn: p.login, title: p.title, department: p.dienst, jobTitle: p.role, siteAdmin: p.siteAdmin });
    if (p.siteAdmin) addMember(db, owners, id);
  }
}
