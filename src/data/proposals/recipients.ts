import type { Party } from '../../domain/proposal/parties';
import type { Organisation } from './people';

/** What resolving parties to people needs beyond the organisation. */
export interface RecipientSources {
  organisation: Organisation;
  proposerId: number;
  /** The members of the Directiecomité group (read only when a decision concerns it). */
  directiecomiteIds: readonly number[];
  /** The chair of the werkgroep or standing body the proposal is assigned to. */
  uitvoerderChairId: number | null;
}

/** The site user ids a party stands for. */
function partyUserIds(party: Party, sources: RecipientSources): number[] {
  const { comites, rosters } = sources.organisation;
  switch (party.kind) {
    case 'proposer':
      return [sources.proposerId];
    case 'teamQW':
      return rosters.filter((r) => r.dienst === party.dienst).reduce<number[]>((ids, r) => ids.concat(r.teamQWIds), []);
    case 'teamoverleg':
      return rosters.filter((r) => r.dienst === party.dienst).reduce<number[]>((ids, r) => ids.concat(r.middleManagerIds), []);
    case 'diensthoofd':
      return rosters.filter((r) => r.dienst === party.dienst && r.headId !== null).map((r) => r.headId as number);
    case 'directiecomite':
      return sources.directiecomiteIds.slice();
    case 'comitevoorzitter':
      return comites.filter((c) => c.key === party.comite && c.chairId !== null).map((c) => c.chairId as number);
    case 'uitvoerder':
      return sources.uitvoerderChairId === null ? [] : [sources.uitvoerderChairId];
  }
}

/**
 * The people to notify for a list of parties (in the order the domain gives them: who must act first): each person
 * once, under the first party that names them, and never the person who took the decision.
 */
export function recipientsOf(parties: readonly Party[], sources: RecipientSources, actorId: number): { userId: number; party: Party }[] {
  const seen: number[] = [actorId];
  const out: { userId: number; party: Party }[] = [];
  parties.forEach((party) =>
    partyUserIds(party, sources).forEach((userId) => {
      if (seen.indexOf(userId) >= 0) return;
      seen.push(userId);
      out.push({ userId, party });
    }),
  );
  return out;
}
