import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/batching';
import { brusselsDateOf } from '../../domain/dates';
import {
  annualFigures,
  checkAction,
  NEXT_STATUS,
  registeredReportProblems,
  reportProblems,
  type IntegrityReport,
  type RegisteredReportDraft,
  type ReportAction,
  type ReportDraft,
  type ReportFigures,
  type ReportOutcome,
} from '../../domain/melden';
import { DraftInvalidError, isValid } from '../../domain/registers/drafts';
import { cleanReason } from '../../domain/workflow';
import { newClientId } from '../clientId';
import { createOnce } from '../createOnce';
import { GROUPS } from '../groups';
import { isIn, Viewer } from '../membership';
import { inOneRoundTrip } from '../oneRoundTrip';
import { newestFirst, PAGE_SIZE, toPage } from '../registers/paging';
import { RuleRefusedError } from '../registers/ruleRefused';
import { toDateField } from '../registers/dateFields';
import { INTEGRITEITSMELDINGEN } from '../schema';
import { SPSettingsRepository } from '../settings/SPSettingsRepository';
import type { SettingsRepository } from '../settings/types';
import type { MeldenHome, MeldenRepository, ReportDetail, ReportPage } from './MeldenRepository';
import { registeredItem, REPORT_EXPAND, REPORT_SELECT, reportItem, RF, toReport, type ReportRow } from './reportMapper';

/** The most reports whose clocks run that one read returns per status (a zone receives a handful a year). */
const RUNNING_MAX = 500;
/** The most reports of one year the figures read (far above any zone's yearly count). */
const YEAR_MAX = 5000;

/** The internal reporting channel on SharePoint through PnPjs (list Integriteitsmeldingen, own items only for staff). */
export class SPMeldenRepository implements MeldenRepository {
  /** `viewer`: the app's shared Viewer (createServices); a script or test gets its own. */
  public constructor(
    private readonly sp: SPFI,
    private readonly viewer: Viewer = new Viewer(sp),
    /** The zone's settings (the anonymity threshold of the annual figures), read in the figures' round trip. */
    private readonly zone: Pick<SettingsRepository, 'zoneSettings'> = new SPSettingsRepository(sp, viewer),
  ) {}

  private items(sp: SPFI = this.sp) {
    return sp.web.lists.getByTitle(INTEGRITEITSMELDINGEN.title).items;
  }

  /** The contacts' ids: whose handling values count (and, for the reporter, whom to approach in person). */
  private handlers(sp: SPFI): Promise<{ Id: number; Title: string }[]> {
    return sp.web.siteGroups.getByName(GROUPS.integriteitscontact).users.select('Id', 'Title')<{ Id: number; Title: string }[]>();
  }

  public newClientId(): string {
    return newClientId();
  }

  public async loadHome(): Promise<MeldenHome> {
    // one round trip: who the user is, the contacts, the user's own reports, and (read only if the user turns out to be
    // a contact, which costs nothing extra for staff: SharePoint returns their own items only) the running clocks and
    // the register; a member's reads of the running statuses return their own reports only, and are dropped
    const [me, handlers, mine, received, confirmed] = await inOneRoundTrip(this.sp, (b) =>
      Promise.all([
        this.viewer.membership(),
        this.handlers(b),
        newestFirst(this.items(b).select(...REPORT_SELECT).expand(...REPORT_EXPAND), null)<ReportRow[]>(),
        this.items(b).select(...REPORT_SELECT).expand(...REPORT_EXPAND).filter(`${RF.Status} eq 'Ontvangen'`).top(RUNNING_MAX)<ReportRow[]>(),
        this.items(b).select(...REPORT_SELECT).expand(...REPORT_EXPAND).filter(`${RF.Status} eq 'Ontvangst bevestigd'`).top(RUNNING_MAX)<ReportRow[]>(),
      ]),
    );
    const ids = handlers.map((h) => h.Id);
    const isHandler = isIn(me, 'integriteitscontact');
    const all = toPage(mine, (row) => toReport(row, ids));
    // a contact's own reports are those they made in the app, not those they registered for someone else
    const own = all.items.filter((r) => r.authorId === me.userId && r.channel === 'App');
    const running = received.concat(confirmed).map((row) => toReport(row, ids)).filter((r) => r.status === 'Ontvangen' || r.status === 'Ontvangst bevestigd');
    return {
      me,
      isHandler,
      contacts: handlers.map((h) => h.Title),
      // a contact's newest page is the register; their own reports are the ones they made or registered
      mine: isHandler ? { items: own, nextAfter: null } : all,
      running: isHandler ? running.sort((a, b) => (a.receivedOn < b.receivedOn ? -1 : 1)) : null,
      register: isHandler ? all : null,
    };
  }

  public async loadPage(which: 'mine' | 'register', after: number): Promise<ReportPage> {
    const [me, handlers, rows] = await inOneRoundTrip(this.sp, (b) =>
      Promise.all([
        this.viewer.membership(),
        this.handlers(b),
        newestFirst(this.items(b).select(...REPORT_SELECT).expand(...REPORT_EXPAND), after)<ReportRow[]>(),
      ]),
    );
    const page = toPage(rows, (row) => toReport(row, handlers.map((h) => h.Id)), PAGE_SIZE);
    return which === 'mine' && isIn(me, 'integriteitscontact') ? { items: page.items.filter((r) => r.authorId === me.userId && r.channel === 'App'), nextAfter: page.nextAfter } : page;
  }

  public async loadReport(id: number): Promise<ReportDetail> {
    const [me, handlers, row] = await inOneRoundTrip(this.sp, (b) =>
      Promise.all([
        this.viewer.membership(),
        this.handlers(b),
        this.items(b).getById(id).select(...REPORT_SELECT).expand(...REPORT_EXPAND)<ReportRow>(),
      ]),
    );
    return { me, isHandler: isIn(me, 'integriteitscontact'), report: toReport(row, handlers.map((h) => h.Id)) };
  }

  public async submitReport(draft: ReportDraft, clientId: string, now: Date = new Date()): Promise<number> {
    const problems = reportProblems(draft);
    if (!isValid(problems)) throw new DraftInvalidError(problems);
    // createOnce looks the client id up among the reporter's own items before any retry: never stored twice
    const created = await createOnce(this.sp, INTEGRITEITSMELDINGEN.title, reportItem(draft, clientId, brusselsDateOf(now)));
    return created.Id;
  }

  public async registerReport(draft: RegisteredReportDraft, clientId: string, now: Date = new Date()): Promise<number> {
    const problems = registeredReportProblems(draft, brusselsDateOf(now));
    if (!isValid(problems)) throw new DraftInvalidError(problems);
    const me = await this.viewer.membership();
    if (!isIn(me, 'integriteitscontact')) throw new RuleRefusedError({ code: 'notHandler' });
    const created = await createOnce(this.sp, INTEGRITEITSMELDINGEN.title, registeredItem(draft, clientId));
    return created.Id;
  }

  /** Checks an action against the rules and the user's groups, then writes it with the ETag read (412: someone acted meanwhile). */
  private async act(report: IntegrityReport, action: ReportAction, changes: Record<string, unknown>, input: { message?: string; outcome?: ReportOutcome | '' }): Promise<IntegrityReport> {
    const me = await this.viewer.membership();
    const refusal = checkAction(action, report, { ...input, isHandler: isIn(me, 'integriteitscontact') });
    if (refusal) throw new RuleRefusedError({ code: refusal });
    await this.items().getById(report.id).update({ ...changes, [RF.Status]: NEXT_STATUS[action] }, report.etag);
    return (await this.loadReport(report.id)).report;
  }

  public confirmReceipt(report: IntegrityReport, message: string, now: Date = new Date()): Promise<IntegrityReport> {
    const text = cleanReason(message);
    return this.act(report, 'confirmReceipt', { [RF.ReceiptConfirmedOn]: toDateField(brusselsDateOf(now)), [RF.ReceiptMessage]: text }, { message: text || '' });
  }

  public giveFeedback(report: IntegrityReport, text: string, now: Date = new Date()): Promise<IntegrityReport> {
    const feedback = cleanReason(text);
    // the first feedback's date is the one the 3-month clock measures; a later update keeps it
    const on = report.feedbackOn || brusselsDateOf(now);
    return this.act(report, 'giveFeedback', { [RF.FeedbackOn]: toDateField(on), [RF.FeedbackText]: feedback }, { message: feedback || '' });
  }

  public close(report: IntegrityReport, outcome: ReportOutcome | '', now: Date = new Date()): Promise<IntegrityReport> {
    return this.act(report, 'close', { [RF.ClosedOn]: toDateField(brusselsDateOf(now)), [RF.Outcome]: outcome || null }, { outcome });
  }

  public async figures(year: number, now: Date = new Date()): Promise<ReportFigures> {
    const [me, handlers, rows, settings] = await inOneRoundTrip(this.sp, (b) =>
      Promise.all([
        this.viewer.membership(),
        this.handlers(b),
        // the indexed year of receipt narrows the read to one year, however long the list grows
        this.items(b).select(...REPORT_SELECT).expand(...REPORT_EXPAND).filter(`${RF.ReceivedYear} eq '${year}'`).top(YEAR_MAX)<ReportRow[]>(),
        this.zone.zoneSettings(),
      ]),
    );
    if (!isIn(me, 'integriteitscontact')) throw new RuleRefusedError({ code: 'notHandler' });
    return annualFigures(rows.map((row) => toReport(row, handlers.map((h) => h.Id))), year, now, settings.anonymityThreshold);
  }
}
