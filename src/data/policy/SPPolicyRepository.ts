import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/security/item';
import { newClientId } from '../clientId';
import { createOnce } from '../createOnce';
import { httpStatus } from '../errors';
import { settle } from '../provisioning/batch';
import { Viewer, type Membership } from '../membership';
import { AANDACHTSPUNTEN, BELEIDSTEKSTEN, BERICHTEN, KENNISNAMES, KORPSRICHTLIJNEN, RICHTLIJNCONCEPTEN } from '../schema/policy';
import { acknowledgementReport, draftProblems, matchesDirective, needsAcknowledgement, nextVersion } from '../../domain/policy/directiveRules';
import {
  ACK,
  ACK_EXPAND,
  ACK_SELECT,
  CONCEPT,
  CONCEPT_SELECT,
  CONCEPT_SUMMARY_SELECT,
  conceptChange,
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
  toConcept,
  toDirective,
  toDirectiveSummary,
  toMessage,
  toPolicyText,
  toTheme,
  type ItemJson,
} from './mapper';
import { inOneRoundTrip } from '../oneRoundTrip';
import { DuplicateDirectiveNumberError, type PolicyRepository } from './PolicyRepository';
import { plainText, textToHtml } from '../../domain/policy/richText';
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
/** Korpsrichtlijnen that ask for an acknowledgement, read with the home (a zone has a few dozen). */
const TO_READ_PAGE = 200;
/** The newest acknowledgements read with the home: a reader sees only their own, an overseer everyone's. */
const HOME_ACK_PAGE = 500;
/** Acknowledgements per request when the report reads all of one version. */
const ACK_REPORT_PAGE = 1000;

const odataString = (value: string): string => `'${value.replace(/'/g, "''")}'`;
const items = (sp: SPFI, listTitle: string) => sp.web.lists.getByTitle(listTitle).items;
const notFound = (what: string): Error => Object.assign(new Error(`${what} bestaat niet.`), { status: 404 });
const conflict = (what: string): Error => Object.assign(new Error(`${what} is intussen gewijzigd.`), { status: 412 });

/** A row of a search: the summary and, when the search needs it, the body's HTML. */
interface DirectiveRow {
  summary: DirectiveSummary;
  body?: string | null;
}

function readThemes(sp: SPFI): Promise<ItemJson<'Aandachtspunten'>[]> {
  return items(sp, AANDACHTSPUNTEN.title).select(...THEME_SELECT).orderBy(THEME.ThemeNumber).top(THEME_PAGE)();
}

/**
 * One request of a search, in number order after a number (indexed columns): published and archived korpsrichtlijnen
 * from Korpsrichtlijnen, concepts from Richtlijnconcepten. Whoever may not read the concepts (staff) finds none there.
 */
function readDirectiveRows(sp: SPFI, query: DirectiveQuery, after: string | undefined): Promise<DirectiveRow[]> {
  const afterFilter = after ? `${DIRECTIVE.DirectiveNumber} gt ${odataString(after)}` : '';
  if (query.status === 'Concept') {
    // the body is only read when the search needs it: it is the heavy part of an item
    const select = query.text ? CONCEPT_SUMMARY_SELECT.concat([CONCEPT.Body]) : CONCEPT_SUMMARY_SELECT;
    let rows = items(sp, RICHTLIJNCONCEPTEN.title).select(...select);
    if (afterFilter) rows = rows.filter(afterFilter);
    return rows
      .orderBy(CONCEPT.DirectiveNumber)
      .top(SCAN_SIZE)<ItemJson<'Richtlijnconcepten'>[]>()
      .then(
        (found) => found.map((row) => ({ summary: summaryOf(toConcept(row)), body: row.Body })),
        (error: unknown) => {
          // the list exists only for the Juridische dienst and the beheerders: for anyone else there is nothing to find
          if (httpStatus(error) === 403 || httpStatus(error) === 404) return [];
          throw error;
        },
      );
  }
  const filter = [`${DIRECTIVE.Status} eq ${odataString(query.status)}`];
  if (afterFilter) filter.push(afterFilter);
  const select = query.text ? DIRECTIVE_SUMMARY_SELECT.concat([DIRECTIVE.Body]) : DIRECTIVE_SUMMARY_SELECT;
  return items(sp, KORPSRICHTLIJNEN.title)
    .select(...select)
    .filter(filter.join(' and '))
    .orderBy(DIRECTIVE.DirectiveNumber)
    .top(SCAN_SIZE)<ItemJson<'Korpsrichtlijnen'>[]>()
    .then((found) => found.map((row) => ({ summary: toDirectiveSummary(row), body: row.Body })));
}

/** A directive's summary without its text and ETag. */
function summaryOf(directive: Directive): DirectiveSummary {
  const { body: _body, etag: _etag, modified: _modified, ownerId: _owner, revision: _revision, ...summary } = directive;
  return summary;
}

/** The PnPjs implementation of {@link PolicyRepository}. */
export class SPPolicyRepository implements PolicyRepository {
  public constructor(
    private readonly sp: SPFI,
    private readonly viewer: Viewer = new Viewer(sp),
  ) {}

  public async loadHome(): Promise<PolicyHome> {
    const [texts, themes, messages, directives, required, acks, me] = await inOneRoundTrip(this.sp, (b) =>
      Promise.all([
        items(b, BELEIDSTEKSTEN.title).select(...TEXT_SELECT).orderBy(TEXT.SortOrder).top(TEXT_PAGE)<ItemJson<'Beleidsteksten'>[]>(),
        readThemes(b),
        items(b, BERICHTEN.title).select(...MESSAGE_SELECT).orderBy(MESSAGE.PublishedAt, false).top(HOME_LATEST)<ItemJson<'Berichten'>[]>(),
        items(b, KORPSRICHTLIJNEN.title)
          .select(...DIRECTIVE_SUMMARY_SELECT)
          .filter(`${DIRECTIVE.Status} eq 'Gepubliceerd'`)
          .orderBy(DIRECTIVE.PublishedAt, false)
          .top(HOME_LATEST)<ItemJson<'Korpsrichtlijnen'>[]>(),
        items(b, KORPSRICHTLIJNEN.title)
          .select(...DIRECTIVE_SUMMARY_SELECT)
          .filter(`${DIRECTIVE.Status} eq 'Gepubliceerd' and ${DIRECTIVE.RequiresAcknowledgement} eq 1`)
          .orderBy(DIRECTIVE.DirectiveNumber)
          .top(TO_READ_PAGE)<ItemJson<'Korpsrichtlijnen'>[]>(),
        // Kennisnames shows a reader only their own items; newest first, so a full page of an overseer's holds the recent ones
        items(b, KENNISNAMES.title).select(...ACK_SELECT).expand(ACK_EXPAND).orderBy('ID', false).top(HOME_ACK_PAGE)<ItemJson<'Kennisnames'>[]>(),
        this.viewer.membership(),
      ]),
    );
    // an acknowledgement counts for its Author; an overseer's page may hold only other people's: then a second look
    let mine = acks.map(toAcknowledgement).filter((a) => a.authorId === me.userId);
    if (acks.length === HOME_ACK_PAGE) mine = await this.readOwnAcknowledgementsOf(me.userId);
    const summaries = required.map(toDirectiveSummary);
    return {
      texts: texts.map(toPolicyText),
      themes: themes.map(toTheme),
      messages: messages.map(toMessage),
      recentDirectives: directives.map(toDirectiveSummary),
      toAcknowledge: summaries.filter((d) => needsAcknowledgement(d, mine)),
    };
  }

  /** Every acknowledgement the user added (on the indexed person field, then checked on its Author). */
  private async readOwnAcknowledgementsOf(userId: number): Promise<Acknowledgement[]> {
    const rows = await items(this.sp, KENNISNAMES.title)
      .select(...ACK_SELECT)
      .expand(ACK_EXPAND)
      .filter(`${ACK.Employee}Id eq ${userId}`)
      .top(5000)<ItemJson<'Kennisnames'>[]>();
    return rows.map(toAcknowledgement).filter((a) => a.authorId === userId);
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
    const [themes, me, rows] = await inOneRoundTrip(this.sp, (b) => Promise.all([readThemes(b), this.viewer.membership(), readDirectiveRows(b, query, undefined)]));
    return { themes: themes.map(toTheme), me, page: await this.collect(query, rows, undefined) };
  }

  public async findDirectives(query: DirectiveQuery, after?: string): Promise<DirectivePage> {
    return this.collect(query, await readDirectiveRows(this.sp, query, after), after);
  }

  /**
   * Gathers one page of matches, reading on in number order while the page is not full (the theme and text filters
   * cannot run in SharePoint: multi-value lookups and rich text are not filterable), at most {@link MAX_SCANS} reads.
   */
  private async collect(query: DirectiveQuery, firstRows: DirectiveRow[], after: string | undefined): Promise<DirectivePage> {
    const found: DirectiveSummary[] = [];
    let rows = firstRows;
    let cursor = after;
    for (let round = 1; ; round++) {
      rows.forEach((row) => {
        if (matchesDirective(row.summary, row.body ? plainText(row.body) : '', query)) found.push(row.summary);
      });
      if (found.length > DIRECTIVE_PAGE_SIZE) return { items: found.slice(0, DIRECTIVE_PAGE_SIZE), next: found[DIRECTIVE_PAGE_SIZE - 1].number };
      if (rows.length < SCAN_SIZE) return { items: found };
      cursor = rows[rows.length - 1].summary.number || cursor;
      if (found.length === DIRECTIVE_PAGE_SIZE || round >= MAX_SCANS) return { items: found, next: cursor };
      rows = await readDirectiveRows(this.sp, query, cursor);
    }
  }

  public async loadDirective(id: number): Promise<DirectiveDetail> {
    const [row, themes, me, acks] = await inOneRoundTrip(this.sp, (b) =>
      Promise.all([
        items(b, KORPSRICHTLIJNEN.title).getById(id).select(...DIRECTIVE_SELECT)<ItemJson<'Korpsrichtlijnen'>>(),
        readThemes(b),
        this.viewer.membership(),
        items(b, KENNISNAMES.title)
          .select(...ACK_SELECT)
          .expand(ACK_EXPAND)
          .filter(`${ACK.Directive}Id eq ${id}`)
          .orderBy('ID', false)
          .top(ACK_PAGE)<ItemJson<'Kennisnames'>[]>(),
      ]),
    );
    // an acknowledgement is the reader's when they added it (Author), whatever person it names
    let mine = acks.map(toAcknowledgement).filter((a) => a.authorId === me.userId);
    // a reader only ever sees their own acknowledgements; an overseer sees everyone's and may need a second look
    if (!mine.length && acks.length === ACK_PAGE) mine = await this.readOwnAcknowledgements(id, me.userId);
    return { directive: toDirective(row), themes: themes.map(toTheme), me, myAcknowledgements: mine };
  }

  public async loadConcept(id: number): Promise<DirectiveDetail> {
    const [row, themes, me] = await inOneRoundTrip(this.sp, (b) =>
      Promise.all([items(b, RICHTLIJNCONCEPTEN.title).getById(id).select(...CONCEPT_SELECT)<ItemJson<'Richtlijnconcepten'>>(), readThemes(b), this.viewer.membership()]),
    );
    return { directive: toConcept(row), themes: themes.map(toTheme), me, myAcknowledgements: [] };
  }

  private async readOwnAcknowledgements(directiveId: number, userId: number, sp: SPFI = this.sp): Promise<Acknowledgement[]> {
    const rows = await items(sp, KENNISNAMES.title)
      .select(...ACK_SELECT)
      .expand(ACK_EXPAND)
      .filter(`${ACK.Directive}Id eq ${directiveId} and AuthorId eq ${userId}`)
      .top(ACK_PAGE)<ItemJson<'Kennisnames'>[]>();
    return rows.map(toAcknowledgement);
  }

  public async acknowledge(directive: Directive, me: Membership, at: Date = new Date()): Promise<Acknowledgement> {
    // the dienst on the record serves SharePoint's own views of the list (a display copy, like the person and the title)
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
    // the item SharePoint returns carries the author it recorded
    const stored = toAcknowledgement(created as ItemJson<'Kennisnames'>);
    return { ...stored, authorId: stored.authorId || me.userId, authorName: me.name };
  }

  public async loadAcknowledgementReport(directive: Directive): Promise<AcknowledgementReport> {
    const versionFilter = `${ACK.Directive}Id eq ${directive.id} and ${ACK.VersionMajor} eq ${directive.versionMajor}`;
    const page = (sp: SPFI, afterId: number) =>
      items(sp, KENNISNAMES.title)
        .select(...ACK_SELECT)
        .expand(ACK_EXPAND)
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
    this.assertValid(draft);
    const [me] = await inOneRoundTrip(this.sp, (b) =>
      Promise.all([b.web.currentUser.select('Id')<{ Id: number }>(), this.assertNumberFree(b, draft.number)]),
    );
    // created in Richtlijnconcepten: the list's own permissions apply from the first moment, no second request secures it
    const created = await createOnce(this.sp, RICHTLIJNCONCEPTEN.title, {
      ClientId: newClientId(),
      ...this.draftFields(draft),
      [`${CONCEPT.Owner}Id`]: me.Id,
    });
    return created.Id;
  }

  public async reviseDirective(directive: Directive): Promise<number> {
    if (directive.status !== 'Gepubliceerd') throw conflict(`Korpsrichtlijn ${directive.number}`);
    const [me, existing] = await inOneRoundTrip(this.sp, (b) =>
      Promise.all([
        b.web.currentUser.select('Id')<{ Id: number }>(),
        items(b, RICHTLIJNCONCEPTEN.title).select('Id').filter(`${CONCEPT.Directive}Id eq ${directive.id}`).top(1)<{ Id: number }[]>(),
      ]),
    );
    // one concept per korpsrichtlijn: a second "new version" opens the one being written
    if (existing[0]) return existing[0].Id;
    const created = await createOnce(this.sp, RICHTLIJNCONCEPTEN.title, {
      ClientId: newClientId(),
      [CONCEPT.Title]: directive.title,
      [CONCEPT.DirectiveNumber]: directive.number,
      [CONCEPT.Summary]: directive.summary,
      [CONCEPT.Body]: directive.body,
      [`${CONCEPT.Themes}Id`]: directive.themeIds,
      [CONCEPT.RequiresAcknowledgement]: directive.requiresAcknowledgement,
      [`${CONCEPT.Directive}Id`]: directive.id,
      [CONCEPT.VersionMajor]: directive.versionMajor,
      [CONCEPT.VersionMinor]: directive.versionMinor,
      [CONCEPT.Change]: conceptChange('minor'),
      [`${CONCEPT.Owner}Id`]: me.Id,
    });
    return created.Id;
  }

  public async saveConcept(concept: Directive, draft: DirectiveDraft, change: VersionChange = 'minor'): Promise<void> {
    if (concept.status !== 'Concept') throw conflict(`Korpsrichtlijn ${concept.number}`);
    this.assertValid(draft);
    // the number of a new version is the published one's; a new korpsrichtlijn's must stay free
    const number = concept.revision ? concept.number : draft.number.trim();
    if (number !== concept.number) await this.assertNumberFree(this.sp, number);
    await items(this.sp, RICHTLIJNCONCEPTEN.title)
      .getById(concept.id)
      .update(
        {
          ...this.draftFields({ ...draft, number }),
          ...(concept.revision ? { [CONCEPT.Change]: conceptChange(change) } : {}),
        },
        concept.etag,
      );
  }

  public async publishDirective(concept: Directive, at: Date = new Date()): Promise<number> {
    if (concept.status !== 'Concept') throw conflict(`Korpsrichtlijn ${concept.number}`);
    const revision = concept.revision;
    const [fresh, target] = await inOneRoundTrip(this.sp, (b) =>
      Promise.all([
        items(b, RICHTLIJNCONCEPTEN.title).getById(concept.id).select(...CONCEPT_SELECT)<ItemJson<'Richtlijnconcepten'>>(),
        revision
          ? items(b, KORPSRICHTLIJNEN.title)
              .getById(revision.directiveId)
              .select(...DIRECTIVE_SELECT, DIRECTIVE.ConceptId)<ItemJson<'Korpsrichtlijnen'>>()
              .then((row) => [row])
          : items(b, KORPSRICHTLIJNEN.title)
              .select('Id', DIRECTIVE.ConceptId)
              .filter(`${DIRECTIVE.DirectiveNumber} eq ${odataString(concept.number)}`)
              .top(1)<ItemJson<'Korpsrichtlijnen'>[]>(),
      ]),
    );
    // what is published is what the author saw: a concept changed since then is published only after a fresh look
    if ((fresh['odata.etag'] ?? '*') !== concept.etag) throw conflict(`Korpsrichtlijn ${concept.number}`);
    const current = toConcept(fresh);
    this.assertValid(this.draftOf(current), 'Gepubliceerd');
    const published = target[0];
    const done = published && published.ConceptId === concept.id;
    let publishedId: number;
    if (revision) {
      if (!published || published.Status !== 'Gepubliceerd') throw conflict(`Korpsrichtlijn ${concept.number}`);
      publishedId = published.Id;
      // retried after the concept could not be removed: the new version is in place already
      if (!done) {
        const version = nextVersion(toDirective(published), revision.change);
        await items(this.sp, KORPSRICHTLIJNEN.title)
          .getById(published.Id)
          .update(
            {
              ...this.publishedFields(current),
              [DIRECTIVE.VersionMajor]: version.versionMajor,
              [DIRECTIVE.VersionMinor]: version.versionMinor,
              // a new major version is a new publication, which asks everyone to acknowledge again
              ...(revision.change === 'major' ? { [DIRECTIVE.PublishedAt]: at.toISOString() } : {}),
            },
            published['odata.etag'] ?? '*',
          );
      }
    } else if (published) {
      if (!done) throw new DuplicateDirectiveNumberError(concept.number);
      publishedId = published.Id;
    } else {
      const created = await createOnce(this.sp, KORPSRICHTLIJNEN.title, {
        ClientId: `concept-${concept.id}`,
        ...this.publishedFields(current),
        [DIRECTIVE.DirectiveNumber]: current.number,
        [DIRECTIVE.Status]: 'Gepubliceerd',
        [DIRECTIVE.VersionMajor]: 1,
        [DIRECTIVE.VersionMinor]: 0,
        [DIRECTIVE.PublishedAt]: at.toISOString(),
        [`${DIRECTIVE.Owner}Id`]: current.ownerId ?? null,
      });
      publishedId = created.Id;
    }
    // the published version is the record now (with its version history); the concept has served. It goes to the
    // recycle bin, which shows it to the one who deleted it and the site collection administrators only; restored,
    // it is back in Richtlijnconcepten, and publishing it again is recognised by ConceptId
    await items(this.sp, RICHTLIJNCONCEPTEN.title).getById(concept.id).delete(concept.etag);
    return publishedId;
  }

  public async discardConcept(concept: Directive): Promise<void> {
    if (concept.status !== 'Concept') throw conflict(`Korpsrichtlijn ${concept.number}`);
    // to the recycle bin: restorable by the Juridische dienst, readable by nobody else
    await items(this.sp, RICHTLIJNCONCEPTEN.title).getById(concept.id).recycle();
  }

  public async archiveDirective(directive: Directive): Promise<void> {
    await items(this.sp, KORPSRICHTLIJNEN.title).getById(directive.id).update({ [DIRECTIVE.Status]: 'Gearchiveerd' }, directive.etag);
  }

  private draftOf(directive: Directive): DirectiveDraft {
    return {
      number: directive.number,
      title: directive.title,
      summary: directive.summary,
      body: plainText(directive.body),
      themeIds: directive.themeIds,
      requiresAcknowledgement: directive.requiresAcknowledgement,
    };
  }

  private draftFields(draft: DirectiveDraft): Record<string, unknown> {
    return {
      [CONCEPT.Title]: draft.title.trim(),
      [CONCEPT.DirectiveNumber]: draft.number.trim(),
      [CONCEPT.Summary]: draft.summary.trim(),
      [CONCEPT.Body]: textToHtml(draft.body),
      [`${CONCEPT.Themes}Id`]: draft.themeIds,
      [CONCEPT.RequiresAcknowledgement]: draft.requiresAcknowledgement,
    };
  }

  /** The fields a concept's publication writes into Korpsrichtlijnen (its text as stored, and where it came from). */
  private publishedFields(concept: Directive): Record<string, unknown> {
    return {
      [DIRECTIVE.Title]: concept.title,
      [DIRECTIVE.Summary]: concept.summary,
      [DIRECTIVE.Body]: concept.body,
      [`${DIRECTIVE.Themes}Id`]: concept.themeIds,
      [DIRECTIVE.RequiresAcknowledgement]: concept.requiresAcknowledgement,
      [DIRECTIVE.ConceptId]: concept.id,
    };
  }

  private assertValid(draft: DirectiveDraft, status: Directive['status'] = 'Concept'): void {
    const problems = draftProblems(draft, status);
    const fields = Object.keys(problems);
    if (fields.length) throw Object.assign(new Error(`Ongeldige korpsrichtlijn: ${fields.join(', ')}`), { status: 400 });
  }

  /** Refuses a number that a korpsrichtlijn or a concept has (queued on a root that may be batched). */
  private assertNumberFree(sp: SPFI, number: string): Promise<void> {
    const filter = `${DIRECTIVE.DirectiveNumber} eq ${odataString(number.trim())}`;
    return Promise.all([
      items(sp, KORPSRICHTLIJNEN.title).select('Id').filter(filter).top(1)<{ Id: number }[]>(),
      items(sp, RICHTLIJNCONCEPTEN.title).select('Id').filter(filter).top(1)<{ Id: number }[]>(),
    ]).then(([published, concepts]) => {
      if (published.length || concepts.length) throw new DuplicateDirectiveNumberError(number.trim());
    });
  }
}
