/**
 * DEMO DATA, not the zone's content: the Integriteitsplan as a zone at work on it, a good year into the plan. The
 * content seeder loads every action point "Niet gestart" (right for a real site); on the local SharePoint this demo
 * marks some realised, many under way and a few postponed, each with a short evaluation and the date of its last
 * update, so the plan does not look abandoned. It touches only action points nobody has updated yet.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { newClientId } from '../src/data/clientId';
import { toDateField } from '../src/data/registers/dateFields';
import { brusselsDateOf } from '../src/domain/dates';
import { ACTIEPUNTEN, EVALUATIE_INBRENG, PRIORITEITEN } from '../src/data/schema';
import type { Seeder, SeedContext } from './types';

/** The korpsleiding updates the plan (it may edit every action point). */
const UPDATER = 'hilde.goossens@pzcarma.be';
/** A member of the Werkgroep Integriteit records its priorities and evaluation input. */
const WERKGROEP_MEMBER = 'nina.verbeke@pzcarma.be';

const DAY_MS = 86400000;

type DemoStatus = 'Lopend' | 'Gerealiseerd' | 'Uitgesteld';

/** The demo state of an action point: its status, a short evaluation, and how long ago it was last updated. */
export const PLAN_DEMO: Readonly<Record<string, { status: DemoStatus; notes: string; daysAgo: number }>> = {
  'SD1.1': { status: 'Gerealiseerd', notes: 'Integriteit staat in het organogram van het beleidsplan.', daysAgo: 210 },
  'SD1.2': { status: 'Gerealiseerd', notes: 'Functieomschrijving goedgekeurd door het directiecomité.', daysAgo: 180 },
  'SD1.3': { status: 'Lopend', notes: 'Vier van de zes diensten hebben hun actiepunten uitgewerkt.', daysAgo: 21 },
  'SD1.4': { status: 'Lopend', notes: 'Halfjaarlijkse opvolging op het managementoverleg.', daysAgo: 35 },
  'SD1.5': { status: 'Lopend', notes: 'De maandlijst gaat elke maand naar de diensthoofden.', daysAgo: 9 },
  'SD1.6': { status: 'Gerealiseerd', notes: 'Jaarcijfers gepubliceerd en besproken op het directiecomité.', daysAgo: 120 },
  'SD1.8': { status: 'Lopend', notes: 'Dashboard klachten in gebruik; procedure voor de opvolging in opmaak.', daysAgo: 14 },
  'SD2.1': { status: 'Gerealiseerd', notes: 'Vast agendapunt op het operationeel overleg sinds januari.', daysAgo: 150 },
  'SD2.2': { status: 'Lopend', notes: 'Op de agenda van het HR-comité; het preventiecomité volgt.', daysAgo: 40 },
  'SD3.2': { status: 'Lopend', notes: 'Beslissingen van het directiecomité worden teruggekoppeld via het intranet.', daysAgo: 18 },
  'SD3.3': { status: 'Lopend', notes: 'Communicatieplan 10 thema’s loopt: vier thema’s gecommuniceerd.', daysAgo: 7 },
  'SD3.4': { status: 'Lopend', notes: 'Eerste voorbeelden verzameld bij de teams Q&W.', daysAgo: 25 },
  'SD4.1': { status: 'Lopend', notes: 'Module integriteit opgenomen in de leiderschapsopleiding.', daysAgo: 60 },
  'SD4.3': { status: 'Uitgesteld', notes: 'Uitgesteld tot na de reorganisatie van het directiecomité.', daysAgo: 45 },
  'SD5.1': { status: 'Lopend', notes: 'Nieuwe scenario’s in de GPI 48-trainingen sinds september.', daysAgo: 30 },
  'SD5.2': { status: 'Gerealiseerd', notes: 'Twee reeksen dilemmatraining gegeven en geëvalueerd.', daysAgo: 90 },
  'SD5.4': { status: 'Lopend', notes: 'Opleiding bodycams voor de interventieploegen gepland.', daysAgo: 12 },
  'SD6.1': { status: 'Lopend', notes: 'Risicoanalyse voor grote evenementen in gebruik.', daysAgo: 50 },
  'SD6.4': { status: 'Uitgesteld', notes: 'Wacht op de nieuwe richtlijn van de federale politie.', daysAgo: 75 },
  'SD7.1': { status: 'Lopend', notes: 'Draaiboek Intern Toezicht in ontwerp bij TIWK.', daysAgo: 28 },
  'SD7.2': { status: 'Lopend', notes: 'Gebruik van bodycams besproken in elke briefing.', daysAgo: 16 },
};

/** The werkgroep's first meeting ("Prioritering doelstellingen op eerstvolgend overleg werkgroep Integriteit") and a later one. */
const PRIORITY_MEETING_DAYS_AGO = 240;
const EVALUATION_MEETING_DAYS_AGO = 20;

/** The werkgroep's priorities: the structural anchoring and the network first, the long-term work later. */
export const PRIORITY_DEMO: Readonly<Record<string, { priority: 'Hoog' | 'Gemiddeld' | 'Laag'; motivation: string }>> = {
  'SD1.3': { priority: 'Hoog', motivation: 'Zonder actiepunten per dienst blijft het plan op papier.' },
  'SD1.5': { priority: 'Hoog', motivation: 'De maandlijst houdt diensthoofden en politiecollege mee.' },
  'SD2.1': { priority: 'Hoog', motivation: 'Operationele integriteitsrisico’s horen op elk diensthoofdenoverleg.' },
  'SD2.2': { priority: 'Gemiddeld', motivation: 'HR-comité eerst, daarna het preventiecomité.' },
  'SD3.3': { priority: 'Hoog', motivation: 'De campagne over de 10 thema’s draagt het hele plan.' },
  'SD4.3': { priority: 'Laag', motivation: 'Na de reorganisatie van het directiecomité.' },
  'SD5.2': { priority: 'Gemiddeld', motivation: 'Dilemmatraining in twee reeksen per jaar.' },
  'SD6.4': { priority: 'Laag', motivation: 'Afhankelijk van de federale richtlijn.' },
  'SD7.1': { priority: 'Gemiddeld', motivation: 'Draaiboek nodig voor de eindevaluatie.' },
};

/** The werkgroep's evaluation input per milestone (keys of seed/content/milestones.json). */
export const EVALUATION_DEMO: readonly { milestoneKey: string; input: string; daysAgo: number }[] = [
  { milestoneKey: 'bevraging-diensthoofden', input: 'Alle diensthoofden bevraagd; de antwoorden zijn de basis van de prioriteiten.', daysAgo: PRIORITY_MEETING_DAYS_AGO },
  { milestoneKey: 'prioritering-doelstellingen', input: 'Doelstellingen geprioriteerd: verankering, netwerk en de campagne eerst.', daysAgo: PRIORITY_MEETING_DAYS_AGO },
  { milestoneKey: 'nulmeting-welzijnsenquete', input: 'Nulmeting afgerond; integriteit scoort lager bij de nachtploegen.', daysAgo: EVALUATION_MEETING_DAYS_AGO },
  { milestoneKey: 'eindevaluatie', input: 'Voor de eindevaluatie: de nieuwe bevraging van de diensthoofden naast de nulmeting leggen.', daysAgo: EVALUATION_MEETING_DAYS_AGO },
];

/** The werkgroep's priorities and evaluation input, once (only when it recorded nothing yet). */
async function seedWerkgroepDemo(ctx: SeedContext): Promise<void> {
  const [priorities, inputs] = await Promise.all([
    ctx.admin.web.lists.getByTitle(PRIORITEITEN.title).items.select('Id').top(1)<{ Id: number }[]>(),
    ctx.admin.web.lists.getByTitle(EVALUATIE_INBRENG.title).items.select('Id').top(1)<{ Id: number }[]>(),
  ]);
  const member: SPFI = await ctx.as(WERKGROEP_MEMBER);
  const day = (daysAgo: number): string => toDateField(brusselsDateOf(new Date(ctx.now.getTime() - daysAgo * DAY_MS)));
  if (priorities.length === 0) {
    for (const code of Object.keys(PRIORITY_DEMO)) {
      const demo = PRIORITY_DEMO[code];
      await member.web.lists.getByTitle(PRIORITEITEN.title).items.add({
        ClientId: newClientId(),
        Title: code,
        ActionPointCode: code,
        Priority: demo.priority,
        Motivation: demo.motivation,
        MeetingDate: day(PRIORITY_MEETING_DAYS_AGO),
      });
    }
  }
  if (inputs.length === 0) {
    for (const entry of EVALUATION_DEMO) {
      await member.web.lists.getByTitle(EVALUATIE_INBRENG.title).items.add({
        ClientId: newClientId(),
        Title: entry.milestoneKey,
        MilestoneKey: entry.milestoneKey,
        Input: entry.input,
        MeetingDate: day(entry.daysAgo),
      });
    }
  }
  if (priorities.length === 0 || inputs.length === 0) ctx.log('Integriteitsplan (demo): prioriteiten en evaluatie-inbreng van de Werkgroep Integriteit.');
}

interface PointRow {
  Id: number;
  Code: string;
  Status: string;
  LastUpdate: string | null;
  'odata.etag'?: string;
}

/** Gives the demo plan its statuses: only action points still "Niet gestart" and never updated (runs safely twice). */
export async function seedPlanDemo(ctx: SeedContext): Promise<void> {
  const list = ctx.admin.web.lists.getByTitle(ACTIEPUNTEN.title);
  const rows = await list.items.select('Id', 'Code', 'Status', 'LastUpdate').top(500)<PointRow[]>();
  const untouched = rows.filter((r) => PLAN_DEMO[r.Code] && r.Status === 'Niet gestart' && !r.LastUpdate);
  await seedWerkgroepDemo(ctx);
  if (untouched.length === 0) return;
  const updater: SPFI = await ctx.as(UPDATER);
  const points = updater.web.lists.getByTitle(ACTIEPUNTEN.title);
  for (const row of untouched) {
    const demo = PLAN_DEMO[row.Code];
    await points.items.getById(row.Id).update({
      Status: demo.status,
      EvaluationNotes: demo.notes,
      LastUpdate: new Date(ctx.now.getTime() - demo.daysAgo * DAY_MS).toISOString(),
    });
  }
  ctx.log(`Integriteitsplan (demo): ${untouched.length} actiepunten bijgewerkt.`);
}

/** The seeder of the demo plan statuses (local SharePoint only). */
export const planDemoSeeder: Seeder = { name: 'Demo: voortgang van het integriteitsplan', kind: 'demo', run: seedPlanDemo };
