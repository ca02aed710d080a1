import { provision, type ProvisionReport } from '../src/data/provision';
import { seedPersonaMemberships, type Membership, type MembershipReport } from '../src/data/seedMembers';
import { SEEDERS } from './index';
import { addOutcome, noContent, type ContentOutcome } from './sync';
import type { SeedContext } from './types';

/** Options of {@link setUpSite}. */
export interface SiteSetupOptions {
  /** Load the content (default true); false brings the site to the schema only. */
  content?: boolean;
  /** Also run the demo seeders (local SharePoint only: they act as the demo personas). */
  demo?: boolean;
  /** People to put in their groups after provisioning, before seeding (the demo personas on the local SharePoint). */
  members?: readonly Membership[];
  /** Receives the provisioning lines (`created list …`); the seeders log to the context's log. */
  log?: (line: string) => void;
}

/** What {@link setUpSite} did. */
export interface SiteSetupReport {
  provision: ProvisionReport;
  members: MembershipReport | null;
  content: ContentOutcome;
  /** The demo seeders that ran. */
  demo: string[];
}

/**
 * The one way a site is set up, for `npm start` (local SharePoint) and `npm run provision` (any site): provisioning
 * to the schema, the group memberships (local), the zone's content, and on request the demo data. Idempotent: a second
 * run changes nothing; content the zone changed since is reported (`content.differences`) and left alone.
 */
export async function setUpSite(ctx: SeedContext, options: SiteSetupOptions = {}): Promise<SiteSetupReport> {
  const report: SiteSetupReport = {
    provision: await provision(ctx.admin, { log: options.log }),
    members: null,
    content: noContent(),
    demo: [],
  };
  if (options.members && options.members.length > 0) report.members = await seedPersonaMemberships(ctx.admin, options.members);
  if (options.content === false) return report;
  for (const seeder of SEEDERS) {
    if (seeder.kind === 'demo' && !options.demo) continue;
    const started = Date.now();
    const outcome = await seeder.run(ctx);
    if (outcome) addOutcome(report.content, outcome);
    if (seeder.kind === 'demo') report.demo.push(seeder.name);
    ctx.log(`Seeded ${seeder.kind === 'demo' ? 'demo data' : 'content'}: ${seeder.name} (${Date.now() - started} ms)`);
  }
  return report;
}
