/**
 * Rows for the lists of the smaller views (meldingen, weerspannigheid, opleidingen, verslagen) at a size far beyond a
 * zone's: the bench fills them as it fills the proposals and complaints, so every view's first paint is measured above
 * SharePoint's list view threshold. Spread over many years, nearly all of it closed or past, as a long-lived list is.
 */
import type { RunningApp } from '../devserver/app';
import { toDateField } from '../src/data/registers/dateFields';
import { DIENSTEN } from '../src/data/groups';
import { INTEGRITEITSMELDINGEN, OPLEIDINGEN, VERSLAGEN, WEERSPANNIGHEID } from '../src/data/schema';
import { addCalendarDays, brusselsDateOf } from '../src/domain/dates';
import { INJURY_KINDS, RESISTANCE_KINDS } from '../src/domain/resistance/incident';
import { TRAINING_THEMES } from '../src/domain/trainings/training';
import { REPORT_KIND_NAMES } from '../src/domain/verslagen/kinds';

/** The day `n` of `count` spread over the `years` before today (the first row the oldest). */
const dayOf = (today: string, n: number, count: number, years: number): string => addCalendarDays(today, -Math.floor(((count - n) * years * 365) / count) - 1);

/** Integriteitsmeldingen: closed reports, registered by a contact. */
function reportRows(count: number, today: string): Record<string, unknown>[] {
  return Array.from({ length: count }, (_v, i) => {
    const receivedOn = dayOf(today, i, count, 40);
    return {
      Title: `Melding ${i + 1}`,
      ClientId: `bench-${i + 1}`,
      Category: 'Inbreuk op regels of procedures',
      Facts: 'Feiten (bench).',
      Channel: 'Brief',
      FeedbackPreference: 'Geen terugkoppeling',
      ReceivedOn: toDateField(receivedOn),
      ReceivedYear: receivedOn.slice(0, 4),
      Status: 'Afgesloten',
      ReceiptConfirmedOn: toDateField(addCalendarDays(receivedOn, 3)),
      FeedbackOn: toDateField(addCalendarDays(receivedOn, 40)),
      ClosedOn: toDateField(addCalendarDays(receivedOn, 45)),
      Outcome: 'Ongegrond',
    };
  });
}

/** Weerspannigheid: evaluated incidents. */
function incidentRows(count: number, today: string): Record<string, unknown>[] {
  return Array.from({ length: count }, (_v, i) => {
    const day = dayOf(today, i, count, 20);
    return {
      Title: `Weerspannigheid ${i + 1}`,
      ClientId: `bench-${i + 1}`,
      OccurredAt: `${day}T21:00:00Z`,
      Place: 'Markt',
      Dienst: DIENSTEN[i % DIENSTEN.length],
      ResistanceKind: RESISTANCE_KINDS[i % RESISTANCE_KINDS.length],
      Injuries: INJURY_KINDS[0],
      Facts: 'Feiten (bench).',
      EvaluationStatus: 'Geëvalueerd',
      EvaluationDue: toDateField(addCalendarDays(day, 30)),
      EvaluatedOn: toDateField(addCalendarDays(day, 20)),
    };
  });
}

/** Opleidingen: sessions given in the past years. */
function trainingRows(count: number, today: string): Record<string, unknown>[] {
  return Array.from({ length: count }, (_v, i) => {
    const day = dayOf(today, i, count, 20);
    return {
      Title: `Opleiding ${i + 1}`,
      ClientId: `bench-${i + 1}`,
      Theme: TRAINING_THEMES[i % TRAINING_THEMES.length],
      Status: 'Gegeven',
      Dienst: DIENSTEN[i % DIENSTEN.length],
      PlanYear: Number(day.slice(0, 4)),
      StartsAt: `${day}T08:00:00Z`,
      HeldOn: toDateField(day),
    };
  });
}

/** Verslagen: published reports of the past years. */
function publishedRows(count: number, today: string): Record<string, unknown>[] {
  return Array.from({ length: count }, (_v, i) => {
    const day = dayOf(today, i, count, 40);
    return {
      Title: `Verslag ${i + 1}`,
      ClientId: `bench-${i + 1}`,
      Kind: REPORT_KIND_NAMES[i % REPORT_KIND_NAMES.length],
      MeetingDate: toDateField(day),
      Body: 'Verslag (bench).',
      PublishedAt: `${addCalendarDays(day, 2)}T10:00:00Z`,
    };
  });
}

/**
 * The most reports Verslagen is built for: a proposal's timeline finds the reports that record it with `substringof`
 * on a text, which no index serves, so the list works below the list view threshold only (about 35 years of reports;
 * docs/security.md, Verslagen). Beyond it a proposal's page fails: a limit of the design, not of the first paint.
 */
export const VERSLAGEN_LIMIT = 4900;

/**
 * Fills the lists of the smaller views as their keepers would have made them: `count` items each, Verslagen up to
 * {@link VERSLAGEN_LIMIT}. Returns what it filled, for the bench's output.
 */
export function fillSmallerViews(app: RunningApp, count: number, now: Date): string {
  const today = brusselsDateOf(now);
  const reports = Math.min(count, VERSLAGEN_LIMIT);
  app.bulkInsertItemsForTests(INTEGRITEITSMELDINGEN.title, reportRows(count, today), 'nadia.elamrani@pzcarma.be');
  app.bulkInsertItemsForTests(WEERSPANNIGHEID.title, incidentRows(count, today), 'griet.vandamme@pzcarma.be');
  app.bulkInsertItemsForTests(OPLEIDINGEN.title, trainingRows(count, today), 'wim.hendrickx@pzcarma.be');
  app.bulkInsertItemsForTests(VERSLAGEN.title, publishedRows(reports, today), 'marc.willems@pzcarma.be');
  return `${INTEGRITEITSMELDINGEN.title}, ${WEERSPANNIGHEID.title}, ${OPLEIDINGEN.title}: ${count} each; ${VERSLAGEN.title}: ${reports} (its limit, docs/security.md)`;
}
