/**
 * DEMO DATA, not the zone's content: example korpsrichtlijnen, acknowledgements and messages so that the Beleid view
 * shows every state on the local SharePoint. Only KR-2015-01 exists in the source (the korpsrichtlijn
 * integriteitsbeleid of 24.09.2015); its text here and every other korpsrichtlijn are written for the demo.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { SPPolicyRepository } from '../src/data/policy/SPPolicyRepository';
import { textToHtml } from '../src/domain/policy/richText';
import type { Directive, DirectiveDraft, VersionChange } from '../src/data/policy/types';
import { AANDACHTSPUNTEN, BERICHTEN, KORPSRICHTLIJNEN, RICHTLIJNCONCEPTEN } from '../src/data/schema';
import type { Seeder, SeedContext } from './types';

/** The jurist of the Juridische dienst who writes the demo korpsrichtlijnen. */
const AUTHOR = 'sarah.leclercq@pzcarma.be';

/** A demo korpsrichtlijn and what happens to it. */
interface DemoDirective {
  draft: Omit<DirectiveDraft, 'themeIds'> & { themes: number[] };
  /** Publication date (yyyy-mm-dd); absent: stays a concept. */
  published?: string;
  /** Minor corrections after publication. */
  minorRevisions?: number;
  /** A new major version: its date, its new text, and who acknowledged the first version before it. */
  majorRevision?: { at: string; body: string };
  archived?: boolean;
  /** Who acknowledged (the current major version, or the first one when `beforeRevision`), and when. */
  acknowledgedBy?: { login: string; at: string; beforeRevision?: boolean }[];
}

const DIRECTIVES: DemoDirective[] = [
  {
    draft: {
      number: 'KR-2015-01',
      title: 'Korpsrichtlijn integriteitsbeleid',
      summary: 'Het kader van het integriteitsbeleid van PZ CARMA: waarden, aandachtspunten en meldplichten.',
      requiresAcknowledgement: true,
      themes: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
      body: [
        '## Doel',
        'Deze korpsrichtlijn legt vast hoe PZ CARMA integer handelen stimuleert en ongewenst gedrag ontmoedigt. Ze geldt voor alle personeelsleden, Ops en CaLog, in en buiten dienst.',
        '## Waarden',
        'Integer handelen betekent dat je je functie adequaat en zorgvuldig uitoefent, met respect voor de geldende regels. Waar regels ontbreken, oordeel je op moreel verantwoorde wijze en spreek je collega’s aan op hun gedrag.',
        '## Meldplichten',
        '- Een attentie die je niet kon weigeren, meld je aan de dienst Intern Toezicht.',
        '- Een nevenactiviteit geef je aan vóór ze begint.',
        '- Schade aan materiaal of voertuigen meld je zo snel mogelijk aan Logistiek.',
        '## Opvolging',
        'De korpsleiding evalueert het integriteitsbeleid periodiek. Vragen stel je aan je diensthoofd of aan de Juridische dienst.',
      ].join('\n\n'),
    },
    published: '2015-09-24',
    acknowledgedBy: [
      { login: 'sofie.claes@pzcarma.be', at: '2023-02-06' },
      { login: 'karel.peeters@pzcarma.be', at: '2023-02-07' },
      { login: 'lotte.wouters@pzcarma.be', at: '2023-03-14' },
      { login: 'els.janssens@pzcarma.be', at: '2023-03-20' },
      { login: 'griet.vandamme@pzcarma.be', at: '2023-01-30' },
    ],
  },
  {
    draft: {
      number: 'KR-2018-03',
      title: 'Geschenken, attenties en uitnodigingen',
      summary: 'Wat je mag aanvaarden, wat nooit, en hoe je een attentie meldt die je niet kon weigeren.',
      requiresAcknowledgement: true,
      themes: [1],
      body: [
        'Een attentie, aanbieding of incidentele vergoeding kan je onafhankelijkheid aantasten. Vraag je altijd af hoe de buitenwereld ernaar kijkt.',
        '## Nooit aanvaarden',
        '- aanbiedingen voor privéwerkzaamheden, kortingen en andere gunsten;',
        '- geld of waardebonnen.',
        '## Nooit persoonlijk aanvaarden',
        '- de traditionele nieuwjaarsgeschenken: Intern Toezicht beslist of ze naar de dienst of een goed doel gaan, of terug naar de schenker.',
        '## Melden',
        'Kon je een attentie niet weigeren, dan meld je ze via Integriteit CARMA aan Intern Toezicht: wat, van wie, de geschatte waarde, waarom weigeren niet kon en wat ermee gebeurde.',
      ].join('\n\n'),
    },
    published: '2018-06-11',
    minorRevisions: 2,
    acknowledgedBy: [
      { login: 'sofie.claes@pzcarma.be', at: '2023-02-06' },
      { login: 'karel.peeters@pzcarma.be', at: '2023-02-07' },
    ],
  },
  {
    draft: {
      number: 'KR-2019-02',
      title: 'Nevenactiviteiten en onverenigbaarheden',
      summary: 'Elke nevenactiviteit wordt vooraf aangegeven; het politiecollege adviseert binnen 45 kalenderdagen.',
      requiresAcknowledgement: true,
      themes: [2],
      body: [
        'Een nevenactiviteit geef je schriftelijk aan vóór ze begint. Voor het operationeel kader adviseert het politiecollege binnen 45 kalenderdagen na ontvangst, na een gesprek met de korpschef.',
        '## Absoluut onverenigbaar (operationeel kader)',
        '- portier en andere security-opdrachten;',
        '- een beroepsactiviteit in kansspelinrichtingen klasse I en II.',
        '## Onverenigbaar volgens bijzondere wetgeving, onder meer (operationeel kader)',
        '- operationeel lid van een hulpdienst of ambulancier;',
        '- het praktische rijonderricht op de openbare weg als lid van het leidinggevend of onderwijzend personeel van een erkende rijschool;',
        '- het ambt van bijzonder veldwachter.',
        '## Opschorting',
        'Tijdens afwezigheid wegens ziekte, een arbeidsongeval, een ongeval op de weg naar of van het werk of een beroepsziekte, tijdens disponibiliteit wegens ziekte en bij verminderde prestaties om medische redenen wordt elke cumul ambtshalve opgeschort.',
      ].join('\n\n'),
    },
    published: '2019-03-04',
    acknowledgedBy: [{ login: 'karel.peeters@pzcarma.be', at: '2023-02-07' }],
  },
  {
    draft: {
      number: 'KR-2020-04',
      title: 'Sociale media en privécommunicatie',
      summary: 'Hoe je als politiemedewerker omgaat met sociale media, ook in je vrije tijd.',
      requiresAcknowledgement: true,
      themes: [8, 9],
      body: [
        'Ook buiten dienst blijf je herkenbaar als politiemedewerker. Wat je op sociale media deelt, kan jou, je collega’s en het korps schaden.',
        '- Deel geen beelden of informatie van interventies.',
        '- Vermeld je functie niet in publieke profielen.',
      ].join('\n\n'),
    },
    published: '2020-05-18',
    majorRevision: {
      at: '2025-11-03',
      body: [
        'Ook buiten dienst blijf je herkenbaar als politiemedewerker. Wat je op sociale media deelt, kan jou, je collega’s en het korps schaden, en kan je blootstellen aan misbruik.',
        '## Regels',
        '- Deel geen beelden, locaties of informatie van interventies, ook niet in besloten groepen.',
        '- Vermeld je functie en je dienst niet in publieke profielen.',
        '- Toon geen foto’s van collega’s in uniform zonder hun toestemming.',
        '- Reageer niet in naam van het korps; dat doet de dienst Communicatie.',
        '## Nieuw in versie 2',
        'De regels gelden nu uitdrukkelijk ook voor besloten groepen en berichtendiensten (WhatsApp, Signal, Telegram).',
      ].join('\n\n'),
    },
    acknowledgedBy: [
      { login: 'jonas.maes@pzcarma.be', at: '2021-01-12', beforeRevision: true },
      { login: 'lotte.wouters@pzcarma.be', at: '2021-01-15', beforeRevision: true },
      { login: 'sofie.claes@pzcarma.be', at: '2025-11-10' },
    ],
  },
  {
    draft: {
      number: 'KR-2021-01',
      title: 'Raadpleging van politionele databanken',
      summary: 'Je raadpleegt ANG, ISLP en andere databanken alleen voor een dienstopdracht; elke raadpleging wordt geregistreerd.',
      requiresAcknowledgement: true,
      themes: [7],
      body: [
        'Elke raadpleging van operationele databanken wordt geregistreerd en kan gecontroleerd worden.',
        '- Raadpleeg alleen wat je nodig hebt voor een concrete dienstopdracht.',
        '- Zoek nooit informatie op over jezelf, familie, buren of bekenden.',
        '- Geef geen informatie door aan wie er geen recht op heeft.',
      ].join('\n\n'),
    },
    published: '2021-02-01',
  },
  {
    draft: {
      number: 'KR-2022-05',
      title: 'Gebruik van geweld, dwangmiddelen en bodycams',
      summary: 'Geweld alleen wanneer het wettig, noodzakelijk, redelijk en proportioneel is; de bodycam registreert.',
      requiresAcknowledgement: true,
      themes: [10],
      body: [
        'Geweld gebruik je alleen om een wettig doel te bereiken dat niet anders bereikt kan worden, en altijd redelijk en in verhouding.',
        '## Bodycam',
        'Bij acties en ordediensten draag je de bodycam en zet je hem aan zodra een tussenkomst kan escaleren. De beelden kunnen een klacht staven of weerleggen.',
        '## Na het gebruik van geweld',
        'Je brengt je leidinggevende onmiddellijk op de hoogte en stelt een proces-verbaal op. De Cel Geweldsbeheersing evalueert de feiten.',
      ].join('\n\n'),
    },
    published: '2022-09-12',
    minorRevisions: 1,
  },
  {
    draft: {
      number: 'KR-2026-01',
      title: 'Schade aan dienstvoertuigen',
      summary: 'Hoe en wanneer je schade aan een dienstvoertuig meldt.',
      requiresAcknowledgement: true,
      themes: [3, 4],
      body: ['Schade aan een dienstvoertuig meld je voor het einde van je dienst aan Logistiek, met foto’s en de plaats van het voorval.'].join('\n\n'),
    },
  },
  {
    draft: {
      number: 'KR-2012-02',
      title: 'Gebruik van dienstvoertuigen',
      summary: 'Vervangen door nieuwe afspraken in de korpsrichtlijn integriteitsbeleid.',
      requiresAcknowledgement: false,
      themes: [3, 4],
      body: 'Dienstvoertuigen worden alleen voor dienstopdrachten gebruikt.',
    },
    published: '2012-04-02',
    archived: true,
  },
];

/** Demo messages besides the real campaign message of the content seeder. */
const MESSAGES = [
  {
    ClientId: 'demo-bericht-sociale-media-v2',
    Title: 'Nieuwe versie van de korpsrichtlijn sociale media',
    Body: textToHtml('De korpsrichtlijn KR-2020-04 over sociale media is herzien. Lees de nieuwe versie en bevestig dat je ze gelezen en begrepen hebt.'),
    Category: 'Algemeen',
    daysAgo: 12,
    // the Bericht links to the korpsrichtlijn it is about
    directiveNumber: 'KR-2020-04',
  },
  {
    ClientId: 'demo-bericht-bodycams',
    Title: 'Directiecomité: extra bodycams voor de ploegen Interventie',
    Body: textToHtml('Het directiecomité keurde het voorstel van het team Q&W Interventie goed en verwees het naar het Aankoopcomité. Het Q-team bekijkt welke toestellen in aanmerking komen.'),
    Category: 'Beslissing',
    daysAgo: 5,
  },
];

const DAY_MS = 86400000;
const at = (date: string): Date => new Date(`${date}T09:00:00Z`);

/** The numbers of the korpsrichtlijnen and of the concepts (two lists since concepts have their own). */
async function existingNumbers(sp: SPFI): Promise<string[]> {
  const read = (title: string) => sp.web.lists.getByTitle(title).items.select('DirectiveNumber').top(5000)<{ DirectiveNumber: string }[]>();
  const [published, concepts] = await Promise.all([read(KORPSRICHTLIJNEN.title), read(RICHTLIJNCONCEPTEN.title)]);
  return published.concat(concepts).map((r) => r.DirectiveNumber);
}

async function loadDirective(repository: SPPolicyRepository, id: number): Promise<Directive> {
  return (await repository.loadDirective(id)).directive;
}

async function loadConcept(repository: SPPolicyRepository, id: number): Promise<Directive> {
  return (await repository.loadConcept(id)).directive;
}

/** A new version of a published korpsrichtlijn, as the jurist makes it: a concept of it, edited, then published. */
async function revise(author: SPPolicyRepository, id: number, draft: DirectiveDraft, change: VersionChange, when?: Date): Promise<void> {
  const conceptId = await author.reviseDirective(await loadDirective(author, id));
  await author.saveConcept(await loadConcept(author, conceptId), draft, change);
  await author.publishDirective(await loadConcept(author, conceptId), when);
}

/**
 * Creates the demo korpsrichtlijnen through the app's own repository, as the jurist would (concepts in
 * Richtlijnconcepten, publishing writes them into Korpsrichtlijnen), then the acknowledgements as each persona and the
 * demo messages.
 * Runs safely twice: a korpsrichtlijn whose number exists is left alone.
 */
export async function seedPolicyDemo(ctx: SeedContext): Promise<void> {
  const author = new SPPolicyRepository(await ctx.as(AUTHOR));
  const themes = await ctx.admin.web.lists.getByTitle(AANDACHTSPUNTEN.title).items.select('Id', 'ThemeNumber').top(30)<{ Id: number; ThemeNumber: number }[]>();
  const themeId = (n: number): number => themes.filter((t) => t.ThemeNumber === n)[0].Id;
  const existing = await existingNumbers(ctx.admin);
  let created = 0;
  for (const demo of DIRECTIVES.filter((d) => existing.indexOf(d.draft.number) < 0)) {
    const draft: DirectiveDraft = { ...demo.draft, themeIds: demo.draft.themes.map(themeId) };
    const conceptId = await author.createDirective(draft);
    created++;
    if (!demo.published) continue;
    const id = await author.publishDirective(await loadConcept(author, conceptId), at(demo.published));
    for (let i = 0; i < (demo.minorRevisions ?? 0); i++) await revise(author, id, draft, 'minor');
    await acknowledge(ctx, id, (demo.acknowledgedBy ?? []).filter((a) => a.beforeRevision));
    if (demo.majorRevision) await revise(author, id, { ...draft, body: demo.majorRevision.body }, 'major', at(demo.majorRevision.at));
    await acknowledge(ctx, id, (demo.acknowledgedBy ?? []).filter((a) => !a.beforeRevision));
    if (demo.archived) await author.archiveDirective(await loadDirective(author, id));
  }

  const messages = await ctx.admin.web.lists.getByTitle(BERICHTEN.title).items.select('ClientId').top(5000)<{ ClientId: string }[]>();
  const communicatie = await ctx.as('eva.smets@pzcarma.be');
  for (const message of MESSAGES.filter((m) => !messages.some((x) => x.ClientId === m.ClientId))) {
    const { daysAgo, directiveNumber, ...fields } = message as (typeof MESSAGES)[number] & { directiveNumber?: string };
    const directive = directiveNumber
      ? (await ctx.admin.web.lists.getByTitle(KORPSRICHTLIJNEN.title).items.select('Id').filter(`DirectiveNumber eq '${directiveNumber}'`).top(1)<{ Id: number }[]>())[0]
      : undefined;
    await communicatie.web.lists
      .getByTitle(BERICHTEN.title)
      .items.add({ ...fields, ...(directive ? { DirectiveId: directive.Id } : {}), PublishedAt: new Date(ctx.now.getTime() - daysAgo * DAY_MS).toISOString() });
  }
  ctx.log(`Beleid (demo): ${created} korpsrichtlijnen toegevoegd.`);
}

async function acknowledge(ctx: SeedContext, directiveId: number, who: { login: string; at: string }[]): Promise<void> {
  for (const a of who) {
    const repository = new SPPolicyRepository(await ctx.as(a.login));
    const detail = await repository.loadDirective(directiveId);
    await repository.acknowledge(detail.directive, detail.me, at(a.at));
  }
}

/** The demo korpsrichtlijnen, acknowledgements and messages (clearly demo data: see the top of this file). */
export const policyDemoSeeder: Seeder = { name: 'Demo: korpsrichtlijnen, kennisnames en berichten', kind: 'demo', run: seedPolicyDemo };
