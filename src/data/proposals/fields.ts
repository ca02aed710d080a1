import type { ProposalSource } from '../../domain/proposal/origin';
import { comiteName, uitvoerderName, type Uitvoerder } from '../../domain/proposal/bodies';
import type { DecisionInput, DecisionRecord, ProposalAction, ProposalContent, ProposalState } from '../../domain/proposal/proposal';
import type { Dienst } from '../groups';
import { VERBETERVOORSTELLEN, fieldNames } from '../schema';
import { comiteChoice, overleggroepChoice, uitvoerderKindChoice } from './mapper';

const F = fieldNames(VERBETERVOORSTELLEN);

/** The fields of a proposal's texts as the team wrote them. */
export function contentFields(content: ProposalContent, dienst: Dienst, source: ProposalSource): Record<string, unknown> {
  return {
    [F.Title]: content.title.trim(),
    [F.Description]: content.description.trim(),
    [F.Problem]: content.problem.trim(),
    [F.Improvement]: content.improvement.trim(),
    [F.Dienst]: dienst,
    [F.Topic]: content.topic,
    [F.CostEstimate]: content.costEstimate,
    [F.ProposerTeam]: `${source.origin} ${dienst}`,
    [F.Origin]: source.origin,
    [F.MeetingDate]: source.origin === 'Teamoverleg' ? source.meetingDate : null,
  };
}

function uitvoerderFields(uitvoerder: Uitvoerder | null): Record<string, unknown> {
  return {
    [F.UitvoerderKind]: uitvoerder ? uitvoerderKindChoice(uitvoerder.kind) : null,
    [F.Overleggroep]: uitvoerder ? overleggroepChoice(uitvoerder.overleggroep) : null,
  };
}

/** The fields a decision writes on the proposal: its new state, when and why, and what the action adds. */
export function decisionStateFields(
  next: ProposalState,
  decision: DecisionRecord,
  action: ProposalAction,
  input: DecisionInput & { werkgroepId?: number | null },
): Record<string, unknown> {
  const fields: Record<string, unknown> = {
    [F.Status]: next.status,
    [F.Comite]: next.comite ? comiteChoice(next.comite) : null,
    ...uitvoerderFields(next.uitvoerder),
    [F.AgendaDate]: next.agendaMeeting,
    [F.SubmittedAt]: next.submittedAt,
    [F.LastDecisionAt]: decision.at,
    [F.LastDecisionReason]: decision.reason,
  };
  if (action === 'validate') fields[F.ValidatedAt] = decision.at;
  if (action === 'route') fields[`${F.Werkgroep}Id`] = null;
  if (action === 'assign') fields[`${F.Werkgroep}Id`] = typeof input.werkgroepId === 'number' ? input.werkgroepId : null;
  if (action === 'realise' || action === 'notRetain') fields[F.Outcome] = decision.reason;
  return fields;
}

/** The name of whom a routed or assigned proposal now lies with (the `assignee` of the Teams template). */
export function assigneeName(next: ProposalState): string {
  if (next.uitvoerder) return uitvoerderName(next.uitvoerder);
  return next.comite ? comiteName(next.comite) : '';
}
