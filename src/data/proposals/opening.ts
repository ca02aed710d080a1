import type { SPFI } from '@pnp/sp';
import { COMITES, type ComiteKey } from '../../domain/proposal/bodies';
import { DIENSTEN, type Dienst } from '../groups';
import { sharedRoundTrip } from '../oneRoundTrip';
import { mergeComiteWork, readDienstProposals, readDirectiecomiteProposals, readValidationQueue, requestComiteWork } from './lists';
import type { ProposalLists } from './repository';
import type { ProposalItem } from './types';

/**
 * The lists the proposals view opens on, read in the round trip that also reads who the user is. Which list a user
 * opens on follows from their groups, their dienst and the comités they chair, which only come back with that round
 * trip; so the first list of every role is read for every dienst and every comité (the team's first page, the
 * diensthoofd's queue, the directiecomité's agenda, each comité's work). Each read is filtered first on an indexed
 * column (Dienst, Status) and bounded (a page, or `STEP_LIMIT` per step), so the batch costs the same at 20,000
 * proposals as at 200. Nothing is kept: the first list the view asks for is taken from what was read, every other
 * one (and every later ask) is read anew through `anew`.
 */
export function openLists(sp: SPFI, anew: ProposalLists): ProposalLists {
  const [batched] = sharedRoundTrip(sp);
  const teams = DIENSTEN.map((d) => readDienstProposals(sp, d, batched));
  const queues = DIENSTEN.map((d) => readValidationQueue(batched, d));
  // its two reads join this round trip (inOneRoundTrip on the same root in the same tick)
  const agenda = readDirectiecomiteProposals(sp);
  const work = COMITES.map((c) => requestComiteWork(batched, c.key));
  const reads = ([agenda] as Promise<unknown>[]).concat(teams, queues, work);
  // the lists not taken are dropped; the one taken shows its own failure
  reads.forEach((read) => read.catch(() => undefined));
  let open = true;
  /** The list read with the opening while none was taken yet, else a new read. */
  const take = <T>(opened: Promise<T> | undefined, read: () => Promise<T>): Promise<T> => {
    const first = open ? opened : undefined;
    open = false;
    return first || read();
  };
  const comiteWork = (comites: readonly ComiteKey[]): Promise<ProposalItem[]> | undefined =>
    comites.length > 0 ? Promise.all(comites.map((c) => work[COMITES.findIndex((comite) => comite.key === c)])).then(mergeComiteWork) : undefined;
  return {
    dienstProposals: (dienst: Dienst) => take(teams[DIENSTEN.indexOf(dienst)], () => anew.dienstProposals(dienst)),
    validationQueue: (dienst: Dienst) => take(queues[DIENSTEN.indexOf(dienst)], () => anew.validationQueue(dienst)),
    directiecomiteProposals: () => take(agenda, () => anew.directiecomiteProposals()),
    comiteProposals: (comites: readonly ComiteKey[]) => take(open ? comiteWork(comites) : undefined, () => anew.comiteProposals(comites)),
  };
}
