import type { SPFI } from '@pnp/sp';
import '@pnp/sp/batching';
import type { ProposalState } from '../../domain/proposal/proposal';
import { httpStatus } from '../errors';
import type { SecurityContext } from '../permissions';
import { settle } from '../provisioning/batch';
import { handOver, proposalGrants, requestAccess, requestContext, requestExecutor, type CurrentAccess, type ExecutorPeople, type ProposalAccessState } from './access';
import { DecidedMeanwhileError } from './errors';
import type { ProposalJson } from './mapper';
import type { Organisation } from './people';
import { proposalById, proposalItems } from './queries';
import { inOneRoundTrip } from '../oneRoundTrip';
import type { ProposalItem, ProposalUser } from './types';

/**
 * Writes decisions on proposals and hands the turn on (docs/security.md): whoever holds the turn on a proposal writes
 * its new state and gives the item the permissions of that state, so nobody else ever gains write access early.
 */
export class TurnKeeper {
  /** The site's permission levels and groups, read with the first decision. */
  private securityContext: SecurityContext | undefined;

  public constructor(private readonly sp: SPFI) {}

  /**
   * Withdrawing a submitted proposal moves it to the recycle bin (restorable): the team may delete, never edit, what
   * lies with its diensthoofd. The ETag read makes it fail when the diensthoofd decided meanwhile.
   */
  public async withdraw(proposal: ProposalItem): Promise<string> {
    await proposalItems(this.sp).getById(proposal.itemId).delete(proposal.etag);
    return '';
  }

  /**
   * Writes a decision's fields and hands the turn on: one batch holds the update, with the ETag read (someone else
   * decided meanwhile: 412, nothing written), and the reads the hand-over needs; a second batch gives the item the
   * permissions of its new state. Only the holder of the turn can do either. Returns the item's new ETag.
   */
  public async apply(proposal: ProposalItem, fields: Record<string, unknown>, executorId: number | null | undefined, next: ProposalState, user: ProposalUser, organisation: Organisation): Promise<string> {
    const [batched, execute] = this.sp.batched();
    const updated = settle(proposalItems(batched).getById(proposal.itemId).update(fields, proposal.etag));
    const access = settle(requestAccess(batched, proposal.itemId));
    const context = settle(requestContext(batched, this.securityContext));
    const executor = settle(typeof executorId === 'number' ? requestExecutor(batched, executorId) : Promise.resolve(null));
    await execute();
    const written = await updated;
    if (!written.ok) throw await this.whyRefused(proposal, written.error);
    const [a, c, e] = [await access, await context, await executor];
    if (a.ok && c.ok) {
      this.securityContext = c.value;
      const state = { status: next.status, dienst: proposal.dienst, authorId: proposal.authorId, comite: next.comite };
      const people = e.ok ? e.value : null;
      await handOver(this.sp, proposal.itemId, a.value, proposalGrants(c.value, state, organisation, people, a.value.inFolder), c.value, user.userId).catch(() =>
        this.resecure(proposal.itemId, state, organisation, people, user.userId),
      );
    }
    return written.value.etag;
  }

  /**
   * A refused update of someone who held the turn when they read the proposal: the turn moved on since (someone else
   * decided), which the user should hear as the conflict it is, not as missing rights.
   */
  private async whyRefused(proposal: ProposalItem, error: unknown): Promise<unknown> {
    if (httpStatus(error) !== 403) return error;
    const now = await proposalById(this.sp, proposal.itemId)<ProposalJson>().catch(() => null);
    return now && now['odata.etag'] && now['odata.etag'] !== proposal.etag ? new DecidedMeanwhileError() : error;
  }

  /** Hands the turn on from fresh reads (after a failed hand-over, or a change made in the list); a failure is left to `npm run provision`. */
  public async resecure(itemId: number, state: ProposalAccessState, organisation: Organisation, executor: ExecutorPeople | null, callerId: number): Promise<void> {
    try {
      const [access, context] = await inOneRoundTrip(this.sp, (b): Promise<[CurrentAccess, SecurityContext]> => Promise.all([requestAccess(b, itemId), requestContext(b, this.securityContext)]));
      await handOver(this.sp, itemId, access, proposalGrants(context, state, organisation, executor, access.inFolder), context, callerId);
    } catch {
      // not (or no longer) the holder of the turn: the hand-over is someone else's, or provisioning's
    }
  }
}
