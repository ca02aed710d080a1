import * as React from 'react';
import { useServices } from '../../app/contexts';
import type { Organisation } from '../../data/proposals/people';
import type { ProposalLists, ProposalRepository } from '../../data/proposals/repository';
import type { ProposalDetail, ProposalUser } from '../../data/proposals/types';
import type { ZoneSettings } from '../../domain/settings';

/** The repository of the proposals, from the app's services. */
export function useProposalRepository(): ProposalRepository {
  return useServices().proposals;
}

/** Who is signed in for the flow, with the organisation and the repository; provided by the proposals view. */
export interface ProposalsSession {
  repo: ProposalRepository;
  /** The view's lists: the first one asked comes from the session's round trip (ProposalRepository.openLists). */
  lists: ProposalLists;
  user: ProposalUser;
  organisation: Organisation;
  /** The zone's settings (its terms, the directiecomité's day), read in the session's round trip. */
  settings: ZoneSettings;
  /**
   * The proposal the view opened on, read in the same round trip as the session: its page takes it, once, instead of
   * reading it again (a later visit, e.g. back from editing it, reads it anew); undefined for any other proposal.
   */
  takeOpened(itemId: number): Promise<ProposalDetail> | undefined;
}

/** React context of the proposals session. */
export const ProposalsSessionContext = React.createContext<ProposalsSession | undefined>(undefined);

/** The proposals session (only inside the proposals view). */
export function useProposalsSession(): ProposalsSession {
  const session = React.useContext(ProposalsSessionContext);
  if (!session) throw new Error('useProposalsSession is only available inside the proposals view');
  return session;
}
