import { brusselsDateOf } from '../../domain/dates';
import {
  COMPLAINT_CHANNELS,
  type ComplaintChannel,
  type ComplaintDecisionRecord,
  type ComplaintOutcome,
  type ComplaintStatus,
  type TpiCheck,
  type TpiConclusion,
} from '../../domain/complaints';
import { DEFAULT_ZONE_SETTINGS } from '../../domain/settings';
import type { NewItem } from '../createOnce';
import type { Dienst } from '../groups';
import { DOSSIERADMINISTRATIE, KLACHTEN, RAPPORTAGES, fieldNames } from '../schema';
import { fromDateField, toDateField } from '../registers/dateFields';
import { parseJsonList } from '../registers/jsonList';
import type { ComplaintDraft, ComplaintRecord, ComplaintSummary, DossierAdministration, DossierDetails, PublishedReport, ThemeOption } from './ComplaintsRepository';
import { etagOf, lines, peopleOf, personOf, personSelect, text, textOrNull } from '../fieldValues';

/** Field names of the complaints register and the published reports (never spelled by hand). */
export const KF = fieldNames(KLACHTEN);
/** Field names of the dossiers' administration. */
export const DF = fieldNames(DOSSIERADMINISTRATIE);
export const RF = fieldNames(RAPPORTAGES);

type Row = { Id: number; Created: string; 'odata.etag'?: string } & Record<string, unknown>;

/** The columns of a register row: no complainant, no facts. */
export const SUMMARY_SELECT: string[] = ['Id', 'Created', KF.Title, KF.Reference, KF.ReceivedAt, KF.Status, KF.Dienst, `${KF.Theme}Id`, `${KF.Theme}/Title`, KF.ClosedOn].concat(
  personSelect(KF.Investigator),
);
export const SUMMARY_EXPAND: string[] = [KF.Theme, KF.Investigator];

/** Every column of a dossier. */
export const DOSSIER_SELECT = SUMMARY_SELECT.concat(
  [`${KF.Theme}/ThemeNumber`, KF.TpiExaminedBy, KF.TpiExaminedOn, KF.TpiConclusion, KF.TpiNotes, KF.Channel, KF.ComplainantName, KF.ComplainantContact, KF.Facts, KF.InvestigatorFunction, KF.InvestigationNotes, KF.Outcome, KF.FeedbackText, KF.FeedbackDate, KF.SpocFeedback, KF.MayorFeedbackOn, KF.DisciplinaryOpenedOn, KF.History, KF.EvidenceRefs, KF.LegalSupport],
  personSelect(KF.InvolvedStaff),
  personSelect(KF.DisciplinaryHead),
);
export const DOSSIER_EXPAND = SUMMARY_EXPAND.concat([KF.InvolvedStaff, KF.DisciplinaryHead]);

/** What the figures, the listing and the dashboard read: dates, theme, dienst, outcome, history; nothing personal is shown. */
export const FIGURES_SELECT = ['Id', 'Created', KF.Reference, KF.ReceivedAt, KF.Status, KF.Dienst, `${KF.Theme}Id`, `${KF.Theme}/Title`, KF.Outcome, KF.FeedbackDate, KF.DisciplinaryOpenedOn, KF.ClosedOn, KF.History];
export const FIGURES_EXPAND = [KF.Theme];

export const THEME_SELECT = ['Id', 'Title', 'ThemeNumber'];

/** The number a dossier is known by: its ISLP reference, or the register's own number. */
export function referenceOf(json: Row): string {
  return textOrNull(json[KF.Reference]) || `KL-${json.Id}`;
}

/** A register row from its list item. */
export function toSummary(json: Row): ComplaintSummary {
  const theme = json[KF.Theme] as { Title?: string } | null | undefined;
  return {
    id: String(json.Id),
    reference: referenceOf(json),
    title: text(json[KF.Title]),
    receivedOn: fromDateField(json[KF.ReceivedAt] as string) || brusselsDateOf(json.Created),
    status: (json[KF.Status] as ComplaintStatus) || 'Ontvangen',
    dienst: (json[KF.Dienst] as Dienst) || null,
    theme: (theme && theme.Title) || '',
    investigator: personOf(json[KF.Investigator]),
    closedOn: fromDateField(json[KF.ClosedOn] as string),
  };
}

/** A whole dossier from its list item (columns not selected map to empty values). */
export function toComplaint(json: Row): ComplaintRecord {
  const summary = toSummary(json);
  const investigator = summary.investigator;
  const channel = json[KF.Channel] as ComplaintChannel;
  return {
    id: summary.id,
    reference: summary.reference,
    title: summary.title,
    status: summary.status,
    receivedOn: summary.receivedOn,
    channel: COMPLAINT_CHANNELS.indexOf(channel) >= 0 ? channel : 'Andere',
    complainant: { name: text(json[KF.ComplainantName]), contact: text(json[KF.ComplainantContact]) },
    facts: text(json[KF.Facts]),
    theme: summary.theme,
    themeId: typeof json[`${KF.Theme}Id`] === 'number' ? (json[`${KF.Theme}Id`] as number) : null,
    involvedDienst: summary.dienst,
    involvedStaff: peopleOf(json[KF.InvolvedStaff]),
    investigator: investigator
      ? { ...investigator, function: json[KF.InvestigatorFunction] === 'Diensthoofd' ? 'diensthoofd' : 'hinp' }
      : null,
    investigationNotes: textOrNull(json[KF.InvestigationNotes]),
    outcome: (json[KF.Outcome] as ComplaintOutcome) || null,
    feedbackText: textOrNull(json[KF.FeedbackText]),
    feedbackSentOn: fromDateField(json[KF.FeedbackDate] as string),
    spocFeedback: textOrNull(json[KF.SpocFeedback]),
    mayorFeedbackOn: fromDateField(json[KF.MayorFeedbackOn] as string),
    disciplinaryOpenedOn: fromDateField(json[KF.DisciplinaryOpenedOn] as string),
    disciplinaryHead: personOf(json[KF.DisciplinaryHead]),
    closedOn: summary.closedOn,
    evidence: lines(json[KF.EvidenceRefs]),
    themeNumber: themeNumberOf(json),
    tpiCheck: tpiCheckOf(json),
    history: parseJsonList<ComplaintDecisionRecord>(json[KF.History]),
    legalSupport: !!json[KF.LegalSupport],
    etag: etagOf(json),
  };
}

/** The number of the dossier's aandachtspunt, when the read expanded it. */
function themeNumberOf(json: Row): number | null {
  const theme = json[KF.Theme] as { ThemeNumber?: number } | null | undefined;
  return theme && typeof theme.ThemeNumber === 'number' ? theme.ThemeNumber : null;
}

/** The recorded TPI check, or null when its date or conclusion is missing. */
function tpiCheckOf(json: Row): TpiCheck | null {
  const on = fromDateField(json[KF.TpiExaminedOn] as string);
  const conclusion = json[KF.TpiConclusion] as TpiConclusion | null;
  if (!on || !conclusion) return null;
  return { examinedBy: text(json[KF.TpiExaminedBy]), examinedOn: on, conclusion, notes: text(json[KF.TpiNotes]) };
}

/** The columns a TPI check is written to. */
export function tpiCheckValues(check: TpiCheck): Record<string, unknown> {
  return {
    [KF.TpiExaminedBy]: check.examinedBy.trim(),
    [KF.TpiExaminedOn]: toDateField(check.examinedOn),
    [KF.TpiConclusion]: check.conclusion,
    [KF.TpiNotes]: check.notes.trim() || null,
  };
}

/** The list item of a new complaint (a validated draft); it starts as received. */
export function complaintItem(draft: ComplaintDraft, clientId: string, useOfForce = false): NewItem {
  return {
    ClientId: clientId,
    [KF.Title]: draft.title.trim(),
    [KF.Reference]: draft.reference.trim() || null,
    [KF.ReceivedAt]: toDateField(draft.receivedOn),
    [KF.ReceivedMonth]: draft.receivedOn.slice(0, 7),
    [KF.Channel]: draft.channel,
    [KF.ComplainantName]: draft.complainantName.trim() || null,
    [KF.ComplainantContact]: draft.complainantContact.trim() || null,
    [KF.Facts]: draft.facts.trim(),
    [`${KF.Theme}Id`]: draft.themeId ? Number(draft.themeId) : null,
    [KF.Dienst]: draft.dienst || null,
    [`${KF.InvolvedStaff}Id`]: draft.involvedStaff.map((p) => Number(p.id)),
    [KF.Status]: 'Ontvangen',
    [KF.EvidenceRefs]: draft.evidence.trim() || null,
    [KF.History]: '[]',
    [KF.UseOfForce]: useOfForce,
  };
}

/** The columns the handlers' notes are written to. */
export function detailsValues(details: DossierDetails): Record<string, unknown> {
  return {
    [KF.InvestigationNotes]: details.investigationNotes.trim() || null,
    [KF.SpocFeedback]: details.spocFeedback.trim() || null,
    [KF.MayorFeedbackOn]: details.mayorFeedbackOn ? toDateField(details.mayorFeedbackOn) : null,
    [KF.EvidenceRefs]: details.evidence.trim() || null,
  };
}

/** A dossier's administration as the REST API returns it. */
export function toAdministration(json: Row): DossierAdministration {
  const d = DF;
  return {
    id: json.Id,
    dossierId: Number(json[d.DossierId]) || 0,
    number: text(json[d.Title]),
    receivedOn: fromDateField(json[d.ReceivedOn] as string) || '',
    nextDeadline: fromDateField(json[d.NextDeadline] as string),
    deadlineNote: text(json[d.DeadlineNote]),
    documents: text(json[d.Documents]),
    archivedOn: fromDateField(json[d.ArchivedOn] as string),
    etag: etagOf(json),
  };
}

/** A theme from the Aandachtspunten list. */
export function toTheme(json: { Id: number; Title: string; ThemeNumber?: number }): ThemeOption {
  return { id: json.Id, number: json.ThemeNumber || 0, title: json.Title };
}

/** A published report from its list item. */
/** Annual figures published before the anonymity threshold was the zone's setting were counted with today's default. */
function withThreshold(content: unknown, kind: unknown): unknown {
  const figures = content as { threshold?: number } | null;
  return kind === 'Jaarcijfers' && figures && typeof figures === 'object' && typeof figures.threshold !== 'number'
    ? { ...figures, threshold: DEFAULT_ZONE_SETTINGS.anonymityThreshold }
    : content;
}

export function toReport<T>(json: Row): PublishedReport<T> {
  return {
    id: String(json.Id),
    kind: json[RF.Kind] === 'Jaarcijfers' ? 'Jaarcijfers' : 'Maandlijst',
    title: text(json[RF.Title]),
    period: text(json[RF.Period]),
    publishedAt: text(json[RF.PublishedAt]),
    content: withThreshold(JSON.parse(text(json[RF.Content]) || 'null'), json[RF.Kind]) as T,
    etag: etagOf(json),
  };
}
