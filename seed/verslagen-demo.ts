import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { addCalendarDays, brusselsDateOf, brusselsInstant, type BrusselsDate } from '../src/domain/dates';
import type { ReportText } from '../src/domain/verslagen/content';
import type { ReportKind } from '../src/domain/verslagen/kinds';
import { BESLISSINGEN, VERSLAGEN, fieldNames } from '../src/data/schema';
import { SPVerslagenRepository } from '../src/data/verslagen/SPVerslagenRepository';
import type { Seeder, SeedContext } from './types';

const B = fieldNames(BESLISSINGEN);
const DAY_MS = 86400000;

const SARAH = 'sarah.leclercq@pzcarma.be';
const HILDE = 'hilde.goossens@pzcarma.be';
const MARC = 'marc.willems@pzcarma.be';
const NATHALIE = 'nathalie.desmet@pzcarma.be';
const EVA = 'eva.smets@pzcarma.be';
const TOM = 'tom.vermeulen@pzcarma.be';

/** One demo report: who writes it, who publishes it, when the meeting was, what it says. */
interface DemoReport {
  kind: ReportKind;
  writer: string;
  publisher: string;
  daysAgo: number;
  text: Omit<ReportText, 'meetingDate'>;
}

/** The reports the source names, written as the zone would (the fixed items of SD2.1 and SD2.2, the comités' feedback). */
const REPORTS: readonly DemoReport[] = [
  {
    kind: 'diensthoofdenoverleg',
    writer: SARAH,
    publisher: HILDE,
    daysAgo: 9,
    text: {
      body: 'De diensthoofden bespraken de planning van de eindejaarsperiode en de bezetting van de nachtdiensten.',
      fixedItem:
        'Operationele integriteitsrisico’s: Interventie meldt twee feiten van weerspannigheid tijdens nachtelijke controles; TIWK evalueert ze tactisch samen met de Cel GWB (SD2.3). Verkeer vraagt aandacht voor het gebruik van dienstvoertuigen buiten de dienst.',
      comiteFeedback:
        'Aankoopcomité: het Q-team test twee modellen bodycams in de nachtploegen. Aankoopcomité: de tweede combi voor de nachtdienst ligt bij het Voertuigcomité. Operationeel Comité: de opfriscursus geweldsbeheersing na lange afwezigheid wordt uitgewerkt door de Cel GWB.',
    },
  },
  {
    kind: 'hr-comite',
    writer: NATHALIE,
    publisher: NATHALIE,
    daysAgo: 19,
    text: {
      body: 'Het HR-comité besprak de selectieprocedure voor inspecteurs en het opleidingsplan van volgend jaar.',
      fixedItem:
        'Integriteit: in elk selectiegesprek komt voortaan een dilemma uit de 10 aandachtspunten aan bod; de dilemmatraining wordt opgenomen in het opleidingsplan (SD5).',
      comiteFeedback: '',
    },
  },
  {
    kind: 'preventiecomite',
    writer: MARC,
    publisher: MARC,
    daysAgo: 24,
    text: {
      body: 'Het preventiecomité besprak met de preventieambtenaar de ergonomie van de wijkkantoren.',
      fixedItem:
        'Integriteit: de werkgroep ergonomie wijkkantoren rapporteert volgende maand; de preventieambtenaar stelt de risicoanalyse van de nachtdiensten voor in de volgende vergadering.',
      comiteFeedback: '',
    },
  },
  {
    kind: 'aankoopcomite',
    writer: TOM,
    publisher: TOM,
    daysAgo: 12,
    text: {
      body:
        'Het aankoopcomité volgde de opdrachten aan het Q-team op: twee modellen bodycams worden drie maanden getest in de nachtploegen van Interventie; de vraag naar een tweede combi voor de nachtdienst ligt bij het Voertuigcomité.',
      fixedItem: '',
      comiteFeedback: '',
    },
  },
  {
    kind: 'communicatiecomite',
    writer: HILDE,
    publisher: HILDE,
    daysAgo: 16,
    text: {
      body:
        'Het communicatiecomité legde de campagne rond de 10 aandachtspunten vast: elke maand één aandachtspunt in de nieuwsbrief en op de SharePoint-pagina, met een dilemma voor het teamoverleg.',
      fixedItem: '',
      comiteFeedback: '',
    },
  },
  {
    kind: 'operationeel-comite',
    writer: HILDE,
    publisher: HILDE,
    daysAgo: 21,
    text: {
      body:
        'Het operationeel comité gaf de Cel GWB de opdracht een opfriscursus geweldsbeheersing uit te werken voor wie na een lange afwezigheid terugkeert; de overleggroep personen bekijkt de opvolging van de feiten van weerspannigheid.',
      fixedItem: '',
      comiteFeedback: '',
    },
  },
  {
    kind: 'werkgroep-integriteit',
    writer: HILDE,
    publisher: HILDE,
    daysAgo: 30,
    text: {
      body:
        'Prioritering van de doelstellingen: eerst de campagne rond de 10 thema’s (Communicatiecomité) en de vaste agendapunten integriteit in het HR- en preventiecomité; daarna de uitbouw van de cel beeldverwerking. Input voor de evaluatie: de bevraging van de diensthoofden en de nulmeting van de welzijnsenquête.',
      fixedItem: '',
      comiteFeedback: '',
    },
  },
];

/** The Brussels dates on which the directiecomité took decisions on the demo proposals, newest first. */
async function directiecomiteDays(sp: SPFI): Promise<BrusselsDate[]> {
  const rows: { At: string }[] = await sp.web.lists
    .getByTitle(BESLISSINGEN.title)
    .items.select(B.At)
    .filter(`${B.ActingAs} eq 'directiecomite' and ${B.EntryKind} eq 'Beslissing'`)
    .top(500)();
  return rows
    .map((r) => brusselsDateOf(r.At))
    .filter((d, i, all) => all.indexOf(d) === i)
    .sort()
    .reverse();
}

/** A persona's repository whose clock stands at `at` (the report is published then). */
async function repoAt(ctx: SeedContext, login: string, at: Date): Promise<SPVerslagenRepository> {
  return new SPVerslagenRepository(await ctx.as(login), () => at);
}

/** Writes, completes and publishes one report as the personas who do so in the zone. */
async function playReport(ctx: SeedContext, kind: ReportKind, date: BrusselsDate, writer: string, publisher: string, text: Omit<ReportText, 'meetingDate'>): Promise<void> {
  // a report the day after its meeting; a newsletter at the start of the next month; never after "now"
  const next = kind === 'nieuwsbrief' ? addCalendarDays(`${date.slice(0, 7)}-28`, 5).slice(0, 7) + '-01' : addCalendarDays(date, 1);
  const publishedAt = new Date(Math.min(Date.parse(brusselsInstant(next, '10:00')), ctx.now.getTime()));
  const writing = await repoAt(ctx, writer, publishedAt);
  const id = await writing.startDraft(kind, date);
  const { draft } = await writing.draft(id);
  await writing.submitDraft(draft, { ...draft.text, ...text });
  const approving = await repoAt(ctx, publisher, publishedAt);
  await approving.publish((await approving.draft(id)).draft);
}

/**
 * Demo reports: the directiecomité's last three meetings (drafted from their decisions by the beleidssecretariaat,
 * published by the korpschef), a diensthoofdenoverleg, each structural comité, the Werkgroep Integriteit, and the
 * newsletters of the two months before this one (Communicatie). Once: a second run finds reports and stops.
 */
export const verslagenDemoSeeder: Seeder = {
  name: 'Verslagen en nieuwsbrieven (demo)',
  kind: 'demo',
  async run(ctx: SeedContext): Promise<void> {
    const existing: unknown[] = await ctx.admin.web.lists.getByTitle(VERSLAGEN.title).items.select('Id').top(1)();
    if (existing.length > 0) return;
    const today = brusselsDateOf(ctx.now);
    const days = (await directiecomiteDays(ctx.admin)).filter((d) => d < today).slice(0, 3);
    for (const day of days) {
      await playReport(ctx, 'directiecomite', day, SARAH, HILDE, {
        body: 'Het directiecomité overliep ook de stand van het integriteitsplan en de planning van de volgende maand.',
        fixedItem: '',
        comiteFeedback: '',
      });
    }
    for (const r of REPORTS) await playReport(ctx, r.kind, brusselsDateOf(new Date(ctx.now.getTime() - r.daysAgo * DAY_MS)), r.writer, r.publisher, r.text);
    // the newsletters of the two months before this one, oldest first
    const lastMonth = addCalendarDays(`${today.slice(0, 7)}-01`, -1);
    const monthBefore = addCalendarDays(`${lastMonth.slice(0, 7)}-01`, -1);
    for (const month of [monthBefore, lastMonth]) {
      await playReport(ctx, 'nieuwsbrief', month, EVA, EVA, {
        body: 'In deze nieuwsbrief: wat het directiecomité en de comités deze maand beslisten over jullie verbetervoorstellen, de berichten op de SharePoint-pagina en de nieuwe korpsrichtlijnen.',
        fixedItem: '',
        comiteFeedback: '',
      });
    }
    ctx.log(`Verslagen: ${days.length + REPORTS.length + 2}`);
  },
};
