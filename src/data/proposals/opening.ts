import type { SPFI } from '@pnp/sp';
import { COMITES, type ComiteKey } from '../../domain/proposal/bodies';
import { DIENSTEN, type Dienst } from '../groups';
import { sharedRoundTrip } from '../oneRoundTrip';
import { mergeComiteWork, readDienstProposals, readDirectiecomiteProposals, readValidationQueue, requestComiteWork } from './lists';
import type { ProposalJson } from './mapper';
import type { OpeningHint, OpeningHints } from './openingHint';
import type { ProposalLists } from './repository';
import type { Page, ProposalItem } from './types';

/**
 * The lists the proposals view opens on, read in the round trip that also reads who the user is. Which list a user
 * opens on follows from their groups, their dienst and the comités they chair, which only come back with that round
 * trip. So the list this device's hint names (the one the user's roles led to last time) is read; without a hint
 * (a first visit, cleared storage) the first list of every role is read for every dienst and every comité (the team's
 * first page, the diensthoofd's queue, the directiecomité's agenda, each comité's work). Each read is filtered first
 * on an indexed column (Dienst, Status) and bounded, so the batch costs the same at 20,000 proposals as at 200.
 *
 * The view asks for the list the user's roles (from the same round trip) lead to: when it was read with the opening it
 * is taken from there, else (the hint was wrong: the roles changed) it is read anew in a second round trip. The hint
 * never decides what is shown. The first list asked becomes the hint once read. Nothing is kept: every later ask is
 * read anew through `anew`.
 */
export function openLists(sp: SPFI, anew: ProposalLists, hints: OpeningHints): ProposalLists {
  const [batched] = sharedRoundTrip(sp);
  const hint = hints.read();
  const hinted = <T>(list: OpeningHint['list'], all: readonly T[], one: readonly T[]): readonly T[] => (!hint ? all : hint.list === list ? one : []);
  const diensten = (list: 'team' | 'queue'): readonly Dienst[] => hinted(list, DIENSTEN, hint && 'dienst' in hint ? [hint.dienst] : []);
  const opened = <K, T>(keys: readonly K[], read: (key: K) => Promise<T>): Map<K, Promise<T>> => new Map(keys.map((key): [K, Promise<T>] => [key, read(key)]));

  // its two reads join this round trip (inOneRoundTrip on the same root in the same tick)
  const agenda = !hint || hint.list === 'agenda' ? readDirectiecomiteProposals(sp) : undefined;
  const teams = opened(diensten('team'), (d) => readDienstProposals(sp, d, batched));
  const queues = opened(diensten('queue'), (d) => readValidationQueue(batched, d));
  const comites = hinted('comite', COMITES.map((c) => c.key), hint && hint.list === 'comite' ? hint.comites : []);
  const work = opened(comites, (c) => requestComiteWork(batched, c));
  const reads = ([] as Promise<unknown>[]).concat(agenda ? [agenda] : [], Array.from(teams.values()), Array.from(queues.values()), Array.from(work.values()));
  // the lists not taken are dropped; the one taken shows its own failure
  reads.forEach((read) => read.catch(() => undefined));

  let open = true;
  /** The first ask: the list read with the opening if it is the one asked, else a new read; once read, the new hint. */
  const take = <T>(asked: OpeningHint | undefined, read: Promise<T> | undefined, readAnew: () => Promise<T>): Promise<T> => {
    if (!open) return readAnew();
    open = false;
    const first = read || readAnew();
    if (asked) first.then(() => hints.write(asked), () => undefined);
    return first;
  };
  const comiteWork = (asked: readonly ComiteKey[]): Promise<ProposalItem[]> | undefined => {
    const parts = asked.map((c) => work.get(c));
    if (asked.length === 0 || parts.some((part) => !part)) return undefined;
    return Promise.all(parts as Promise<ProposalJson[][]>[]).then(mergeComiteWork);
  };
  return {
    dienstProposals: (dienst: Dienst): Promise<Page<ProposalItem>> => take({ list: 'team', dienst }, teams.get(dienst), () => anew.dienstProposals(dienst)),
    validationQueue: (dienst: Dienst): Promise<ProposalItem[]> => take({ list: 'queue', dienst }, queues.get(dienst), () => anew.validationQueue(dienst)),
    directiecomiteProposals: (): Promise<ProposalItem[]> => take({ list: 'agenda' }, agenda, () => anew.directiecomiteProposals()),
    comiteProposals: (asked: readonly ComiteKey[]): Promise<ProposalItem[]> =>
      take(asked.length > 0 ? { list: 'comite', comites: asked.slice() } : undefined, open ? comiteWork(asked) : undefined, () => anew.comiteProposals(asked)),
  };
}
