import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/attachments';
import '@pnp/sp/batching';
import { brusselsDateOf } from '../../domain/dates';
import {
  adviceDeadline,
  checkGiftDecision,
  decideSideActivity,
  initialSideActivityStatus,
  type Kader,
} from '../../domain/registers';
import { cleanReason } from '../../domain/workflow';
import { AuditLog } from '../complaints/auditLog';
import { ItemAccessWriter } from '../itemSecurity';
import { newClientId } from '../clientId';
import { createOnce } from '../createOnce';
import { emptyWhenRefused } from '../errors';
import type { Outbox } from '../outbox';
import { AFWEZIGHEDEN, GESCHENKEN, MATERIAALSCHADE, NEVENACTIVITEITEN } from '../schema';
import { toDateField } from './dateFields';
import { absenceProblems, damageProblems, DraftInvalidError, giftProblems, isValid, sideActivityProblems } from '../../domain/registers/drafts';
import { isIn, Viewer, type Membership } from '../membership';
import { newestFirst, toPage } from './paging';
import {
  ABSENCE_SELECT,
  absenceItem,
  AF,
  AUTHOR_EXPAND,
  DAMAGE_SELECT,
  damageItem,
  GF,
  GIFT_SELECT,
  giftItem,
  MEMBER_EXPAND,
  MF,
  NF,
  SIDE_ACTIVITY_SELECT,
  sideActivityItem,
  toAbsence,
  toDamage,
  toGift,
  toSideActivity,
} from './registerMapper';
import type {
  AbsenceDraft,
  AbsenceRecord,
  DamageDraft,
  DamageHandling,
  DamageRecord,
  GiftDraft,
  GiftHandling,
  GiftRecord,
  HistoryEntry,
  PhotoUpload,
  RegisterPage,
  RegistersOverview,
  RegistersRepository,
  SideActivityDecision,
  SideActivityDraft,
  SideActivityRecord,
  SubmitOutcome,
} from './RegistersRepository';
import { RuleRefusedError } from './ruleRefused';
import { inOneRoundTrip, sharedRoundTrip } from '../oneRoundTrip';
import { GROUPS } from '../groups';
import { groupPeople, type SitePerson } from '../people';

type Row = { Id: number; Created: string; 'odata.etag'?: string } & Record<string, unknown>;

/** A register the user has no access to at all (e.g. the politiecollege and the gifts) reads as empty. */
function readableOr<T>(page: Promise<RegisterPage<T>>): Promise<RegisterPage<T> | null> {
  return emptyWhenRefused<RegisterPage<T> | null>(page, null);
}

/** The registers on SharePoint through PnPjs: one list per register, own items for staff, all for who handles them. */
export class SPRegistersRepository implements RegistersRepository {
  private readonly access: ItemAccessWriter;
  private readonly audit: AuditLog;

  public constructor(
    private readonly sp: SPFI,
    private readonly outbox: Outbox,
    private readonly userName: string,
    private readonly viewer: Viewer = new Viewer(sp),
  ) {
    this.access = new ItemAccessWriter(sp);
    this.audit = new AuditLog(sp, userName);
  }

  private list(title: string, sp: SPFI = this.sp) {
    return sp.web.lists.getByTitle(title);
  }

  private giftPage(sp: SPFI, after: number | null): Promise<RegisterPage<GiftRecord>> {
    return newestFirst(this.list(GESCHENKEN.title, sp).items.select(...GIFT_SELECT).expand(...AUTHOR_EXPAND), after)<Row[]>().then((rows) => toPage(rows, toGift));
  }

  private sideActivityPage(sp: SPFI, after: number | null): Promise<RegisterPage<SideActivityRecord>> {
    return newestFirst(this.list(NEVENACTIVITEITEN.title, sp).items.select(...SIDE_ACTIVITY_SELECT).expand(...AUTHOR_EXPAND), after)<Row[]>().then(
      (rows) => toPage(rows, toSideActivity),
    );
  }

  private damagePage(sp: SPFI, after: number | null): Promise<RegisterPage<DamageRecord>> {
    return newestFirst(this.list(MATERIAALSCHADE.title, sp).items.select(...DAMAGE_SELECT).expand(...AUTHOR_EXPAND), after)<Row[]>().then((rows) =>
      toPage(rows, (row) => toDamage(row)),
    );
  }

  private absencePage(sp: SPFI, after: number | null): Promise<RegisterPage<AbsenceRecord>> {
    return newestFirst(this.list(AFWEZIGHEDEN.title, sp).items.select(...ABSENCE_SELECT).expand(...MEMBER_EXPAND), after)<Row[]>().then((rows) =>
      toPage(rows, toAbsence),
    );
  }

  public async loadOverview(): Promise<RegistersOverview> {
    const [batched, execute] = sharedRoundTrip(this.sp);
    const me = this.viewer.membership();
    const gifts = readableOr(this.giftPage(batched, null));
    const sideActivities = readableOr(this.sideActivityPage(batched, null));
    const damage = readableOr(this.damagePage(batched, null));
    // SharePoint hides the list from who may read none of its items (404): most members
    const absences = readableOr(this.absencePage(batched, null));
    const awaiting = readableOr(
      this.list(NEVENACTIVITEITEN.title, batched)
        .items.select(...SIDE_ACTIVITY_SELECT)
        .expand(...AUTHOR_EXPAND)
        .filter(`${NF.Status} eq 'Advies gevraagd'`)
        .orderBy(NF.AdviceDeadline, true)
        .top(100)<Row[]>()
        .then((rows) => ({ items: rows.map(toSideActivity), nextAfter: null })),
    );
    await execute();
    const pending = await awaiting;
    return { me: await me, gifts: await gifts, sideActivities: await sideActivities, damage: await damage, awaitingAdvice: pending ? pending.items : [], absences: await absences };
  }

  public loadGifts(after: number): Promise<RegisterPage<GiftRecord>> {
    return this.giftPage(this.sp, after);
  }

  public loadSideActivities(after: number): Promise<RegisterPage<SideActivityRecord>> {
    return this.sideActivityPage(this.sp, after);
  }

  public loadDamage(after: number): Promise<RegisterPage<DamageRecord>> {
    return this.damagePage(this.sp, after);
  }

  public loadAbsences(after: number): Promise<RegisterPage<AbsenceRecord>> {
    return this.absencePage(this.sp, after);
  }

  public loadStaff(): Promise<SitePerson[]> {
    return groupPeople(this.sp, GROUPS.medewerkers);
  }

  /** Logs a look at someone else's declaration (the declarant's own reads are not a consultation). */
  private async logRead(list: 'Geschenken' | 'Nevenactiviteiten' | 'Materiaalschade', me: Membership, authorId: string, id: string): Promise<void> {
    if (authorId !== String(me.userId)) await this.audit.record(list, Number(id));
  }

  public async loadGift(id: string): Promise<{ me: Membership; gift: GiftRecord }> {
    const [batched, execute] = sharedRoundTrip(this.sp);
    const me = this.viewer.membership();
    const row = this.list(GESCHENKEN.title, batched).items.getById(Number(id)).select(...GIFT_SELECT).expand(...AUTHOR_EXPAND)<Row>();
    await execute();
    const gift = toGift(await row);
    await this.logRead('Geschenken', await me, gift.reporter.id, id);
    return { me: await me, gift };
  }

  public async loadSideActivity(id: string): Promise<{ me: Membership; activity: SideActivityRecord; absences: AbsenceRecord[] }> {
    const [batched, execute] = sharedRoundTrip(this.sp);
    const me = this.viewer.membership();
    const row = this.list(NEVENACTIVITEITEN.title, batched).items.getById(Number(id)).select(...SIDE_ACTIVITY_SELECT).expand(...AUTHOR_EXPAND)<Row>();
    await execute();
    const activity = toSideActivity(await row);
    const viewer = await me;
    // only the declarant and the korpsleiding read absences (medical data): nobody else asks for them
    const reads = activity.declarant.id === String(viewer.userId) || isIn(viewer, 'korpsleiding');
    const [absences] = await Promise.all([reads ? inOneRoundTrip(this.sp, (b) => this.absencesOf(b, Number(activity.declarant.id))) : [], this.logRead('Nevenactiviteiten', viewer, activity.declarant.id, id)]);
    return { me: viewer, activity, absences };
  }

  /**
   * The absences of a member (filtered on the indexed Member column); refused or hidden reads as none. Queued on a
   * batched root: SharePoint hides the list (404) from a member without any absence, which is no error to log.
   */
  private absencesOf(sp: SPFI, memberId: number): Promise<AbsenceRecord[]> {
    const rows = this.list(AFWEZIGHEDEN.title, sp)
      .items.select(...ABSENCE_SELECT)
      .expand(...MEMBER_EXPAND)
      .filter(`${AF.Member}Id eq ${memberId}`)
      .orderBy(AF.StartDate, true)
      .top(500)<Row[]>();
    return emptyWhenRefused(rows, []).then((found) => found.map(toAbsence));
  }

  public async loadDamageReport(id: string): Promise<{ me: Membership; report: DamageRecord }> {
    const [batched, execute] = sharedRoundTrip(this.sp);
    const me = this.viewer.membership();
    const item = this.list(MATERIAALSCHADE.title, batched).items.getById(Number(id));
    const row = item.select(...DAMAGE_SELECT).expand(...AUTHOR_EXPAND)<Row>();
    const files = item.attachmentFiles.select('FileName')<{ FileName: string }[]>();
    await execute();
    const photos = (await files).map((f) => ({ name: f.FileName }));
    const report = toDamage(await row, photos);
    await this.logRead('Materiaalschade', await me, report.reporter.id, id);
    return { me: await me, report };
  }

  public loadPhoto(reportId: string, name: string): Promise<Blob> {
    return this.list(MATERIAALSCHADE.title).items.getById(Number(reportId)).attachmentFiles.getByName(name).getBlob();
  }

  private async submit(listTitle: string, item: ReturnType<typeof giftItem>, now: Date): Promise<SubmitOutcome> {
    const result = await this.outbox.submit(this.sp, listTitle, item, now);
    return result.status === 'created' ? { status: 'created', id: String(result.item.Id) } : { status: 'queued' };
  }

  public async submitGift(draft: GiftDraft, now: Date = new Date()): Promise<SubmitOutcome> {
    const problems = giftProblems(draft, brusselsDateOf(now));
    if (!isValid(problems)) throw new DraftInvalidError(problems);
    return this.submit(GESCHENKEN.title, giftItem(draft, newClientId()), now);
  }

  public async submitSideActivity(draft: SideActivityDraft, now: Date = new Date()): Promise<SubmitOutcome> {
    const problems = sideActivityProblems(draft, brusselsDateOf(now));
    if (!isValid(problems)) throw new DraftInvalidError(problems);
    const status = initialSideActivityStatus(draft.kader as Kader);
    // the declarant is the item's author; no extra round trip for their id, so a declaration can wait in the outbox
    const first: HistoryEntry = {
      action: 'declare',
      actor: { id: '', name: this.userName },
      at: now.toISOString(),
      status,
      reason: null,
    };
    return this.submit(NEVENACTIVITEITEN.title, sideActivityItem(draft, newClientId(), status, first), now);
  }

  public async submitDamage(draft: DamageDraft, photo?: PhotoUpload | null, now: Date = new Date()): Promise<SubmitOutcome> {
    const problems = damageProblems(draft, brusselsDateOf(now));
    if (!isValid(problems)) throw new DraftInvalidError(problems);
    const outcome = await this.submit(MATERIAALSCHADE.title, damageItem(draft, newClientId()), now);
    if (outcome.status !== 'created' || !photo) return outcome;
    try {
      await this.list(MATERIAALSCHADE.title).items.getById(Number(outcome.id)).attachmentFiles.add(photo.name, photo.content);
      return { ...outcome, photoSaved: true };
    } catch {
      // the report itself is stored; the reporter is told the photo is not and can add it again
      return { ...outcome, photoSaved: false };
    }
  }

  public async handleGift(gift: GiftRecord, handling: GiftHandling): Promise<GiftRecord> {
    const refusal = handling.decision ? checkGiftDecision(gift, handling.decision) : null;
    if (refusal) throw new RuleRefusedError(refusal);
    const notes = cleanReason(handling.notes);
    const result = await this.list(GESCHENKEN.title)
      .items.getById(Number(gift.id))
      .update({ [GF.Status]: handling.status, [GF.Destination]: handling.decision, [GF.HandlingNotes]: notes }, gift.etag);
    return { ...gift, status: handling.status, decision: handling.decision, handlingNotes: notes, etag: result.etag || gift.etag };
  }

  public async handleDamage(report: DamageRecord, handling: DamageHandling): Promise<DamageRecord> {
    const notes = cleanReason(handling.notes);
    const result = await this.list(MATERIAALSCHADE.title)
      .items.getById(Number(report.id))
      .update({ [MF.Status]: handling.status, [MF.HandlingNotes]: notes }, report.etag);
    return { ...report, status: handling.status, handlingNote: notes, etag: result.etag || report.etag };
  }

  public async decideSideActivity(activity: SideActivityRecord, me: Membership, decision: SideActivityDecision, now: Date = new Date()): Promise<SideActivityRecord> {
    const { action } = decision;
    const reason = cleanReason(decision.reason);
    const advice = action === 'allow' || action === 'refuse' ? decision.advice || null : null;
    if (action === 'allow' && advice !== 'Gunstig' && advice !== 'Gunstig onder voorwaarden') throw new RuleRefusedError({ code: 'adviceRequired' });
    if (action === 'allow' && advice === 'Gunstig onder voorwaarden' && !reason) throw new RuleRefusedError({ code: 'conditionsRequired' });
    const actor = { id: String(me.userId), politiecollege: isIn(me, 'politiecollege'), korpschef: isIn(me, 'korpschef') };
    const result = decideSideActivity(activity, action, actor, { reason, endDate: decision.endDate || null, talkOn: decision.talkOn || null }, now);
    if (!result.ok) throw new RuleRefusedError(result.error);
    const next = result.next;
    const entry: HistoryEntry = { action, actor: { id: String(me.userId), name: me.name }, at: now.toISOString(), status: next.status, reason };
    const history = activity.history.concat([entry]);
    const changes: Record<string, unknown> = { [NF.Status]: next.status, [NF.History]: JSON.stringify(history) };
    if (action === 'registerReceipt' && next.receivedAt) {
      changes[NF.ReceivedAt] = next.receivedAt;
      changes[NF.AdviceDeadline] = toDateField(adviceDeadline(next.receivedAt));
    }
    if (action === 'allow' || action === 'refuse') {
      changes[NF.Advice] = action === 'refuse' ? 'Ongunstig' : advice;
      changes[NF.AdviceNotes] = next.decisionReason;
      changes[NF.AdviceDate] = next.decidedAt;
    }
    if (action === 'recordTalk') changes[NF.KorpschefTalkOn] = next.korpschefTalkOn ? toDateField(next.korpschefTalkOn) : null;
    if (action === 'end') changes[NF.EndDate] = next.endDate ? toDateField(next.endDate) : null;
    const written = await this.list(NEVENACTIVITEITEN.title).items.getById(Number(activity.id)).update(changes, activity.etag);
    return {
      ...activity,
      ...next,
      advice: (changes[NF.Advice] as SideActivityRecord['advice']) ?? activity.advice,
      history,
      etag: written.etag || activity.etag,
    };
  }

  public async registerAbsence(draft: AbsenceDraft, now: Date = new Date()): Promise<AbsenceRecord> {
    const problems = absenceProblems(draft, brusselsDateOf(now));
    if (!isValid(problems) || !draft.member) throw new DraftInvalidError(problems);
    const memberId = Number(draft.member.id);
    const created = await createOnce(this.sp, AFWEZIGHEDEN.title, absenceItem(memberId, draft, newClientId()));
    await this.access.secure(AFWEZIGHEDEN, created.Id, { [`${AF.Member}Id`]: memberId });
    const row = await this.list(AFWEZIGHEDEN.title).items.getById(created.Id).select(...ABSENCE_SELECT).expand(...MEMBER_EXPAND)<Row>();
    return toAbsence(row);
  }

  public async endAbsence(absence: AbsenceRecord, end: string): Promise<AbsenceRecord> {
    const problems = absenceProblems({ member: absence.member, kind: absence.kind, start: absence.start, end }, brusselsDateOf(new Date()));
    if (!isValid(problems)) throw new DraftInvalidError(problems);
    const written = await this.list(AFWEZIGHEDEN.title).items.getById(Number(absence.id)).update({ [AF.EndDate]: toDateField(end) }, absence.etag);
    return { ...absence, end, etag: written.etag || absence.etag };
  }
}
