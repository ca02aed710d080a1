import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/site-users/web';
import { claimsLogin, PERSONAS } from '../../../devserver/personas';
import { provision } from '../../../src/data/provision';
import { seedPersonaMemberships } from '../../../src/data/seedMembers';
import type { SeedContext } from '../../../seed/types';
import { ADMIN, spAs, startSite, type LocalSharePoint } from '../localSharePoint';

/** "Now" of the policy tests (a Tuesday morning in Brussels). */
export const NOW = new Date('2026-03-10T09:00:00Z');

/** Personas of the policy tests. */
export const JONAS = 'jonas.maes@pzcarma.be';
export const SOFIE = 'sofie.claes@pzcarma.be';
export const SARAH = 'sarah.leclercq@pzcarma.be';
export const HILDE = 'hilde.goossens@pzcarma.be';
export const NATHALIE = 'nathalie.desmet@pzcarma.be';
export const WIM = 'wim.hendrickx@pzcarma.be';
export const EVA = 'eva.smets@pzcarma.be';

/** A seed context on the local SharePoint, as devserver/app.ts builds it. */
export function seedContext(ls: LocalSharePoint, admin: SPFI, log: string[] = []): SeedContext {
  return {
    admin,
    as: (login) => spAs(ls, login),
    userId: async (login) => (await admin.web.ensureUser(claimsLogin(login))).Id,
    now: NOW,
    log: (message) => log.push(message),
  };
}

/** A new in-memory local SharePoint, provisioned, with the personas in their groups. */
export async function startProvisionedSite(): Promise<{ ls: LocalSharePoint; admin: SPFI }> {
  const ls = await startSite();
  const admin = await spAs(ls, ADMIN);
  await provision(admin);
  await seedPersonaMemberships(admin, PERSONAS);
  return { ls, admin };
}
