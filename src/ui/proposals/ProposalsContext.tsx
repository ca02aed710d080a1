import * as React from 'react';
import { useHost, useServices, useStrings } from '../../app/contexts';
import type { Organisation } from '../../data/proposals/people';
import { PnpProposalRepository } from '../../data/proposals/pnpProposalRepository';
import type { ProposalRepository } from '../../data/proposals/repository';
import { browserStore } from '../../data/proposals/storage';
import type { ProposalUser } from '../../data/proposals/types';

/** Lets tests (and other hosts) hand the views a repository; without it the views use SharePoint through PnPjs. */
export const ProposalRepositoryContext = React.createContext<ProposalRepository | undefined>(undefined);

/** The repository of the proposals: the injected one, or the PnPjs one on the host's site. */
export function useProposalRepository(): ProposalRepository {
  const injected = React.useContext(ProposalRepositoryContext);
  const services = useServices();
  const host = useHost();
  const topic = useStrings().app.title;
  return React.useMemo(
    () => injected || new PnpProposalRepository({ sp: services.sp, siteUrl: host.siteUrl, graph: services.graph, store: browserStore(), topic }),
    [injected, services, host.siteUrl, topic],
  );
}

/** Who is signed in for the flow, with the organisation and the repository; provided by the proposals view. */
export interface ProposalsSession {
  repo: ProposalRepository;
  user: ProposalUser;
  organisation: Organisation;
}

/** React context of the proposals session. */
export const ProposalsSessionContext = React.createContext<ProposalsSession | undefined>(undefined);

/** The proposals session (only inside the proposals view). */
export function useProposalsSession(): ProposalsSession {
  const session = React.useContext(ProposalsSessionContext);
  if (!session) throw new Error('useProposalsSession is only available inside the proposals view');
  return session;
}
