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

/**
 * Who the signed-in user is, shared by every part of the app: the frame (which views to offer), the notification
 * bell and the repositories ask it, and the reads started in one tick share one `$batch` round trip and one read of
 * the user and their groups. Nothing is kept once that read came back (a later view reads it again, in its own round
 * trip), so a change of groups shows at the next view.
 */
export class Viewer {
  private inFlight: Promise<Membership> | undefined;

  /** `userId`: the user's site user id when the page already knows it (a SharePoint page context). */
  public constructor(
    private readonly sp: SPFI,
    private readonly knownUserId?: number,
  ) {}

  /** The user and their groups, read in the current round trip (joined when already asked for in this tick). */
  public membership(): Promise<Membership> {
    if (!this.inFlight) {
      const read = inOneRoundTrip(this.sp, (b) => readMembership(b));
      this.inFlight = read;
      const done = (): void => {
        if (this.inFlight === read) this.inFlight = undefined;
      };
      read.then(done, done);
    }
    return this.inFlight;
  }

  /** The user's site user id: from the page context at once, else from {@link membership}. */
  public userId(): Promise<number> {
    return typeof this.knownUserId === 'number' ? Promise.resolve(this.knownUserId) : this.membership().then((m) => m.userId);
  }
}
