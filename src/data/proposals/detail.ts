import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/attachments';
import { cascadeEntryCounts } from '../../domain/proposal/cascadeDuties';
import { checkProposalIntegrity, entryCounts, type IntegrityFinding } from '../../domain/proposal/integrity';
import { inOneRoundTrip } from '../oneRoundTrip';
import { readReportLinks } from '../verslagen/queries';
import type { ReportLink } from '../verslagen/types';
import { reconciledDecision } from './decisionLog';
import { cascadePeopleOf, partiesOf, requestFlowPeople, statusVersions, stepOf, toLogIdentity, type FlowPeople, type VersionJson } from './integrity';
import { toCascadeEntry, toDecision, toProposal, type DecisionJson, type ProposalJson } from './mapper';
import { logOf, proposalById, proposalItems } from './queries';
import type { CascadeEntry, ProposalDetail } from './types';

/** A proposal's page: the item, its log (decisions and feedback ticks, each checked against who may make it), its
 * attachments, the integrity findings from its version history and the published reports that record its decisions,
 * in one round trip. */
export async function readProposalDetail(sp: SPFI, siteUrl: string, itemId: number): Promise<ProposalDetail> {
  const [item, log, files, versions, flowPeople, reports] = await inOneRoundTrip(
    sp,
    (b): Promise<[ProposalJson, DecisionJson[], { FileName: string; ServerRelativeUrl: string }[], VersionJson[], FlowPeople, ReportLink[]]> => Promise.all([
      proposalById(b, itemId)(),
      logOf(b, itemId).top(500)(),
      proposalItems(b).getById(itemId).attachmentFiles.select('FileName', 'ServerRelativeUrl')(),
      proposalItems(b).getById(itemId).versions.top(500)<VersionJson[]>(),
      requestFlowPeople(b),
      readReportLinks(b, itemId),
    ])
  );
  const proposal = toProposal(item);
  const parties = partiesOf(proposal, flowPeople);
  const entries = log.filter((e) => e.EntryKind !== 'Terugkoppeling');
  const identities = entries.map(toLogIdentity);
  const counted = new Set(identities.filter((e) => entryCounts(e, parties)).map((e) => e.entryId));
  const decisions = entries
    .map(toDecision)
    .map((d) => ({ ...d, counts: d.entryId !== null && counted.has(d.entryId) }))
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  // a feedback step counts only when its author was responsible for it; the others are findings, not ticks
  const people = cascadePeopleOf(flowPeople);
  const ticks = log
    .filter((e) => e.EntryKind === 'Terugkoppeling')
    .map(toCascadeEntry)
    .filter((e): e is CascadeEntry => e !== null);
  // a dienst's tick counts only from the dienst's own folder (where only its people add) and from an entitled author
  const cascade = ticks.filter((e) => (!stepOf(e.step).perDienst || e.folder === e.dienst) && cascadeEntryCounts(stepOf(e.step), e.dienst, e.authorId, people));
  const feedbackFindings: IntegrityFinding[] = ticks
    .filter((e) => cascade.indexOf(e) < 0)
    .map((e) => ({ kind: 'unentitledFeedback', entryId: e.entryId, authorName: e.recordedBy, step: e.step }));
  // only decisions by those entitled to them explain the status; the others are shown, marked, and move nothing
  const counting = decisions.filter((d) => d.counts);
  // a submit carries no date of its own (form values): the moment its log entry gives, as the timeline shows it
  const submits = counting.filter((d) => d.action === 'submit' || d.action === 'resubmit');
  if (!item.SubmittedAt && submits.length > 0) proposal.submittedAt = submits[submits.length - 1].at;
  const missing = reconciledDecision(proposal, counting);
  // a status changed in the list starts its clock when the list changed, not at the last decision the app took
  if (missing && missing.inList) proposal.statusChangedAt = missing.at;
  const origin = new URL(siteUrl).origin;
  return {
    proposal,
    decisions: missing ? decisions.concat([missing]) : decisions,
    cascade,
    attachments: files.map((f) => ({ name: f.FileName, url: origin + f.ServerRelativeUrl })),
    findings: checkProposalIntegrity(statusVersions(versions), identities, parties).concat(feedbackFindings),
    reports,
  };
}
