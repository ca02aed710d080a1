import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/batching';
import { addCalendarDays, brusselsDateOf, type BrusselsDate } from '../../domain/dates';
import {
  allowedComplaintActions,
  annualFigures,
  checkFindings,
  latestFeedback,
  complaintActivities,
  decideComplaint,
  isUseOfForce,
  monthlyListing,
  tpiCheckProblems,
  routingChanges,
  toComplaintFigure,
  type AnnualFigures,
  type CheckedFinding,
  type ListingActivity,
  type MonthlyListing,
  type TpiCheck,
  type TpiConclusion,
} from '../../domain/complaints';
import { newClientId } from '../clientId';
import { createOnce } from '../createOnce';
import { httpStatus } from '../errors';
import { GROUPS } from '../groups';
import { AANDACHTSPUNTEN, DOSSIERADMINISTRATIE, KLACHTEN, RAPPORTAGES } from '../schema';
import { toDateField } from '../registers/dateFields';
import { DraftInvalidError, isValid } from '../../domain/registers/drafts';
import { isIn, Viewer, type Membership } from '../membership';
import { complaintActor, managesComplaints } from '../../domain/complaints/actor';
import { newestFirst, toPage } from '../registers/paging';
import type { RegisterPage } from '../registers/RegistersRepository';
import { RuleRefusedError } from '../registers/ruleRefused';
import { AuditLog, type AuditEntry } from './auditLog';
import {
  complaintItem,
  DF,
  detailsValues,
  DOSSIER_EXPAND,
  DOSSIER_SELECT,
  FIGURES_EXPAND,
  FIGURES_SELECT,
  KF,
  RF,
  SUMMARY_EXPAND,
  SUMMARY_SELECT,
  THEME_SELECT,
  toAdministration,
  toComplaint,
  toReport,
  toSummary,
  toTheme,
  tpiCheckValues,
} from './complaintMapper';
import type {
  AdministrationChanges,
  ComplaintDecision,
  ComplaintDraft,
  ComplaintRecord,
  ComplaintRegister,
  ComplaintsRepository,
  ComplaintSummary,
  DossierAdministration,
  DossierDetails,
  InvestigatorOption,
  OpenedDossier,
  Person,
  PublishedReport,
  RegisterFilter,
  ReportPage,
  ThemeOption,
  TpiCheckDraft,
} from './ComplaintsRepository';
import { dashboardFigures, OPEN_STATUSES, type DashboardFigures } from './dashboardFigures';
import { loadMonths, MAX_PAGE, monthsBetween, monthsOf } from './monthQuery';
import { SPSettingsRepository } from '../settings/SPSettingsRepository';
import type { SettingsRepository } from '../settings/types';
import { administrationProblems, complaintProblems, detailsProblems, findingProblems } from '../../domain/complaints/drafts';
import { ItemAccessWriter } from '../itemSecurity';
import { isDisciplinary, secureDossier } from './dossierAccess';
import { readEntitlement, readVersions } from './dossierVersions';
import { addFinding, readFindings, type FindingDraft } from './findingsStore';
import { sharedRoundTrip } from '../oneRoundTrip';

type Row = { Id: number; Created: string; 'odata.etag'?: string } & Record<string, unknown>;
type UserRow = { Id: number; Title: string };

const openFilter = `(${OPEN_STATUSES.map((s) => `${KF.Status} eq '${s}'`).join(' or ')})`;

/** The complaints register on SharePoint through PnPjs: each dossier with its own permissions, each look logged. */
export class SPComplaintsRepository implements ComplaintsRepository {
  private readonly access: ItemAccessWriter;
  private readonly audit: AuditLog;

  public constructor(
    private readonly sp: SPFI,
    userName: string,
    private readonly viewer: Viewer = new Viewer(sp),
    /** The zone's settings (the anonymity threshold of the annual figures), read in the report's round trip. */
    private readonly zone: Pick<SettingsRepository, 'zoneSettings'> = new SPSettingsRepository(sp, viewer),
  ) {
    this.access = new ItemAccessWriter(sp);
    this.audit = new AuditLog(sp, userName);
  }

  private klachten(sp: SPFI = this.sp) {
    return sp.web.lists.getByTitle(KLACHTEN.title);
  }

  private themes(sp: SPFI): Promise<ThemeOption[]> {
    return sp.web.lists
      .getByTitle(AANDACHTSPUNTEN.title)
      .items.select(...THEME_SELECT)
      .orderBy('ThemeNumber', true)
      .top(50)<{ Id: number; Title: string; ThemeNumber: number }[]>()
      .then((rows) => rows.map(toTheme));
  }

  private page(sp: SPFI, filter: RegisterFilter, after: number | null): Promise<RegisterPage<ComplaintSummary>> {
    const where = filter.kind === 'open' ? openFilter : `(${monthsOf(filter.year).map((m) => `${KF.ClosedMonth} eq '${m}'`).join(' or ')})`;
    const items = this.klachten(sp).items.select(...SUMMARY_SELECT).expand(...SUMMARY_EXPAND);
    return newestFirst(items, after, undefined, where)<Row[]>().then((rows) => toPage(rows, toSummary));
  }

  public async loadRegister(filter: RegisterFilter): Promise<ComplaintRegister> {
    const [batched, execute] = sharedRoundTrip(this.sp);
    const me = this.viewer.membership();
    const page = this.page(batched, filter, null).catch((error: unknown) => {
      // staff without any dossier have no access to the list at all: an empty register, not an error
      if (httpStatus(error) === 403 || httpStatus(error) === 404) return { items: [], nextAfter: null };
      throw error;
    });
    await execute();
    const first = await page;
    await this.logListed(first);
    return { me: await me, page: first };
  }

  public async loadMore(filter: RegisterFilter, after: number): Promise<RegisterPage<ComplaintSummary>> {
    const next = await this.page(this.sp, filter, after);
    await this.logListed(next);
    return next;
  }

  /** Logs the dossiers a register page shows (one entry each, one batch) before the page is shown. */
  private logListed(page: RegisterPage<ComplaintSummary>): Promise<void> {
    return this.audit.recordAll('Klachten', page.items.map((d) => Number(d.id)), 'Opgelijst');
  }

  private investigators(sp: SPFI): Promise<InvestigatorOption[]> {
    const users = (group: string) => sp.web.siteGroups.getByName(group).users.select('Id', 'Title')<UserRow[]>();
    return Promise.all([users(GROUPS.diensthoofden), users(GROUPS.hinp)]).then(([heads, hinp]) =>
      heads
        .map((u): InvestigatorOption => ({ id: String(u.Id), name: u.Title, function: 'diensthoofd' }))
        .concat(hinp.filter((u) => !heads.some((h) => h.Id === u.Id)).map((u): InvestigatorOption => ({ id: String(u.Id), name: u.Title, function: 'hinp' })))
        .sort((a, b) => a.name.localeCompare(b.name)),
    );
  }

  public async openDossier(id: string): Promise<OpenedDossier> {
    const [batched, execute] = sharedRoundTrip(this.sp);
    const me = this.viewer.membership();
    const row = this.klachten(batched).items.getById(Number(id)).select(...DOSSIER_SELECT).expand(...DOSSIER_EXPAND)<Row>();
    const investigators = this.investigators(batched);
    const consultations = this.audit.entries('Klachten', Number(id), batched).catch(() => null);
    const versions = readVersions(batched, Number(id));
    const entitlement = readEntitlement(batched);
    const findings = readFindings(batched, Number(id)).catch(() => []);
    await execute();
    // all at once, so a refusal (a dossier the user may not see) leaves no rejection unhandled
    const [json, membership, history, who, options, found] = await Promise.all([row, me, versions, entitlement, investigators, findings]);
    const dossier = toComplaint(json);
    const manager = managesComplaints(membership);
    const now = new Date();
    // no log, no dossier: the consultation is recorded before anything is shown; a manager's look also re-applies
    // the dossier's permissions from its entitled routing, so an interrupted reassignment, or a change by someone not
    // entitled to it, never leaves anyone with access they should not have
    // (a tuchtdossier only by the korpschef: the others only read it)
    const resecures = manager && (!isDisciplinary(history, who) || isIn(membership, 'korpschef'));
    await Promise.all([this.audit.record('Klachten', Number(id), 'Geraadpleegd', now), resecures ? secureDossier(this.access, Number(id), history, who) : Promise.resolve()]);
    const log: AuditEntry[] | null = manager ? await consultations : null;
    const own: AuditEntry = { id: '', list: 'Klachten', dossierId: Number(id), action: 'Geraadpleegd', readerName: membership.name, readerId: String(membership.userId), claimedName: null, at: now.toISOString() };
    return {
      me: membership,
      dossier,
      investigators: options,
      consultations: log ? [own].concat(log) : null,
      findings: checkFindings(found, history, who),
      changes: routingChanges(history, who),
    };
  }

  public async loadIntakeChoices(): Promise<{ themes: ThemeOption[]; staff: Person[] }> {
    const [batched, execute] = sharedRoundTrip(this.sp);
    const themes = this.themes(batched);
    const users = batched.web.siteGroups.getByName(GROUPS.medewerkers).users.select('Id', 'Title')<UserRow[]>();
    await execute();
    const staff = (await users).map((u) => ({ id: String(u.Id), name: u.Title })).sort((a, b) => a.name.localeCompare(b.name));
    return { themes: await themes, staff };
  }

  /** Re-applies a dossier's permissions from its version history (the routing as entitled people set it). */
  private async secure(id: number): Promise<void> {
    const [batched, execute] = sharedRoundTrip(this.sp);
    const read = Promise.all([readVersions(batched, id), readEntitlement(batched)]);
    await execute();
    const [versions, who] = await read;
    await secureDossier(this.access, id, versions, who);
  }

  private async reread(id: number): Promise<ComplaintRecord> {
    return toComplaint(await this.klachten().items.getById(id).select(...DOSSIER_SELECT).expand(...DOSSIER_EXPAND)<Row>());
  }

  public async createComplaint(draft: ComplaintDraft, now: Date = new Date()): Promise<ComplaintRecord> {
    const problems = complaintProblems(draft, brusselsDateOf(now));
    if (!isValid(problems)) throw new DraftInvalidError(problems);
    // the flag SharePoint's list validation reads (a lookup cannot be read there): set from the aandachtspunt's number
    const theme = draft.themeId
      ? await this.sp.web.lists.getByTitle(AANDACHTSPUNTEN.title).items.getById(Number(draft.themeId)).select('ThemeNumber')<{ ThemeNumber: number }>()
      : null;
    const created = await createOnce(this.sp, KLACHTEN.title, complaintItem(draft, newClientId(), !!theme && isUseOfForce({ themeNumber: theme.ThemeNumber })));
    // korpsleiding and Intern Toezicht only, at once; nobody reads it through a field
    await this.access.secure(KLACHTEN, created.Id, { [`${KF.Investigator}Id`]: null, [`${KF.DisciplinaryHead}Id`]: null });
    const record = await this.reread(created.Id);
    // its administration for the CaLog support role, who never reads the dossier itself: number and date only
    await createOnce(this.sp, DOSSIERADMINISTRATIE.title, {
      ClientId: `dossier-${created.Id}`,
      [DF.Title]: record.reference,
      [DF.DossierId]: created.Id,
      [DF.ReceivedOn]: toDateField(record.receivedOn),
    });
    return record;
  }

  public async decide(dossier: ComplaintRecord, me: Membership, decision: ComplaintDecision, now: Date = new Date()): Promise<ComplaintRecord> {
    const { action } = decision;
    if (action === 'openDisciplinary' && !decision.disciplinaryHead) throw new RuleRefusedError({ code: 'disciplinaryHeadRequired' });
    // the written feedback is the investigator's (the HINP's): recorded from their counted feedback finding, never typed here
    const recordsFeedback = action === 'sendFeedback' && allowedComplaintActions(dossier, complaintActor(me)).indexOf(action) >= 0;
    const feedback = recordsFeedback ? await this.investigatorFeedback(Number(dossier.id)) : null;
    if (recordsFeedback && !feedback) throw new RuleRefusedError({ code: 'feedbackFindingRequired' });
    const result = decideComplaint(
      dossier,
      action,
      complaintActor(me),
      {
        reason: decision.reason,
        investigator: decision.investigator,
        outcome: feedback ? feedback.outcome || decision.outcome : decision.outcome,
        feedbackSentOn: feedback ? feedback.feedbackSentOn || decision.feedbackSentOn : decision.feedbackSentOn,
      },
      now,
    );
    if (!result.ok) throw new RuleRefusedError(result.error);
    const next: ComplaintRecord = {
      ...result.next,
      history: dossier.history.concat([result.decision]),
      feedbackText: feedback ? feedback.text : dossier.feedbackText,
      disciplinaryHead: action === 'openDisciplinary' ? decision.disciplinaryHead || null : dossier.disciplinaryHead,
    };
    const date = (d: BrusselsDate | null): string | null => (d ? toDateField(d) : null);
    const written = await this.klachten()
      .items.getById(Number(dossier.id))
      .update(
        {
          [KF.Status]: next.status,
          [`${KF.Investigator}Id`]: next.investigator ? Number(next.investigator.id) : null,
          [KF.InvestigatorFunction]: next.investigator ? (next.investigator.function === 'diensthoofd' ? 'Diensthoofd' : 'Hoofdinspecteur') : null,
          [KF.Outcome]: next.outcome,
          [KF.FeedbackDate]: date(next.feedbackSentOn),
          [KF.FeedbackText]: next.feedbackText,
          [KF.DisciplinaryOpenedOn]: date(next.disciplinaryOpenedOn),
          [`${KF.DisciplinaryHead}Id`]: next.disciplinaryHead ? Number(next.disciplinaryHead.id) : null,
          [KF.ClosedOn]: date(next.closedOn),
          [KF.ClosedMonth]: next.closedOn ? next.closedOn.slice(0, 7) : null,
          [KF.History]: JSON.stringify(next.history),
        },
        dossier.etag,
      );
    const investigatorChanged = (dossier.investigator && dossier.investigator.id) !== (next.investigator && next.investigator.id);
    // a new investigator, a tuchtdossier (only the korpschef edits it from now on), a close (the legal support ends)
    const resecure = investigatorChanged || ['openDisciplinary', 'closeDisciplinary', 'close', 'dismiss'].indexOf(action) >= 0;
    if (resecure) await this.secure(Number(dossier.id));
    return { ...next, etag: written.etag || dossier.etag };
  }

  /** The newest feedback finding that counts (written by the investigator assigned at the time), or null. */
  private async investigatorFeedback(id: number): Promise<CheckedFinding | null> {
    const [batched, execute] = sharedRoundTrip(this.sp);
    const read = Promise.all([readFindings(batched, id), readVersions(batched, id), readEntitlement(batched)]);
    await execute();
    const [findings, versions, who] = await read;
    return latestFeedback(checkFindings(findings, versions, who));
  }

  public async loadAdministration(after: number | null): Promise<{ me: Membership; page: RegisterPage<DossierAdministration> }> {
    const [batched, execute] = sharedRoundTrip(this.sp);
    const me = this.viewer.membership();
    const items = batched.web.lists.getByTitle(DOSSIERADMINISTRATIE.title).items.select('Id', ...DOSSIERADMINISTRATIE.fields.map((f) => f.name));
    const rows = newestFirst(items, after)<Row[]>().catch((error: unknown) => {
      // who keeps no administration has no access to the list: an empty page, not an error
      if (httpStatus(error) === 403 || httpStatus(error) === 404) return [] as Row[];
      throw error;
    });
    await execute();
    return { me: await me, page: toPage(await rows, toAdministration) };
  }

  public async saveAdministration(record: DossierAdministration, changes: AdministrationChanges): Promise<DossierAdministration> {
    const problems = administrationProblems(changes, brusselsDateOf(new Date()));
    if (!isValid(problems)) throw new DraftInvalidError(problems);
    const written = await this.sp.web.lists
      .getByTitle(DOSSIERADMINISTRATIE.title)
      .items.getById(record.id)
      .update(
        {
          [DF.NextDeadline]: changes.nextDeadline ? toDateField(changes.nextDeadline) : null,
          [DF.DeadlineNote]: changes.deadlineNote.trim() || null,
          [DF.Documents]: changes.documents.trim() || null,
          [DF.ArchivedOn]: changes.archivedOn ? toDateField(changes.archivedOn) : null,
        },
        record.etag,
      );
    return {
      ...record,
      nextDeadline: changes.nextDeadline || null,
      deadlineNote: changes.deadlineNote.trim(),
      documents: changes.documents.trim(),
      archivedOn: changes.archivedOn || null,
      etag: written.etag || record.etag,
    };
  }

  public async requestLegalSupport(dossier: ComplaintRecord, me: Membership): Promise<ComplaintRecord> {
    const allowed = dossier.status === 'Tuchtdossier' ? isIn(me, 'korpschef') : managesComplaints(me) && dossier.status !== 'Afgesloten';
    if (!allowed) throw new RuleRefusedError({ code: 'notAllowed' });
    const written = await this.klachten().items.getById(Number(dossier.id)).update({ [KF.LegalSupport]: GROUPS.juridischeDienst }, dossier.etag);
    await this.secure(Number(dossier.id));
    return { ...dossier, legalSupport: true, etag: written.etag || dossier.etag };
  }

  public async addFinding(dossier: ComplaintRecord, me: Membership, draft: FindingDraft): Promise<CheckedFinding[]> {
    const own = dossier.investigator !== null && dossier.investigator.id === String(me.userId) && dossier.disciplinaryOpenedOn === null;
    if (!own) throw new RuleRefusedError({ code: 'notInvestigator' });
    const problems = findingProblems(draft, dossier.receivedOn, brusselsDateOf(new Date()));
    if (!isValid(problems)) throw new DraftInvalidError(problems);
    await addFinding(this.sp, Number(dossier.id), draft);
    const [batched, execute] = sharedRoundTrip(this.sp);
    const read = Promise.all([readFindings(batched, Number(dossier.id)), readVersions(batched, Number(dossier.id)), readEntitlement(batched)]);
    await execute();
    const [findings, versions, who] = await read;
    return checkFindings(findings, versions, who);
  }

  public async recordTpiCheck(dossier: ComplaintRecord, me: Membership, check: TpiCheckDraft, now: Date = new Date()): Promise<ComplaintRecord> {
    if (!managesComplaints(me)) throw new RuleRefusedError({ code: 'notManager' });
    if (!isUseOfForce({ themeNumber: dossier.themeNumber ?? null })) throw new RuleRefusedError({ code: 'notUseOfForce' });
    if (dossier.status === 'Afgesloten') throw new RuleRefusedError({ code: 'closed' });
    const problems = tpiCheckProblems(check, dossier.receivedOn, brusselsDateOf(now));
    if (!isValid(problems)) throw new DraftInvalidError(problems);
    const recorded: TpiCheck = { examinedBy: check.examinedBy.trim(), examinedOn: check.examinedOn, conclusion: check.conclusion as TpiConclusion, notes: check.notes.trim() };
    // the flag too, so SharePoint's validation holds even for a dossier registered before the flag existed
    const written = await this.klachten()
      .items.getById(Number(dossier.id))
      .update({ ...tpiCheckValues(recorded), [KF.UseOfForce]: true }, dossier.etag);
    return { ...dossier, tpiCheck: recorded, etag: written.etag || dossier.etag };
  }

  public async saveDetails(dossier: ComplaintRecord, details: DossierDetails): Promise<ComplaintRecord> {
    const problems = detailsProblems(details, brusselsDateOf(new Date()));
    if (!isValid(problems)) throw new DraftInvalidError(problems);
    const values = detailsValues(details);
    const written = await this.klachten().items.getById(Number(dossier.id)).update(values, dossier.etag);
    return {
      ...dossier,
      investigationNotes: values[KF.InvestigationNotes] as string | null,
      spocFeedback: values[KF.SpocFeedback] as string | null,
      mayorFeedbackOn: details.mayorFeedbackOn || null,
      evidence: details.evidence.split('\n').map((l) => l.trim()).filter((l) => l.length > 0),
      etag: written.etag || dossier.etag,
    };
  }

  /** The dossiers of some months of an indexed month column, queued on `first` (see `loadMonths`). */
  private months(first: SPFI, field: string, months: string[]): Promise<ComplaintRecord[]> {
    return loadMonths<Row>(first, this.sp, { listTitle: KLACHTEN.title, field, months, select: FIGURES_SELECT, expand: FIGURES_EXPAND }).then((rows) => rows.map(toComplaint));
  }

  private open(sp: SPFI): Promise<ComplaintRecord[]> {
    return this.klachten(sp).items.select(...FIGURES_SELECT).expand(...FIGURES_EXPAND).filter(openFilter).top(MAX_PAGE)<Row[]>().then((rows) => rows.map(toComplaint));
  }

  /** Queues the dossiers with activity in a month on a batched root; a dossier with activity in the month is still open, or was closed on or after its first day. */
  private queueListing(batched: SPFI, month: string): Promise<MonthlyListing> {
    const end = `${addCalendarDays(`${month}-28`, 4).slice(0, 7)}-01`;
    const open = this.open(batched);
    const closed = this.months(batched, KF.ClosedMonth, monthsBetween(month, brusselsDateOf(new Date()).slice(0, 7)));
    return Promise.all([open, closed]).then(([o, c]) => {
      const dossiers = o.concat(c).filter((d) => d.receivedOn < end);
      const activities = dossiers.reduce<ListingActivity[]>((all, d) => all.concat(complaintActivities(d, d.history)), []);
      return monthlyListing(activities, month);
    });
  }

  /** Queues the dossiers received or closed in a year (each once) and the zone's settings, and counts the protected figures. */
  private queueFigures(batched: SPFI, year: number): Promise<AnnualFigures> {
    // the settings' read starts in this tick too, so it joins the report's round trip
    const parts = [this.months(batched, KF.ReceivedMonth, monthsOf(year)), this.months(batched, KF.ClosedMonth, monthsOf(year))] as const;
    return Promise.all([...parts, this.zone.zoneSettings()]).then(([received, closed, settings]) => {
      const seen: { [id: string]: true } = {};
      const dossiers = received.concat(closed).filter((d) => (seen[d.id] ? false : (seen[d.id] = true)));
      return annualFigures(dossiers.map(toComplaintFigure), year, settings.anonymityThreshold);
    });
  }

  /** Runs a report's batch: membership, the computed report (kept only for who sees every dossier), the published one if any. */
  private async reportPage<T>(compute: (b: SPFI) => Promise<T>, report: { kind: 'Maandlijst' | 'Jaarcijfers'; period: string } | null, what: string): Promise<ReportPage<T>> {
    const [batched, execute] = sharedRoundTrip(this.sp);
    const me = this.viewer.membership();
    // who cannot read the register gets a refusal here; an investigator would get only their own dossiers: neither counts
    const computed = compute(batched).then(
      (value) => ({ value, error: null as unknown }),
      (error: unknown) => ({ value: null, error }),
    );
    const published = report ? this.published<T>(batched, report.kind, report.period) : Promise.resolve(null);
    await execute();
    const membership = await me;
    const result = await computed;
    if (!managesComplaints(membership)) return { me: membership, computed: null, published: await published };
    if (result.error) throw result.error;
    // the report read the register: logged (one entry for the whole count) before it is shown
    await this.audit.record('Klachten', 0, 'Geteld', new Date(), `Klachten: ${what}`);
    return { me: membership, computed: result.value, published: await published };
  }

  public openListing(month: string): Promise<ReportPage<MonthlyListing>> {
    return this.reportPage((b) => this.queueListing(b, month), { kind: 'Maandlijst', period: month }, `maandlijst ${month}`);
  }

  public openFigures(year: number): Promise<ReportPage<AnnualFigures>> {
    return this.reportPage((b) => this.queueFigures(b, year), { kind: 'Jaarcijfers', period: String(year) }, `jaarcijfers ${year}`);
  }

  public async loadDashboard(year: number): Promise<{ me: Membership; figures: DashboardFigures | null }> {
    const page = await this.reportPage(
      (batched) => {
        const parts = [this.months(batched, KF.ReceivedMonth, monthsOf(year)), this.months(batched, KF.ClosedMonth, monthsOf(year)), this.open(batched)];
        return Promise.all(parts).then(([received, closed, open]) => dashboardFigures(year, received.concat(closed, open)));
      },
      null,
      `dashboard ${year}`,
    );
    return { me: page.me, figures: page.computed };
  }

  private async publish(kind: 'Maandlijst' | 'Jaarcijfers', period: string, title: string, content: unknown, now: Date): Promise<void> {
    const list = this.sp.web.lists.getByTitle(RAPPORTAGES.title);
    const values = { [RF.Title]: title, [RF.Content]: JSON.stringify(content), [RF.PublishedAt]: now.toISOString() };
    const existing = await list.items.select('Id').filter(`${RF.Period} eq '${period}' and ${RF.Kind} eq '${kind}'`).top(1)<Row[]>();
    // republishing replaces the version read just now; a publication by someone else in between is refused (412)
    if (existing.length) await list.items.getById(existing[0].Id).update(values, existing[0]['odata.etag'] || '*');
    else await createOnce(this.sp, RAPPORTAGES.title, { ClientId: newClientId(), [RF.Kind]: kind, [RF.Period]: period, ...values });
  }

  public publishMonthlyListing(listing: MonthlyListing, now: Date = new Date()): Promise<void> {
    return this.publish('Maandlijst', listing.month, `Maandlijst Intern Toezicht ${listing.month}`, listing, now);
  }

  public publishAnnualFigures(figures: AnnualFigures, now: Date = new Date()): Promise<void> {
    return this.publish('Jaarcijfers', String(figures.year), `Jaarcijfers klachtenbeheer ${figures.year}`, figures, now);
  }

  /** The published report of a period, or null; a recipient without access to the list gets null too. */
  private published<T>(sp: SPFI, kind: 'Maandlijst' | 'Jaarcijfers', period: string): Promise<PublishedReport<T> | null> {
    return sp.web.lists
      .getByTitle(RAPPORTAGES.title)
      .items.filter(`${RF.Period} eq '${period}' and ${RF.Kind} eq '${kind}'`)
      .top(1)<Row[]>()
      .then(
        (rows) => (rows.length ? toReport<T>(rows[0]) : null),
        (error: unknown) => {
          if (httpStatus(error) === 403 || httpStatus(error) === 404) return null;
          throw error;
        },
      );
  }

  public async loadPublished(): Promise<{ me: Membership; reports: PublishedReport<unknown>[] }> {
    const [batched, execute] = sharedRoundTrip(this.sp);
    const me = this.viewer.membership();
    const rows = batched.web.lists
      .getByTitle(RAPPORTAGES.title)
      .items.select('Id', 'Created', RF.Title, RF.Kind, RF.Period, RF.PublishedAt)
      .orderBy('ID', false)
      .top(50)<Row[]>()
      .catch((error: unknown) => {
        if (httpStatus(error) === 403) return [] as Row[];
        throw error;
      });
    await execute();
    // the list of reports leaves their content out; a report is read whole when it is opened
    return { me: await me, reports: (await rows).map((r) => toReport<unknown>({ ...r, [RF.Content]: 'null' })) };
  }
}
