import type { ActionPoint, ActionPointUpdate, EvaluationInput, EvaluationInputDraft, Plan, PlanPriority, PlanPriorityUpdate } from '../../../src/data/plan/types';
import type { PlanRepository } from '../../../src/data/plan/PlanRepository';
import { acknowledgementReport, matchesDirective, needsAcknowledgement, nextVersion } from '../../../src/domain/policy/directiveRules';
import { DuplicateDirectiveNumberError, type PolicyRepository } from '../../../src/data/policy/PolicyRepository';
import { plainText, textToHtml } from '../../../src/domain/policy/richText';
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
  PolicyText,
  StaffMember,
  Theme,
  ThemeDetail,
  VersionChange,
} from '../../../src/data/policy/types';
import type { Membership } from '../../../src/data/membership';

/** A staff member who only reads. */
export const STAFF: Membership = { userId: 7, name: 'Jonas Maes', loginName: 'i:0#.f|membership|jonas.maes@pzcarma.be', groups: ['medewerkers'] };
/** A jurist of the Juridische dienst (writes korpsrichtlijnen). */
export const JURIST: Membership = { userId: 9, name: 'Sarah Leclercq', loginName: 'i:0#.f|membership|sarah.leclercq@pzcarma.be', groups: ['medewerkers', 'juridischeDienst'] };
/** An HR member (owns some operational objectives). */
export const HR_MEMBER: Membership = { userId: 11, name: 'Wim Hendrickx', loginName: 'i:0#.f|membership|wim.hendrickx@pzcarma.be', groups: ['medewerkers', 'hr'] };

export const THEMES: Theme[] = [
  { id: 1, number: 1, title: 'Attenties, aanbiedingen en incidentele vergoedingen, corruptie', body: '<p>Het aanvaarden van een attentie beïnvloedt een onafhankelijke opstelling. Meer tekst.</p>', action: 'Geschenk' },
  { id: 2, number: 2, title: 'Onverenigbare functies', body: '<p>Nevenactiviteiten worden vooraf aangegeven.</p><ul><li>portier</li><li>bijzonder veldwachter</li></ul>', action: 'Nevenactiviteit' },
  { id: 3, number: 3, title: 'Respect voor het materiaal', body: '<p>Schade meldt u aan Logistiek.</p>', action: 'Materiaalschade' },
  {
    id: 7,
    number: 7,
    title: 'Rechtmatig gebruik van de politionele info',
    body: '<p>Raadplegingen worden gelogd.</p><script>window.hacked = true</script><img src=x onerror="window.hacked=true">',
    action: 'Geen',
    callout: 'Elke raadpleging van operationele databanken wordt geregistreerd',
  },
];

const text = (id: number, key: string, section: PolicyText['section'], title: string, body: string, detail?: string): PolicyText => ({
  id,
  key,
  section,
  title,
  body: textToHtml(body),
  detail,
  order: id,
});

export const TEXTS: PolicyText[] = [
  text(1, 'inleiding', 'Inleiding', 'Inleiding', 'De korpsleiding van PZ CARMA wenst in te zetten op een bedrijfscultuur.', 'Korpsleiding PZ CARMA'),
  text(2, 'visie', 'Visie', 'Visie en doelstellingen', 'Voor een sterke politie is integriteit een must.\n\nIntegriteit is essentieel.\n\nHet woord integriteit komt van Integritas.', 'Integrity is doing the right thing when no one is watching'),
  text(3, 'kb-2006', 'Wettelijk kader', 'KB van 10.05.2006', 'Het KB van 10.05.2006 houdende vaststelling van de deontologische code.'),
  text(4, 'aandachtspunten-inleiding', 'Toelichting', 'Weerhouden aandachtspunten', 'Binnen het integriteitsbeleid worden 10 aandachtspunten weerhouden:'),
  text(5, 'beleidslijn-1', 'Beleidslijn', 'Hanteren van een transparant en efficiënt communicatiebeleid', ''),
  text(6, 'instrument-1', 'Instrument', 'Het uittekenen van processen', 'Het uittekenen van processen zoals het aankoopproces.'),
  text(7, 'bevraging', 'Mijlpaal timing', 'Bevraging diensthoofden', 'Bevraging diensthoofden jan-feb 2023', 'jan-feb 2023'),
  text(8, 'eindevaluatie', 'Mijlpaal evaluatie', 'Eindevaluatie', 'Eindevaluatie adhv input via\n- Werkgroep integriteit\n- Operationeel comité'),
];

const directive = (id: number, number: string, title: string, status: Directive['status'], extra: Partial<Directive> = {}): Directive => ({
  id,
  number,
  title,
  summary: `Samenvatting van ${title}`,
  status,
  versionMajor: 1,
  versionMinor: 0,
  themeIds: [],
  publishedAt: status === 'Concept' ? undefined : '2015-09-24T08:00:00Z',
  requiresAcknowledgement: true,
  body: `<p>Tekst van ${title}.</p>`,
  etag: '"1"',
  modified: '2026-01-01T00:00:00Z',
  ...extra,
});

/** The korpsrichtlijnen of the fake (published and archived: the list Korpsrichtlijnen), in number order. */
export function directives(): Directive[] {
  return [
    directive(1, 'KR-2015-01', 'Korpsrichtlijn integriteitsbeleid', 'Gepubliceerd', { themeIds: [1, 2, 3, 7] }),
    directive(2, 'KR-2019-02', 'Gebruik van sociale media', 'Gepubliceerd', {
      versionMajor: 2,
      versionMinor: 0,
      themeIds: [7],
      body: '<p>Deel nooit foto’s van interventies op Facebook.</p>',
    }),
    directive(3, 'KR-2020-01', 'Geschenken en attenties', 'Gepubliceerd', { themeIds: [1], versionMinor: 1 }),
    directive(5, 'KR-2010-03', 'Oude richtlijn dienstvoertuigen', 'Gearchiveerd', { themeIds: [3] }),
  ];
}

/** The concepts of the fake (the list Richtlijnconcepten: its own ids). */
export function concepts(): Directive[] {
  return [directive(4, 'KR-2026-01', 'Gebruik van geweld', 'Concept')];
}

export const ROSTER: StaffMember[] = [
  { id: 7, title: 'Jonas Maes', dienst: 'Interventie' },
  { id: 8, title: 'Lotte Wouters', dienst: 'Interventie' },
  { id: 9, title: 'Sarah Leclercq', dienst: 'Juridische dienst' },
  { id: 12, title: 'Nieuwe collega' },
];

const summaryOf = (d: Directive): DirectiveSummary => {
  const { body: _b, etag: _e, modified: _m, ownerId: _o, revision: _r, ...summary } = d;
  return summary;
};
const bump = (etag: string): string => `"${Number(etag.replace(/"/g, '')) + 1}"`;

/** An in-memory {@link PolicyRepository} that records what the views ask of it. */
export class FakePolicyRepository implements PolicyRepository {
  public readonly calls: string[] = [];
  public items = directives();
  public concepts = concepts();
  public acknowledgements: Acknowledgement[] = [];
  public me: Membership = STAFF;
  /** The next write fails with this error (e.g. a 412). */
  public failNext?: unknown;
  /** Search pages are this long. */
  public pageSize = 20;

  /** Concepts only for the Juridische dienst (the list's permissions). */
  private visible(): Directive[] {
    const author = this.me.groups.indexOf('juridischeDienst') >= 0;
    return this.items.concat(author ? this.concepts : []);
  }

  private fail(): void {
    const error = this.failNext;
    this.failNext = undefined;
    if (error) throw error;
  }

  public async loadHome(): Promise<PolicyHome> {
    this.calls.push('loadHome');
    return {
      texts: TEXTS,
      themes: THEMES,
      messages: [{ id: 1, title: 'Kick-off communicatiecampagne 10 thema’s', body: '<p>De campagne start.</p>', publishedAt: '2026-03-10T09:00:00Z', category: 'Campagne' }],
      recentDirectives: this.visible().filter((d) => d.status === 'Gepubliceerd').map(summaryOf),
      toAcknowledge: this.visible()
        .filter((d) => needsAcknowledgement(d, this.acknowledgements.filter((a) => a.authorId === this.me.userId)))
        .map(summaryOf),
    };
  }

  public async loadTheme(themeNumber: number): Promise<ThemeDetail> {
    this.calls.push(`loadTheme ${themeNumber}`);
    const theme = THEMES.filter((t) => t.number === themeNumber)[0];
    if (!theme) throw Object.assign(new Error('not found'), { status: 404 });
    return { theme, directives: await this.findDirectives({ status: 'Gepubliceerd', themeId: theme.id }) };
  }

  public async loadThemes(): Promise<Theme[]> {
    this.calls.push('loadThemes');
    return THEMES;
  }

  public async loadDirectiveList(query: DirectiveQuery): Promise<DirectiveListData> {
    this.calls.push(`loadDirectiveList ${JSON.stringify(query)}`);
    return { themes: THEMES, me: this.me, page: await this.search(query) };
  }

  public async findDirectives(query: DirectiveQuery, after?: string): Promise<DirectivePage> {
    this.calls.push(`findDirectives ${JSON.stringify(query)}${after ? ` after ${after}` : ''}`);
    return this.search(query, after);
  }

  private async search(query: DirectiveQuery, after?: string): Promise<DirectivePage> {
    const found = this.visible()
      .filter((d) => d.status === query.status && (!after || d.number > after))
      .sort((a, b) => (a.number < b.number ? -1 : 1))
      .filter((d) => matchesDirective(d, plainText(d.body), query))
      .map(summaryOf);
    const items = found.slice(0, this.pageSize);
    return { items, next: found.length > this.pageSize ? items[items.length - 1].number : undefined };
  }

  public async loadDirective(id: number): Promise<DirectiveDetail> {
    this.calls.push(`loadDirective ${id}`);
    const found = this.items.filter((d) => d.id === id)[0];
    if (!found) throw Object.assign(new Error('not found'), { status: 404 });
    return { directive: { ...found }, themes: THEMES, me: this.me, myAcknowledgements: this.acknowledgements.filter((a) => a.directiveId === id && a.authorId === this.me.userId) };
  }

  public async loadConcept(id: number): Promise<DirectiveDetail> {
    this.calls.push(`loadConcept ${id}`);
    const found = this.visible().filter((d) => d.status === 'Concept' && d.id === id)[0];
    if (!found) throw Object.assign(new Error('not found'), { status: 404 });
    return { directive: { ...found }, themes: THEMES, me: this.me, myAcknowledgements: [] };
  }

  public async acknowledge(d: Directive, me: Membership, at: Date = new Date('2026-03-10T09:00:00Z')): Promise<Acknowledgement> {
    this.calls.push(`acknowledge ${d.id} v${d.versionMajor}`);
    this.fail();
    const ack: Acknowledgement = { id: this.acknowledgements.length + 1, directiveId: d.id, versionMajor: d.versionMajor, authorId: me.userId, acknowledgedAt: at.toISOString() };
    this.acknowledgements.push(ack);
    return ack;
  }

  public async loadAcknowledgementReport(d: Directive): Promise<AcknowledgementReport> {
    this.calls.push(`loadAcknowledgementReport ${d.id}`);
    return acknowledgementReport(ROSTER, this.acknowledgements.filter((a) => a.directiveId === d.id), d.versionMajor);
  }

  public async createDirective(draft: DirectiveDraft): Promise<number> {
    this.calls.push(`createDirective ${draft.number}`);
    this.fail();
    if (this.items.concat(this.concepts).some((d) => d.number === draft.number)) throw new DuplicateDirectiveNumberError(draft.number);
    const id = Math.max(...this.concepts.map((d) => d.id)) + 1;
    this.concepts.push(directive(id, draft.number, draft.title, 'Concept', { summary: draft.summary, body: textToHtml(draft.body), themeIds: draft.themeIds }));
    return id;
  }

  public async reviseDirective(d: Directive): Promise<number> {
    this.calls.push(`reviseDirective ${d.id}`);
    this.fail();
    const existing = this.concepts.filter((c) => c.revision && c.revision.directiveId === d.id)[0];
    if (existing) return existing.id;
    const id = Math.max(...this.concepts.map((c) => c.id)) + 1;
    const revision = { directiveId: d.id, baseMajor: d.versionMajor, baseMinor: d.versionMinor, change: 'minor' as const };
    this.concepts.push({ ...d, id, status: 'Concept', publishedAt: undefined, etag: '"1"', revision, ...nextVersion(d, 'minor') });
    return id;
  }

  public async saveConcept(d: Directive, draft: DirectiveDraft, change: VersionChange = 'minor'): Promise<void> {
    this.calls.push(`saveConcept ${d.id} ${change}`);
    this.fail();
    this.concepts = this.concepts.map((x) => {
      if (x.id !== d.id) return x;
      const revision = x.revision ? { ...x.revision, change } : undefined;
      const version = revision ? nextVersion({ status: 'Gepubliceerd', versionMajor: revision.baseMajor, versionMinor: revision.baseMinor }, change) : {};
      return { ...x, title: draft.title, summary: draft.summary, body: textToHtml(draft.body), themeIds: draft.themeIds, revision, ...version, etag: bump(x.etag) };
    });
  }

  public async publishDirective(d: Directive): Promise<number> {
    this.calls.push(`publishDirective ${d.id}`);
    this.fail();
    const concept = this.concepts.filter((c) => c.id === d.id)[0];
    this.concepts = this.concepts.filter((c) => c.id !== d.id);
    const { revision, ...text } = concept;
    const publishedAt = '2026-03-10T09:00:00Z';
    if (revision) {
      this.items = this.items.map((x) =>
        x.id === revision.directiveId
          ? { ...text, id: x.id, status: 'Gepubliceerd', publishedAt: revision.change === 'major' ? publishedAt : x.publishedAt, etag: bump(x.etag) }
          : x,
      );
      return revision.directiveId;
    }
    const id = Math.max(...this.items.map((x) => x.id)) + 1;
    this.items.push({ ...text, id, status: 'Gepubliceerd', publishedAt, etag: '"1"' });
    return id;
  }

  public async discardConcept(d: Directive): Promise<void> {
    this.calls.push(`discardConcept ${d.id}`);
    this.fail();
    this.concepts = this.concepts.filter((c) => c.id !== d.id);
  }

  public async archiveDirective(d: Directive): Promise<void> {
    this.calls.push(`archiveDirective ${d.id}`);
    this.fail();
    this.items = this.items.map((x) => (x.id === d.id ? { ...x, status: 'Gearchiveerd', etag: '"2"' } : x));
  }
}

const point = (id: number, code: string, objectiveId: number, ownerGroup: ActionPoint['ownerGroup'], extra: Partial<ActionPoint> = {}): ActionPoint => ({
  id,
  code,
  title: `Doelstelling ${code}`,
  description: `Volledige tekst van ${code}`,
  objectiveId,
  actor: ownerGroup,
  ownerGroup,
  status: 'Niet gestart',
  evaluationNotes: '',
  etag: '"1"',
  ...extra,
});

/** An in-memory {@link PlanRepository}. */
export class FakePlanRepository implements PlanRepository {
  public readonly calls: string[] = [];
  public me: Membership = STAFF;
  public failNext?: unknown;
  public points: ActionPoint[] = [
    point(1, 'SD1.1', 1, 'Korpsleiding', { status: 'Gerealiseerd', lastUpdate: '2026-02-01T10:00:00Z' }),
    point(2, 'SD1.2', 1, 'Korpsleiding'),
    point(3, 'SD4.1', 4, 'HR', { actor: 'HR', status: 'Lopend', horizon: 'Kort', evaluationNotes: 'Selectiegesprekken aangepast.' }),
    point(4, 'SD4.4', 4, 'Korpsleiding', { actor: undefined, label: 'Opleidingsplan' }),
  ];
  public priorities: PlanPriority[] = [
    { id: 1, actionPointCode: 'SD1.2', priority: 'Hoog', motivation: 'Eerst de functieomschrijving.', meetingDate: '2026-02-10', editorName: 'Nina Verbeke', modified: '2026-02-10T15:00:00Z', etag: '"1"' },
  ];
  public inputs: EvaluationInput[] = [];

  public async loadPlan(): Promise<Plan> {
    this.calls.push('loadPlan');
    return {
      objectives: [
        { id: 1, code: 'SD1', title: 'Structurele verankering', body: '<p>Het integriteitsbeleid wordt verankerd.</p>' },
        { id: 4, code: 'SD4', title: 'Ethisch leiderschap', body: '' },
      ],
      actionPoints: this.points.map((p) => ({ ...p })),
      milestones: TEXTS.filter((t) => t.section === 'Mijlpaal timing' || t.section === 'Mijlpaal evaluatie'),
      priorities: this.priorities.map((p) => ({ ...p })),
      evaluationInputs: this.inputs.map((x) => ({ ...x })),
      me: this.me,
    };
  }

  public async setPriority(code: string, current: PlanPriority | undefined, update: PlanPriorityUpdate): Promise<PlanPriority> {
    this.calls.push(`setPriority ${code} ${update.priority}`);
    const error = this.failNext;
    this.failNext = undefined;
    if (error) throw error;
    const stored: PlanPriority = {
      id: current ? current.id : this.priorities.length + 1,
      actionPointCode: code,
      priority: update.priority,
      motivation: update.motivation,
      meetingDate: update.meetingDate,
      editorName: this.me.name,
      modified: '2026-03-10T09:00:00Z',
      etag: '"2"',
    };
    this.priorities = this.priorities.filter((x) => x.actionPointCode !== code).concat([stored]);
    return stored;
  }

  public async addEvaluationInput(draft: EvaluationInputDraft): Promise<EvaluationInput> {
    this.calls.push(`addEvaluationInput ${draft.milestoneKey}`);
    const error = this.failNext;
    this.failNext = undefined;
    if (error) throw error;
    const stored: EvaluationInput = { id: this.inputs.length + 1, ...draft, authorName: this.me.name, created: '2026-03-10T09:00:00Z' };
    this.inputs = [stored].concat(this.inputs);
    return stored;
  }

  public async updateActionPoint(p: ActionPoint, update: ActionPointUpdate): Promise<ActionPoint> {
    this.calls.push(`updateActionPoint ${p.code} ${update.status}`);
    const error = this.failNext;
    this.failNext = undefined;
    if (error) throw error;
    const stored = { ...p, ...update, lastUpdate: '2026-03-10T09:00:00Z', etag: '"2"' };
    this.points = this.points.map((x) => (x.id === p.id ? stored : x));
    return stored;
  }
}
