import type { Dienst } from '../groups';
import type { ComiteKey, Uitvoerder } from './bodies';
import type { ProposalState } from './proposal';

/** Who is meant, as a role descriptor the data layer resolves to people (SharePoint groups, the item's author...). */
export type Party =
  | { kind: 'proposer' }
  | { kind: 'teamQW'; dienst: Dienst }
  /** The dienst's teamoverleg (its middenkader submits): the proposing team of a proposal from the teamoverleg. */
  | { kind: 'teamoverleg'; dienst: Dienst }
  | { kind: 'diensthoofd'; dienst: Dienst }
  | { kind: 'directiecomite' }
  | { kind: 'comitevoorzitter'; comite: ComiteKey }
  | { kind: 'uitvoerder'; uitvoerder: Uitvoerder };

/** The team that proposes: the dienst's team Q&W, or its teamoverleg for a proposal from the teamoverleg. */
export function proposingTeam(proposal: Pick<ProposalState, 'origin' | 'dienst'>): Extract<Party, { kind: 'teamQW' | 'teamoverleg' }> {
  return proposal.origin === 'Teamoverleg' ? { kind: 'teamoverleg', dienst: proposal.dienst } : { kind: 'teamQW', dienst: proposal.dienst };
}
