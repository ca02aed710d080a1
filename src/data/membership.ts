import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/site-users/web';
import '@pnp/sp/site-groups';
import { GROUPS, type GroupKey } from './groups';
import type { Membership } from '../domain/membership';
import { inOneRoundTrip } from './oneRoundTrip';

export { isIn, type Membership } from '../domain/membership';

interface UserJson {
  Id: number;
  Title: string;
  LoginName: string;
}

/**
 * Queues the two reads that say who the user is (their site user and their groups) on a root that may be batched,
 * so a view gets them in the same round trip as its data; await the returned promise after the batch ran.
 */
export function readMembership(sp: SPFI): Promise<Membership> {
  const user = sp.web.currentUser.select('Id', 'Title', 'LoginName')<UserJson>();
  const groups = sp.web.currentUser.groups.select('Title')<{ Title: string }[]>();
  return Promise.all([user, groups]).then(([u, g]) => {
    const titles = g.map((group) => group.Title);
    const keys = (Object.keys(GROUPS) as GroupKey[]).filter((key) => titles.indexOf(GROUPS[key]) >= 0);
    return { userId: u.Id, name: u.Title, loginName: u.LoginName, groups: keys };
  });
}

/** What a host may know of the user before the first read (see {@link Viewer}). */
export interface ViewerOptions {
  /** The user's site user id when the page already knows it (a SharePoint page context). */
  userId?: number;
  /**
   * The id this device remembers for the user on this site (see ./rememberedUser.ts): the bell reads with it in the
   * first round trip, and the user's read in that same round trip verifies it (on a mismatch the bell reads again).
   */
  rememberedUserId?: number;
  /** Told of the first read of the user (the host verifies what it remembered, or learns that no one is signed in). */
  onFirstRead?: (read: Promise<Membership>) => void;
}

/**
 * Who the signed-in user is, shared by every part of the app: the frame (which views to offer), the notification
 * bell and the repositories ask it, and the reads started in one tick share one `$batch` round trip and one read of
 * the user and their groups. Nothing is kept once that read came back (a later view reads it again, in its own round
 * trip), so a change of groups shows at the next view.
 */
export class Viewer {
  private inFlight: Promise<Membership> | undefined;
  private readonly knownUserId: number | undefined;
  private rememberedUserId: number | undefined;
  private onFirstRead: ((read: Promise<Membership>) => void) | undefined;

  public constructor(
    private readonly sp: SPFI,
    options: ViewerOptions = {},
  ) {
    this.knownUserId = options.userId;
    this.rememberedUserId = options.rememberedUserId;
    this.onFirstRead = options.onFirstRead;
  }

  /** The user and their groups, read in the current round trip (joined when already asked for in this tick). */
  public membership(): Promise<Membership> {
    if (!this.inFlight) {
      const read = inOneRoundTrip(this.sp, (b) => readMembership(b));
      this.inFlight = read;
      const done = (): void => {
        if (this.inFlight === read) this.inFlight = undefined;
      };
      read.then(done, done);
      const first = this.onFirstRead;
      this.onFirstRead = undefined;
      first?.(read);
    }
    return this.inFlight;
  }

  /**
   * Runs a read that filters on the user's site user id (the bell's) in the current round trip: with the id the page
   * knows, or the one this device remembers beside the user's own read (read again with the true id when they differ),
   * or after the user's read when neither is known.
   */
  public async withUserId<T>(read: (userId: number) => Promise<T>): Promise<T> {
    if (typeof this.knownUserId === 'number') return read(this.knownUserId);
    const remembered = this.rememberedUserId;
    if (typeof remembered !== 'number') return read((await this.membership()).userId);
    const [answer, member] = await Promise.all([read(remembered), this.membership()]);
    if (member.userId === remembered) return answer;
    this.rememberedUserId = member.userId;
    return read(member.userId);
  }
}
