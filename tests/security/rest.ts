import type { LocalSharePoint } from '../../devserver/http/server';

/** A raw REST client as an attacker would use one: the persona's own bearer token and nothing of the app's code. */
export interface RawClient {
  get(path: string): Promise<Response>;
  merge(path: string, body: Record<string, unknown>): Promise<Response>;
  post(path: string, body?: unknown): Promise<Response>;
  remove(path: string): Promise<Response>;
}

/** Signs a persona in and returns its raw REST client on the site's `_api`. */
export async function rawAs(ls: LocalSharePoint, login: string): Promise<RawClient> {
  const token = await ls.signIn(login);
  const send = (path: string, init: RequestInit & { headers?: Record<string, string> } = {}): Promise<Response> =>
    fetch(`${ls.siteUrl}/_api/${path}`, {
      ...init,
      headers: { Accept: 'application/json', 'Content-Type': 'application/json', Authorization: `Bearer ${token}`, ...(init.headers || {}) },
    });
  return {
    get: (path) => send(path),
    merge: (path, body) => send(path, { method: 'POST', headers: { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' }, body: JSON.stringify(body) }),
    post: (path, body) => send(path, { method: 'POST', body: body === undefined ? undefined : JSON.stringify(body) }),
    remove: (path) => send(path, { method: 'POST', headers: { 'X-HTTP-Method': 'DELETE', 'IF-MATCH': '*' } }),
  };
}

/** The path of a list's items (or one item) in `_api`. */
export const itemsOf = (listTitle: string, itemId?: number | string): string =>
  `web/lists/getByTitle('${encodeURIComponent(listTitle)}')/items${itemId === undefined ? '' : `(${itemId})`}`;

/** Whether SharePoint refused the request (access denied or not found for this user). */
export const refused = (res: Response): boolean => res.status === 403 || res.status === 404 || res.status === 401;
