import { decide } from '../../../src/domain/proposal/decide';
import type { ComiteKey } from '../../../src/domain/proposal/bodies';
import type { CascadeStepKey } from '../../../src/domain/proposal/cascade';
import type { DecisionInput, ProposalAction, ProposalActor, ProposalContent, ProposalRole } from '../../../src/domain/proposal/proposal';
import type { Dienst, GroupKey } from '../../../src/data/groups';
import { DecisionRefusedError } from '../../../src/data/proposals/errors';
import type { Organisation } from '../../../src/data/proposals/people';
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
} from '../../../src/data/proposals/repository';
import type { CascadeEntry, LoggedDecision, Page, ProposalDetail, ProposalItem, ProposalUser, WerkgroepInfo } from '../../../src/data/proposals/types';

/** SharePoint's answer to a write with a stale ETag, as PnPjs throws it. */
export const preconditionFailed = (): Error & { status: number } => Object.assign(new Error('[412] Precondition Failed'), { status: 412 });

/** A proposal as the repository would map it, with sensible defaults. */
export function proposalItem(itemId: number, over: Partial<ProposalItem> = {}): ProposalItem {
  return {
    id: `client-${itemId}`,
    itemId,
    etag: '"1"',
    title: `Voorstel ${itemId}`,
    problem: 'Het probleem vandaag.',
    improvement: 'De verbetering.',
    description: '',
    topic: 'Operationele werking',
    costEstimate: null,
    origin: 'Team Q&W',
    meetingDate: null,
    status: 'Ingediend',
    dienst: 'Interventie',
    comite: null,
    uitvoerder: null,
    agendaMeeting: null,
    submittedAt: '2026-11-20T09:00:00.000Z',
    statusChangedAt: '2026-11-20T09:00:00.000Z',
    proposer: { id: '4', name: 'Lotte Wouters' },
    createdAt: '2026-11-20T09:00:00.000Z',
    authorId: 4,
    editor: { id: 4, name: 'Lotte Wouters' },
    modified: '2026-11-20T09:00:00.000Z',
    lastDecisionAt: '2026-11-20T09:00:00.000Z',
    lastDecisionReason: null,
    werkgroepId: null,
    progressNotes: '',
    outcome: '',
    hasAttachments: false,
    ...over,
  };
}

/** A user of the flow. */
export function flowUser(userId: number, name: string, roles: ProposalRole[], groups: GroupKey[], dienst: Dienst | null, chairs: ComiteKey[] = []): ProposalUser {
  const actor: ProposalActor = { id: String(userId), name, roles, dienst, chairs };
  return { userId, login: `${name.toLowerCase().replace(' ', '.')}@pzcarma.be`, name, groups, actor };
}

export const LOTTE = flowUser(4, 'Lotte Wouters', ['teamQW'], ['medewerkers', 'teamQW'], 'Interventie');
export const KAREL = flowUser(7, 'Karel Peeters', ['diensthoofd'], ['medewerkers', 'diensthoofden'], 'Interventie');
export const HILDE = flowUser(9, 'Hilde Goossens', ['directiecomite'], ['medewerkers', 'korpsleiding', 'directiecomite'], 'Korpsleiding');
export const TOM = flowUser(11, 'Tom Vermeulen', ['comitevoorzitter'], ['medewerkers', 'comitevoorzitters', 'logistiek'], 'Logistiek', ['aankoopcomite']);
export const EVA = flowUser(20, 'Eva Smets', [], ['medewerkers', 'communicatie'], 'Communicatie');

const ORGANISATION: Organisation = {
  comites: [{ itemId: 4, key: 'aankoopcomite', chairId: 11, chairName: 'Tom Vermeulen', memberIds: [], rhythm: '' }],
  rosters: [{ dienst: 'Interventie', headId: 7, middleManagerIds: [6], teamQWIds: [4] }],
};

/** Every call the UI made, by method. */
export type Calls = { [method: string]: unknown[][] };

/**
 * An in-memory {@link ProposalRepository} that follows the flow's own rules (the domain's `decide`) and SharePoint's
 * ETag check, and records every call: the fake the views are tested with.
 */
export class FakeProposalRepository implements ProposalRepository {
  public readonly calls: Calls = {};
  public proposals: ProposalItem[];
  public decisions = new Map<number, LoggedDecision[]>();
  public cascade: CascadeEntry[] = [];
  public werkgroepenList: WerkgroepInfo[] = [
    { itemId: 1, name: 'Q-team', comite: 'aankoopcomite', kind: 'q-team', overleggroep: null, adHoc: false, mandate: '', chairId: 12 },
    { itemId: 2, name: 'Voertuigcomité', comite: 'aankoopcomite', kind: 'voertuigcomite', overleggroep: null, adHoc: false, mandate: '', chairId: null },
  ];
  /** Submits fail as if the network were down: they wait in the browser. */
  public offline = false;
  public pending: { clientId: string; title: string; queuedAt: string }[] = [];
  private nextId = 100;
  private nextEntry = 1000;

  public constructor(
    public user: ProposalUser,
    proposals: ProposalItem[] = [],
    public now: Date = new Date('2026-11-28T10:00:00.000Z'),
  ) {
    this.proposals = proposals;
  }

  private record(method: string, ...args: unknown[]): void {
    (this.calls[method] = this.calls[method] || []).push(args);
  }

  private find(itemId: number): ProposalItem {
    const found = this.proposals.filter((p) => p.itemId === itemId)[0];
    if (!found) throw Object.assign(new Error('[404] Not Found'), { status: 404 });
    return found;
  }

  public async me(): Promise<{ user: ProposalUser; organisation: Organisation }> {
    return { user: this.user, organisation: ORGANISATION };
  }

  /** Reads every list anew, as the real repository does after the first list it opened on. */
  public async openLists(): Promise<ProposalLists> {
    this.record('openLists');
    return this;
  }

  public async dienstProposals(dienst: Dienst): Promise<Page<ProposalItem>> {
    this.record('dienstProposals', dienst);
    const all = this.read((p) => p.dienst === dienst).sort((a, b) => b.itemId - a.itemId);
    const page = (from: number): Page<ProposalItem> => ({
      items: all.slice(from, from + 25),
      next: all.length > from + 25 ? async () => page(from + 25) : null,
    });
    return page(0);
  }

  /** Copies, as SharePoint answers every read with fresh JSON. */
  private read(filter: (p: ProposalItem) => boolean): ProposalItem[] {
    return this.proposals.filter(filter).map((p) => ({ ...p }));
  }

  public async validationQueue(dienst: Dienst): Promise<ProposalItem[]> {
    return this.read((p) => p.dienst === dienst && p.status === 'Ingediend');
  }

  public async directiecomiteProposals(): Promise<ProposalItem[]> {
    return this.read((p) => p.status === 'Gevalideerd' || p.status === 'Op agenda directiecomité');
  }

  public async comiteProposals(comites: readonly ComiteKey[]): Promise<ProposalItem[]> {
    const statuses = ['Toegewezen aan comité', 'Toegewezen aan uitvoerder', 'In uitvoering'];
    return this.read((p) => p.comite !== null && comites.indexOf(p.comite) >= 0 && statuses.indexOf(p.status) >= 0);
  }

  public async detail(itemId: number): Promise<ProposalDetail> {
    this.record('detail', itemId);
    return { proposal: { ...this.find(itemId) }, decisions: (this.decisions.get(itemId) || []).slice(), cascade: this.cascade.slice(), attachments: [], findings: [], reports: [] };
  }

  public async writeReconciled(_detail: ProposalDetail, decision: LoggedDecision): Promise<LoggedDecision | null> {
    this.record('writeReconciled', decision.clientId);
    return null;
  }

  public async submit(draft: ProposalDraft, user: ProposalUser): Promise<SubmitOutcome> {
    this.record('submit', draft);
    if (this.offline) {
      if (!this.pending.some((p) => p.clientId === draft.clientId)) this.pending.push({ clientId: draft.clientId, title: draft.content.title, queuedAt: this.now.toISOString() });
      return { status: 'queued', clientId: draft.clientId };
    }
    const itemId = this.nextId++;
    this.proposals.push(proposalItem(itemId, { ...draft.content, id: draft.clientId, dienst: draft.dienst, status: 'Ingediend', proposer: { id: String(user.userId), name: user.name } }));
    return { status: 'created', itemId, notified: { inApp: 1, teams: 1, failed: 0 } };
  }

  public pendingSubmits(): { clientId: string; title: string; queuedAt: string }[] {
    return this.pending.slice();
  }

  /** What the oversight check reports (set by a test). */
  public integrity: IntegrityReport = { checked: 0, flagged: [] };

  public async integrityCheck(progress?: (checked: number, total: number) => void): Promise<IntegrityReport> {
    this.record('integrityCheck');
    if (progress) progress(this.integrity.checked, this.integrity.checked);
    return this.integrity;
  }

  public async resumePending(): Promise<number> {
    return 0;
  }

  public async saveContent(proposal: ProposalItem, dienst: Dienst, content: ProposalContent): Promise<string> {
    this.record('saveContent', proposal.itemId, dienst, content);
    return this.write(proposal, { ...content, dienst });
  }

  private write(proposal: ProposalItem, changes: Partial<ProposalItem>): string {
    const stored = this.find(proposal.itemId);
    if (stored.etag !== proposal.etag) throw preconditionFailed();
    const etag = `"${Number(stored.etag.replace(/"/g, '')) + 1}"`;
    Object.assign(stored, changes, { etag });
    return etag;
  }

  public async decide(proposal: ProposalItem, action: ProposalAction, input: DecisionInput & AssignmentTarget, user: ProposalUser): Promise<DecisionOutcome> {
    this.record('decide', proposal.itemId, action, input);
    const result = decide(proposal, action, user.actor, input, this.now);
    if (!result.ok) throw new DecisionRefusedError(result.error);
    const etag = this.write(proposal, { ...result.next, lastDecisionReason: result.decision.reason, werkgroepId: input.werkgroepId ?? proposal.werkgroepId });
    const entryId = this.nextEntry++;
    const log = this.decisions.get(proposal.itemId) || [];
    log.push({ ...result.decision, entryId, clientId: `besl-${proposal.itemId}-${etag}`, inList: false, namedAs: null, counts: true });
    this.decisions.set(proposal.itemId, log);
    return { etag, decisionEntryId: entryId, notified: { inApp: 2, teams: 2, failed: 0 } };
  }

  public async recordProgress(proposal: ProposalItem, notes: string): Promise<string> {
    this.record('recordProgress', proposal.itemId, notes);
    return this.write(proposal, { progressNotes: notes });
  }

  public async recordCascadeStep(proposal: ProposalItem, decisionId: number, step: CascadeStepKey, dienst: Dienst | null, heldOn: string, user: ProposalUser): Promise<void> {
    this.record('recordCascadeStep', proposal.itemId, decisionId, step, dienst, heldOn);
    this.cascade.push({ entryId: this.nextEntry++, decisionId, step, dienst, folder: dienst, heldOn, recordedBy: user.name, authorId: user.userId });
  }

  public async publishDecision(proposal: ProposalItem, decisionId: number, text: BerichtText, user: ProposalUser): Promise<void> {
    this.record('publishDecision', proposal.itemId, decisionId, text);
    await this.recordCascadeStep(proposal, decisionId, 'pushbericht', null, this.now.toISOString(), user);
  }

  public async werkgroepen(): Promise<WerkgroepInfo[]> {
    return this.werkgroepenList.slice();
  }

  public async createWerkgroep(werkgroep: NewWerkgroep): Promise<WerkgroepInfo> {
    this.record('createWerkgroep', werkgroep);
    const info: WerkgroepInfo = { itemId: this.nextId++, name: werkgroep.name, comite: werkgroep.comite, kind: werkgroep.kind, overleggroep: null, adHoc: true, mandate: werkgroep.mandate, chairId: null };
    this.werkgroepenList.push(info);
    return info;
  }

  public async addAttachments(itemId: number, files: readonly NewAttachment[]): Promise<void> {
    this.record('addAttachments', itemId, files.map((f) => f.name));
  }
}
