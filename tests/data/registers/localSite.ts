import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/site-users/web';
import { ADMIN_LOGIN, spAs } from '../../../devserver/app';
import { claimsLogin, PERSONAS } from '../../../devserver/auth/personas';
import { startLocalSharePoint, type LocalSharePoint } from '../../../devserver/http/server';
import { provision } from '../../../src/data/provision';
import { AANDACHTSPUNTEN } from '../../../src/data/schema';
import { seedPersonaMemberships } from '../../../src/data/seedMembers';
import { Outbox } from '../../../src/data/outbox';
import type { KeyValueStore } from '../../../src/data/storedJson';

/** A provisioned local SharePoint with the personas in their groups, as the repositories' tests need it. */
export interface TestSite {
  ls: LocalSharePoint;
  admin: SPFI;
  /** PnPjs signed in as a persona (cached per login). */
  as(login: string): Promise<SPFI>;
  /** The site user id of a persona. */
  userId(login: string): Promise<number>;
  /** A raw REST call as a persona (bearer token), for security tests that must not go through the app. */
  raw(login: string, path: string, init?: RequestInit): Promise<Response>;
  close(): Promise<void>;
}

/** An in-memory store for the outbox. */
export function memoryStore(): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

/** An outbox on an in-memory store. */
export const memoryOutbox = (): Outbox => new Outbox(memoryStore());

/** Starts a fresh in-memory site, provisions the schema and puts the personas in their groups. */
export async function startSite(options: { themes?: boolean } = {}): Promise<TestSite> {
  const ls = await startLocalSharePoint();
  const admin = await spAs(ls, ADMIN_LOGIN);
  await provision(admin);
  await seedPersonaMemberships(admin, PERSONAS);
  if (options.themes) {
    const themes = AANDACHTSPUNTEN.title;
    for (const [n, title] of [[1, 'Attenties, aanbiedingen en incidentele vergoedingen, corruptie'], [8, 'Gewenst gedrag tijdens de functie'], [10, 'Rechtmatig gebruik van geweld']] as const) {
      await admin.web.lists.getByTitle(themes).items.add({ Title: title, ThemeNumber: n, Action: 'Geen' });
    }
  }
  const roots = new Map<string, Promise<SPFI>>();
  const tokens = new Map<string, Promise<string>>();
  const token = (login: string): Promise<string> => {
    if (!tokens.has(login)) tokens.set(login, ls.signIn(login));
    return tokens.get(login)!;
  };
  return {
    ls,
    admin,
    as: (login) => {
      if (!roots.has(login)) roots.set(login, spAs(ls, login));
      return roots.get(login)!;
    },
    userId: async (login) => (await admin.web.ensureUser(claimsLogin(login))).Id,
    raw: async (login, path, init = {}) =>
      fetch(path.startsWith('http') ? path : `${ls.siteUrl}/_api/${path}`, {
        ...init,
        headers: { Accept: 'application/json', Authorization: `Bearer ${await token(login)}`, ...(init.headers as Record<string, string> | undefined) },
      }),
    close: () => ls.close(),
  };
}
