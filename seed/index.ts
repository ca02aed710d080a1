import { policyContentSeeder } from './policy';
import { policyDemoSeeder } from './policy-demo';
import { proposalBodiesSeeder, proposalsDemoSeeder } from './proposals-demo';
import { registersDemoSeeder } from './registers-demo';
import type { Seeder } from './types';

/**
 * Every seeder, in order: the real policy content first, then the demo data. Each feature adds its own seeder here.
 * Seeders run once, on a new local SharePoint, after provisioning and the persona group memberships.
 */
export const SEEDERS: Seeder[] = [policyContentSeeder, proposalBodiesSeeder, policyDemoSeeder, proposalsDemoSeeder, registersDemoSeeder];
