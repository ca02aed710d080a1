import type { SPFI } from '@pnp/sp';
import { provisionSite, seedContextFor } from '../../../devserver/app';
import type { SeedContext } from '../../../seed/types';
import { startSite, type LocalSharePoint } from '../localSharePoint';

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

/** A seed context on the local SharePoint at the tests' "now", logging into `log`. */
export function seedContext(ls: LocalSharePoint, admin: SPFI, log: string[] = []): SeedContext {
  return seedContextFor(ls, admin, { now: NOW, log: (message) => log.push(message) });
}

/** A new in-memory local SharePoint, provisioned, with the personas in their groups. */
export async function startProvisionedSite(): Promise<{ ls: LocalSharePoint; admin: SPFI }> {
  const ls = await startSite();
  return { ls, admin: await provisionSite(ls) };
}
