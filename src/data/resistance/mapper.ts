import { brusselsDateOf, brusselsInstant, type BrusselsDate } from '../../domain/dates';
import type { Dienst } from '../../domain/groups';
import {
  evaluationDue,
  followUpDue,
  type ContactKind,
  type EvaluationDraft,
  type EvaluationStatus,
  type FollowUpDraft,
  type FollowUpHandler,
  type FollowUpStatus,
  type IncidentDraft,
  type InjuryKind,
  type Lesson,
  type PersonRef,
  type ResistanceKind,
  type ResistanceTerms,
  type SupportKind,
} from '../../domain/resistance';
import type { NewItem } from '../createOnce';
import { fromDateField, toDateField } from '../registers/dateFields';
import { parseJsonList } from '../registers/jsonList';
import { WEERSPANNIGHEID, WEERSPANNIGHEID_OPVOLGING, fieldNames } from '../schema';
import type { FollowUp, Incident } from './types';
import { etagOf, lines, peopleOf, personOf, personSelect, text } from '../fieldValues';

/** Field names of the resistance lists (never spelled by hand). */
export const WF = fieldNames(WEERSPANNIGHEID);
export const VF = fieldNames(WEERSPANNIGHEID_OPVOLGING);

type Row = { Id: number; Created?: string; 'odata.etag'?: string } & Record<string, unknown>;

export const INCIDENT_SELECT = [
  'Id', 'Created', WF.Title, WF.OccurredAt, WF.Place, WF.Dienst, WF.ResistanceKind, WF.Weapon, WF.Injuries, WF.InjuryNotes, WF.Facts, WF.PvReference,
  WF.BodycamRefs, WF.EvaluationStatus, WF.EvaluationDue, WF.EvaluatedOn, WF.Findings, WF.Lessons,
].concat(personSelect(WF.Members), personSelect(WF.TiwkEvaluator), personSelect(WF.GwbEvaluator), personSelect('Author'));
export const INCIDENT_EXPAND = [WF.Members, WF.TiwkEvaluator, WF.GwbEvaluator, 'Author'];
export const FOLLOW_UP_SELECT = ['Id', VF.IncidentId, VF.Handler, VF.FirstContactOn, VF.ContactKind, VF.Support, VF.Notes, VF.Status, VF.DueOn, VF.ClosedOn].concat(personSelect(VF.Member));
export const FOLLOW_UP_EXPAND = [VF.Member];

/** An incident from its list item. */
export function toIncident(json: Row): Incident {
  const occurredAt = text(json[WF.OccurredAt]) || text(json.Created);
  return {
    id: String(json.Id),
    title: text(json[WF.Title]),
    occurredAt,
    occurredOn: brusselsDateOf(occurredAt),
    place: text(json[WF.Place]),
    dienst: (json[WF.Dienst] as Dienst) || null,
    members: peopleOf(json[WF.Members]),
    kind: (json[WF.ResistanceKind] as ResistanceKind) || 'Ongewapend',
    weapon: text(json[WF.Weapon]),
    injuries: (json[WF.Injuries] as InjuryKind) || 'Geen letsel',
    injuryNotes: text(json[WF.InjuryNotes]),
    facts: text(json[WF.Facts]),
    pvReference: text(json[WF.PvReference]),
    bodycamRefs: lines(json[WF.BodycamRefs]),
    evaluationStatus: (json[WF.EvaluationStatus] as EvaluationStatus) || 'Te evalueren',
    evaluationDue: fromDateField(json[WF.EvaluationDue] as string),
    evaluatedOn: fromDateField(json[WF.EvaluatedOn] as string),
    tiwk: personOf(json[WF.TiwkEvaluator]),
    gwb: personOf(json[WF.GwbEvaluator]),
    findings: text(json[WF.Findings]),
    lessons: parseJsonList<Lesson>(json[WF.Lessons]).filter((l) => l && typeof l.id === 'string' && typeof l.text === 'string'),
    registeredBy: personOf(json.Author) || { id: '', name: '' },
    etag: etagOf(json),
  };
}

/** The item of a new incident (a validated draft): to be evaluated, by the zone's term. */
export function incidentItem(draft: IncidentDraft, clientId: string, terms: ResistanceTerms): NewItem {
  const on = draft.occurredOn as BrusselsDate;
  return {
    ClientId: clientId,
    [WF.Title]: draft.title.trim(),
    [WF.OccurredAt]: brusselsInstant(on, draft.occurredTime || '00:00'),
    [WF.Place]: draft.place.trim(),
    [WF.Dienst]: draft.dienst,
    [`${WF.Members}Id`]: draft.members.map((m) => Number(m.id)),
    [WF.ResistanceKind]: draft.kind,
    [WF.Weapon]: draft.kind === 'Gewapend' ? draft.weapon.trim() : null,
    [WF.Injuries]: draft.injuries,
    [WF.InjuryNotes]: draft.injuryNotes.trim() || null,
    [WF.Facts]: draft.facts.trim(),
    [WF.PvReference]: draft.pvReference.trim() || null,
    [WF.BodycamRefs]: draft.bodycamRefs.trim() || null,
    [WF.EvaluationStatus]: 'Te evalueren',
    [WF.EvaluationDue]: toDateField(evaluationDue(on, terms)),
  };
}

/** The columns of a recorded evaluation (a checked draft). */
export function evaluationValues(draft: EvaluationDraft): Record<string, unknown> {
  return {
    [WF.EvaluationStatus]: 'Geëvalueerd',
    [WF.EvaluatedOn]: toDateField(draft.evaluatedOn as BrusselsDate),
    [`${WF.TiwkEvaluator}Id`]: draft.tiwk ? Number(draft.tiwk.id) : null,
    [`${WF.GwbEvaluator}Id`]: draft.gwb ? Number(draft.gwb.id) : null,
    [WF.Findings]: draft.findings.trim(),
    [WF.Lessons]: JSON.stringify(draft.lessons.map((l) => ({ id: l.id, text: l.text.trim() }))),
  };
}

/** A follow-up from its list item. */
export function toFollowUp(json: Row): FollowUp {
  return {
    id: String(json.Id),
    incidentId: String(json[VF.IncidentId] ?? ''),
    member: personOf(json[VF.Member]) || { id: String(json[`${VF.Member}Id`] ?? ''), name: '' },
    handler: (json[VF.Handler] as FollowUpHandler) || 'Cel GWB',
    firstContactOn: fromDateField(json[VF.FirstContactOn] as string),
    contactKind: (json[VF.ContactKind] as ContactKind) || null,
    support: ((json[VF.Support] as SupportKind[] | undefined) || []).slice(),
    notes: text(json[VF.Notes]),
    status: (json[VF.Status] as FollowUpStatus) || 'Open',
    dueOn: fromDateField(json[VF.DueOn] as string),
    closedOn: fromDateField(json[VF.ClosedOn] as string),
    etag: etagOf(json),
  };
}

/** The item of a member's new follow-up: open, the first contact due by the zone's term. */
export function followUpItem(clientId: string, incidentId: string, occurredOn: BrusselsDate, member: PersonRef, handler: FollowUpHandler, terms: ResistanceTerms): NewItem {
  return {
    ClientId: clientId,
    [VF.Title]: `Opvolging ${member.name}`.slice(0, 255),
    [VF.IncidentId]: Number(incidentId),
    [`${VF.Member}Id`]: Number(member.id),
    [VF.Handler]: handler,
    [VF.Status]: 'Open',
    [VF.DueOn]: toDateField(followUpDue(occurredOn, null, terms)),
  };
}

/** The columns of a follow-up save (a checked draft), the next step due by the zone's terms; concluding closes it today. */
export function followUpValues(draft: FollowUpDraft, occurredOn: BrusselsDate, today: BrusselsDate, terms: ResistanceTerms): Record<string, unknown> {
  const contact = draft.firstContactOn || null;
  return {
    [VF.Handler]: draft.handler,
    [VF.FirstContactOn]: contact ? toDateField(contact) : null,
    [VF.ContactKind]: draft.contactKind || null,
    [VF.Support]: draft.support,
    [VF.Notes]: draft.notes.trim() || null,
    [VF.Status]: draft.close ? 'Afgesloten' : 'Open',
    [VF.DueOn]: draft.close ? null : toDateField(followUpDue(occurredOn, contact, terms)),
    [VF.ClosedOn]: draft.close ? toDateField(today) : null,
  };
}
