import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/attachments';
import '@pnp/sp/site-users/web';
import '@pnp/sp/site-groups/web';
import type { IItems } from '@pnp/sp/items';
import { activityFor } from '../../domain/proposal/activity';
import { FEEDBACK_CASCADE, type CascadeStepKey } from '../../domain/proposal/cascade';
import { cascadeEntryCounts, mayRecordCascadeStep } from '../../domain/proposal/cascadeDuties';
import type { ComiteKey } from '../../domain/proposal/bodies';
import { checkProposalContent, originErrors } from '../../domain/proposal/content';
import { brusselsDateOf } from '../../domain/dates';
import { decide } from '../../domain/proposal/decide';
import { checkProposalIntegrity, entryCounts, type IntegrityFinding } from '../../domain/proposal/integrity';
import { notificationTargets } from '../../domain/proposal/notifications';
import type { DecisionInput, ProposalAction, ProposalContent, ProposalState, Transition } from '../../domain/proposal/proposal';
import { createOnce, type CreatedItem, type NewItem } from '../createOnce';
import { httpStatus } from '../errors';
import { GROUPS, type Dienst } from '../groups';
import { deliver } from '../notifications/deliver';
import type { GraphAccess } from '../notifications/graph';
import { notificationFolder } from '../notifications/mapper';
import { TeamsOutbox } from '../notifications/teamsOutbox';
import type { NotifyReport, OutgoingNotification } from '../notifications/types';
import { Outbox, type KeyValueStore } from '../outbox';
import { BERICHTEN, BESLISSINGEN, MELDINGEN, VERBETERVOORSTELLEN, WERKGROEPEN, fieldNames } from '../schema';
import { requestExecutor, type ExecutorPeople } from './access';
import { decisionClientId, decisionFields, loggedFromRecord, reconciledDecision } from './decisionLog';
import { ContentInvalidError, DecisionRefusedError } from './errors';
import { assigneeName, contentFields, decisionStateFields } from './fields';
import { cascadePeopleOf, partiesOf, requestFlowPeople, statusVersions, stepOf, toLogIdentity, type FlowPeople, type VersionJson } from './integrity';
import {
  cascadeChoice,
  comiteChoice,
  overleggroepChoice,
  toCascadeEntry,
  toDecision,
  toProposal,
  toWerkgroep,
  uitvoerderKindChoice,
  type DecisionJson,
  type ProposalJson,
  type WerkgroepJson,
} from './mapper';
import { checkProposals } from './oversight';
import { loadProposalUser, type Organisation } from './people';
import { activeWerkgroepen, inStatus, literal, logOf, ofDienst, proposalById, proposalItems, STEP_LIMIT } from './queries';
import { readTogether } from './readTogether';
import { recipientsOf } from './recipients';
import { TurnKeeper } from './turnKeeper';
import type {
  AssignmentTarget,
  BerichtText,
  DecisionOutcome,
  IntegrityReport,
  NewAttachment,
  NewWerkgroep,
  ProposalDraft,
  ProposalRepository,
  SubmitOutcome,
} from './repository';
import type { CascadeEntry, LoggedDecision, Page, ProposalDetail, ProposalItem, ProposalUser, WerkgroepInfo } from './types';

const F = fieldNames(VERBETERVOORSTELLEN);
const BERICHT = fieldNames(BERICHTEN);

/** Proposals shown per page in the long lists. */
export const PAGE_SIZE = 25;


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
  now?: () => Date;
}

/** The text of a Bericht as the rich-text field stores it: every paragraph escaped. */
function berichtHtml(body: string): string {
  const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return body
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0)
    .map((paragraph) => `<p>${escape(paragraph).replace(/\n/g, '<br>')}</p>`)
    .join('');
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

  public constructor(private readonly options: PnpProposalRepositoryOptions) {
    this.sp = options.sp;
    this.submits = new Outbox(options.store, 'integriteit-carma.voorstellen.outbox');
    this.writes = new Outbox(options.store, 'integriteit-carma.beslissingen.outbox');
    this.teams = new TeamsOutbox(options.store);
    this.turns = new TurnKeeper(options.sp);
    this.now = options.now || (() => new Date());
  }

  public me(): Promise<{ user: ProposalUser; organisation: Organisation }> {
    return loadProposalUser(this.sp);
  }

  private async page(build: () => IItems, afterId?: number): Promise<Page<ProposalItem>> {
    const query = afterId === undefined ? build() : build().skip(afterId);
    const rows: ProposalJson[] = await query.top(PAGE_SIZE + 1)();
    const items = rows.slice(0, PAGE_SIZE).map(toProposal);
    const last = items[items.length - 1];
    return { items, next: rows.length > PAGE_SIZE ? () => this.page(build, last.itemId) : null };
  }

  public dienstProposals(dienst: Dienst): Promise<Page<ProposalItem>> {
    return this.page(() => ofDienst(this.sp, dienst));
  }

  public async validationQueue(dienst: Dienst): Promise<ProposalItem[]> {
    // oldest first: a resubmitted proposal keeps its place (submits carry no date of their own; the id orders them)
    const rows: ProposalJson[] = await inStatus(this.sp, 'Ingediend', 'ID', `${F.Dienst} eq ${literal(dienst)}`).top(STEP_LIMIT)();
    return rows.map(toProposal);
  }

  public async directiecomiteProposals(): Promise<ProposalItem[]> {
    const [validated, scheduled] = await readTogether<[ProposalJson[], ProposalJson[]]>(this.sp, (b) => [
      inStatus(b, 'Gevalideerd', F.SubmittedAt).top(STEP_LIMIT)(),
      inStatus(b, 'Op agenda directiecomité', F.AgendaDate).top(STEP_LIMIT)(),
    ]);
    return validated.concat(scheduled).map(toProposal);
  }

  public async comiteProposals(comites: readonly ComiteKey[]): Promise<ProposalItem[]> {
    if (comites.length === 0) return [];
    const ofComites = comites.map((c) => `${F.Comite} eq ${literal(comiteChoice(c))}`).join(' or ');
    const rows = await readTogether<[ProposalJson[], ProposalJson[], ProposalJson[]]>(this.sp, (b) => [
      inStatus(b, 'Toegewezen aan comité', F.LastDecisionAt, ofComites).top(STEP_LIMIT)(),
      inStatus(b, 'Toegewezen aan uitvoerder', F.LastDecisionAt, ofComites).top(STEP_LIMIT)(),
      inStatus(b, 'In uitvoering', F.LastDecisionAt, ofComites).top(STEP_LIMIT)(),
    ]);
    return rows[0].concat(rows[1], rows[2]).map(toProposal);
  }

  public async detail(itemId: number): Promise<ProposalDetail> {
    const [item, log, files, versions, flowPeople] = await readTogether<[ProposalJson, DecisionJson[], { FileName: string; ServerRelativeUrl: string }[], VersionJson[], FlowPeople]>(
      this.sp,
      (b) => [
        proposalById(b, itemId)(),
        logOf(b, itemId).top(500)(),
        proposalItems(b).getById(itemId).attachmentFiles.select('FileName', 'ServerRelativeUrl')(),
        proposalItems(b).getById(itemId).versions.top(500)<VersionJson[]>(),
        requestFlowPeople(b),
      ],
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
    const cascade = ticks.filter((e) => cascadeEntryCounts(stepOf(e.step), e.dienst, e.authorId, people));
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
    const origin = new URL(this.options.siteUrl).origin;
    return {
      proposal,
      decisions: missing ? decisions.concat([missing]) : decisions,
      cascade,
      attachments: files.map((f) => ({ name: f.FileName, url: origin + f.ServerRelativeUrl })),
      findings: checkProposalIntegrity(statusVersions(versions), identities, parties).concat(feedbackFindings),
    };
  }

  public async writeReconciled(detail: ProposalDetail, decision: LoggedDecision): Promise<LoggedDecision | null> {
    const { user, organisation } = await this.me();
    // only who made the change writes it: a log entry's author is who SharePoint says wrote it
    if (String(user.userId) !== decision.actor.id) return null;
    try {
      const created = await createOnce(this.sp, BESLISSINGEN.title, decisionFields(detail.proposal, decision));
      const p = detail.proposal;
      // the change was made in the list: the turn is handed on now, by its author, who still holds it
      const executor = p.werkgroepId !== null ? await readTogether<[ExecutorPeople]>(this.sp, (b) => [requestExecutor(b, p.werkgroepId as number)]).then((r) => r[0]) : null;
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
    return this.submits.pending().map((e) => ({ clientId: e.item.ClientId, title: String(e.item[F.Title] || ''), queuedAt: e.queuedAt }));
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
    const result = decide(proposal, action, user.actor, input, this.now());
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

  /** Tells the parties of a decision, in the app and in Teams; a failure is counted, never thrown (the decision stands). */
  private async notify(
    proposal: ProposalItem,
    transition: Transition,
    user: ProposalUser,
    organisation: Organisation,
    werkgroepId: number | null | undefined,
  ): Promise<NotifyReport> {
    const parties = notificationTargets(transition);
    try {
      const needsBoard = parties.some((p) => p.kind === 'directiecomite');
      const needsChair = parties.some((p) => p.kind === 'uitvoerder') && typeof werkgroepId === 'number';
      const [board, werkgroep] =
        needsBoard || needsChair
          ? await readTogether<[{ Id: number }[], WerkgroepJson | null]>(this.sp, (b) => [
              needsBoard ? b.web.siteGroups.getByName(GROUPS.directiecomite).users.select('Id')<{ Id: number }[]>() : Promise.resolve([]),
              needsChair ? b.web.lists.getByTitle(WERKGROEPEN.title).items.getById(werkgroepId as number).select('Id', 'ChairId')<WerkgroepJson>() : Promise.resolve(null),
            ])
          : [[], null];
      const recipients = recipientsOf(
        parties,
        {
          organisation,
          proposerId: proposal.authorId,
          directiecomiteIds: board.map((u) => u.Id),
          uitvoerderChairId: werkgroep && typeof werkgroep.ChairId === 'number' ? werkgroep.ChairId : null,
        },
        user.userId,
      );
      if (recipients.length === 0) return { inApp: 0, teams: 0, failed: 0 };
      const people = await readTogether<{ Id: number; UserPrincipalName?: string | null; Email?: string | null; LoginName: string }[]>(this.sp, (b) =>
        recipients.map((r) => b.web.getUserById(r.userId).select('Id', 'Email', 'UserPrincipalName', 'LoginName')()),
      );
      const { next, decision } = transition;
      const subEntityId = `voorstellen:voorstel/${proposal.itemId}`;
      const link = this.options.graph
        ? this.options.graph.tabLink(subEntityId)
        : `${this.options.siteUrl}?view=voorstellen&item=${encodeURIComponent(`voorstel/${proposal.itemId}`)}`;
      const clientId = decisionClientId(proposal.itemId, decision.at);
      const outgoing: OutgoingNotification[] = recipients.map((r, i) => {
        const activity = activityFor(decision.action, r.party);
        const templateParameters: Record<string, string> =
          activity === 'proposalSubmitted'
            ? { proposalTitle: proposal.title }
            : activity === 'proposalAssigned'
              ? { proposalTitle: proposal.title, assignee: assigneeName(next) }
              : { proposalTitle: proposal.title, status: next.status };
        return {
          clientId: `${clientId}-${r.userId}`.slice(0, 64),
          recipientId: r.userId,
          recipientLogin: people[i].LoginName,
          recipientUpn: people[i].UserPrincipalName || people[i].Email || null,
          activity,
          title: proposal.title,
          body: decision.reason || '',
          status: next.status,
          proposalId: proposal.itemId,
          templateParameters,
          link,
          topic: this.options.topic,
        };
      });
      // each notification goes into its recipient's folder, where only the recipient reads, marks and removes it
      return await deliver(
        this.options.graph,
        outgoing,
        (item, n) => this.writes.submit(this.sp, MELDINGEN.title, item, this.now(), notificationFolder(n.recipientId)),
        (recipient, activity) => this.teams.keep(recipient, activity, this.now()),
      );
    } catch {
      return { inApp: 0, teams: 0, failed: parties.length };
    }
  }

  public async recordProgress(proposal: ProposalItem, notes: string): Promise<string> {
    const updated = await proposalItems(this.sp).getById(proposal.itemId).update({ [F.ProgressNotes]: notes.trim() }, proposal.etag);
    return updated.etag;
  }

  public async recordCascadeStep(
    proposal: ProposalItem,
    decisionId: number,
    step: CascadeStepKey,
    dienst: Dienst | null,
    heldOn: string,
    user: ProposalUser,
  ): Promise<void> {
    const definition = FEEDBACK_CASCADE.filter((s) => s.key === step)[0];
    const forDienst = definition.perDienst ? dienst : null;
    if (!mayRecordCascadeStep(definition, { groups: user.groups, dienst: user.actor.dienst }, forDienst)) {
      throw new DecisionRefusedError({ code: 'cascadeNotAllowed' });
    }
    const B = fieldNames(BESLISSINGEN);
    await createOnce(this.sp, BESLISSINGEN.title, {
      [B.Title]: `${definition.name}: ${proposal.title}`.slice(0, 255),
      // one tick per decision, step and dienst: ticking twice finds the first
      ClientId: `fb-${decisionId}-${step}-${forDienst || 'korps'}`.slice(0, 64),
      [B.EntryKind]: 'Terugkoppeling',
      [B.ProposalId]: proposal.itemId,
      [B.DecisionId]: decisionId,
      [B.CascadeStep]: cascadeChoice(step),
      [B.Dienst]: forDienst,
      [B.At]: heldOn,
      [B.ActorName]: user.name,
    });
  }

  public async publishDecision(proposal: ProposalItem, decisionId: number, text: BerichtText, user: ProposalUser): Promise<void> {
    const now = this.now().toISOString();
    await createOnce(this.sp, BERICHTEN.title, {
      [BERICHT.Title]: text.title.trim().slice(0, 255),
      ClientId: `bericht-besl-${decisionId}`,
      [BERICHT.Body]: berichtHtml(text.body),
      [BERICHT.PublishedAt]: now,
      [BERICHT.Category]: 'Beslissing',
      [BERICHT.ProposalId]: proposal.itemId,
    });
    await this.recordCascadeStep(proposal, decisionId, 'pushbericht', null, now, user);
  }

  public async werkgroepen(): Promise<WerkgroepInfo[]> {
    const rows: WerkgroepJson[] = await activeWerkgroepen(this.sp).top(STEP_LIMIT)();
    return rows.map(toWerkgroep).filter((w): w is WerkgroepInfo => w !== null);
  }

  public async createWerkgroep(werkgroep: NewWerkgroep): Promise<WerkgroepInfo> {
    const W = fieldNames(WERKGROEPEN);
    const created = await createOnce(this.sp, WERKGROEPEN.title, {
      [W.Title]: werkgroep.name.trim().slice(0, 255),
      ClientId: newWerkgroepClientId(werkgroep),
      [W.Comite]: comiteChoice(werkgroep.comite),
      [W.UitvoerderKind]: uitvoerderKindChoice(werkgroep.kind),
      [W.Overleggroep]: overleggroepChoice(werkgroep.overleggroep),
      [W.AdHoc]: true,
      [W.Mandate]: werkgroep.mandate.trim(),
      [W.Active]: true,
    });
    const info = toWerkgroep(created as unknown as WerkgroepJson);
    if (!info) throw new Error('The new werkgroep could not be read back.');
    return info;
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

/** One werkgroep per comité and name: creating it again (a retry, a double click) finds the first. */
function newWerkgroepClientId(werkgroep: NewWerkgroep): string {
  const name = werkgroep.name.trim().toLowerCase().replace(/\s+/g, '-');
  return `wg-${werkgroep.comite}-${name}`.slice(0, 64);
}
