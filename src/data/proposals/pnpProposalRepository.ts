import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/attachments';
import type { CascadeStepKey } from '../../domain/proposal/cascade';
import type { ComiteKey } from '../../domain/proposal/bodies';
import { checkProposalContent, originErrors } from '../../domain/proposal/content';
import { brusselsDateOf } from '../../domain/dates';
import { decide } from '../../domain/proposal/decide';
import type { DecisionInput, ProposalAction, ProposalContent, ProposalState, Transition } from '../../domain/proposal/proposal';
import { createOnce, type CreatedItem, type NewItem } from '../createOnce';
import { httpStatus } from '../errors';
import type { Dienst } from '../groups';
import { Viewer } from '../membership';
import type { GraphAccess } from '../notifications/graph';
import { TeamsOutbox } from '../notifications/teamsOutbox';
import type { NotifyReport } from '../notifications/types';
import { inOneRoundTrip } from '../oneRoundTrip';
import { Outbox } from '../outbox';
import { pendingSubmits, proposalSubmits } from './pendingSubmits';
import { BESLISSINGEN, VERBETERVOORSTELLEN, fieldNames } from '../schema';
import type { KeyValueStore } from '../storedJson';
import { requestExecutor, type ExecutorPeople } from './access';
import { decisionClientId, decisionFields, loggedFromRecord } from './decisionLog';
import { readProposalDetail } from './detail';
import { ContentInvalidError, DecisionRefusedError } from './errors';
import { publishDecision, recordCascadeStep } from './feedback';
import { contentFields, decisionStateFields } from './fields';
import { readComiteProposals, readDienstProposals, readDirectiecomiteProposals, readValidationQueue } from './lists';
import { toProposal, type ProposalJson } from './mapper';
import { notifyParties } from './notify';
import { openLists } from './opening';
import { OpeningHints } from './openingHint';
import { checkProposals } from './oversight';
import { loadProposalUser, type Organisation } from './people';
import { proposalItems } from './queries';
import { TurnKeeper } from './turnKeeper';
import { createWerkgroep, readWerkgroepen } from './werkgroepen';
import type {
  AssignmentTarget,
  BerichtText,
  DecisionOutcome,
  IntegrityReport,
  NewAttachment,
  NewWerkgroep,
  ProposalDraft,
  ProposalLists,
  ProposalRepository,
  SubmitOutcome,
} from './repository';
import { DEFAULT_ZONE_SETTINGS, type ZoneSettings } from '../../domain/settings';
import type { LoggedDecision, Page, ProposalDetail, ProposalItem, ProposalUser, WerkgroepInfo } from './types';

const F = fieldNames(VERBETERVOORSTELLEN);

/** What the PnPjs repository is composed of. */
export interface PnpProposalRepositoryOptions {
  sp: SPFI;
  /** The absolute URL of the site (links to attachments and into the app). */
  siteUrl: string;
  /** Microsoft Graph for Teams notifications; without it only in-app notifications are sent. */
  graph?: GraphAccess;
  /** Where submits and log entries wait while SharePoint is unreachable (the browser's localStorage). */
  store: KeyValueStore;
  /** The app's name as the Teams feed shows it. */
  topic: string;
  /** Who is signed in, shared with the rest of the app (one read per round trip); read by the repository by default. */
  viewer?: Viewer;
  /**
   * The signed-in user's login name when the host knows it before the first read (the web part's page context; the
   * tab reads the user first): keys the hint of which list the view opened on last time (see ./opening.ts).
   */
  login?: string;
  /** The zone's settings (the directiecomité's day and agenda closing a validation plans with); defaults without. */
  zoneSettings?: () => Promise<ZoneSettings>;
  now?: () => Date;
}

/** {@link ProposalRepository} on the SharePoint lists through PnPjs. */
export class PnpProposalRepository implements ProposalRepository {
  private readonly sp: SPFI;
  /** Submitted proposals not yet in SharePoint. */
  private readonly submits: Outbox;
  /** Log entries and notifications not yet in SharePoint. */
  private readonly writes: Outbox;
  /** Teams notifications Graph did not take yet. */
  private readonly teams: TeamsOutbox;
  private readonly now: () => Date;
  /** Who holds the turn on a proposal, and handing it on. */
  private readonly turns: TurnKeeper;
  private readonly viewer: Viewer;
  /** Which list the view opened on last time on this device. */
  private readonly openingHints: OpeningHints;

  public constructor(private readonly options: PnpProposalRepositoryOptions) {
    this.sp = options.sp;
    this.submits = proposalSubmits(options.store);
    this.writes = new Outbox(options.store, 'integriteit-carma.beslissingen.outbox');
    this.teams = new TeamsOutbox(options.store);
    this.turns = new TurnKeeper(options.sp);
    this.now = options.now || (() => new Date());
    this.viewer = options.viewer || new Viewer(options.sp);
    this.openingHints = new OpeningHints(options.store, options.siteUrl, options.login);
  }

  public me(): Promise<{ user: ProposalUser; organisation: Organisation }> {
    return loadProposalUser(this.sp, this.viewer);
  }

  public openLists(): Promise<ProposalLists> {
    return Promise.resolve(openLists(this.sp, this, this.openingHints));
  }

  public dienstProposals(dienst: Dienst): Promise<Page<ProposalItem>> {
    return readDienstProposals(this.sp, dienst);
  }

  public validationQueue(dienst: Dienst): Promise<ProposalItem[]> {
    return readValidationQueue(this.sp, dienst);
  }

  public directiecomiteProposals(): Promise<ProposalItem[]> {
    return readDirectiecomiteProposals(this.sp);
  }

  public comiteProposals(comites: readonly ComiteKey[]): Promise<ProposalItem[]> {
    return readComiteProposals(this.sp, comites);
  }

  public detail(itemId: number): Promise<ProposalDetail> {
    return readProposalDetail(this.sp, this.options.siteUrl, itemId);
  }

  public async writeReconciled(detail: ProposalDetail, decision: LoggedDecision): Promise<LoggedDecision | null> {
    const { user, organisation } = await this.me();
    // only who made the change writes it: a log entry's author is who SharePoint says wrote it
    if (String(user.userId) !== decision.actor.id) return null;
    try {
      const created = await createOnce(this.sp, BESLISSINGEN.title, decisionFields(detail.proposal, decision));
      const p = detail.proposal;
      // the change was made in the list: the turn is handed on now, by its author, who still holds it
      const executor = p.werkgroepId !== null ? await inOneRoundTrip(this.sp, (b): Promise<[ExecutorPeople]> => Promise.all([requestExecutor(b, p.werkgroepId as number)])).then((r) => r[0]) : null;
      await this.turns.resecure(p.itemId, { status: p.status, dienst: p.dienst, authorId: p.authorId, comite: p.comite }, organisation, executor, user.userId);
      return { ...decision, entryId: created.Id };
    } catch (error) {
      // a reader without the right to add to the log still sees the reconciled decision
      if (httpStatus(error) === 403) return null;
      throw error;
    }
  }

  public async submit(draft: ProposalDraft, user: ProposalUser): Promise<SubmitOutcome> {
    const source = draft.source || { origin: 'Team Q&W', meetingDate: null };
    const errors = checkProposalContent(draft.content).concat(originErrors(source, user.actor.roles, brusselsDateOf(this.now())));
    if (errors.length > 0) throw new ContentInvalidError(errors);
    const concept: ProposalState = {
      status: 'Concept',
      dienst: draft.dienst,
      origin: source.origin,
      comite: null,
      uitvoerder: null,
      agendaMeeting: null,
      submittedAt: null,
      statusChangedAt: null,
    };
    const result = decide(concept, 'submit', user.actor, {}, this.now());
    if (!result.ok) throw new DecisionRefusedError(result.error);
    // created inside its dienst's folder in one request: from its first moment only that dienst's head may act on it
    // (dates are not sent: a form value's date format follows the site's regional settings; `Created` is the time)
    const item: NewItem = {
      ...contentFields(draft.content, draft.dienst, source),
      ClientId: draft.clientId,
      [F.Status]: result.next.status,
    };
    const outcome = await this.submits.submit(this.sp, VERBETERVOORSTELLEN.title, item, this.now(), draft.dienst);
    if (outcome.status === 'queued') return { status: 'queued', clientId: draft.clientId };
    return { status: 'created', itemId: outcome.item.Id, notified: await this.afterSubmit(outcome.item, user) };
  }

  /** Logs and notifies a submitted proposal once it is in SharePoint (now, or when the outbox sends it later). */
  private async afterSubmit(created: CreatedItem, user: ProposalUser): Promise<NotifyReport> {
    // created through form values: the answer holds what was sent and the id; its author is the submitter
    const proposal = toProposal({ ...(created as unknown as ProposalJson), AuthorId: user.userId, Author: { Title: user.name } });
    const result = decide({ ...proposal, status: 'Concept' }, 'submit', user.actor, {}, new Date(proposal.submittedAt || this.now().toISOString()));
    if (!result.ok) return { inApp: 0, teams: 0, failed: 0 };
    const decision = { ...result.decision, at: proposal.submittedAt || result.decision.at };
    const logged = loggedFromRecord(decision, decisionClientId(proposal.itemId, proposal.etag === '*' ? decision.at : proposal.etag));
    await this.writes.submit(this.sp, BESLISSINGEN.title, decisionFields(proposal, logged), this.now());
    return this.notify(proposal, { next: proposal, decision }, user, (await this.me()).organisation, null);
  }

  public pendingSubmits(): { clientId: string; title: string; queuedAt: string }[] {
    return pendingSubmits(this.submits);
  }

  public async resumePending(user: ProposalUser): Promise<number> {
    const created = await this.submits.flush(this.sp);
    await this.writes.flush(this.sp);
    await this.teams.flush(this.options.graph);
    for (const item of created) await this.afterSubmit(item, user);
    return created.length;
  }

  public async saveContent(proposal: ProposalItem, dienst: Dienst, content: ProposalContent): Promise<string> {
    if (proposal.status !== 'Concept' && proposal.status !== 'Teruggestuurd') throw new DecisionRefusedError({ code: 'notEditable' });
    const errors = checkProposalContent(content);
    if (errors.length > 0) throw new ContentInvalidError(errors);
    const updated = await proposalItems(this.sp).getById(proposal.itemId).update(contentFields(content, dienst, proposal), proposal.etag);
    return updated.etag;
  }

  public async decide(
    proposal: ProposalItem,
    action: ProposalAction,
    input: DecisionInput & AssignmentTarget,
    user: ProposalUser,
    organisation: Organisation,
  ): Promise<DecisionOutcome> {
    const plansMeeting = action === 'validate' || (action === 'scheduleForDirectiecomite' && !input.meeting);
    const settings = plansMeeting && this.options.zoneSettings ? await this.options.zoneSettings() : DEFAULT_ZONE_SETTINGS;
    const result = decide(proposal, action, user.actor, input, this.now(), settings);
    if (!result.ok) throw new DecisionRefusedError(result.error);
    const etag =
      action === 'withdraw'
        ? await this.turns.withdraw(proposal)
        : await this.turns.apply(proposal, decisionStateFields(result.next, result.decision, action, input), action === 'assign' ? input.werkgroepId : proposal.werkgroepId, result.next, user, organisation);
    const logged = loggedFromRecord(result.decision, decisionClientId(proposal.itemId, etag || result.decision.at));
    const log = await this.writes.submit(this.sp, BESLISSINGEN.title, decisionFields(proposal, logged), this.now());
    const notified = await this.notify(proposal, result, user, organisation, action === 'assign' ? input.werkgroepId : null);
    return { etag, decisionEntryId: log.status === 'created' ? log.item.Id : null, notified };
  }

  /** Tells the parties of a decision, in the app and in Teams (see {@link notifyParties}). */
  private notify(proposal: ProposalItem, transition: Transition, user: ProposalUser, organisation: Organisation, werkgroepId: number | null | undefined): Promise<NotifyReport> {
    const { sp, siteUrl, graph, topic } = this.options;
    return notifyParties({ sp, siteUrl, graph, topic, writes: this.writes, teams: this.teams, now: this.now }, proposal, transition, user, organisation, werkgroepId);
  }

  public async recordProgress(proposal: ProposalItem, notes: string): Promise<string> {
    const updated = await proposalItems(this.sp).getById(proposal.itemId).update({ [F.ProgressNotes]: notes.trim() }, proposal.etag);
    return updated.etag;
  }

  public recordCascadeStep(proposal: ProposalItem, decisionId: number, step: CascadeStepKey, dienst: Dienst | null, heldOn: string, user: ProposalUser): Promise<void> {
    return recordCascadeStep(this.sp, proposal, decisionId, step, dienst, heldOn, user);
  }

  public publishDecision(proposal: ProposalItem, decisionId: number, text: BerichtText, user: ProposalUser): Promise<void> {
    return publishDecision(this.sp, this.now(), proposal, decisionId, text, user);
  }

  public werkgroepen(): Promise<WerkgroepInfo[]> {
    return readWerkgroepen(this.sp);
  }

  public createWerkgroep(werkgroep: NewWerkgroep): Promise<WerkgroepInfo> {
    return createWerkgroep(this.sp, werkgroep);
  }

  public integrityCheck(progress?: (checked: number, total: number) => void): Promise<IntegrityReport> {
    return checkProposals(this.sp, progress);
  }

  public async addAttachments(itemId: number, files: readonly NewAttachment[]): Promise<void> {
    for (const file of files) {
      await proposalItems(this.sp).getById(itemId).attachmentFiles.add(file.name, file.content);
    }
  }
}
