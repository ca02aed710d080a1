import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Caller, Site } from '../http/context';
import type { Db } from '../store/db';
import { spNow } from '../store/site';
import type { PrincipalRow } from '../resources/users';

/**
 * Who a request runs as. A token is an opaque session id kept in SQLite (so it survives a restart), or a JWT from a
 * trusted issuer that devserver/auth/jwt.ts admitted as a session (see `admitBearerToken`).
 */
export interface Identity {
  caller: Caller;
  /** The session token (also what request digests are bound to). */
  token: string;
  /** Cookie sessions need `X-RequestDigest` on writes, as SharePoint does; bearer tokens do not. */
  via: 'bearer' | 'cookie';
}

/** The session cookie, named after SharePoint Online's. */
export const SESSION_COOKIE = 'FedAuth';
/** Request digests live as long as SharePoint's default (`FormDigestTimeoutSeconds`). */
export const DIGEST_TIMEOUT_SECONDS = 1800;

/**
 * How long a session from `/_dev/signin` lasts: 8 hours, a working day, like the sign-in session of a tenant whose
 * admin set SharePoint's idle/session limits (Entra access tokens themselves live 60-90 minutes).
 */
export const SESSION_LIFETIME_SECONDS = 8 * 3600;

/** Starts a session for a user that ends after `lifetimeSeconds`; returns its token. */
export function createSession(db: Db, userId: number, lifetimeSeconds = SESSION_LIFETIME_SECONDS): string {
  const token = randomBytes(24).toString('base64url');
  db.run('INSERT INTO sessions (token, user_id, created, expires) VALUES (?, ?, ?, ?)', token, userId, spNow(), Date.now() + lifetimeSeconds * 1000);
  return token;
}

export function endSession(db: Db, token: string): void {
  db.run('DELETE FROM sessions WHERE token = ?', token);
}

/**
 * The JWT hook: a bearer token validated elsewhere (devserver/auth/jwt.ts checks signature, issuer and audience) becomes
 * a session of its user under the token itself until the token's `exp` (epoch seconds), so `authenticate` accepts it
 * only that long, also after a restart without the issuer; undefined withdraws it (expired, invalid).
 */
export function admitBearerToken(db: Db, token: string, userId: number | undefined, exp?: number): void {
  if (userId === undefined || exp === undefined) endSession(db, token);
  else db.run('INSERT OR IGNORE INTO sessions (token, user_id, created, expires) VALUES (?, ?, ?, ?)', token, userId, spNow(), exp * 1000);
}

/** The token from `Authorization: Bearer …` or, failing that, from the session cookie. */
function tokenFrom(headers: Record<string, string | undefined>): { token: string; via: Identity['via'] } | undefined {
  const bearer = /^Bearer\s+(\S+)$/i.exec(headers.authorization ?? '');
  if (bearer) return { token: bearer[1], via: 'bearer' };
  for (const part of (headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE && value.length) return { token: decodeURIComponent(value.join('=')), via: 'cookie' };
  }
  return undefined;
}

/** Resolves the request's identity, or undefined when it carries no valid token. */
export function authenticate(db: Db, headers: Record<string, string | undefined>): Identity | undefined {
  const found = tokenFrom(headers);
  if (!found) return undefined;
  const user = db.get<PrincipalRow & { session_expires: number }>(
    'SELECT p.*, s.expires AS session_expires FROM sessions s JOIN principals p ON p.id = s.user_id WHERE s.token = ?',
    found.token,
  );
  if (!user) return undefined;
  if (user.session_expires <= Date.now()) {
    endSession(db, found.token);
    return undefined;
  }
  return {
    token: found.token,
    via: found.via,
    caller: { id: user.id, login: user.login, title: user.title, email: user.email ?? '', isSiteAdmin: user.is_site_admin === 1 },
  };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number): string => String(n).padStart(2, '0');
const sign = (site: Site, token: string, stamp: string): string =>
  `0x${createHmac('sha256', site.secret).update(`${token}|${stamp}`).digest('hex').toUpperCase()}`;

/** A request digest bound to the session: `0x<HMAC>,<dd Mon yyyy HH:mm:ss -0000>` like SharePoint's. */
export function issueDigest(site: Site, token: string, now = new Date()): string {
  const stamp = `${pad(now.getUTCDate())} ${MONTHS[now.getUTCMonth()]} ${now.getUTCFullYear()} ${pad(now.getUTCHours())}:${pad(now.getUTCMinutes())}:${pad(now.getUTCSeconds())} -0000`;
  return `${sign(site, token, stamp)},${stamp}`;
}

/** Checks an `X-RequestDigest` value against the session. */
export function checkDigest(site: Site, token: string, digest: string | undefined): 'ok' | 'missing' | 'invalid' | 'expired' {
  if (!digest) return 'missing';
  const comma = digest.indexOf(',');
  if (comma < 0) return 'invalid';
  const stamp = digest.slice(comma + 1);
  const expected = Buffer.from(sign(site, token, stamp));
  const given = Buffer.from(digest.slice(0, comma));
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'invalid';
  const issued = Date.parse(stamp.replace(/ -0000$/, ' GMT'));
  return Date.now() - issued > DIGEST_TIMEOUT_SECONDS * 1000 ? 'expired' : 'ok';
}
