/**
 * DEMO DATA, not the zone's records: incidents of resistance in every stage (to evaluate, evaluated, followed up), the
 * follow-up of the members involved by Cel GWB and HR, a lesson turned into a training need, the year's SD5 trainings
 * (held with attendance and evaluation, planned, needs) and a few dilemma sessions in team meetings. Every incident,
 * PV number and bodycam reference here is invented.
 */
import { addCalendarDays, brusselsDateOf, brusselsInstant, daysBetween, type BrusselsDate } from '../src/domain/dates';
import type { Dienst } from '../src/domain/groups';
import type { Membership } from '../src/domain/membership';
import type { EvaluationDraft, FollowUpDraft, IncidentDraft, PersonRef } from '../src/domain/resistance';
import type { AttendanceKind, SessionDraft, TrainingTheme } from '../src/domain/trainings';
import { readMembership } from '../src/data/membership';
import { SPResistanceRepository } from '../src/data/resistance/SPResistanceRepository';
import { SPTrainingsRepository } from '../src/data/trainings/SPTrainingsRepository';
import { PERSONAS } from '../devserver/auth/personas';
import type { Seeder, SeedContext } from './types';

const GRIET = 'griet.vandamme@pzcarma.be';
const STIJN = 'stijn.devos@pzcarma.be';
const WIM = 'wim.hendrickx@pzcarma.be';
const NATHALIE = 'nathalie.desmet@pzcarma.be';
const JONAS = 'jonas.maes@pzcarma.be';
const PIETER = 'pieter.mertens@pzcarma.be';
const KOEN = 'koen.dubois@pzcarma.be';
const ANN = 'ann.lambert@pzcarma.be';
const BRAM = 'bram.jacobs@pzcarma.be';
const LOTTE = 'lotte.wouters@pzcarma.be';
const ELS = 'els.janssens@pzcarma.be';
const KAREL = 'karel.peeters@pzcarma.be';

const nameOf = (login: string): string => (PERSONAS.filter((p) => p.login === login)[0] || { title: login }).title;

/** One incident of the demo and how far it got. */
interface DemoIncident {
  daysAgo: number;
  time: string;
  draft: Omit<IncidentDraft, 'occurredOn' | 'occurredTime' | 'members'>;
  members: string[];
  evaluation?: { afterDays: number; findings: string; lessons: string[] };
  followUps: { member: string; handler: 'Cel GWB' | 'HR'; by: string; contactAfterDays?: number; kind?: FollowUpDraft['contactKind']; support?: FollowUpDraft['support']; notes?: string; close?: boolean }[];
  /** A lesson (its index) that becomes a training need, with the theme. */
  need?: { lesson: number; theme: TrainingTheme };
}

const INCIDENTS: DemoIncident[] = [
  {
    daysAgo: 41,
    time: '22:40',
    draft: {
      title: 'Verzet bij bestuurlijke aanhouding na winkeldiefstal',
      place: 'Stationsplein, winkelcentrum',
      dienst: 'Interventie',
      kind: 'Ongewapend',
      weapon: '',
      injuries: 'Personeelslid gewond',
      injuryNotes: 'Inspecteur met schaafwonden aan hand en knie; geen werkonverbekwaamheid.',
      facts: 'Betrokkene weigerde zich te identificeren, rukte zich los bij het aanleggen van de handboeien en sloeg om zich heen. Na een beenveeg en controle op de grond geboeid. Arts ter plaatse: geen letsel bij betrokkene.',
      pvReference: 'AN.55.L1.004812/26 (demo)',
      bodycamRefs: 'BWC-INT-0412, 22:38-22:51 (demo)\nBWC-INT-0397, 22:40-22:49 (demo)',
    },
    members: [JONAS, PIETER],
    evaluation: {
      afterDays: 12,
      findings: 'Tussenkomst wettig en in verhouding; waarschuwing vooraf gegeven en op beeld. De tweede ploegmaat stond bij het boeien niet in dekking, waardoor betrokkene zich kon losrukken. Bodycams tijdig aangezet.',
      lessons: ['Boeien met dekking door de ploegmaat herhalen in de TPI-training', 'Bodycam systematisch aanzetten bij elke identiteitscontrole met weerstand (goede praktijk verspreiden)'],
    },
    followUps: [
      { member: JONAS, handler: 'HR', by: WIM, contactAfterDays: 1, kind: 'Gesprek', support: ['Collegiale opvang', 'Aangifte arbeidsongeval'], notes: 'Gesprek op het commissariaat; aangifte arbeidsongeval opgemaakt.', close: true },
      { member: PIETER, handler: 'Cel GWB', by: STIJN, contactAfterDays: 2, kind: 'Telefonisch', support: ['Bijkomende training geweldbeheersing'], notes: 'Wil de techniek van het boeien met dekking nog eens inoefenen.' },
    ],
    need: { lesson: 0, theme: 'Geweldbeheersing' },
  },
  {
    daysAgo: 9,
    time: '03:15',
    draft: {
      title: 'Man met mes bij familiale twist',
      place: 'Kerkstraat (woning)',
      dienst: 'Interventie',
      kind: 'Gewapend',
      weapon: 'Keukenmes',
      injuries: 'Geen letsel',
      injuryNotes: '',
      facts: 'Bij aankomst stond de man met een keukenmes in de hal. Na herhaalde verbale waarschuwingen en afstand houden legde hij het mes neer; geboeid zonder verder geweld. Zijn partner en kinderen waren in de woning.',
      pvReference: 'AN.55.L1.005377/26 (demo)',
      bodycamRefs: 'BWC-INT-0412, 03:14-03:32 (demo)',
    },
    members: [JONAS, KOEN],
    followUps: [{ member: KOEN, handler: 'Cel GWB', by: STIJN }],
  },
  {
    daysAgo: 24,
    time: '16:05',
    draft: {
      title: 'Verzet bij verkeerscontrole na vluchtpoging',
      place: 'N43, ter hoogte van de rotonde',
      dienst: 'Verkeer',
      kind: 'Ongewapend',
      weapon: '',
      injuries: 'Betrokkene gewond',
      injuryNotes: 'Bestuurder met een snijwonde aan de wenkbrauw na een val bij de vluchtpoging; verzorgd door de MUG.',
      facts: 'Bestuurder negeerde het stopteken, werd enkele honderden meters verder klemgereden en probeerde te voet te vluchten. Bij de overmeestering viel hij. Alcoholtest positief.',
      pvReference: 'AN.55.L1.005031/26 (demo)',
      bodycamRefs: 'BWC-VER-0118, 16:03-16:20 (demo)',
    },
    members: [ANN],
    evaluation: {
      afterDays: 15,
      findings: 'Achtervolging en klemrijden binnen de richtlijnen; de val gebeurde bij de vluchtpoging, niet door een techniek. Een MUG werd meteen gevraagd.',
      lessons: ['Rijvaardigheid prioritair rijden bij achtervolgingen opfrissen'],
    },
    followUps: [{ member: ANN, handler: 'HR', by: NATHALIE, contactAfterDays: 3, kind: 'Gesprek', support: ['Geen nood aan ondersteuning'], notes: 'Geen nood aan ondersteuning; wel bereid de casus te delen in een teamoverleg.', close: true }],
  },
  {
    daysAgo: 2,
    time: '11:20',
    draft: {
      title: 'Duw- en trekwerk bij een uithuiszetting',
      place: 'Molenwijk, appartementsgebouw',
      dienst: 'Wijk',
      kind: 'Ongewapend',
      weapon: '',
      injuries: 'Geen letsel',
      injuryNotes: '',
      facts: 'Tijdens de bijstand aan de gerechtsdeurwaarder duwde de bewoner de wijkinspecteur de trap af; de inspecteur kon zich vastgrijpen. Bewoner bestuurlijk aangehouden.',
      pvReference: 'AN.55.L1.005502/26 (demo)',
      bodycamRefs: '',
    },
    members: [BRAM],
    followUps: [],
  },
];

/** The year's trainings per SD5 theme; `held` sessions get attendance and an evaluation. */
const TRAININGS: { theme: TrainingTheme; title: string; dienst: Dienst | ''; day: number; location: string; trainer: string; held?: string; attendance?: [string, AttendanceKind][] }[] = [
  { theme: 'Geweldbeheersing', title: 'TPI-training: aanhouding en boeien', dienst: 'Interventie', day: -60, location: 'Sporthal commissariaat', trainer: 'Cel GWB', held: 'Goede opkomst; de oefening boeien met dekking verdient een vervolgsessie (zie de les uit de evaluatie weerspannigheid).', attendance: [[JONAS, 'Aanwezig'], [PIETER, 'Aanwezig'], [KOEN, 'Verontschuldigd'], [LOTTE, 'Aanwezig']] },
  { theme: 'Dilemmatraining', title: 'Dilemmatraining voor leidinggevenden', dienst: '', day: -30, location: 'Vergaderzaal 1', trainer: 'HR en Cel GWB', held: 'Dilemma\'s over attenties en informatiegebruik werkten het best; leidinggevenden nemen de sets mee naar hun teamoverleg.', attendance: [[KAREL, 'Aanwezig'], [ELS, 'Aanwezig'], [PIETER, 'Aanwezig']] },
  { theme: 'Excited delirium', title: 'Herkennen en benaderen van excited delirium', dienst: 'Interventie', day: 21, location: 'Opleidingscentrum', trainer: 'Preventieadviseur en arts MUG' },
  { theme: 'Prioritair rijden', title: 'Rijvaardigheidscursus prioritair rijden', dienst: 'Verkeer', day: 35, location: 'Rijvaardigheidscentrum', trainer: 'Externe lesgever' },
  { theme: 'BDO etnisch profileren', title: 'BDO: objectief selecteren bij controles, etnisch profileren tegengaan', dienst: '', day: 49, location: 'Vergaderzaal 1', trainer: 'HR' },
  { theme: 'Bodycams', title: 'Bodycams: systematische inzet en beelden bewaren', dienst: 'Wijk', day: 14, location: 'Vergaderzaal 2', trainer: 'Cel GWB', attendance: [[BRAM, 'Ingeschreven'], [ELS, 'Ingeschreven']] },
];

/** A day `days` from today, kept in this year's plan where it can (late in December a later day would fall in next year's). */
function inThisYear(today: BrusselsDate, days: number): BrusselsDate {
  const day = addCalendarDays(today, days);
  if (days <= 0 || day.slice(0, 4) === today.slice(0, 4)) return day;
  const left = daysBetween(today, `${today.slice(0, 4)}-12-31`);
  return addCalendarDays(today, Math.max(1, Math.min(left, Math.ceil(days / 5))));
}

async function personOf(ctx: SeedContext, login: string): Promise<PersonRef> {
  return { id: String(await ctx.userId(login)), name: nameOf(login) };
}

async function as(ctx: SeedContext, login: string): Promise<{ resistance: SPResistanceRepository; trainings: SPTrainingsRepository; me: Membership }> {
  const sp = await ctx.as(login);
  return { resistance: new SPResistanceRepository(sp), trainings: new SPTrainingsRepository(sp), me: await readMembership(sp) };
}

async function seedIncidents(ctx: SeedContext, today: BrusselsDate): Promise<void> {
  const griet = await as(ctx, GRIET);
  for (const demo of INCIDENTS) {
    const occurredOn = addCalendarDays(today, -demo.daysAgo);
    const members = await Promise.all(demo.members.map((m) => personOf(ctx, m)));
    const moment = (afterDays: number): Date => new Date(brusselsInstant(addCalendarDays(occurredOn, afterDays), '15:00'));
    let incident = await griet.resistance.register(griet.me, { ...demo.draft, occurredOn, occurredTime: demo.time, members }, moment(1));
    if (demo.evaluation) {
      const evaluation: EvaluationDraft = {
        evaluatedOn: addCalendarDays(occurredOn, demo.evaluation.afterDays),
        tiwk: await personOf(ctx, GRIET),
        gwb: await personOf(ctx, STIJN),
        findings: demo.evaluation.findings,
        lessons: demo.evaluation.lessons.map((text, i) => ({ id: `L${i + 1}`, text })),
      };
      incident = await griet.resistance.evaluate(griet.me, incident, evaluation, moment(demo.evaluation.afterDays));
    }
    const started: Awaited<ReturnType<SPResistanceRepository['startFollowUp']>>[] = [];
    for (const f of demo.followUps) {
      const who = await as(ctx, f.by);
      const followUp = await who.resistance.startFollowUp(who.me, incident, await personOf(ctx, f.member), f.handler, started);
      started.push(followUp);
      if (f.contactAfterDays !== undefined) {
        const draft: FollowUpDraft = {
          handler: f.handler,
          firstContactOn: addCalendarDays(occurredOn, f.contactAfterDays),
          contactKind: f.kind || 'Gesprek',
          support: f.support || [],
          notes: f.notes || '',
          close: !!f.close,
        };
        await who.resistance.saveFollowUp(who.me, incident, followUp, draft, moment(f.contactAfterDays + (f.close ? 10 : 0)));
      }
    }
    if (demo.need && demo.evaluation) {
      const need = await griet.resistance.lessonToNeed(griet.me, incident, `L${demo.need.lesson + 1}`, demo.need.theme, [], ctx.now);
      // HR gives the need a date in the opleidingsplan
      const wim = await as(ctx, WIM);
      const draft: SessionDraft = { title: need.title, theme: need.theme, dienst: 'Interventie', startsOn: inThisYear(today, 28), startsAt: '08:30', location: 'Sporthal commissariaat', trainer: 'Cel GWB', capacity: '12', description: need.description };
      await wim.trainings.planTraining(wim.me, draft, need);
    }
  }
}

async function seedTrainings(ctx: SeedContext, today: BrusselsDate): Promise<void> {
  const wim = await as(ctx, WIM);
  for (const t of TRAININGS) {
    const startsOn = inThisYear(today, t.day);
    const draft: SessionDraft = { title: t.title, theme: t.theme, dienst: t.dienst, startsOn, startsAt: '09:00', location: t.location, trainer: t.trainer, capacity: '16', description: '' };
    let training = await wim.trainings.planTraining(wim.me, draft);
    for (const [login, kind] of t.attendance || []) {
      await wim.trainings.recordAttendance(wim.me, training, await personOf(ctx, login), kind, null, ctx.now);
    }
    if (t.held) training = await wim.trainings.markHeld(wim.me, training, t.held, ctx.now);
  }
}

async function seedDilemmaSessions(ctx: SeedContext, today: BrusselsDate): Promise<void> {
  const sessions: { login: string; dienst: Dienst; team: string; theme: number; ids: string[]; present: number; daysAgo: number }[] = [
    { login: PIETER, dienst: 'Interventie', team: 'Ploeg B (nacht)', theme: 10, ids: ['D10.1', 'D10.2'], present: 9, daysAgo: 18 },
    { login: ELS, dienst: 'Wijk', team: 'Wijkteam Centrum', theme: 1, ids: ['D1.1', 'D1.3'], present: 7, daysAgo: 11 },
    { login: KAREL, dienst: 'Interventie', team: 'Ploeg A (dag)', theme: 7, ids: ['D7.1'], present: 11, daysAgo: 4 },
  ];
  for (const s of sessions) {
    const who = await as(ctx, s.login);
    const page = await who.trainings.loadDilemmas();
    await who.trainings.recordDilemmaSession(
      who.me,
      { heldOn: addCalendarDays(today, -s.daysAgo), dienst: s.dienst, team: s.team, theme: s.theme, dilemmaIds: s.ids, present: String(s.present) },
      page.dilemmas,
      ctx.now,
    );
  }
}

/** The demo seeder of weerspannigheid, the trainings and the dilemma sessions. */
export const resistanceDemoSeeder: Seeder = {
  name: 'resistance-demo',
  kind: 'demo',
  async run(ctx: SeedContext): Promise<void> {
    const today = brusselsDateOf(ctx.now);
    await seedTrainings(ctx, today);
    await seedIncidents(ctx, today);
    await seedDilemmaSessions(ctx, today);
    ctx.log(`weerspannigheid: ${INCIDENTS.length} incidenten; opleidingen: ${TRAININGS.length + 1} sessies; 3 dilemmasessies (demo)`);
  },
};
