import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/security/item';
import { newClientId } from '../clientId';
import { createOnce } from '../createOnce';
import { secureItem } from '../itemSecurity';
import { loadSecurityContext } from '../permissions';
import { settle } from '../provisioning/batch';
import { readMembership, type Membership } from '../registers/membership';
import { AANDACHTSPUNTEN, BELEIDSTEKSTEN, BERICHTEN, CONCEPT_DIRECTIVE_SECURITY, KENNISNAMES, KORPSRICHTLIJNEN } from '../schema';
import { acknowledgementReport, draftProblems, matchesDirective, nextVersion } from './directiveRules';
import {
  ACK,
  ACK_SELECT,
  DIRECTIVE,
  DIRECTIVE_SELECT,
  DIRECTIVE_SUMMARY_SELECT,
  MESSAGE,
  MESSAGE_SELECT,
  TEXT,
  TEXT_SELECT,
  THEME,
  THEME_SELECT,
  toAcknowledgement,
  toDirective,
  toDirectiveSummary,
  toMessage,
  toPolicyText,
  toTheme,
  type ItemJson,
} from './mapper';
import { inOneRoundTrip } from './oneRoundTrip';
import { DuplicateDirectiveNumberError, type PolicyRepository } from './PolicyRepository';
import { plainText, textToHtml } from './richText';
import { readDienst, readRoster } from './staffDirectory';
import type {
  Acknowledgement,
  AcknowledgementReport,
  Directive,
  DirectiveDetail,
  DirectiveDraft,
  DirectiveListData,
  DirectivePage,
  DirectiveQuery,
  DirectiveSummary,
  PolicyHome,
  Theme,
  ThemeDetail,
  VersionChange,
} from './types';

/** Korpsrichtlijnen shown per page. */
const DIRECTIVE_PAGE_SIZE = 20;
/** Korpsrichtlijnen read per request while searching (the theme and text filters run on what is read). */
const SCAN_SIZE = 50;
/** Requests one search may make before it hands back a "continue" cursor. */
const MAX_SCANS = 10;
/** Messages and korpsrichtlijnen on the home page. */
const HOME_LATEST = 5;
/** More than the policy has texts (about 45) and themes (10): these lists are read in one page. */
const TEXT_PAGE = 200;
const THEME_PAGE = 30;
/** Acknowledgements read with a korpsrichtlijn; a reader sees only their own, an overseer up to this many of everyone's. */
const ACK_PAGE = 100;
/** Acknowledgements per request when the report reads all of one version. */
const ACK_REPORT_PAGE = 1000;

const odataString = (value: string): string => `'${value.replace(/'/g, "''")}'`;
const items = (sp: SPFI, listTitle: string) => sp.web.lists.getByTitle(listTitle).items;
const notFound = (what: string): Error => Object.assign(new Error(`${what} bestaat niet.`), { status: 404 });

function readThemes(sp: SPFI): Promise<ItemJson<'Aandachtspunten'>[]> {
  return items(sp, AANDACHTSPUNTEN.title).select(...THEME_SELECT).orderBy(THEME.ThemeNumber).top(THEME_PAGE)();
}

/** One request of a search: the korpsrichtlijnen in a status after a number, in number order (both columns indexed). */
function readDirectiveRows(sp: SPFI, query: DirectiveQuery, after: string | undefined): Promise<ItemJson<'Korpsrichtlijnen'>[]> {
  const filter = [`${DIRECTIVE.Status} eq ${odataString(query.status)}`];
  if (after) filter.push(`${DIRECTIVE.DirectiveNumber} gt ${odataString(after)}`);
  // the body is only read when the search needs it: it is the heavy part of an item
  const select = query.text ? DIRECTIVE_SUMMARY_SELECT.concat([DIRECTIVE.Body]) : DIRECTIVE_SUMMARY_SELECT;
  return items(sp, KORPSRICHTLIJNEN.title)
    .select(...select)
    .filter(filter.join(' and '))
    .orderBy(DIRECTIVE.DirectiveNumber)
    .top(SCAN_SIZE)();
}

/** The PnPjs implementation of {@link PolicyRepository}. */
export class SPPolicyRepository implements PolicyRepository {
  public constructor(private readonly sp: SPFI) {}

  public loadHome(): Promise<PolicyHome> {
    return inOneRoundTrip(this.sp, (b) =>
      Promise.all([
        items(b, BELEIDSTEKSTEN.title).select(...TEXT_SELECT).orderBy(TEXT.SortOrder).top(TEXT_PAGE)<ItemJson<'Beleidsteksten'>[]>(),
        readThemes(b),
        items(b, BERICHTEN.title).select(...MESSAGE_SELECT).orderBy(MESSAGE.PublishedAt, false).top(HOME_LATEST)<ItemJson<'Berichten'>[]>(),
        items(b, KORPSRICHTLIJNEN.title)
          .select(...DIRECTIVE_SUMMARY_SELECT)
          .filter(`${DIRECTIVE.Status} eq 'Gepubliceerd'`)
          .orderBy(DIRECTIVE.PublishedAt, false)
          .top(HOME_LATEST)<ItemJson<'Korpsrichtlijnen'>[]>(),
      ]),
    ).then(([texts, themes, messages, directives]) => ({
      texts: texts.map(toPolicyText),
      themes: themes.map(toTheme),
      messages: messages.map(toMessage),
      recentDirectives: directives.map(toDirectiveSummary),
    }));
  }

  public async loadTheme(themeNumber: number): Promise<ThemeDetail> {
    const query: DirectiveQuery = { status: 'Gepubliceerd' };
    const [found, rows] = await inOneRoundTrip(this.sp, (b) =>
      Promise.all([
        items(b, AANDACHTSPUNTEN.title).select(...THEME_SELECT).filter(`${THEME.ThemeNumber} eq ${themeNumber}`).top(1)<ItemJson<'Aandachtspunten'>[]>(),
        readDirectiveRows(b, query, undefined),
      ]),
    );
    if (!found[0]) throw notFound(`Aandachtspunt ${themeNumber}`);
    const theme = toTheme(found[0]);
    return { theme, directives: await this.collect({ ...query, themeId: theme.id }, rows, undefined) };
  }

  public async loadThemes(): Promise<Theme[]> {
    return (await readThemes(this.sp)).map(toTheme);
  }

  public async loadDirectiveList(query: DirectiveQuery): Promise<DirectiveListData> {
    const [themes, me, rows] = await inOneRoundTrip(this.sp, (b) => Promise.all([readThemes(b), readMembership(b), readDirectiveRows(b, query, undefined)]));
    return { themes: themes.map(toTheme), me, page: await this.collect(query, rows, undefined) };
  }

  public async findDirectives(query: DirectiveQuery, after?: string): Promise<DirectivePage> {
    return this.collect(query, await readDirectiveRows(this.sp, query, after), after);
  }

  /**
   * Gathers one page of matches, reading on in number order while the page is not full (the theme and text filters
   * cannot run in SharePoint: multi-value lookups and rich text are not filterable), at most {@link MAX_SCANS} reads.
   */
  private async collect(query: DirectiveQuery, firstRows: ItemJson<'Korpsrichtlijnen'>[], after: string | undefined): Promise<DirectivePage> {
    const found: DirectiveSummary[] = [];
    let rows = firstRows;
    let cursor = after;
    for (let round = 1; ; round++) {
      rows.forEach((row) => {
        const directive = toDirectiveSummary(row);
        if (matchesDirective(directive, row.Body ? plainText(row.Body) : '', query)) found.push(directive);
      });
      if (found.length > DIRECTIVE_PAGE_SIZE) return { items: found.slice(0, DIRECTIVE_PAGE_SIZE), next: found[DIRECTIVE_PAGE_SIZE - 1].number };
      if (rows.length < SCAN_SIZE) return { items: found };
      cursor = rows[rows.length - 1].DirectiveNumber ?? cursor;
      if (found.length === DIRECTIVE_PAGE_SIZE || round >= MAX_SCANS) return { items: found, next: cursor };
      rows = await readDirectiveRows(this.sp, query, cursor);
    }
  }

  public async loadDirective(id: number): Promise<DirectiveDetail> {
    const [row, themes, me, acks] = await inOneRoundTrip(this.sp, (b) =>
      Promise.all([
        items(b, KORPSRICHTLIJNEN.title).getById(id).select(...DIRECTIVE_SELECT)<ItemJson<'Korpsrichtlijnen'>>(),
        readThemes(b),
        readMembership(b),
        items(b, KENNISNAMES.title)
          .select(...ACK_SELECT)
          .filter(`${ACK.Directive}Id eq ${id}`)
          .orderBy('ID', false)
          .top(ACK_PAGE)<ItemJson<'Kennisnames'>[]>(),
      ]),
    );
    let mine = acks.map(toAcknowledgement).filter((a) => a.employeeId === me.userId);
    // a reader only ever sees their own acknowledgements; an overseer sees everyone's and may need a second look
    if (!mine.length && acks.length === ACK_PAGE) mine = await this.readOwnAcknowledgements(id, me.userId);
    return { directive: toDirective(row), themes: themes.map(toTheme), me, myAcknowledgements: mine };
  }

  private async readOwnAcknowledgements(directiveId: number, userId: number, sp: SPFI = this.sp): Promise<Acknowledgement[]> {
    const rows = await items(sp, KENNISNAMES.title)
      .select(...ACK_SELECT)
      .filter(`${ACK.Directive}Id eq ${directiveId} and ${ACK.Employee}Id eq ${userId}`)
      .top(ACK_PAGE)<ItemJson<'Kennisnames'>[]>();
    return rows.map(toAcknowledgement);
  }

  public async acknowledge(directive: Directive, me: Membership, at: Date = new Date()): Promise<Acknowledgement> {
    // the dienst on the record serves SharePoint's own views of the list; the acknowledgement never fails on it
    const [dienst, existing] = await inOneRoundTrip(this.sp, (b) =>
      Promise.all([settle(readDienst(b, me.userId)), this.readOwnAcknowledgements(directive.id, me.userId, b)]),
    );
    // another tab or device may have acknowledged this version already: never a second item for it
    const done = existing.filter((a) => a.versionMajor === directive.versionMajor)[0];
    if (done) return done;
    const created = await createOnce(this.sp, KENNISNAMES.title, {
      ClientId: newClientId(),
      [ACK.Title]: `${directive.number} v${directive.versionMajor} – ${me.name}`,
      [`${ACK.Directive}Id`]: directive.id,
      [ACK.VersionMajor]: directive.versionMajor,
      [`${ACK.Employee}Id`]: me.userId,
      [ACK.Dienst]: (dienst.ok && dienst.value) || null,
      [ACK.AcknowledgedAt]: at.toISOString(),
    });
    return toAcknowledgement(created as ItemJson<'Kennisnames'>);
  }

  public async loadAcknowledgementReport(directive: Directive): Promise<AcknowledgementReport> {
    const versionFilter = `${ACK.Directive}Id eq ${directive.id} and ${ACK.VersionMajor} eq ${directive.versionMajor}`;
    const page = (sp: SPFI, afterId: number) =>
      items(sp, KENNISNAMES.title)
        .select(...ACK_SELECT)
        .filter(`${versionFilter} and ID gt ${afterId}`)
        .orderBy('ID')
        .top(ACK_REPORT_PAGE)<ItemJson<'Kennisnames'>[]>();
    const [roster, first] = await inOneRoundTrip(this.sp, (b) => Promise.all([readRoster(b), page(b, 0)]));
    const rows = first.slice();
    for (let last = rows; last.length === ACK_REPORT_PAGE; ) {
      last = await page(this.sp, last[last.length - 1].Id);
      rows.push(...last);
    }
    return acknowledgementReport(roster, rows.map(toAcknowledgement), directive.versionMajor);
  }

  public async createDirective(draft: DirectiveDraft): Promise<number> {
    this.assertValid(draft, 'Concept');
    const [me] = await inOneRoundTrip(this.sp, (b) =>
      Promise.all([b.web.currentUser.select('Id')<{ Id: number }>(), this.assertNumberFree(b, draft.number)]),
    );
    const created = await createOnce(this.sp, KORPSRICHTLIJNEN.title, {
      ClientId: newClientId(),
      ...this.draftFields(draft),
      [DIRECTIVE.Status]: 'Concept',
      [DIRECTIVE.VersionMajor]: 1,
      [DIRECTIVE.VersionMinor]: 0,
      [`${DIRECTIVE.Owner}Id`]: me.Id,
    });
    try {
      const security = await loadSecurityContext(this.sp);
      await secureItem(this.sp, security, { ...KORPSRICHTLIJNEN, itemSecurity: CONCEPT_DIRECTIVE_SECURITY }, created.Id, created);
    } catch (error) {
      // a concept that every reader could see is not stored half: it goes, and the author tries again
      await items(this.sp, KORPSRICHTLIJNEN.title).getById(created.Id).delete();
      throw error;
    }
    return created.Id;
  }

  public async saveDirective(directive: Directive, draft: DirectiveDraft, change: VersionChange, at: Date = new Date()): Promise<void> {
    this.assertValid(draft, directive.status);
    if (draft.number.trim() !== directive.number) await this.assertNumberFree(this.sp, draft.number);
    const version = nextVersion(directive, change);
    const republished = directive.status === 'Gepubliceerd' && change === 'major';
    await items(this.sp, KORPSRICHTLIJNEN.title)
      .getById(directive.id)
      .update(
        {
          ...this.draftFields(draft),
          [DIRECTIVE.VersionMajor]: version.versionMajor,
          [DIRECTIVE.VersionMinor]: version.versionMinor,
          ...(republished ? { [DIRECTIVE.PublishedAt]: at.toISOString() } : {}),
        },
        directive.etag,
      );
  }

  public async publishDirective(directive: Directive, at: Date = new Date()): Promise<void> {
    const item = items(this.sp, KORPSRICHTLIJNEN.title).getById(directive.id);
    const updated = await item.update({ [DIRECTIVE.Status]: 'Gepubliceerd', [DIRECTIVE.PublishedAt]: at.toISOString() }, directive.etag);
    try {
      await item.resetRoleInheritance();
    } catch (error) {
      // published but still hidden would tell readers nothing: back to concept, and the author tries again
      await item.update({ [DIRECTIVE.Status]: 'Concept', [DIRECTIVE.PublishedAt]: directive.publishedAt ?? null }, updated.etag);
      throw error;
    }
  }

  public async archiveDirective(directive: Directive): Promise<void> {
    await items(this.sp, KORPSRICHTLIJNEN.title).getById(directive.id).update({ [DIRECTIVE.Status]: 'Gearchiveerd' }, directive.etag);
  }

  private draftFields(draft: DirectiveDraft): Record<string, unknown> {
    return {
      [DIRECTIVE.Title]: draft.title.trim(),
      [DIRECTIVE.DirectiveNumber]: draft.number.trim(),
      [DIRECTIVE.Summary]: draft.summary.trim(),
      [DIRECTIVE.Body]: textToHtml(draft.body),
      [`${DIRECTIVE.Themes}Id`]: draft.themeIds,
      [DIRECTIVE.RequiresAcknowledgement]: draft.requiresAcknowledgement,
    };
  }

  private assertValid(draft: DirectiveDraft, status: Directive['status']): void {
    const problems = draftProblems(draft, status);
    const fields = Object.keys(problems);
    if (fields.length) throw Object.assign(new Error(`Ongeldige korpsrichtlijn: ${fields.join(', ')}`), { status: 400 });
  }

  private async assertNumberFree(sp: SPFI, number: string): Promise<void> {
    const taken = await items(sp, KORPSRICHTLIJNEN.title)
      .select('Id')
      .filter(`${DIRECTIVE.DirectiveNumber} eq ${odataString(number.trim())}`)
      .top(1)<{ Id: number }[]>();
    if (taken.length) throw new DuplicateDirectiveNumberError(number.trim());
  }
}
