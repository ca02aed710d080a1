/**
 * DEMO DATA, not the zone's records: reports to the internal reporting channel in every state (fresh, receipt
 * confirmed, feedback overdue, closed and referred), made in the app by staff personas or registered by the integrity
 * contact for reports received by letter, by telephone or in person, so the Integriteitsmelding view shows its clocks.
 * Every name of a reporter here is invented.
 */
import { addCalendarDays, brusselsDateOf, brusselsInstant, type BrusselsDate } from '../src/domain/dates';
import type { RegisteredReportDraft, ReportDraft, ReportOutcome } from '../src/domain/melden';
import { SPMeldenRepository } from '../src/data/melden/SPMeldenRepository';
import type { Seeder, SeedContext } from './types';

const NADIA = 'nadia.elamrani@pzcarma.be';

/** A demo report: made in the app by a persona today, or registered by the contact `daysAgo` days ago. */
interface DemoReport {
  by: string | { channel: RegisteredReportDraft['channel']; daysAgo: number; reporterName?: string; reporterContact?: string };
  draft: ReportDraft;
  /** Days after receipt on which the contact confirmed, gave feedback, closed (absent: not yet). */
  confirmAfter?: number;
  feedbackAfter?: number;
  close?: { after: number; outcome: ReportOutcome };
  receiptMessage?: string;
  feedback?: string;
}

const CONFIRM = 'Je melding is goed ontvangen. We behandelen ze vertrouwelijk en geven je uiterlijk binnen 3 maanden feedback.';

const REPORTS: DemoReport[] = [
  {
    by: 'jonas.maes@pzcarma.be',
    draft: {
      subject: 'Overuren genoteerd die niet gepresteerd werden',
      category: 'Inbreuk op regels of procedures',
      facts: 'Bij de late ploeg van Interventie worden al enkele weken overuren ingegeven voor de nachtelijke opvolging van een controleactie, terwijl de ploeg om 22 uur inrukte. Ik zag de prestatiestaten bij het afsluiten van de week.',
      whenWhere: 'Weekends van oktober en november, commissariaat centrum.',
      involved: 'Twee inspecteurs van de late ploeg; de namen geef ik liever in een gesprek.',
      feedbackPreference: 'Persoonlijk gesprek',
    },
  },
  {
    by: 'sofie.claes@pzcarma.be',
    draft: {
      subject: 'Opzoekingen in de ANG zonder dienstreden',
      category: 'Inbreuk op Europese regels (financiële belangen, privacy, overheidsopdrachten …)',
      facts: 'Een collega vertelde in de refter wat hij in de politionele databanken had gevonden over de nieuwe partner van zijn ex-vrouw. Er was geen dossier of opdracht die dat verklaart (aandachtspunt 7: rechtmatig gebruik van de politionele info).',
      whenWhere: 'Vorige week, refter van de dienst Verkeer.',
      involved: '',
      feedbackPreference: 'In de app',
    },
    confirmAfter: 0,
    receiptMessage: CONFIRM,
  },
  {
    by: { channel: 'Brief', daysAgo: 40 },
    draft: {
      subject: 'Dienstkledij steeds bij dezelfde leverancier zonder offertes',
      category: 'Inbreuk op Europese regels (financiële belangen, privacy, overheidsopdrachten …)',
      facts: 'Anonieme brief: de bestellingen van dienstkledij en uitrusting gaan al twee jaar naar dezelfde leverancier, telkens net onder het bedrag waarboven offertes gevraagd moeten worden. De leverancier zou een familielid van een medewerker zijn.',
      whenWhere: '2024-2026, aankopen Logistiek.',
      involved: 'Niet genoemd.',
      feedbackPreference: 'Geen terugkoppeling',
    },
    confirmAfter: 2,
    receiptMessage: 'Anonieme brief zonder adres: ontvangst geregistreerd, geen bevestiging mogelijk aan de melder.',
  },
  {
    by: { channel: 'Persoonlijk gesprek', daysAgo: 110, reporterName: 'Bart De Cock', reporterContact: 'Persoonlijk, via de integriteitscontactpersoon; geen mail naar het dienstadres.' },
    draft: {
      subject: 'Inbeslaggenomen goederen niet in het register',
      category: 'Ernstige tekortkoming in beroepsplichten of beheer',
      facts: 'Bij een huiszoeking in beslag genomen gereedschap lag weken in de garage van het commissariaat zonder inschrijving in het register van de inbeslagnames; een deel zou intussen verdwenen zijn.',
      whenWhere: 'Juli, garage commissariaat Oost.',
      involved: 'Dienst Recherche, beheer inbeslagnames.',
      feedbackPreference: 'Persoonlijk gesprek',
    },
    confirmAfter: 6,
    receiptMessage: CONFIRM,
  },
  {
    by: { channel: 'Telefoon', daysAgo: 9 },
    draft: {
      subject: 'Voorrangsvoertuig gebruikt voor privéboodschappen',
      category: 'Inbreuk op regels of procedures',
      facts: 'De beller zag een interventievoertuig met zwaailicht aan bij een supermarkt parkeren; twee agenten deden boodschappen.',
      whenWhere: 'Zaterdagnamiddag, Stationsstraat.',
      involved: 'Onbekend.',
      feedbackPreference: 'Geen terugkoppeling',
    },
  },
  {
    by: { channel: 'Telefoon', daysAgo: 200, reporterName: 'Leen Wauters', reporterContact: 'Privénummer gekend bij de contactpersoon.' },
    draft: {
      subject: 'Pesterijen door een leidinggevende',
      category: 'Ernstige tekortkoming in beroepsplichten of beheer',
      facts: 'De melder wordt al maanden door een leidinggevende gekleineerd voor de ploeg en krijgt systematisch de slechtste diensten.',
      whenWhere: 'Sinds het voorjaar.',
      involved: 'Een leidinggevende van de eigen dienst.',
      feedbackPreference: 'Persoonlijk gesprek',
    },
    confirmAfter: 1,
    receiptMessage: CONFIRM,
    feedbackAfter: 5,
    feedback: 'Pesterijen op het werk vallen buiten de wet van 8 december 2022 en hebben een eigen procedure. Met je akkoord hebben we je in contact gebracht met de preventieadviseur psychosociale aspecten, die je verzoek tot formele psychosociale interventie opvolgt.',
    close: { after: 6, outcome: 'Doorverwezen' },
  },
  {
    by: { channel: 'Persoonlijk gesprek', daysAgo: 400, reporterName: '' },
    draft: {
      subject: 'Tankkaart gebruikt voor privéritten',
      category: 'Inbreuk op regels of procedures',
      facts: 'Met de tankkaart van een anoniem voertuig werd in het weekend getankt terwijl het voertuig volgens het rittenboek in de garage stond.',
      whenWhere: 'Drie weekends in het najaar.',
      involved: 'Eén personeelslid (naam gekend bij de contactpersoon).',
      feedbackPreference: 'Persoonlijk gesprek',
    },
    confirmAfter: 3,
    receiptMessage: CONFIRM,
    feedbackAfter: 70,
    feedback: 'Het onderzoek bevestigde het oneigenlijk gebruik. De korpschef heeft de nodige maatregelen genomen en de tankkaarten worden voortaan maandelijks nagekeken tegen de rittenboeken.',
    close: { after: 75, outcome: 'Gegrond' },
  },
];

/** Noon in Brussels on a date: "now" for an action the contact took that day. */
const noonOf = (date: BrusselsDate): Date => new Date(brusselsInstant(date, '12:00'));

async function seedReport(ctx: SeedContext, report: DemoReport, today: BrusselsDate): Promise<void> {
  const nadia = new SPMeldenRepository(await ctx.as(NADIA));
  let id: number;
  let receivedOn: BrusselsDate;
  if (typeof report.by === 'string') {
    const reporter = new SPMeldenRepository(await ctx.as(report.by));
    id = await reporter.submitReport(report.draft, reporter.newClientId(), noonOf(today));
    receivedOn = today;
  } else {
    receivedOn = addCalendarDays(today, -report.by.daysAgo);
    const draft: RegisteredReportDraft = { ...report.draft, channel: report.by.channel, receivedOn, reporterName: report.by.reporterName || '', reporterContact: report.by.reporterContact || '' };
    id = await nadia.registerReport(draft, nadia.newClientId(), noonOf(receivedOn));
  }
  if (report.confirmAfter === undefined) return;
  let current = (await nadia.loadReport(id)).report;
  current = await nadia.confirmReceipt(current, report.receiptMessage || CONFIRM, noonOf(addCalendarDays(receivedOn, report.confirmAfter)));
  if (report.feedbackAfter === undefined || !report.feedback) return;
  current = await nadia.giveFeedback(current, report.feedback, noonOf(addCalendarDays(receivedOn, report.feedbackAfter)));
  if (report.close) await nadia.close(current, report.close.outcome, noonOf(addCalendarDays(receivedOn, report.close.after)));
}

/** The demo reports of the integrity channel (local SharePoint only). */
export const meldenDemoSeeder: Seeder = {
  name: 'melden-demo',
  kind: 'demo',
  async run(ctx: SeedContext): Promise<void> {
    const today = brusselsDateOf(ctx.now);
    // oldest first, so the register's newest-first order (by id) is also the order of receipt
    const daysAgo = (r: DemoReport): number => (typeof r.by === 'string' ? 0 : r.by.daysAgo);
    const ordered = REPORTS.slice().sort((x, y) => daysAgo(y) - daysAgo(x));
    for (const report of ordered) await seedReport(ctx, report, today);
    ctx.log(`integriteitsmeldingen: ${REPORTS.length} reports (demo)`);
  },
};
