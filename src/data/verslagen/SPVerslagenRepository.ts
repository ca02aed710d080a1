import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/site-groups/web';
import { addCalendarDays, brusselsDateOf, brusselsInstant, type BrusselsDate } from '../../domain/dates';
import type { GroupKey } from '../../domain/groups';
import {
  comiteFeedbackText,
  meetingEntries,
  monthEntries,
  monthOf,
  monthRange,
  proposalKey,
  reportProblems,
  storedTitle,
  type NewsletterDirective,
  type NewsletterMessage,
  type ReportContent,
  type ReportText,
} from '../../domain/verslagen/content';
import { mayPublishReport, mayWriteReport, reportCounts, reportKind, reportKindOfName, type ReportKind } from '../../domain/verslagen/kinds';
import { createOnce } from '../createOnce';
import { httpStatus } from '../errors';
import { GROUPS } from '../groups';
import { Viewer, type Membership } from '../membership';
import { inOneRoundTrip } from '../oneRoundTrip';
import { literal } from '../proposals/queries';
import { dateLiteral } from './queries';
import { fromDateField, toDateField } from '../registers/dateFields';
import { BERICHTEN, COMITES_LIST, KORPSRICHTLIJNEN, VERSLAGCONCEPTEN, VERSLAGEN, fieldNames } from '../schema';
import { ReportExistsError, ReportIncompleteError, ReportNotAllowedError } from './errors';
import { C, DRAFT_SELECT, R, REPORT_SELECT, SUMMARY_SELECT, toDraft, toReport, toSummary, type DraftJson, type ReportJson } from './mapper';
import { decisionLinesBetween } from './decisionLines';
import type { VerslagenRepository } from './VerslagenRepository';
import type { DraftDetail, DraftReport, ReportDetail, ReportPage, VerslagenHome } from './types';

/** Published reports per page. */
export const REPORT_PAGE_SIZE = 20;

/** The groups whose members may publish some kind of report (read with every list, to tell a report that counts). */
const PUBLISHER_GROUPS: readonly GroupKey[] = ['directiecomite', 'comitevoorzitters', 'korpsleiding', 'communicatie', 'beheerders'];

/** Who publishes what: the groups each publisher belongs to, and each comité's chair and members (by its name). */
interface Publishers {
  groups: Map<number, GroupKey[]>;
  comites: Map<string, number[]>;
}

const BERICHT = fieldNames(BERICHTEN);
const DIRECTIVE = fieldNames(KORPSRICHTLIJNEN);

/** The client id of the one published report of a kind and meeting date. */
const reportClientId = (kind: ReportKind, date: BrusselsDate): string => `verslag-${kind}-${date}`;

/** {@link VerslagenRepository} on the SharePoint lists Verslagen and Verslagconcepten through PnPjs. */
export class SPVerslagenRepository implements VerslagenRepository {
  public constructor(
    private readonly sp: SPFI,
    private readonly now: () => Date = () => new Date(),
    private readonly viewer: Viewer = new Viewer(sp),
  ) {}

  private reports(sp: SPFI = this.sp) {
    return sp.web.lists.getByTitle(VERSLAGEN.title).items;
  }

  private drafts(sp: SPFI = this.sp) {
    return sp.web.lists.getByTitle(VERSLAGCONCEPTEN.title).items;
  }

  /** Queues the reads of the publishers' groups; the map says who may publish which kind. */
  private readPublishers(sp: SPFI): Promise<Publishers> {
    const comites = sp.web.lists
      .getByTitle(COMITES_LIST.title)
      .items.select('Title', 'ChairId', 'MembersId')
      .top(100)<{ Title: string; ChairId?: number | null; MembersId?: number[] | null }[]>();
    const groups = Promise.all(PUBLISHER_GROUPS.map((g) => sp.web.siteGroups.getByName(GROUPS[g]).users.select('Id')<{ Id: number }[]>()));
    return Promise.all([groups, comites]).then(([lists, rows]) => {
      const byUser = new Map<number, GroupKey[]>();
      lists.forEach((users, i) => users.forEach((u) => byUser.set(u.Id, (byUser.get(u.Id) || []).concat([PUBLISHER_GROUPS[i]]))));
      const people = rows.map((r) => [r.Title, (typeof r.ChairId === 'number' ? [r.ChairId] : []).concat(r.MembersId || [])] as [string, number[]]);
      return { groups: byUser, comites: new Map(people) };
    });
  }

  private counts(publishers: Publishers) {
    return (kind: ReportKind, authorId: number): boolean => {
      const info = reportKind(kind);
      const author = { id: authorId, groups: publishers.groups.get(authorId) || [] };
      return reportCounts(kind, author, info.comite ? publishers.comites.get(info.name) || [] : null);
    };
  }

  /** Queues one page of published reports, newest meeting first; `before` continues after the last one shown. */
  private readPage(sp: SPFI, kind: ReportKind | null, before: { date: BrusselsDate; seen: number[] } | null): Promise<ReportJson[]> {
    const filters: string[] = [];
    // the indexed date first: it narrows a long list on its own, the kind narrows further
    if (before) filters.push(`${R.MeetingDate} le ${dateLiteral(toDateField(before.date))}`);
    if (kind) filters.push(`${R.Kind} eq ${literal(reportKind(kind).name)}`);
    let query = this.reports(sp).select(...SUMMARY_SELECT).expand('Author').orderBy(R.MeetingDate, false).orderBy('ID', false);
    if (filters.length > 0) query = query.filter(filters.join(' and '));
    return query.top(REPORT_PAGE_SIZE + 1 + (before ? before.seen.length : 0))<ReportJson[]>();
  }

  private pageOf(rows: ReportJson[], publishers: Publishers, kind: ReportKind | null, seen: number[]): ReportPage {
    const fresh = rows.filter((r) => seen.indexOf(r.Id) < 0);
    const items = fresh
      .slice(0, REPORT_PAGE_SIZE)
      .map((r) => toSummary(r, this.counts(publishers)))
      .filter((r): r is NonNullable<typeof r> => r !== null);
    if (fresh.length <= REPORT_PAGE_SIZE || items.length === 0) return { items, next: null };
    const last = items[items.length - 1];
    const shown = seen.concat(items.filter((i) => i.meetingDate === last.meetingDate).map((i) => i.id));
    return {
      items,
      next: async () => {
        const [more, people] = await inOneRoundTrip(this.sp, (b) => Promise.all([this.readPage(b, kind, { date: last.meetingDate, seen: shown }), this.readPublishers(b)]));
        return this.pageOf(more, people, kind, shown);
      },
    };
  }

  public async home(kind: ReportKind | null): Promise<VerslagenHome> {
    const [me, rows, publishers, drafts] = await inOneRoundTrip(this.sp, (b) =>
      Promise.all([
        this.viewer.membership(),
        this.readPage(b, kind, null),
        this.readPublishers(b),
        // staff have no access to the drafts: SharePoint refuses, and they see none
        this.drafts(b)
          .select(...DRAFT_SELECT)
          .expand('Editor')
          .orderBy(C.MeetingDate, false)
          .top(50)<DraftJson[]>()
          .catch((error: unknown) => {
            if (httpStatus(error) === 403 || httpStatus(error) === 404) return [] as DraftJson[];
            throw error;
          }),
      ]),
    );
    return {
      me,
      published: this.pageOf(rows, publishers, kind, []),
      drafts: drafts.map(toDraft).filter((d): d is DraftReport => d !== null),
    };
  }

  public async report(id: number): Promise<ReportDetail> {
    const [me, row, publishers] = await inOneRoundTrip(this.sp, (b) =>
      Promise.all([this.viewer.membership(), this.reports(b).getById(id).select(...REPORT_SELECT).expand('Author')<ReportJson>(), this.readPublishers(b)]),
    );
    const summary = toSummary(row, this.counts(publishers));
    if (!summary) throw Object.assign(new Error(`Verslag ${id} has an unknown kind`), { status: 404 });
    return { me, report: toReport(row, summary) };
  }

  public async draft(id: number): Promise<DraftDetail> {
    const [me, row] = await inOneRoundTrip(this.sp, (b) => Promise.all([this.viewer.membership(), this.drafts(b).getById(id).select(...DRAFT_SELECT).expand('Editor')<DraftJson>()]));
    const draft = toDraft(row);
    if (!draft) throw Object.assign(new Error(`Concept ${id} has an unknown kind`), { status: 404 });
    return { me, draft };
  }

  /** What a report of the kind records for its date, read from the decision log, the Berichten and the Korpsrichtlijnen. */
  private async contentFor(kind: ReportKind, meetingDate: BrusselsDate): Promise<ReportContent> {
    const generated = reportKind(kind).generated;
    if (generated === 'meeting') {
      const lines = await decisionLinesBetween(this.sp, brusselsInstant(meetingDate, '00:00'), brusselsInstant(addCalendarDays(meetingDate, 1), '00:00'));
      return { entries: meetingEntries(lines, meetingDate), messages: [], directives: [] };
    }
    if (generated === 'month') {
      const month = monthOf(meetingDate);
      const range = monthRange(month);
      const from = brusselsInstant(range.from, '00:00');
      const to = brusselsInstant(range.to, '00:00');
      const [lines, messages, directives] = await Promise.all([
        decisionLinesBetween(this.sp, from, to),
        this.sp.web.lists
          .getByTitle(BERICHTEN.title)
          .items.select('Id', BERICHT.Title, BERICHT.PublishedAt)
          .filter(`${BERICHT.PublishedAt} ge ${dateLiteral(from)} and ${BERICHT.PublishedAt} lt ${dateLiteral(to)}`)
          .orderBy(BERICHT.PublishedAt, true)
          .top(200)<{ Id: number; Title: string; PublishedAt: string }[]>(),
        this.sp.web.lists
          .getByTitle(KORPSRICHTLIJNEN.title)
          .items.select('Id', DIRECTIVE.Title, DIRECTIVE.DirectiveNumber, DIRECTIVE.VersionMajor, DIRECTIVE.VersionMinor, DIRECTIVE.PublishedAt, DIRECTIVE.Status)
          .filter(`${DIRECTIVE.PublishedAt} ge ${dateLiteral(from)} and ${DIRECTIVE.PublishedAt} lt ${dateLiteral(to)}`)
          .orderBy(DIRECTIVE.PublishedAt, true)
          .top(200)<{ Id: number; Title: string; DirectiveNumber: string; VersionMajor: number; VersionMinor: number; PublishedAt: string; Status: string }[]>(),
      ]);
      return {
        entries: monthEntries(lines, month),
        messages: messages.map((m): NewsletterMessage => ({ id: m.Id, title: m.Title, publishedAt: m.PublishedAt })),
        directives: directives
          .filter((d) => d.Status === 'Gepubliceerd')
          .map((d): NewsletterDirective => ({ id: d.Id, number: d.DirectiveNumber, title: d.Title, version: `${d.VersionMajor}.${d.VersionMinor}`, publishedAt: d.PublishedAt })),
      };
    }
    return { entries: [], messages: [], directives: [] };
  }

  public async startDraft(kind: ReportKind, meetingDate: BrusselsDate): Promise<number> {
    const me = await this.viewer.membership();
    if (!mayWriteReport(kind, me.groups)) throw new ReportNotAllowedError('write');
    // a newsletter is the month's: its date is the month's first day
    const date = kind === 'nieuwsbrief' ? monthRange(monthOf(meetingDate)).from : meetingDate;
    if (date > brusselsDateOf(this.now())) throw new ReportIncompleteError(['futureMeeting']);
    // one report per kind and meeting: a published one is not drafted again
    const published: { Id: number }[] = await this.reports().select('Id').filter(`ClientId eq ${literal(reportClientId(kind, date))}`).top(1)();
    if (published.length > 0) throw new ReportExistsError(published[0].Id);
    const content = await this.contentFor(kind, date);
    const comiteFeedback = reportKind(kind).comiteFeedback ? await this.comiteFeedbackBefore(date) : '';
    const created = await createOnce(this.sp, VERSLAGCONCEPTEN.title, {
      // one draft per kind and date: starting it again (a retry, a second click, a colleague) finds the first
      ClientId: `concept-${kind}-${date}`,
      [C.Title]: storedTitle(kind, date),
      [C.Kind]: reportKind(kind).name,
      [C.MeetingDate]: toDateField(date),
      [C.Content]: JSON.stringify(content),
      [C.ProposalKey]: proposalKey(content),
      [C.ComiteFeedback]: comiteFeedback,
      [C.DraftStatus]: 'Concept',
    });
    return created.Id;
  }

  /** The comités' reports published since the previous diensthoofdenoverleg (at most a month back), as the draft's start. */
  private async comiteFeedbackBefore(date: BrusselsDate): Promise<string> {
    const rows = await this.reports()
      .select('Id', R.Kind, R.MeetingDate, R.Body, R.FixedItem)
      .filter(`${R.MeetingDate} ge ${dateLiteral(toDateField(addCalendarDays(date, -31)))} and ${R.MeetingDate} le ${dateLiteral(toDateField(date))}`)
      .orderBy(R.MeetingDate, true)
      .top(200)<ReportJson[]>();
    const previous = rows.filter((r) => reportKindOfName(r.Kind) === 'diensthoofdenoverleg').map((r) => fromDateField(r.MeetingDate) || '');
    const since = previous.length > 0 ? previous[previous.length - 1] : '';
    const comites = rows.filter((r) => {
      const kind = reportKindOfName(r.Kind);
      return kind !== null && reportKind(kind).comite === true && (fromDateField(r.MeetingDate) || '') > since;
    });
    return comiteFeedbackText(comites.map((r) => ({ name: r.Kind || '', meetingDate: fromDateField(r.MeetingDate) || '', body: r.Body || '', fixedItem: r.FixedItem || '' })));
  }

  private textFields(text: ReportText) {
    return { [C.Body]: text.body.trim(), [C.FixedItem]: text.fixedItem.trim(), [C.ComiteFeedback]: text.comiteFeedback.trim() };
  }

  public async saveDraft(draft: DraftReport, text: ReportText): Promise<string> {
    const updated = await this.drafts().getById(draft.id).update(this.textFields(text), draft.etag);
    return updated.etag;
  }

  public async refreshDraft(draft: DraftReport): Promise<string> {
    const content = await this.contentFor(draft.kind, draft.text.meetingDate);
    const updated = await this.drafts()
      .getById(draft.id)
      .update({ [C.Content]: JSON.stringify(content), [C.ProposalKey]: proposalKey(content) }, draft.etag);
    return updated.etag;
  }

  private check(draft: DraftReport, text: ReportText): void {
    const problems = reportProblems(draft.kind, text, draft.content, brusselsDateOf(this.now()));
    if (problems.length > 0) throw new ReportIncompleteError(problems);
  }

  public async submitDraft(draft: DraftReport, text: ReportText): Promise<string> {
    const me = await this.viewer.membership();
    if (!mayWriteReport(draft.kind, me.groups)) throw new ReportNotAllowedError('submit');
    this.check(draft, text);
    const updated = await this.drafts()
      .getById(draft.id)
      .update({ ...this.textFields(text), [C.DraftStatus]: 'Ter goedkeuring' }, draft.etag);
    return updated.etag;
  }

  public async publish(draft: DraftReport): Promise<number> {
    const me: Membership = await this.viewer.membership();
    if (!mayPublishReport(draft.kind, me.groups)) throw new ReportNotAllowedError('publish');
    if (draft.status !== 'Ter goedkeuring') throw new ReportNotAllowedError('publish');
    // publish what the approver read: a draft changed meanwhile is a conflict, not a silent publication of other text
    const current = await this.drafts().getById(draft.id).select('Id')<{ 'odata.etag'?: string }>();
    if (current['odata.etag'] && current['odata.etag'] !== draft.etag) throw Object.assign(new Error(`Concept ${draft.id} is intussen gewijzigd.`), { status: 412 });
    this.check(draft, draft.text);
    const created = await createOnce(this.sp, VERSLAGEN.title, {
      // one report per kind and meeting: a retry, or a second approver at the same moment, finds the first
      ClientId: reportClientId(draft.kind, draft.text.meetingDate),
      [R.Title]: draft.title,
      [R.Kind]: reportKind(draft.kind).name,
      [R.MeetingDate]: toDateField(draft.text.meetingDate),
      [R.Body]: draft.text.body,
      [R.FixedItem]: draft.text.fixedItem,
      [R.ComiteFeedback]: draft.text.comiteFeedback,
      [R.Content]: JSON.stringify(draft.content),
      [R.ProposalKey]: proposalKey(draft.content),
      [R.PublishedAt]: this.now().toISOString(),
      [R.WrittenBy]: draft.editor.name,
    });
    // the report is the record now; the draft has served (the ETag read: a draft changed meanwhile is not lost)
    await this.drafts().getById(draft.id).delete(draft.etag);
    return created.Id;
  }
}
