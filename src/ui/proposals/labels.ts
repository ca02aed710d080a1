import type { Uitvoerder } from '../../domain/proposal/bodies';
import { formatDateBE } from '../../domain/dates';
import type { NextStep } from '../../domain/proposal/nextStep';
import type { Proposal } from '../../domain/proposal/proposal';
import type { Party } from '../../domain/proposal/parties';
import type { RouteSuggestion } from '../../domain/proposal/routing';
import type { ProposalStatus } from '../../domain/proposal/statuses';
import { ContentInvalidError, DecisionRefusedError, type RefusalReason } from '../../data/proposals/errors';
import type { DecisionOutcome } from '../../data/proposals/repository';
import { format, formatCount, type Strings } from '../../loc';
import { errorText } from '../common/Status';

/** The name of an executor in the user's language: a werkgroep by its own name, an overleggroep by which one. */
export function uitvoerderLabel(strings: Strings, uitvoerder: Uitvoerder): string {
  const s = strings.proposals;
  if (uitvoerder.kind === 'overleggroep' && uitvoerder.overleggroep) return s.overleggroep[uitvoerder.overleggroep];
  if (uitvoerder.kind === 'werkgroep' && uitvoerder.name) return uitvoerder.name;
  return s.uitvoerder[uitvoerder.kind];
}

/** Where a proposal comes from: its dienst's team Q&W, or its teamoverleg of a date. */
export function originLabel(strings: Strings, proposal: Pick<Proposal, 'origin' | 'meetingDate' | 'dienst'>): string {
  const o = strings.proposals.origin;
  return proposal.origin === 'Teamoverleg'
    ? format(o.fromMeeting, { dienst: proposal.dienst, date: proposal.meetingDate ? formatDateBE(proposal.meetingDate) : '?' })
    : format(o.fromTeam, { dienst: proposal.dienst });
}

/** Who a party is, in the user's language. */
export function partyLabel(strings: Strings, party: Party): string {
  const p = strings.proposals.party;
  switch (party.kind) {
    case 'proposer':
      return p.proposer;
    case 'teamQW':
      return format(p.teamQW, { dienst: party.dienst });
    case 'teamoverleg':
      return format(p.teamoverleg, { dienst: party.dienst });
    case 'diensthoofd':
      return format(p.diensthoofd, { dienst: party.dienst });
    case 'directiecomite':
      return p.directiecomite;
    case 'comitevoorzitter':
      return format(p.comitevoorzitter, { comite: strings.proposals.comite[party.comite] });
    case 'uitvoerder':
      return format(p.uitvoerder, { uitvoerder: uitvoerderLabel(strings, party.uitvoerder) });
  }
}

/** "Het diensthoofd van Interventie is aan zet: valideren, …" with the expected date. */
export function nextStepLabel(strings: Strings, step: NextStep): string {
  const s = strings.proposals;
  const actions = step.actions.map((a) => s.action[a].toLowerCase()).join(', ');
  const text = format(s.detail.nextStep, { party: partyLabel(strings, step.party), actions });
  return step.expectedOn ? `${text} ${capitalise(format(s.common.expectedOn, { date: formatDateBE(step.expectedOn) }))}.` : text;
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** Why the flow refused a decision, in the user's language. */
export function refusalText(strings: Strings, reason: RefusalReason): string {
  const r = strings.proposals.refused;
  switch (reason.code) {
    case 'invalidTransition':
      return format(r.invalidTransition, { status: strings.proposals.status[reason.from as ProposalStatus] });
    case 'wrongDienst':
      return format(r.wrongDienst, { dienst: reason.dienst });
    default:
      return r[reason.code];
  }
}

/** What went wrong with a write, in the user's language: the flow's refusal, incomplete texts, or a SharePoint error. */
export function writeErrorText(strings: Strings, error: unknown): string {
  if (error instanceof DecisionRefusedError) return refusalText(strings, error.reason);
  if (error instanceof ContentInvalidError) return strings.proposals.form.fixErrors;
  return errorText(strings, error);
}

/**
 * The reasons behind a routing suggestion in one line, naming what led to it: "materiaal of innovatie (onderwerp
 * "Materiaal en uitrusting", het woord "zaklamp") → Aankoopcomité + Q-team".
 */
export function routeExplanationText(strings: Strings, suggestion: RouteSuggestion): string {
  const s = strings.proposals;
  const d = s.decision;
  return suggestion.explanation
    .map((e) => {
      const targets = (e.comite ? [s.comite[e.comite]] : []).concat(e.uitvoerder ? [uitvoerderLabel(strings, e.uitvoerder)] : []);
      const topics = e.matched.filter((m) => m in s.topic) as (keyof typeof s.topic)[];
      const words = e.matched.filter((m) => !(m in s.topic) && m !== 'kostenraming');
      const reasons = topics
        .map((t) => format(d.becauseTopic, { topic: s.topic[t] }))
        .concat(words.length > 0 ? [formatCount(strings, d.becauseWords, words.length, { words: words.map((w) => `"${w}"`).join(', ') })] : [])
        .concat(e.matched.indexOf('kostenraming') >= 0 ? [d.becauseCost] : []);
      const why = reasons.length > 0 ? `${s.rule[e.rule]} (${reasons.join(', ')})` : s.rule[e.rule];
      return `${why} → ${targets.join(' + ')}`;
    })
    .join('; ');
}

/** What the user learns after a decision: the new status and who was told (or that some could not be). */
export function decisionDoneText(strings: Strings, outcome: DecisionOutcome, status: ProposalStatus): string {
  const d = strings.proposals.decision;
  const parts = [format(d.done, { status: strings.proposals.status[status] })];
  const told = outcome.notified.inApp;
  if (told > 0) parts.push(formatCount(strings, d.notified, told));
  if (outcome.notified.failed > 0) parts.push(formatCount(strings, d.notifiedFailed, outcome.notified.failed));
  if (outcome.decisionEntryId === null) parts.push(d.queuedLog);
  return parts.join(' ');
}
