/**
 * DEMO DATA, not the zone's records: declarations in the three registers by several personas, absences, and fifteen
 * complaint dossiers in every state across the investigators, so that the Registers, Klachten and Dashboard views show
 * what they do on the local SharePoint. Every name of a complainant here is invented.
 */
import { addCalendarDays, brusselsDateOf, brusselsInstant, daysBetween, formatDateBE, type BrusselsDate } from '../src/domain/dates';
import type { ComplaintOutcome } from '../src/domain/complaints';
import type { ComplaintDraft, ComplaintRecord, InvestigatorOption } from '../src/data/complaints/ComplaintsRepository';
import { SPComplaintsRepository } from '../src/data/complaints/SPComplaintsRepository';
import type { Dienst } from '../src/data/groups';
import { Outbox } from '../src/data/outbox';
import type { DamageDraft, GiftDraft, SideActivityDraft } from '../src/data/registers/RegistersRepository';
import { SPRegistersRepository } from '../src/data/registers/SPRegistersRepository';
import { PERSONAS } from '../devserver/auth/personas';
import type { Seeder, SeedContext } from './types';

const GRIET = 'griet.vandamme@pzcarma.be';
const HILDE = 'hilde.goossens@pzcarma.be';
const LUC = 'luc.hermans@pzcarma.be';
const WIM = 'wim.hendrickx@pzcarma.be';
const DIRK = 'dirk.aerts@pzcarma.be';

const nameOf = (login: string): string => (PERSONAS.filter((p) => p.login === login)[0] || { title: login }).title;

/** The registers' repository as a persona, with an outbox in memory (a seeder has no browser storage). */
async function registersAs(ctx: SeedContext, login: string): Promise<SPRegistersRepository> {
  const memory: { [key: string]: string } = {};
  const outbox = new Outbox({ getItem: (k) => memory[k] ?? null, setItem: (k, v) => void (memory[k] = v), removeItem: (k) => void delete memory[k] });
  return new SPRegistersRepository(await ctx.as(login), outbox, nameOf(login));
}

async function complaintsAs(ctx: SeedContext, login: string): Promise<SPComplaintsRepository> {
  return new SPComplaintsRepository(await ctx.as(login), nameOf(login));
}

/** The id of a created declaration (the seeder is online, so nothing stays in the outbox). */
function created(outcome: { status: string; id?: string }): string {
  if (outcome.status !== 'created' || !outcome.id) throw new Error('a demo declaration was not stored');
  return outcome.id;
}

async function seedGifts(ctx: SeedContext, today: BrusselsDate): Promise<void> {
  const gifts: { login: string; draft: GiftDraft; handling?: Parameters<SPRegistersRepository['handleGift']>[1] }[] = [
    {
      login: 'jonas.maes@pzcarma.be',
      draft: {
        kind: 'Nieuwjaarsgeschenk',
        what: 'Kerstpakket met wijn en pralines',
        giver: 'Slagerij Van Hove, Marktplein',
        estimatedValue: '45',
        receivedOn: `${Number(today.slice(0, 4)) - 1}-12-28`,
        whyNotRefused: 'Achtergelaten aan het onthaal van het commissariaat, zonder naam van de ontvanger.',
        dienst: 'Interventie',
      },
      handling: { status: 'Afgehandeld', decision: 'Geschonken aan een goed doel', notes: 'Geschonken aan de voedselbank; schenker schriftelijk bedankt en op het beleid gewezen.' },
    },
    {
      login: 'lotte.wouters@pzcarma.be',
      draft: {
        kind: 'Attentie',
        what: 'Doos koekjes',
        giver: 'Bewoners Kerkstraat na de buurtinterventie',
        estimatedValue: '8,50',
        receivedOn: addCalendarDays(today, -20),
        whyNotRefused: 'De bewoners bleven aandringen; geweigerd zou als onbeleefd ervaren zijn.',
        dienst: 'Interventie',
      },
      handling: { status: 'In behandeling', decision: null, notes: 'Wordt gedeeld in de ploegzaal; bedankkaartje vanuit de dienst.' },
    },
    {
      login: 'bram.jacobs@pzcarma.be',
      draft: {
        kind: 'Korting',
        what: 'Aanbod van 20 % korting op een nieuwe fiets',
        giver: 'Fietsenwinkel in de wijk',
        estimatedValue: '150',
        receivedOn: addCalendarDays(today, -6),
        whyNotRefused: 'Mondeling aangeboden tijdens een wijkronde; meteen geweigerd en hier gemeld.',
        dienst: 'Wijk',
      },
    },
  ];
  const griet = await registersAs(ctx, GRIET);
  for (const g of gifts) {
    const id = created(await (await registersAs(ctx, g.login)).submitGift(g.draft, ctx.now));
    if (g.handling) await griet.handleGift((await griet.loadGift(id)).gift, g.handling);
  }
}

async function seedSideActivities(ctx: SeedContext, today: BrusselsDate): Promise<void> {
  const declare = async (login: string, draft: SideActivityDraft): Promise<string> => created(await (await registersAs(ctx, login)).submitSideActivity(draft, ctx.now));
  const college = await registersAs(ctx, LUC);
  const decide = async (id: string, decision: Parameters<SPRegistersRepository['decideSideActivity']>[2]): Promise<void> => {
    const { activity, me } = await college.loadSideActivity(id);
    await college.decideSideActivity(activity, me, decision);
  };
  const start = addCalendarDays(today, 14);
  // an Ops request for a doorman job: absolutely incompatible, awaiting the receipt by the politiecollege
  await declare('jonas.maes@pzcarma.be', {
    kader: 'Ops',
    kind: 'security',
    title: 'Portier in een discotheek',
    description: 'Op zaterdagavond als portier aan de deur van een discotheek in de regio.',
    organisation: 'Club Nova',
    startDate: start,
    endDate: '',
    hoursPerMonth: '16',
    dienst: 'Interventie',
  });
  // an Ops request received by the politiecollege: the 45-day clock runs
  const teacher = await declare('pieter.mertens@pzcarma.be', {
    kader: 'Ops',
    kind: 'andere',
    title: 'Gastdocent verkeersveiligheid',
    description: 'Gastlessen verkeersveiligheid in het middelbaar onderwijs, buiten de diensturen.',
    organisation: 'Provinciaal onderwijs',
    startDate: addCalendarDays(today, 30),
    endDate: '',
    hoursPerMonth: '4',
    dienst: 'Interventie',
  });
  await decide(teacher, { action: 'registerReceipt' });
  // an Ops activity allowed under conditions, then suspended by a sick leave that HR registered
  const coach = await declare('bram.jacobs@pzcarma.be', {
    kader: 'Ops',
    kind: 'andere',
    title: 'Jeugdtrainer voetbal',
    description: 'Trainer van de U12 van de plaatselijke voetbalclub, twee avonden per week.',
    organisation: 'KFC Carma',
    startDate: today,
    endDate: '',
    hoursPerMonth: '24',
    dienst: 'Wijk',
  });
  await decide(coach, { action: 'registerReceipt' });
  // the college advises on the basis of the member's talk with the korpschef, which she records first
  const korpschef = await registersAs(ctx, 'hilde.goossens@pzcarma.be');
  const received = await korpschef.loadSideActivity(coach);
  await korpschef.decideSideActivity(received.activity, received.me, { action: 'recordTalk' });
  await decide(coach, { action: 'allow', advice: 'Gunstig onder voorwaarden', reason: 'Niet tijdens wachtdiensten; geen gebruik van dienstmateriaal.' });
  // HR registers the sick leave in its own list (Afwezigheden); HR has no access to the side activity itself
  const hr = await registersAs(ctx, WIM);
  const bram = (await hr.loadStaff()).filter((p) => p.name === 'Bram Jacobs')[0];
  await hr.registerAbsence({ member: bram, kind: 'Ziekte', start: addCalendarDays(today, -3), end: addCalendarDays(today, 10) });
  // a CaLog written declaration, allowed
  const first = await declare('sofie.claes@pzcarma.be', {
    kader: 'CaLog',
    kind: 'andere',
    title: 'Lesgever EHBO',
    description: 'Twee avonden per maand EHBO-les bij de jeugdbeweging.',
    organisation: 'Rode Kruis Vlaanderen',
    startDate: addCalendarDays(today, 7),
    endDate: '',
    hoursPerMonth: '6',
    dienst: 'Verkeer',
  });
  await decide(first, { action: 'allow', advice: 'Gunstig', reason: '' });
}

async function seedDamage(ctx: SeedContext, today: BrusselsDate): Promise<void> {
  const reports: { login: string; draft: DamageDraft; handling?: Parameters<SPRegistersRepository['handleDamage']>[1] }[] = [
    {
      login: 'jonas.maes@pzcarma.be',
      draft: { category: 'Voertuig', what: 'Kras en deuk rechter achterdeur', location: 'Parking commissariaat', occurredOn: addCalendarDays(today, -4), occurredTime: '22:15', object: '1-ABC-123 (combi 3)', description: 'Bij het achteruit inparkeren tegen een betonnen paaltje gereden.', dienst: 'Interventie' },
      handling: { status: 'In behandeling', notes: 'Afspraak bij de carrosserie; combi 3 tot dan beperkt inzetbaar.' },
    },
    {
      login: 'lotte.wouters@pzcarma.be',
      draft: { category: 'Uitrusting', what: 'Bodycam start niet meer op', location: 'Ploegzaal', occurredOn: addCalendarDays(today, -1), occurredTime: '', object: 'BC-114', description: 'Na het laden blijft het scherm zwart; geen beelden verloren.', dienst: 'Interventie' },
    },
    {
      login: 'karel.peeters@pzcarma.be',
      draft: { category: 'Gebouw', what: 'Gebroken ruit verhoorlokaal 2', location: 'Hoofdcommissariaat, eerste verdieping', occurredOn: addCalendarDays(today, -30), occurredTime: '10:40', object: '', description: 'Ruit gebarsten na het dichtslaan van het raam door de wind.', dienst: 'Interventie' },
      handling: { status: 'Afgehandeld', notes: 'Ruit vervangen door de aannemer.' },
    },
  ];
  const logistiek = await registersAs(ctx, DIRK);
  for (const r of reports) {
    const id = created(await (await registersAs(ctx, r.login)).submitDamage(r.draft, null, ctx.now));
    if (r.handling) await logistiek.handleDamage((await logistiek.loadDamageReport(id)).report, r.handling);
  }
}

/** A demo dossier: how long ago it came in, who investigates, how far it got. */
interface DemoComplaint {
  daysAgo: number;
  title: string;
  complainant: string;
  channel: ComplaintDraft['channel'];
  facts: string;
  theme: number;
  dienst: Dienst;
  investigator?: string;
  /** How far the flow went. */
  until: 'received' | 'investigating' | 'feedback' | 'closed' | 'dismissed' | 'disciplinary';
  outcome?: ComplaintOutcome;
}

const COMPLAINTS: DemoComplaint[] = [
  { daysAgo: 2, title: 'Geen antwoord op vraag om informatie', complainant: 'Tom Peeters (demo)', channel: 'Website', facts: 'De klager kreeg geen antwoord op zijn vraag over een proces-verbaal.', theme: 8, dienst: 'Intake', until: 'received' },
  { daysAgo: 5, title: 'Onbeleefde bejegening aan het onthaal', complainant: 'Nadia El Amrani (demo)', channel: 'Onthaal', facts: 'De klaagster voelde zich kortaf behandeld bij het indienen van een aangifte.', theme: 8, dienst: 'Intake', until: 'received' },
  { daysAgo: 12, title: 'Snelheid van een politievoertuig zonder zwaailicht', complainant: 'Jan Verbeke (demo)', channel: 'E-mail', facts: 'Een combi zou met hoge snelheid door de schoolstraat gereden hebben zonder prioritaire signalen.', theme: 4, dienst: 'Interventie', investigator: 'koen.dubois@pzcarma.be', until: 'investigating' },
  { daysAgo: 20, title: 'Handboeien te strak aangelegd', complainant: 'Kevin Janssens (demo)', channel: 'Brief', facts: 'De klager meldt pijn aan de polsen na een bestuurlijke aanhouding.', theme: 10, dienst: 'Interventie', investigator: 'koen.dubois@pzcarma.be', until: 'investigating' },
  { daysAgo: 26, title: 'Parkeren op het voetpad door een dienstvoertuig', complainant: 'Els De Wolf (demo)', channel: 'Telefoon', facts: 'Een dienstvoertuig stond een uur op het voetpad zonder interventie in de buurt.', theme: 4, dienst: 'Verkeer', investigator: 'ann.lambert@pzcarma.be', until: 'investigating' },
  { daysAgo: 34, title: 'Opmerking over sociale media', complainant: 'Sarah Maes (demo)', channel: 'Via de burgemeester', facts: 'Een personeelslid zou een ongepaste reactie geplaatst hebben op een publieke pagina.', theme: 9, dienst: 'Wijk', investigator: 'els.janssens@pzcarma.be', until: 'investigating' },
  { daysAgo: 48, title: 'Behandeling tijdens een verkeerscontrole', complainant: 'Marc Claes (demo)', channel: 'E-mail', facts: 'De klager vond de toon tijdens een alcoholcontrole denigrerend.', theme: 8, dienst: 'Verkeer', investigator: 'ann.lambert@pzcarma.be', until: 'feedback', outcome: 'Deels gegrond' },
  { daysAgo: 63, title: 'Wachttijd bij een aangifte van diefstal', complainant: 'Ingrid Wouters (demo)', channel: 'Onthaal', facts: 'Twee uur wachttijd voor een aangifte zonder uitleg.', theme: 8, dienst: 'Intake', investigator: 'karel.peeters@pzcarma.be', until: 'feedback', outcome: 'Gegrond' },
  { daysAgo: 90, title: 'Raadpleging van gegevens door een kennis', complainant: 'Pieter Smets (demo)', channel: 'Brief', facts: 'De klager vermoedt dat een personeelslid zijn gegevens opzocht voor privédoeleinden.', theme: 7, dienst: 'Wijk', investigator: 'els.janssens@pzcarma.be', until: 'closed', outcome: 'Ongegrond' },
  { daysAgo: 120, title: 'Weigering om een klacht te acteren', complainant: 'Lies Mertens (demo)', channel: 'Website', facts: 'De klaagster zegt dat haar aangifte werd geweigerd.', theme: 5, dienst: 'Intake', investigator: 'karel.peeters@pzcarma.be', until: 'closed', outcome: 'Gegrond' },
  { daysAgo: 150, title: 'Geluidsoverlast bij een interventie', complainant: 'Bart Goossens (demo)', channel: 'Telefoon', facts: 'Sirene gebruikt midden in de nacht in een woonwijk.', theme: 4, dienst: 'Interventie', investigator: 'koen.dubois@pzcarma.be', until: 'closed', outcome: 'Ongegrond' },
  { daysAgo: 170, title: 'Anonieme klacht zonder feiten', complainant: '', channel: 'Andere', facts: 'Een anonieme brief zonder concrete feiten of datum.', theme: 8, dienst: 'Korpsleiding', until: 'dismissed', outcome: 'Niet ontvankelijk' },
  { daysAgo: 210, title: 'Aanvaarden van een gunst bij een horecazaak', complainant: 'Anoniem via de burgemeester (demo)', channel: 'Via de burgemeester', facts: 'Personeelsleden zouden regelmatig gratis consumpties aanvaarden.', theme: 1, dienst: 'Interventie', investigator: 'koen.dubois@pzcarma.be', until: 'disciplinary' },
  { daysAgo: 240, title: 'Fout in een proces-verbaal', complainant: 'Johan Aerts (demo)', channel: 'E-mail', facts: 'Verkeerde nummerplaat in een proces-verbaal van vaststelling.', theme: 5, dienst: 'Verkeer', investigator: 'ann.lambert@pzcarma.be', until: 'closed', outcome: 'Gegrond' },
  { daysAgo: 290, title: 'Klacht ingetrokken na gesprek', complainant: 'Karin Hermans (demo)', channel: 'Onthaal', facts: 'Misverstand over een parkeerbon.', theme: 4, dienst: 'Verkeer', investigator: 'ann.lambert@pzcarma.be', until: 'closed', outcome: 'Ingetrokken' },
];

/** A moment `days` after the receipt, at 10:00 in Brussels, never after the seeder's "now". */
const at = (received: BrusselsDate, days: number, now: Date): Date => {
  const moment = new Date(brusselsInstant(addCalendarDays(received, days), '10:00'));
  return moment > now ? now : moment;
};

async function seedComplaints(ctx: SeedContext, today: BrusselsDate): Promise<void> {
  const griet = await complaintsAs(ctx, GRIET);
  const { themes } = await griet.loadIntakeChoices();
  const themeId = (n: number): string => String((themes.filter((t) => t.number === n)[0] || { id: '' }).id);
  for (const c of COMPLAINTS) {
    const receivedOn = addCalendarDays(today, -c.daysAgo);
    let dossier: ComplaintRecord = await griet.createComplaint(
      {
        title: c.title,
        reference: '',
        receivedOn,
        channel: c.channel,
        complainantName: c.complainant,
        complainantContact: c.complainant ? 'Contactgegevens in het ISLP-dossier (demo)' : '',
        facts: c.facts,
        themeId: themeId(c.theme),
        dienst: c.dienst,
        involvedStaff: [],
        evidence: c.theme === 10 || c.theme === 4 ? 'Bodycambeelden aangevraagd (demo-verwijzing)' : '',
      },
      ctx.now,
    );
    const opened = await griet.openDossier(dossier.id);
    const me = opened.me;
    if (c.until === 'received') continue;
    if (c.until === 'dismissed') {
      await griet.decide(dossier, me, { action: 'dismiss', outcome: c.outcome, reason: 'Geen concrete feiten; niet ontvankelijk.' }, at(receivedOn, 3, ctx.now));
      continue;
    }
    const investigator = opened.investigators.filter((i: InvestigatorOption) => i.name === nameOf(c.investigator || ''))[0];
    dossier = await griet.decide(dossier, me, { action: 'assignInvestigator', investigator }, at(receivedOn, 2, ctx.now));
    if (c.until === 'investigating') continue;
    if (c.until === 'disciplinary') {
      const korpsleiding = await complaintsAs(ctx, HILDE);
      const view = await korpsleiding.openDossier(dossier.id);
      const head = view.investigators.filter((i) => i.name === nameOf('karel.peeters@pzcarma.be'))[0];
      const opened = await korpsleiding.decide(view.dossier, view.me, { action: 'openDisciplinary', reason: 'Mogelijke inbreuk op de deontologische code (aanvaarden van voordelen).', disciplinaryHead: head }, at(receivedOn, 30, ctx.now));
      // the korpschef asks the Juridische dienst's legal support for the disciplinary procedure
      await korpsleiding.requestLegalSupport(opened, view.me);
      continue;
    }
    // the investigator reads the dossier and reports findings and the written feedback; Intern Toezicht records it
    const own = await complaintsAs(ctx, c.investigator as string);
    const view = await own.openDossier(dossier.id);
    const sentOn = at(receivedOn, 18, ctx.now);
    await own.addFinding(view.dossier, view.me, { kind: 'Bevinding', text: 'Gesprek met de betrokkenen en nazicht van de beschikbare gegevens (demo).', outcome: null, feedbackSentOn: null });
    await own.addFinding(view.dossier, view.me, { kind: 'Terugkoppeling', text: 'Schriftelijke terugkoppeling aan de klager (demo).', outcome: c.outcome || null, feedbackSentOn: brusselsDateOf(sentOn) });
    const recorded = await griet.openDossier(dossier.id);
    const noted = await griet.saveDetails(recorded.dossier, {
      investigationNotes: 'Gesprek met de betrokkenen en nazicht van de beschikbare gegevens (demo).',
      spocFeedback: c.channel === 'Via de burgemeester' ? 'Kabinet van de burgemeester per mail ingelicht over de afhandeling (demo).' : '',
      mayorFeedbackOn: '',
      evidence: recorded.dossier.evidence.join('\n'),
    });
    dossier = await griet.decide(noted, me, { action: 'sendFeedback', outcome: c.outcome, feedbackSentOn: brusselsDateOf(sentOn) }, sentOn);
    if (c.until === 'closed') {
      const again = await griet.openDossier(dossier.id);
      await griet.decide(again.dossier, again.me, { action: 'close' }, at(receivedOn, 21, ctx.now));
    }
  }
  // the CaLog support role keeps the administration: the next deadline and the documents of the open dossiers
  const calog = await complaintsAs(ctx, 'katrien.wuyts@pzcarma.be');
  const administration = await calog.loadAdministration(null);
  for (const record of administration.page.items) {
    const old = daysBetween(record.receivedOn, today) > 150;
    await calog.saveAdministration(record, {
      nextDeadline: old ? '' : addCalendarDays(record.receivedOn, 60),
      deadlineNote: old ? '' : 'Stand van het onderzoek opvragen bij de onderzoeker',
      documents: `${formatDateBE(record.receivedOn)} · klacht · origineel (brief of e-mail) · ISLP`,
      archivedOn: old ? addCalendarDays(record.receivedOn, 120) : '',
    });
  }
  // last month's listing, published for the diensthoofden, the directiecomité and the politiecollege
  const lastMonth = addCalendarDays(`${today.slice(0, 7)}-01`, -1).slice(0, 7);
  const listing = await griet.openListing(lastMonth);
  if (listing.computed) await griet.publishMonthlyListing(listing.computed, ctx.now);
}

/** The demo seeder of the registers and the complaints register. */
export const registersDemoSeeder: Seeder = {
  name: 'registers-demo',
  kind: 'demo',
  async run(ctx: SeedContext): Promise<void> {
    const today = brusselsDateOf(ctx.now);
    await seedGifts(ctx, today);
    await seedSideActivities(ctx, today);
    await seedDamage(ctx, today);
    await seedComplaints(ctx, today);
    ctx.log(`registers: 3 gifts, 4 side activities, 1 absence, 3 damage reports; complaints: ${COMPLAINTS.length} dossiers (demo)`);
  },
};
