import { meldenDemoSeeder } from './melden-demo';
import { proposalBodiesSeeder } from './organisation';
import { policyContentSeeder } from './policy';
import { planDemoSeeder } from './plan-demo';
import { policyDemoSeeder } from './policy-demo';
import { proposalsDemoSeeder } from './proposals-demo';
import { registersDemoSeeder } from './registers-demo';
import { dilemmasContentSeeder } from './dilemmas';
import { resistanceDemoSeeder } from './resistance-demo';
import { verslagenDemoSeeder } from './verslagen-demo';
import type { ContentSet } from './sync';
import type { Seeder } from './types';

/**
 * Every seeder, in order: the real policy content first, then the demo data. Each feature adds its own seeder here.
 * `setUpSite` (seed/setup.ts) runs them after provisioning: the content ones on every site, the demo ones only on the
 * local SharePoint.
 */
export const SEEDERS: Seeder[] = [
  policyContentSeeder,
  proposalBodiesSeeder,
  dilemmasContentSeeder,
  policyDemoSeeder,
  planDemoSeeder,
  proposalsDemoSeeder,
  registersDemoSeeder,
  resistanceDemoSeeder,
  verslagenDemoSeeder,
  meldenDemoSeeder,
];

/** The zone's content every provisioned site holds, as the content seeders declare it (what `npm run verify` checks). */
export const CONTENT_SETS: readonly ContentSet[] = SEEDERS.reduce<ContentSet[]>((all, s) => (s.kind === 'content' && s.content ? all.concat(s.content) : all), []);
