import type { SPFI } from '@pnp/sp';
import { checkProposalIntegrity } from '../../domain/proposal/integrity';
import type { ProposalStatus } from '../../domain/proposal/statuses';
import { partiesOf, requestFlowPeople, statusVersions, toLogIdentity, type FlowPeople, type VersionJson } from './integrity';
import { toProposal, type DecisionJson, type ProposalJson } from './mapper';
import { inStatus, logOf, proposalItems, STEP_LIMIT, summaryOf } from './queries';
import { inOneRoundTrip } from '../oneRoundTrip';
import type { IntegrityReport } from './repository';

/** The statuses of a proposal in the flow (not final, not a concept). */
const IN_FLOW: readonly ProposalStatus[] = ['Ingediend', 'Teruggestuurd', 'Gevalideerd', 'Op agenda directiecomité', 'Toegewezen aan comité', 'Toegewezen aan uitvoerder', 'In uitvoering'];

/** The newest proposals the oversight check reads besides those in the flow. */
const CHECK_NEWEST = 200;

/** Proposals whose histories go in one `$batch` (two reads each: PnPjs's 20 requests per batch). */
const CHECK_CHUNK = 10;

/**
 * The korpsleiding's oversight: every proposal in the flow and the newest ones, each checked against its decision log
 * and version history (docs/security.md section 5); returns those with findings. `progress` hears how far it is.
 */
export async function checkProposals(sp: SPFI, progress: (checked: number, total: number) => void = () => undefined): Promise<IntegrityReport> {
  const [byStatus, newest, people] = await inOneRoundTrip(sp, (b): Promise<[ProposalJson[][], ProposalJson[], FlowPeople]> => Promise.all([
    Promise.all(IN_FLOW.map((status) => inStatus(b, status, 'ID').top(STEP_LIMIT)<ProposalJson[]>())),
    // the newest proposals, whatever their status: a final status set outside the flow shows there
    summaryOf(proposalItems(b)).orderBy('ID', false).top(CHECK_NEWEST)<ProposalJson[]>(),
    requestFlowPeople(b),
  ]));
  const byId = new Map<number, ProposalJson>();
  byStatus.reduce((all, rows) => all.concat(rows), newest.filter((r) => r.Status)).forEach((r) => byId.set(r.Id, r));
  const proposals = Array.from(byId.values()).map(toProposal);
  const flagged: IntegrityReport['flagged'] = [];
  for (let i = 0; i < proposals.length; i += CHECK_CHUNK) {
    const chunk = proposals.slice(i, i + CHECK_CHUNK);
    const histories = await inOneRoundTrip(sp, (b): Promise<[VersionJson[], DecisionJson[]][]> =>
      Promise.all(chunk.map((p) => Promise.all([proposalItems(b).getById(p.itemId).versions.top(500)<VersionJson[]>(), logOf(b, p.itemId).top(500)<DecisionJson[]>()])))
    );
    chunk.forEach((proposal, j) => {
      const [versions, log] = histories[j];
      const entries = log.filter((e) => e.EntryKind !== 'Terugkoppeling').map(toLogIdentity);
      const findings = checkProposalIntegrity(statusVersions(versions), entries, partiesOf(proposal, people));
      if (findings.length > 0) flagged.push({ proposal, findings });
    });
    progress(Math.min(i + CHECK_CHUNK, proposals.length), proposals.length);
  }
  return { checked: proposals.length, flagged };
}
