import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { proposalNeedle } from '../../domain/verslagen/content';
import { VERSLAGEN } from '../schema';
import { LINK_SELECT, R, toLink, type ReportJson } from './mapper';
import type { ReportLink } from './types';

/** An OData DateTime literal (what SharePoint compares a DateTime column with). */
export const dateLiteral = (iso: string): string => `datetime'${iso}'`;

/** Most reports one proposal's timeline links to. */
const LINKS_LIMIT = 50;

/**
 * Queues the read of the published reports that record decisions on a proposal (directiecomité reports, newsletters),
 * for its timeline; on a batched root it travels with the proposal's other reads.
 */
export function readReportLinks(sp: SPFI, proposalId: number): Promise<ReportLink[]> {
  return sp.web.lists
    .getByTitle(VERSLAGEN.title)
    .items.select(...LINK_SELECT)
    .filter(`substringof('${proposalNeedle(proposalId)}', ${R.ProposalKey})`)
    .orderBy(R.MeetingDate, true)
    .top(LINKS_LIMIT)<ReportJson[]>()
    .then((rows) => rows.map(toLink).filter((l): l is ReportLink => l !== null));
}
