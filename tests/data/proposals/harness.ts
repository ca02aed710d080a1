import type { SPFI } from '@pnp/sp';
import { organisedSite } from '../../../bench/proposals';
import type { LocalSharePoint } from '../../../devserver/http/server';
import type { GraphAccess } from '../../../src/data/notifications/graph';
import type { KeyValueStore } from '../../../src/data/storedJson';
import { PnpProposalRepository } from '../../../src/data/proposals/pnpProposalRepository';
import { memoryStore } from '../../../src/data/proposals/storage';
import { seedDemoProposals } from '../../../seed/proposals-demo';

/** The personas of the flow. */
export const ADMIN = 'ilse.thys@pzcarma.be';
export const LOTTE = 'lotte.wouters@pzcarma.be';
export const BRAM = 'bram.jacobs@pzcarma.be';
export const KAREL = 'karel.peeters@pzcarma.be';
export const ELS = 'els.janssens@pzcarma.be';
export const HILDE = 'hilde.goossens@pzcarma.be';
export const MARC = 'marc.willems@pzcarma.be';
export const TOM = 'tom.vermeulen@pzcarma.be';
export const JONAS = 'jonas.maes@pzcarma.be';
export const PIETER = 'pieter.mertens@pzcarma.be';
export const EVA = 'eva.smets@pzcarma.be';

/** A provisioned local SharePoint with the organisation of SD2 (and, on request, the demo proposals). */
export interface ProposalSite {
  ls: LocalSharePoint;
  admin: SPFI;
  werkgroepen: Map<string, number>;
  /** PnPjs as a persona. */
  as(login: string): Promise<SPFI>;
  /** The repository as a persona, with Graph going to the local stand-in. */
  repoAs(login: string, options?: { store?: KeyValueStore; now?: () => Date; sp?: SPFI }): Promise<PnpProposalRepository>;
  close(): Promise<void>;
}

/** Graph access for a Node test: the local stand-in with the persona's bearer token. */
export function testGraph(ls: LocalSharePoint, token: string): GraphAccess {
  return {
    baseUrl: ls.origin,
    fetch: (url, init) => fetch(url, { ...init, headers: { ...(init.headers as Record<string, string>), Authorization: `Bearer ${token}` } }),
    tabLink: (subEntityId) => `${ls.origin}/teams/?item=${encodeURIComponent(subEntityId)}`,
  };
}

/** Starts a local SharePoint, provisions it, puts the personas in their groups and seeds the organisation. */
export async function startProposalSite(options: { demo?: boolean; now?: Date } = {}): Promise<ProposalSite> {
  const { ls, admin, as, ctx, werkgroepen } = await organisedSite(options.now);
  if (options.demo) await seedDemoProposals(ctx, werkgroepen);
  return {
    ls,
    admin,
    werkgroepen,
    as,
    repoAs: async (login, repoOptions = {}) =>
      new PnpProposalRepository({
        sp: repoOptions.sp || (await as(login)),
        siteUrl: ls.siteUrl,
        graph: testGraph(ls, await ls.signIn(login)),
        store: repoOptions.store || memoryStore(),
        topic: 'Integriteit CARMA',
        now: repoOptions.now,
      }),
    close: () => ls.close(),
  };
}
