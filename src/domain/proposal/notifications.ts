import { proposingTeam, type Party } from './parties';
import type { Transition } from './proposal';

/**
 * The parties to notify after a decision (the data layer resolves them to people and leaves out the actor): the team
 * (the team Q&W, or the teamoverleg's middenkader for a proposal from the teamoverleg) and the proposer always learn where their proposal is and why, the diensthoofd when it enters or leaves the dienst,
 * the directiecomité when its agenda or its decisions are concerned, and the comité chair or executor who now acts.
 */
export function notificationTargets(transition: Transition): Party[] {
  const { next, decision } = transition;
  const team: Party[] = [{ kind: 'proposer' }, proposingTeam(next)];
  const diensthoofd: Party = { kind: 'diensthoofd', dienst: next.dienst };
  switch (decision.action) {
    case 'submit':
    case 'resubmit':
    case 'withdraw':
      return [diensthoofd, ...team];
    case 'validate':
      return [...team, { kind: 'directiecomite' }];
    case 'return':
    case 'reject':
    case 'scheduleForDirectiecomite':
    case 'start':
      return team;
    case 'route':
      return next.comite ? [{ kind: 'comitevoorzitter', comite: next.comite }, ...team, diensthoofd] : [...team, diensthoofd];
    case 'rejectByDirectiecomite':
      return [...team, diensthoofd];
    case 'assign':
      return next.uitvoerder ? [{ kind: 'uitvoerder', uitvoerder: next.uitvoerder }, ...team] : team;
    case 'realise':
    case 'notRetain':
      return [...team, diensthoofd, { kind: 'directiecomite' }];
  }
}
