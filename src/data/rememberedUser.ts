import type { HostUser } from '../app/host';
import type { KeyValueStore } from './storedJson';
import { readStoredObject, writeStoredJson } from './storedJson';

/** The user last signed in on this device for one site, with their site user id (stable for a login on a site). */
export interface RememberedUser extends HostUser {
  userId: number;
}

/** The record of a stored value, if it is one (an edited or older value reads as none). */
function parseUser(user: { userId?: unknown; loginName?: unknown; displayName?: unknown } | undefined): RememberedUser | undefined {
  if (!user || typeof user.userId !== 'number' || !Number.isInteger(user.userId) || user.userId <= 0) return undefined;
  if (typeof user.loginName !== 'string' || !user.loginName || typeof user.displayName !== 'string') return undefined;
  return { userId: user.userId, loginName: user.loginName, displayName: user.displayName };
}

/**
 * Who was signed in on this device for a site last time, for a host that cannot know the user before its first read
 * (the Teams tab): keyed by the site, the record holds the login with its site user id, so the first round trip can
 * read what filters on the user while the user's own read in it verifies the record. Storage that fails keeps nothing.
 */
export class RememberedUsers {
  private readonly key: string;

  public constructor(
    private readonly store: KeyValueStore,
    siteUrl: string,
  ) {
    this.key = `integriteit-carma.user:${siteUrl.toLowerCase()}`;
  }

  public read(): RememberedUser | undefined {
    return parseUser(readStoredObject(this.store, this.key));
  }

  public write(user: RememberedUser): void {
    // a full or refused storage: the next visit asks who the user is first, as a first visit does
    writeStoredJson(this.store, this.key, { userId: user.userId, loginName: user.loginName, displayName: user.displayName });
  }
}
