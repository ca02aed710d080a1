import type { Dienst } from '../groups';
import type { ComiteKey } from './bodies';
import type { ProposalAction, ProposalRole } from './proposal';
import { PROPOSAL_ACTIONS, PROPOSAL_RULES } from './rules';
import { FINAL_PROPOSAL_STATUSES, type ProposalStatus } from './statuses';

/**
 * Who holds the turn on a proposal, as people the data layer resolves: the proposing team (the dienst's team Q&W and
 * the proposer), the dienst's head, the directiecomité, the comité (chair and members), the executor (werkgroep).
 */
export type TurnHolder = 'proposerTeam' | 'diensthoofd' | 'directiecomite' | 'comite' | 'uitvoerder';

/** The statuses in which the executor works on the proposal (progress notes) beside the comité. */
const EXECUTION: readonly ProposalStatus[] = ['Toegewezen aan uitvoerder', 'In uitvoering'];

const HOLDER_OF_ROLE: { readonly [R in ProposalRole]: TurnHolder | null } = {
  teamQW: 'proposerTeam',
  // the middenkader who submitted from the teamoverleg is the proposer: the proposing team holds the turn
  teamoverleg: 'proposerTeam',
  diensthoofd: 'diensthoofd',
  directiecomite: 'directiecomite',
  comitevoorzitter: 'comite',
  // beheerders hold Full Control on the whole list: they stand in without a turn of their own
  beheerder: null,
};

/**
 * Whose turn it is in a status: `intake` for a submitted proposal (it inherits its dienst folder, where the head acts
 * and the team may only withdraw), else the holders of every role that may act from that status in the flow rules;
 * nobody once the proposal is final.
 */
export function turnHolders(status: ProposalStatus): 'intake' | TurnHolder[] {
  if (status === 'Ingediend') return 'intake';
  if (FINAL_PROPOSAL_STATUSES.indexOf(status) >= 0) return [];
  const holders: TurnHolder[] = [];
  PROPOSAL_ACTIONS.filter((action) => PROPOSAL_RULES[action].from.indexOf(status) >= 0).forEach((action) =>
    PROPOSAL_RULES[action].roles.forEach((role) => {
      const holder = HOLDER_OF_ROLE[role];
      if (holder && holders.indexOf(holder) < 0) holders.push(holder);
    }),
  );
  if (EXECUTION.indexOf(status) >= 0 && holders.indexOf('uitvoerder') < 0) holders.push('uitvoerder');
  return holders;
}

/** The people and groups that hold each role for one proposal, as SharePoint knows them (ids). */
export interface ProposalParties {
  dienst: Dienst;
  proposerId: number | null;
  teamQWIds: readonly number[];
  /** The dienst's middenkader, who submit for its teamoverleg. */
  middleManagerIds: readonly number[];
  headId: number | null;
  directiecomiteIds: readonly number[];
  comite: ComiteKey | null;
  comiteChairId: number | null;
  beheerderIds: readonly number[];
}

/**
 * Whether the person who added a decision-log entry (its SharePoint `Author`) was entitled to that action on that
 * proposal: the roles of the flow rules, each for this proposal only (its dienst, its comité).
 */
export function entitledTo(action: ProposalAction, authorId: number, parties: ProposalParties): boolean {
  return PROPOSAL_RULES[action].roles.some((role) => {
    switch (role) {
      case 'teamQW':
        return authorId === parties.proposerId || parties.teamQWIds.indexOf(authorId) >= 0;
      case 'teamoverleg':
        return authorId === parties.proposerId || parties.middleManagerIds.indexOf(authorId) >= 0;
      case 'diensthoofd':
        return authorId === parties.headId;
      case 'directiecomite':
        return parties.directiecomiteIds.indexOf(authorId) >= 0;
      case 'comitevoorzitter':
        return parties.comite !== null && authorId === parties.comiteChairId;
      case 'beheerder':
        return parties.beheerderIds.indexOf(authorId) >= 0;
    }
  });
}
