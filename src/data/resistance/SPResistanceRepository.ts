import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/batching';
import { brusselsDateOf } from '../../domain/dates';
import { GROUPS } from '../../domain/groups';
import type { Membership } from '../../domain/membership';
import { isIn } from '../../domain/membership';
import {
  checkEvaluation,
  checkFollowUp,
  checkLessonToNeed,
  checkOpenFollowUp,
  incidentProblems,
  type EvaluationDraft,
  type FollowUpDraft,
  type FollowUpHandler,
  type IncidentDraft,
  type PersonRef,
} from '../../domain/resistance';
import type { TrainingTheme } from '../../domain/trainings';
import { DraftInvalidError, isValid } from '../../domain/registers/drafts';
import { newClientId } from '../clientId';
import { createOnce } from '../createOnce';
import { emptyWhenRefused } from '../errors';
import { ItemAccessWriter } from '../itemSecurity';
import { groupPeople } from '../people';
import { inOneRoundTrip } from '../oneRoundTrip';
import { Viewer } from '../membership';
import { newestFirst, toPage } from '../registers/paging';
import type { RegisterPage } from '../registers/RegistersRepository';
import { RuleRefusedError } from '../registers/ruleRefused';
import { SPSettingsRepository } from '../settings/SPSettingsRepository';
import type { SettingsRepository } from '../settings/types';
import { OPLEIDINGEN, WEERSPANNIGHEID, WEERSPANNIGHEID_OPVOLGING } from '../schema';
import { needItem, OF, TRAINING_SELECT, toTraining } from '../trainings/mapper';
import type { Training } from '../trainings/types';
import {
  evaluationValues,
  FOLLOW_UP_EXPAND,
  FOLLOW_UP_SELECT,
  followUpItem,
  followUpValues,
  INCIDENT_EXPAND,
  INCIDENT_SELECT,
  incidentItem,
  toFollowUp,
  toIncident,
  VF,
  WF,
} from './mapper';
import type { FollowUp, Incident, OpenedIncident, ResistanceClocks, ResistanceOverview, ResistanceRepository } from './types';

type Row = { Id: number; 'odata.etag'?: string } & Record<string, unknown>;
/** Open clocks read at once: far more than a zone has open at a time. */
const OPEN_TOP = 200;


/** Incidents of resistance and their follow-up on SharePoint through PnPjs (confidential items, permissions per item). */
export class SPResistanceRepository implements ResistanceRepository {
  private readonly access: ItemAccessWriter;

  public constructor(
    private readonly sp: SPFI,
    private readonly viewer: Viewer = new Viewer(sp),
    /** The zone's settings: its terms for the evaluation and the follow-up, read when a due date is written. */
    private readonly zone: Pick<SettingsRepository, 'zoneSettings'> = new SPSettingsRepository(sp, viewer),
  ) {
    this.access = new ItemAccessWriter(sp);
  }

  private list(title: string, sp: SPFI = this.sp) {
    return sp.web.lists.getByTitle(title);
  }

  private page(sp: SPFI, after: number | null): Promise<RegisterPage<Incident>> {
    const items = this.list(WEERSPANNIGHEID.title, sp).items.select(...INCIDENT_SELECT).expand(...INCIDENT_EXPAND);
    return newestFirst(items, after)<Row[]>().then((rows) => toPage(rows, toIncident));
  }

  private openEvaluations(sp: SPFI): Promise<Incident[]> {
    return emptyWhenRefused(
      this.list(WEERSPANNIGHEID.title, sp)
        .items.select(...INCIDENT_SELECT)
        .expand(...INCIDENT_EXPAND)
        .filter(`${WF.EvaluationStatus} eq 'Te evalueren'`)
        .orderBy(WF.EvaluationDue, true)
        .top(OPEN_TOP)<Row[]>(),
      [] as Row[],
    ).then((rows) => rows.map(toIncident));
  }

  private openFollowUps(sp: SPFI): Promise<FollowUp[]> {
    return emptyWhenRefused(
      this.list(WEERSPANNIGHEID_OPVOLGING.title, sp)
        .items.select(...FOLLOW_UP_SELECT)
        .expand(...FOLLOW_UP_EXPAND)
        .filter(`${VF.Status} eq 'Open'`)
        .orderBy(VF.DueOn, true)
        .top(OPEN_TOP)<Row[]>(),
      [] as Row[],
    ).then((rows) => rows.map(toFollowUp));
  }

  public async loadOverview(): Promise<ResistanceOverview> {
    const [me, incidents, openEvaluations, openFollowUps] = await inOneRoundTrip(this.sp, (b) => Promise.all([
      this.viewer.membership(),
      emptyWhenRefused(this.page(b, null), { items: [], nextAfter: null }),
      this.openEvaluations(b),
      this.openFollowUps(b),
    ]));
    return { me, incidents, openEvaluations, openFollowUps };
  }

  public loadMore(after: number): Promise<RegisterPage<Incident>> {
    return this.page(this.sp, after);
  }

  public async loadClocks(): Promise<ResistanceClocks> {
    const [openEvaluations, openFollowUps] = await inOneRoundTrip(this.sp, (b) => Promise.all([this.openEvaluations(b), this.openFollowUps(b)]));
    return { openEvaluations, openFollowUps };
  }

  public async loadStaff(): Promise<{ me: Membership; staff: PersonRef[] }> {
    const [me, staff] = await inOneRoundTrip(this.sp, (b) => Promise.all([
      this.viewer.membership(),
      groupPeople(b, GROUPS.medewerkers),
    ]));
    return { me, staff };
  }

  private async reread(id: number): Promise<Incident> {
    return toIncident(await this.list(WEERSPANNIGHEID.title).items.getById(id).select(...INCIDENT_SELECT).expand(...INCIDENT_EXPAND)<Row>());
  }

  public async register(me: Membership, draft: IncidentDraft, now: Date = new Date()): Promise<Incident> {
    if (!isIn(me, 'internToezicht', 'celGWB')) throw new RuleRefusedError({ code: 'notRegistrar' });
    const problems = incidentProblems(draft, brusselsDateOf(now));
    if (!isValid(problems)) throw new DraftInvalidError(problems);
    // created under the list's permissions (TIWK, Cel GWB, HR, korpsleiding: no staff), then opened to the members involved
    const terms = await this.zone.zoneSettings();
    const created = await createOnce(this.sp, WEERSPANNIGHEID.title, incidentItem(draft, newClientId(), terms));
    await this.access.secure(WEERSPANNIGHEID, created.Id, { [`${WF.Members}Id`]: draft.members.map((m) => Number(m.id)) });
    return this.reread(created.Id);
  }

  public async openIncident(id: string): Promise<OpenedIncident> {
    const [me, row, followUps, needs, tiwk, gwb] = await inOneRoundTrip(this.sp, (b) => Promise.all([
      this.viewer.membership(),
      this.list(WEERSPANNIGHEID.title, b).items.getById(Number(id)).select(...INCIDENT_SELECT).expand(...INCIDENT_EXPAND)<Row>(),
      emptyWhenRefused(this.list(WEERSPANNIGHEID_OPVOLGING.title, b).items.select(...FOLLOW_UP_SELECT).expand(...FOLLOW_UP_EXPAND).filter(`${VF.IncidentId} eq ${Number(id)}`).top(100)<Row[]>(), []),
      emptyWhenRefused(this.list(OPLEIDINGEN.title, b).items.select(...TRAINING_SELECT).filter(`${OF.SourceIncidentId} eq ${Number(id)}`).top(100)<Row[]>(), []),
      groupPeople(b, GROUPS.internToezicht),
      groupPeople(b, GROUPS.celGWB),
    ]));
    return { me, incident: toIncident(row), followUps: followUps.map(toFollowUp), needs: needs.map(toTraining), tiwk, gwb };
  }

  public async evaluate(me: Membership, incident: Incident, draft: EvaluationDraft, now: Date = new Date()): Promise<Incident> {
    const refusal = checkEvaluation(draft, me, incident.occurredOn, brusselsDateOf(now));
    if (refusal) throw new RuleRefusedError(refusal);
    await this.list(WEERSPANNIGHEID.title).items.getById(Number(incident.id)).update(evaluationValues(draft), incident.etag);
    return this.reread(Number(incident.id));
  }

  public async startFollowUp(me: Membership, incident: Incident, member: PersonRef, handler: FollowUpHandler, existing: readonly FollowUp[]): Promise<FollowUp> {
    const refusal = checkOpenFollowUp(me, member, incident.members, existing.map((f) => f.member.id));
    if (refusal) throw new RuleRefusedError(refusal);
    // the list holds Cel GWB, HR and the korpsleiding only; the member is let in on the item right after
    const terms = await this.zone.zoneSettings();
    const created = await createOnce(this.sp, WEERSPANNIGHEID_OPVOLGING.title, followUpItem(newClientId(), incident.id, incident.occurredOn, member, handler, terms));
    await this.access.secure(WEERSPANNIGHEID_OPVOLGING, created.Id, { [`${VF.Member}Id`]: Number(member.id) });
    return toFollowUp(await this.list(WEERSPANNIGHEID_OPVOLGING.title).items.getById(created.Id).select(...FOLLOW_UP_SELECT).expand(...FOLLOW_UP_EXPAND)<Row>());
  }

  public async saveFollowUp(me: Membership, incident: Incident, followUp: FollowUp, draft: FollowUpDraft, now: Date = new Date()): Promise<FollowUp> {
    const today = brusselsDateOf(now);
    const refusal = checkFollowUp(draft, me, followUp.status, incident.occurredOn, today);
    if (refusal) throw new RuleRefusedError(refusal);
    const item = this.list(WEERSPANNIGHEID_OPVOLGING.title).items.getById(Number(followUp.id));
    const terms = await this.zone.zoneSettings();
    await item.update(followUpValues(draft, incident.occurredOn, today, terms), followUp.etag);
    return toFollowUp(await item.select(...FOLLOW_UP_SELECT).expand(...FOLLOW_UP_EXPAND)<Row>());
  }

  public async lessonToNeed(me: Membership, incident: Incident, lessonId: string, theme: TrainingTheme | '', needs: readonly Training[], now: Date = new Date()): Promise<Training> {
    const sources = needs.filter((n) => n.source !== null).map((n) => n.source as { incidentId: string; lessonId: string });
    const refusal = checkLessonToNeed(me, incident, lessonId, theme, sources, incident.id);
    if (refusal) throw new RuleRefusedError(refusal);
    const lesson = incident.lessons.filter((l) => l.id === lessonId)[0];
    // the need says what to train, never who was involved: Opleidingen is read by every member
    const year = Number(brusselsDateOf(now).slice(0, 4));
    const item = needItem(newClientId(), lesson.text, theme as TrainingTheme, year, incident.dienst, incident.id, lessonId, `Les uit de tactische evaluatie van weerspannigheid (${incident.kind.toLowerCase()}).`);
    const created = await createOnce(this.sp, OPLEIDINGEN.title, item);
    return toTraining(await this.list(OPLEIDINGEN.title).items.getById(created.Id).select(...TRAINING_SELECT)<Row>());
  }
}
