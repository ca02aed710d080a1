import type { SPFI } from '@pnp/sp';
import type { ContentOutcome, ContentSet } from './sync';

/** What a seeder gets: PnPjs roots signed in as the site admin or as any persona, and a clock. */
export interface SeedContext {
  /** PnPjs root signed in as the site-admin persona (the one that provisions). */
  admin: SPFI;
  /** A PnPjs root signed in as a persona, so demo items carry their real author (`login` as in devserver/auth/personas.ts). */
  as(login: string): Promise<SPFI>;
  /** The site user id of a persona (for person fields). */
  userId(login: string): Promise<number>;
  /** "Now" for the demo data (fixed in tests). */
  now: Date;
  log(message: string): void;
}

/**
 * One step of seeding: `content` is the zone's real policy content (loaded on every site by `npm run provision`),
 * `demo` the clearly marked demo data (local SharePoint only). A content seeder declares its rows (`content`, which
 * `npm run verify` checks) and returns what it added and what it found changed on the site.
 */
export interface Seeder {
  name: string;
  kind: 'content' | 'demo';
  content?: readonly ContentSet[];
  run(ctx: SeedContext): Promise<ContentOutcome | void>;
}
