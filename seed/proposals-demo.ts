import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { COMITES, comiteName, type ComiteKey, type Overleggroep, type UitvoerderKind } from '../src/domain/proposal/bodies';
import { nextDirectiecomiteMeeting } from '../src/domain/proposal/meetings';
import { brusselsDateOf } from '../src/domain/dates';
import type { DecisionInput, ProposalAction, ProposalContent } from '../src/domain/proposal/proposal';
import type { Dienst } from '../src/data/groups';
import { comiteChoice, uitvoerderKindChoice } from '../src/data/proposals/mapper';
import { PnpProposalRepository } from '../src/data/proposals/pnpProposalRepository';
import { memoryStore } from '../src/data/proposals/storage';
import type { CascadeStepKey } from '../src/domain/proposal/cascade';
import { COMITES_LIST, DIENSTEN_LIST, VERBETERVOORSTELLEN, WERKGROEPEN, fieldNames } from '../src/data/schema';
import { STANDING_BODIES, bodyOf } from './organisation';
import { secureFlow } from '../src/data/proposals/folders';
import type { Seeder, SeedContext } from './types';

const W = fieldNames(WERKGROEPEN);
const D = fieldNames(DIENSTEN_LIST);
const C = fieldNames(COMITES_LIST);

/** Items of a small list by title (the seeders look up before they add, so a second run adds nothing). */
async function titles(sp: SPFI, list: string): Promise<Map<string, number>> {
  const rows: { Id: number; Title: string }[] = await sp.web.lists.getByTitle(list).items.select('Id', 'Title').top(500)();
  return new Map(rows.map((r) => [r.Title, r.Id]));
}

export { proposalBodiesSeeder } from './organisation';

/** Who heads, manages and sits in the team Q&W of the diensten the demo personas belong to. */
const ROSTERS: readonly { dienst: Dienst; head: string; middenkader: string[]; teamQW: string[] }[] = [
  { dienst: 'Interventie', head: 'karel.peeters@pzcarma.be', middenkader: ['pieter.mertens@pzcarma.be'], teamQW: ['lotte.wouters@pzcarma.be'] },
  { dienst: 'Wijk', head: 'els.janssens@pzcarma.be', middenkader: [], teamQW: ['bram.jacobs@pzcarma.be'] },
];

/** The chairs of the comités: the korpsleiding chairs the comités that have no chair of their own among the personas. */
const CHAIRS: Readonly<Record<ComiteKey, string>> = {
  aankoopcomite: 'tom.vermeulen@pzcarma.be',
  'hr-comite': 'nathalie.desmet@pzcarma.be',
  'operationeel-comite': 'marc.willems@pzcarma.be',
  preventiecomite: 'marc.willems@pzcarma.be',
  communicatiecomite: 'hilde.goossens@pzcarma.be',
};

/** The chairs of the standing executors (the Q-team is coordinated by the innovation lead). */
const BODY_CHAIRS: Readonly<Record<string, string>> = {
  'q-team': 'joris.michiels@pzcarma.be',
  voertuigcomite: 'dirk.aerts@pzcarma.be',
  'cel-gwb': 'koen.dubois@pzcarma.be',
  'overleggroep-drugs': 'koen.dubois@pzcarma.be',
};

/** Ad hoc werkgroepen of the demo. */
const AD_HOC: readonly { name: string; comite: ComiteKey; chair: string; mandate: string }[] = [
  {
    name: 'Werkgroep ergonomie wijkkantoren',
    comite: 'preventiecomite',
    chair: 'wim.hendrickx@pzcarma.be',
    mandate: 'Inventaris van de werkplekken in de wijkkantoren en voorstel van aanpassingen samen met de preventieambtenaar.',
  },
  {
    name: 'Werkgroep onthaal nieuwe medewerkers',
    comite: 'hr-comite',
    chair: 'wim.hendrickx@pzcarma.be',
    mandate: 'Het onthaal en de eerste weken van nieuwe medewerkers herbekijken.',
  },
];

/** One step of a demo proposal's history: who does what, how many days ago, with which input. */
interface DemoStep {
  by: string;
  daysAgo: number;
  action: ProposalAction | 'progress';
  input?: DecisionInput & { werkgroep?: string; meetingInDays?: number };
  notes?: string;
}

/** A demo proposal: the team that writes it, its texts and its history. */
interface DemoProposal {
  key: string;
  dienst: Dienst;
  content: ProposalContent;
  steps: DemoStep[];
  /** Cascade steps ticked after the last decision: who, which step, how many days ago. */
  feedback?: { by: string; step: CascadeStepKey; daysAgo: number }[];
  /** Publish the last decision as a Bericht (by whom). */
  publishBy?: string;
  /** From the dienst's teamoverleg (Q&W as a fixed item), held this many days ago; else from its team Q&W. */
  teamoverlegDaysAgo?: number;
}

const LOTTE = 'lotte.wouters@pzcarma.be';
const BRAM = 'bram.jacobs@pzcarma.be';
const KAREL = 'karel.peeters@pzcarma.be';
const ELS = 'els.janssens@pzcarma.be';
const HILDE = 'hilde.goossens@pzcarma.be';
const MARC = 'marc.willems@pzcarma.be';
const TOM = 'tom.vermeulen@pzcarma.be';
const NATHALIE = 'nathalie.desmet@pzcarma.be';
const EVA = 'eva.smets@pzcarma.be';
const PIETER = 'pieter.mertens@pzcarma.be';

const content = (title: string, problem: string, improvement: string, topic: ProposalContent['topic'], costEstimate: number | null, description = ''): ProposalContent => ({
  title,
  problem,
  improvement,
  description,
  topic,
  costEstimate,
});

/** Proposals of the teams Q&W of Interventie and Wijk, together in every status of the flow. */
const DEMO_PROPOSALS: readonly DemoProposal[] = [
  {
    key: 'bodycams',
    dienst: 'Interventie',
    content: content(
      'Bodycams voor alle interventieploegen',
      'Bij interventies met agressie ontbreken vaak objectieve beelden. Verklaringen spreken elkaar tegen en klachten blijven moeilijk te onderzoeken.',
      'Elke interventieploeg krijgt twee bodycams met een korpsrichtlijn over het gebruik, het bewaren en het inzien van de beelden.',
      'Materiaal en uitrusting',
      48000,
      'Voorstel uit het team Q&W van de dienst Interventie.',
    ),
    steps: [
      { by: LOTTE, daysAgo: 62, action: 'submit' },
      { by: KAREL, daysAgo: 58, action: 'validate' },
      { by: HILDE, daysAgo: 55, action: 'route', input: { comite: 'aankoopcomite', reason: 'Aankoop met investering; het Q-team test eerst twee modellen.' } },
      { by: TOM, daysAgo: 40, action: 'assign', input: { werkgroep: 'Q-team', reason: 'Q-team vergelijkt twee modellen op het terrein.' } },
      { by: TOM, daysAgo: 30, action: 'start' },
      { by: TOM, daysAgo: 6, action: 'progress', notes: 'Testperiode met twee modellen loopt in de nachtploegen; evaluatie gepland op het volgende Q-team.' },
    ],
    feedback: [
      { by: KAREL, step: 'middenkaderoverleg', daysAgo: 22 },
      { by: PIETER, step: 'team-qw', daysAgo: 21 },
    ],
  },
  {
    key: 'combi-nacht',
    dienst: 'Interventie',
    content: content(
      'Tweede combi voor de nachtdienst',
      'In het weekend staat er ’s nachts maar één combi ter beschikking. Bij twee gelijktijdige aanhoudingen wacht een ploeg op vervoer.',
      'Een tweede combi inzetten in de nachten van vrijdag en zaterdag, eventueel door de huidige reservewagen om te bouwen.',
      'Voertuigen',
      65000,
    ),
    steps: [
      { by: LOTTE, daysAgo: 45, action: 'submit' },
      { by: KAREL, daysAgo: 43, action: 'validate' },
      { by: MARC, daysAgo: 41, action: 'route', input: { comite: 'aankoopcomite' } },
      { by: TOM, daysAgo: 12, action: 'assign', input: { werkgroep: 'Voertuigcomité', reason: 'Een nieuw voertuig: het Voertuigcomité beoordeelt ombouw of aankoop.' } },
    ],
  },
  {
    key: 'geweldsbeheersing',
    dienst: 'Interventie',
    content: content(
      'Opfriscursus geweldsbeheersing na lange afwezigheid',
      'Collega’s die na een lange afwezigheid terugkeren, gaan op interventie zonder recente training in geweldsbeheersing en het gebruik van dwangmiddelen.',
      'Een korte opfrissessie van de Cel GWB vóór de eerste dienst na een afwezigheid van meer dan drie maanden.',
      'Bewapening en geweldsbeheersing',
      null,
    ),
    steps: [
      { by: LOTTE, daysAgo: 20, action: 'submit' },
      { by: KAREL, daysAgo: 18, action: 'validate' },
      { by: HILDE, daysAgo: 13, action: 'route', input: { comite: 'operationeel-comite', reason: 'Training GPI 48: de Cel GWB werkt dit uit via het Operationeel Comité.' } },
    ],
    feedback: [{ by: KAREL, step: 'teamoverleg', daysAgo: 13 }],
    publishBy: HILDE,
  },
  {
    key: 'overdracht',
    dienst: 'Interventie',
    content: content(
      'Digitaal overdrachtsformulier tussen ploegen',
      'Lopende zaken worden mondeling overgedragen bij de ploegwissel. Informatie over afspraken met burgers gaat soms verloren.',
      'Een kort digitaal overdrachtsformulier in de briefingmodule dat de vertrekkende ploeg invult en de volgende ploeg afvinkt.',
      'Operationele werking',
      null,
    ),
    steps: [{ by: LOTTE, daysAgo: 3, action: 'submit' }],
  },
  {
    key: 'koffie',
    dienst: 'Interventie',
    content: content(
      'Nieuwe koffiemachine op de wacht',
      'De koffiemachine op de wacht valt geregeld uit tijdens de nachtdienst.',
      'Een nieuwe koffiemachine met onderhoudscontract.',
      'Andere',
      1800,
    ),
    steps: [
      { by: LOTTE, daysAgo: 30, action: 'submit' },
      {
        by: KAREL,
        daysAgo: 27,
        action: 'reject',
        input: { reason: 'Geen verbetering van kwaliteit of werking: de personeelsvereniging beheert de koffievoorziening. Ik geef het door aan hun bestuur.' },
      },
    ],
  },
  {
    key: 'checklist',
    dienst: 'Interventie',
    content: content(
      'Checklist bij het aanvatten van de dienst',
      'Bij de start van de dienst wordt niet altijd gecontroleerd of radio, bodycam en EHBO-kit in de wagen aanwezig en werkend zijn.',
      'Een vaste checklist in de wagen die de ploeg bij de start van de dienst overloopt.',
      'Operationele werking',
      null,
    ),
    steps: [
      { by: LOTTE, daysAgo: 9, action: 'submit' },
      {
        by: KAREL,
        daysAgo: 7,
        action: 'return',
        input: { reason: 'Goed idee. Kunnen jullie de checklist zelf al opstellen en aangeven wie ze bijhoudt? Dan valideer ik.' },
      },
    ],
  },
  {
    key: 'drone',
    dienst: 'Interventie',
    content: content(
      'Drone voor de vaststelling van verkeersongevallen',
      'Bij zware verkeersongevallen blijft de weg lang afgesloten voor de opmetingen.',
      'Een eigen drone om ongevallen sneller in kaart te brengen.',
      'Innovatie',
      9500,
    ),
    steps: [
      { by: LOTTE, daysAgo: 35, action: 'submit' },
      { by: KAREL, daysAgo: 33, action: 'validate' },
      {
        by: HILDE,
        daysAgo: 27,
        action: 'rejectByDirectiecomite',
        input: { reason: 'De federale luchtsteun en de drone van de brandweerzone worden hiervoor al ingezet; een eigen toestel is nu niet nodig.' },
      },
    ],
    feedback: [
      { by: KAREL, step: 'middenkaderoverleg', daysAgo: 20 },
      { by: KAREL, step: 'nieuwsbrief', daysAgo: 14 },
      { by: PIETER, step: 'team-qw', daysAgo: 19 },
    ],
  },
  {
    key: 'drugsmeldingen',
    dienst: 'Interventie',
    content: content(
      'Drugsmeldingen sneller doorgeven aan de Recherche',
      'Vaststellingen over drugshandel tijdens interventies komen soms pas na dagen bij de Recherche terecht.',
      'Een vaste werkafspraak: elke vaststelling over drugs gaat dezelfde dag via een standaardmelding naar de Recherche.',
      'Operationele werking',
      null,
    ),
    steps: [
      { by: LOTTE, daysAgo: 26, action: 'submit' },
      { by: KAREL, daysAgo: 25, action: 'validate' },
      { by: MARC, daysAgo: 20, action: 'route', input: { comite: 'operationeel-comite' } },
      { by: MARC, daysAgo: 8, action: 'assign', input: { werkgroep: 'Overleggroep drugs', reason: 'Werkafspraak tussen Interventie en Recherche.' } },
    ],
  },
  {
    key: 'videospreekuur',
    dienst: 'Wijk',
    content: content(
      'Wijkspreekuur via videogesprek',
      'Burgers die overdag werken, geraken niet op het wijkspreekuur.',
      'Eén avond per maand een wijkspreekuur via videogesprek, met afspraak via de website.',
      'Communicatie',
      null,
    ),
    steps: [
      { by: BRAM, daysAgo: 4, action: 'submit' },
      { by: ELS, daysAgo: 1, action: 'validate' },
    ],
  },
  {
    key: 'fietsen',
    dienst: 'Wijk',
    content: content(
      'Elektrische dienstfietsen voor de wijkinspecteurs',
      'Wijkinspecteurs nemen voor korte verplaatsingen de wagen en zijn daardoor minder zichtbaar in de wijk.',
      'Zes elektrische dienstfietsen met fietskledij, verdeeld over de wijkkantoren.',
      'Aankoop of investering',
      12000,
    ),
    steps: [
      { by: BRAM, daysAgo: 16, action: 'submit' },
      { by: ELS, daysAgo: 14, action: 'validate' },
      {
        by: MARC,
        daysAgo: 3,
        action: 'scheduleForDirectiecomite',
        input: { meetingInDays: 14, reason: 'Samen behandelen met het mobiliteitsplan dat de directie binnen twee weken bespreekt.' },
      },
    ],
  },
  {
    key: 'bureaustoelen',
    dienst: 'Wijk',
    content: content(
      'Ergonomische bureaustoelen op het wijkkantoor',
      'Op het wijkkantoor Noord zijn de bureaustoelen versleten; collega’s klagen over rugpijn na administratieve diensten.',
      'Nieuwe ergonomische stoelen en een korte uitleg over de juiste instelling.',
      'Veiligheid en welzijn',
      4200,
    ),
    steps: [
      { by: BRAM, daysAgo: 120, action: 'submit' },
      { by: ELS, daysAgo: 117, action: 'validate' },
      { by: HILDE, daysAgo: 111, action: 'route', input: { comite: 'preventiecomite' } },
      { by: MARC, daysAgo: 95, action: 'assign', input: { werkgroep: 'Werkgroep ergonomie wijkkantoren' } },
      { by: MARC, daysAgo: 80, action: 'start' },
      { by: MARC, daysAgo: 21, action: 'realise', input: { reason: 'Twaalf nieuwe stoelen geleverd en ingesteld samen met de preventieambtenaar.' } },
    ],
    feedback: [
      { by: ELS, step: 'middenkaderoverleg', daysAgo: 15 },
      { by: ELS, step: 'teamoverleg', daysAgo: 12 },
    ],
    publishBy: EVA,
  },
  {
    key: 'onthaalbrochure',
    dienst: 'Wijk',
    content: content(
      'Onthaalbrochure voor nieuwe wijkinspecteurs',
      'Nieuwe wijkinspecteurs zoeken in hun eerste weken lang naar wie wat doet in de zone.',
      'Een korte onthaalbrochure met contactpersonen, werkafspraken en de eerste stappen in de wijk.',
      'Personeel',
      null,
    ),
    steps: [
      { by: BRAM, daysAgo: 70, action: 'submit' },
      { by: ELS, daysAgo: 66, action: 'validate' },
      { by: HILDE, daysAgo: 62, action: 'route', input: { comite: 'hr-comite' } },
      {
        by: NATHALIE,
        daysAgo: 34,
        action: 'notRetain',
        input: { reason: 'Niet weerhouden als aparte brochure: het nieuwe onthaaltraject van HR (peter-meterschap en onthaaldag) dekt deze noden vanaf januari.' },
      },
    ],
    feedback: [
      { by: ELS, step: 'middenkaderoverleg', daysAgo: 28 },
    ],
  },
  {
    key: 'inbraken-briefing',
    dienst: 'Wijk',
    content: content(
      'Gezamenlijke briefing met Fenomeenwerking over woninginbraken',
      'Wijkinspecteurs horen pas laat over reeksen woninginbraken in hun wijk.',
      'Een maandelijkse gezamenlijke briefing van Wijk en Fenomeenwerking over de inbraakcijfers per wijk.',
      'Operationele werking',
      null,
    ),
    steps: [
      { by: BRAM, daysAgo: 5, action: 'submit' },
      { by: BRAM, daysAgo: 4, action: 'withdraw' },
    ],
  },
  {
    // a dienst may hold its Q&W as a fixed item of its structural teamoverleg: the middenkader chairing it submits
    key: 'teamoverleg-debriefing',
    dienst: 'Interventie',
    teamoverlegDaysAgo: 13,
    content: content(
      'Korte debriefing na elk agressie-incident',
      'Na een incident met agressie gaat de ploeg meteen terug de baan op. Wat er gebeurde en hoe het met de collega’s gaat, komt pas weken later of nooit ter sprake.',
      'Na elk incident met agressie een debriefing van een kwartier met de ploegchef, met een korte fiche voor het middenkader en doorverwijzing naar de vertrouwenspersoon wanneer nodig.',
      'Veiligheid en welzijn',
      null,
      'Besproken op het teamoverleg van de dienst Interventie, waar kwaliteit en welzijn een vast agendapunt is.',
    ),
    steps: [
      { by: PIETER, daysAgo: 12, action: 'submit' },
      { by: KAREL, daysAgo: 9, action: 'validate' },
    ],
  },
];

/** The repository as a persona, with the demo clock at a moment in the past. */
async function repositoryAs(ctx: SeedContext, siteUrl: string, login: string, at: Date): Promise<PnpProposalRepository> {
  return new PnpProposalRepository({ sp: await ctx.as(login), siteUrl, store: memoryStore(), topic: 'Integriteit CARMA', now: () => at });
}

const DAY_MS = 86400000;

/** Plays one demo proposal's history through the app's own repository, each step as the persona who takes it. */
async function playProposal(ctx: SeedContext, siteUrl: string, demo: DemoProposal, werkgroepIds: Map<string, number>): Promise<void> {
  const at = (daysAgo: number): Date => new Date(ctx.now.getTime() - daysAgo * DAY_MS);
  let itemId = 0;
  let lastDecisionId: number | null = null;
  for (const step of demo.steps) {
    const repo = await repositoryAs(ctx, siteUrl, step.by, at(step.daysAgo));
    const { user, organisation } = await repo.me();
    if (step.action === 'submit') {
      const source =
        demo.teamoverlegDaysAgo === undefined ? undefined : { origin: 'Teamoverleg' as const, meetingDate: brusselsDateOf(at(demo.teamoverlegDaysAgo)) };
      const outcome = await repo.submit({ clientId: `demo-voorstel-${demo.key}`, dienst: demo.dienst, content: demo.content, source }, user);
      if (outcome.status !== 'created') throw new Error(`Demo proposal ${demo.key} could not be created`);
      itemId = outcome.itemId;
      continue;
    }
    const { proposal } = await repo.detail(itemId);
    if (step.action === 'progress') {
      await repo.recordProgress(proposal, step.notes || '');
      continue;
    }
    const input = step.input || {};
    const meeting = input.meetingInDays ? nextDirectiecomiteMeeting(new Date(at(step.daysAgo).getTime() + input.meetingInDays * DAY_MS)) : undefined;
    const werkgroepId = input.werkgroep ? werkgroepIds.get(input.werkgroep) : undefined;
    if (input.werkgroep && werkgroepId === undefined) throw new Error(`No werkgroep "${input.werkgroep}"`);
    const werkgroep = input.werkgroep ? organisationWerkgroep(input.werkgroep) : null;
    const outcome = await repo.decide(
      proposal,
      step.action,
      { ...input, ...(meeting ? { meeting } : {}), ...(werkgroep ? { uitvoerder: werkgroep } : {}), werkgroepId: werkgroepId ?? null },
      user,
      organisation,
    );
    lastDecisionId = outcome.decisionEntryId;
  }
  if (lastDecisionId === null) return;
  for (const tick of demo.feedback || []) {
    const repo = await repositoryAs(ctx, siteUrl, tick.by, at(tick.daysAgo));
    const { user } = await repo.me();
    const { proposal } = await repo.detail(itemId);
    await repo.recordCascadeStep(proposal, lastDecisionId, tick.step, user.actor.dienst, at(tick.daysAgo).toISOString(), user);
  }
  if (demo.publishBy) {
    const last = demo.steps[demo.steps.length - 1];
    const repo = await repositoryAs(ctx, siteUrl, demo.publishBy, at(Math.max(0, last.daysAgo - 1)));
    const { user } = await repo.me();
    const { proposal } = await repo.detail(itemId);
    const decided = proposal.status === 'Gerealiseerd' ? 'is gerealiseerd' : `gaat naar het ${proposal.comite ? comiteName(proposal.comite) : 'comité'}`;
    await repo.publishDecision(
      proposal,
      lastDecisionId,
      {
        title: `Verbetervoorstel ${decided}: ${proposal.title}`,
        body: `Het voorstel "${proposal.title}" van het team Q&W ${proposal.dienst} ${decided}.\n\n${proposal.lastDecisionReason || ''}`,
      },
      user,
    );
  }
}

/** The executor a demo assignment names (a werkgroep, or a standing body by its name). */
function organisationWerkgroep(name: string): { kind: UitvoerderKind; overleggroep?: Overleggroep; name?: string } {
  const standing = STANDING_BODIES.filter((b) => bodyOf(b.key).name === name)[0];
  if (!standing) return { kind: 'werkgroep', name };
  return standing.overleggroep ? { kind: standing.kind, overleggroep: standing.overleggroep } : { kind: standing.kind };
}

/** Puts the demo personas in their diensten, makes them chairs of the comités and executors, adds two ad hoc werkgroepen. */
export async function seedDemoOrganisation(ctx: SeedContext): Promise<Map<string, number>> {
  const sp = ctx.admin;
  const diensten = await titles(sp, DIENSTEN_LIST.title);
  for (const roster of ROSTERS) {
    const id = diensten.get(roster.dienst);
    if (id === undefined) throw new Error(`Dienst ${roster.dienst} missing: run the content seeder first`);
    const ids = (logins: string[]) => Promise.all(logins.map((login) => ctx.userId(login)));
    await sp.web.lists.getByTitle(DIENSTEN_LIST.title).items.getById(id).update({
      [`${D.Head}Id`]: await ctx.userId(roster.head),
      [`${D.MiddleManagers}Id`]: await ids(roster.middenkader),
      [`${D.TeamQW}Id`]: await ids(roster.teamQW),
    });
  }
  const comites = await titles(sp, COMITES_LIST.title);
  for (const comite of COMITES) {
    const id = comites.get(comite.name);
    if (id !== undefined) await sp.web.lists.getByTitle(COMITES_LIST.title).items.getById(id).update({ [`${C.Chair}Id`]: await ctx.userId(CHAIRS[comite.key]) });
  }
  const werkgroepen = await titles(sp, WERKGROEPEN.title);
  for (const body of STANDING_BODIES) {
    const id = werkgroepen.get(bodyOf(body.key).name);
    const chair = BODY_CHAIRS[body.key];
    if (id !== undefined && chair) await sp.web.lists.getByTitle(WERKGROEPEN.title).items.getById(id).update({ [`${W.Chair}Id`]: await ctx.userId(chair) });
  }
  for (const group of AD_HOC) {
    if (werkgroepen.has(group.name)) continue;
    const created = await sp.web.lists.getByTitle(WERKGROEPEN.title).items.add({
      [W.Title]: group.name,
      ClientId: `seed-werkgroep-${group.name.toLowerCase().replace(/\s+/g, '-')}`.slice(0, 64),
      [W.Comite]: comiteChoice(group.comite),
      [W.UitvoerderKind]: uitvoerderKindChoice('werkgroep'),
      [W.AdHoc]: true,
      [W.Mandate]: group.mandate,
      [`${W.Chair}Id`]: await ctx.userId(group.chair),
      [W.Active]: true,
    });
    werkgroepen.set(group.name, created.Id);
  }
  // the dienst folders and the people's notification folders follow the rosters and memberships just set
  await secureFlow(sp, ctx.log);
  return werkgroepen;
}

/** Plays the demo proposals' histories (once: a second run finds the first proposal and stops). */
export async function seedDemoProposals(ctx: SeedContext, werkgroepen: Map<string, number>): Promise<void> {
  const sp = ctx.admin;
  const existing: unknown[] = await sp.web.lists
    .getByTitle(VERBETERVOORSTELLEN.title)
    .items.filter(`ClientId eq 'demo-voorstel-${DEMO_PROPOSALS[0].key}'`)
    .select('Id')
    .top(1)();
  if (existing.length > 0) return;
  const siteUrl = (await sp.web.select('Url')<{ Url: string }>()).Url;
  for (const demo of DEMO_PROPOSALS) await playProposal(ctx, siteUrl, demo, werkgroepen);
  ctx.log(`Verbetervoorstellen: ${DEMO_PROPOSALS.length}`);
}

/**
 * Demo data of the Q&W flow: the people of Interventie and Wijk, the chairs of the comités and executors, two ad hoc
 * werkgroepen and fourteen proposals (one from a teamoverleg), together in every status, each decision taken by the persona who takes it in the
 * zone (through the app's own repository, so logs, cascade ticks, berichten and notifications are what the app makes).
 */
export const proposalsDemoSeeder: Seeder = {
  name: 'Verbetervoorstellen (demo)',
  kind: 'demo',
  async run(ctx: SeedContext): Promise<void> {
    await seedDemoProposals(ctx, await seedDemoOrganisation(ctx));
  },
};
