import { brusselsDateOf, brusselsInstant } from '../../domain/dates';
import {
  OPS_INCOMPATIBILITIES,
  GIFT_KINDS,
  type AbsenceKind,
  type DamageCategory,
  type GiftDecision,
  type GiftKind,
  type HandlingStatus,
  type Kader,
  type SideActivityKind,
  type SideActivityStatus,
} from '../../domain/registers';
import type { NewItem } from '../createOnce';
import type { Dienst } from '../groups';
import { AFWEZIGHEDEN, GESCHENKEN, MATERIAALSCHADE, NEVENACTIVITEITEN, fieldNames } from '../schema';
import { parseDecimal } from '../../domain/registers/drafts';
import { parseJsonList } from './jsonList';
import { fromDateField, toDateField } from './dateFields';
import type {
  AbsenceDraft,
  AbsenceRecord,
  DamageDraft,
  DamageRecord,
  GiftDraft,
  GiftRecord,
  HistoryEntry,
  SideActivityAdvice,
  SideActivityDraft,
  SideActivityRecord,
} from './RegistersRepository';
import { etagOf, numberOrNull, personSelect, text, textOrNull, type PersonJson } from '../fieldValues';

/** Field names of the registers' lists (never spelled by hand). */
export const GF = fieldNames(GESCHENKEN);
export const NF = fieldNames(NEVENACTIVITEITEN);
export const MF = fieldNames(MATERIAALSCHADE);
export const AF = fieldNames(AFWEZIGHEDEN);

/** The columns every mapped item carries. */
interface ItemBase {
  Id: number;
  Created: string;
  'odata.etag'?: string;
  Author?: PersonJson;
  AuthorId?: number;
}

type Values = Record<string, unknown>;

/** The `$select` and `$expand` shared by the registers' queries: the author's name comes along. */
const AUTHOR = ['Id', 'Created', ...personSelect('Author')];

export const GIFT_SELECT = AUTHOR.concat([GF.Title, GF.Kind, GF.Giver, GF.EstimatedValue, GF.ReceivedOn, GF.WhyNotRefused, GF.Destination, GF.Dienst, GF.Status, GF.HandlingNotes]);
export const SIDE_ACTIVITY_SELECT = AUTHOR.concat([
  NF.Title, NF.Kader, NF.ActivityKind, NF.Description, NF.Organisation, NF.StartDate, NF.EndDate, NF.HoursPerMonth, NF.ReceivedAt,
  NF.Advice, NF.AdviceNotes, NF.AdviceDate, NF.KorpschefTalkOn, NF.Status, NF.History, NF.Dienst,
]);
export const DAMAGE_SELECT = AUTHOR.concat([MF.Title, MF.Location, MF.OccurredAt, MF.ObjectRef, MF.Category, MF.Description, MF.Status, MF.HandlingNotes, MF.Dienst]);
export const ABSENCE_SELECT = ['Id', ...personSelect(AF.Member), AF.Kind, AF.StartDate, AF.EndDate];
/** Person fields to expand per list. */
export const AUTHOR_EXPAND = ['Author'];
export const MEMBER_EXPAND = [AF.Member];

const person = (p: PersonJson | undefined, id: number | undefined): { id: string; name: string } => ({
  id: String(p ? p.Id : id ?? ''),
  name: p ? p.Title : '',
});

/** The Dutch name a side-activity kind is stored under. */
export function sideActivityKindName(kind: SideActivityKind): string {
  const hit = OPS_INCOMPATIBILITIES.filter((inc) => inc.key === kind)[0];
  return hit ? hit.name : 'Andere activiteit';
}

function sideActivityKindOf(name: unknown): SideActivityKind {
  const hit = OPS_INCOMPATIBILITIES.filter((inc) => inc.name === name)[0];
  return hit ? hit.key : 'andere';
}

/** A gift report from its list item. */
export function toGift(json: ItemBase & Values): GiftRecord {
  const kind = json[GF.Kind] as GiftKind;
  return {
    id: String(json.Id),
    reporter: person(json.Author, json.AuthorId),
    kind: GIFT_KINDS.indexOf(kind) >= 0 ? kind : 'Andere gunst',
    what: text(json[GF.Title]),
    giver: text(json[GF.Giver]),
    estimatedValue: numberOrNull(json[GF.EstimatedValue]),
    receivedOn: fromDateField(json[GF.ReceivedOn] as string) || brusselsDateOf(json.Created),
    whyNotRefused: text(json[GF.WhyNotRefused]),
    status: (json[GF.Status] as HandlingStatus) || 'Gemeld',
    decision: (json[GF.Destination] as GiftDecision) || null,
    dienst: (json[GF.Dienst] as Dienst) || null,
    handlingNotes: textOrNull(json[GF.HandlingNotes]),
    reportedAt: json.Created,
    etag: etagOf(json),
  };
}

/** The list item of a new gift report (a validated draft). */
export function giftItem(draft: GiftDraft, clientId: string): NewItem {
  return {
    ClientId: clientId,
    [GF.Title]: draft.what.trim(),
    [GF.Kind]: draft.kind,
    [GF.Giver]: draft.giver.trim(),
    [GF.EstimatedValue]: parseDecimal(draft.estimatedValue),
    [GF.ReceivedOn]: toDateField(draft.receivedOn),
    [GF.WhyNotRefused]: draft.whyNotRefused.trim(),
    [GF.Dienst]: draft.dienst,
    [GF.Status]: 'Gemeld',
  };
}

/** A side activity from its list item. */
export function toSideActivity(json: ItemBase & Values): SideActivityRecord {
  return {
    id: String(json.Id),
    declarant: person(json.Author, json.AuthorId),
    kader: (json[NF.Kader] as Kader) || 'Ops',
    kind: sideActivityKindOf(json[NF.ActivityKind]),
    title: text(json[NF.Title]),
    description: text(json[NF.Description]),
    organisation: textOrNull(json[NF.Organisation]),
    hoursPerMonth: numberOrNull(json[NF.HoursPerMonth]),
    status: (json[NF.Status] as SideActivityStatus) || 'Aangevraagd',
    declaredAt: json.Created,
    startDate: fromDateField(json[NF.StartDate] as string) || brusselsDateOf(json.Created),
    endDate: fromDateField(json[NF.EndDate] as string),
    receivedAt: textOrNull(json[NF.ReceivedAt]),
    korpschefTalkOn: fromDateField(json[NF.KorpschefTalkOn] as string),
    decidedAt: textOrNull(json[NF.AdviceDate]),
    decisionReason: textOrNull(json[NF.AdviceNotes]),
    advice: (json[NF.Advice] as SideActivityAdvice) || null,
    history: parseJsonList<HistoryEntry>(json[NF.History]),
    dienst: (json[NF.Dienst] as Dienst) || null,
    etag: etagOf(json),
  };
}

/** The list item of a new side-activity declaration, in its first status and with its first history entry. */
export function sideActivityItem(draft: SideActivityDraft, clientId: string, status: SideActivityStatus, first: HistoryEntry): NewItem {
  return {
    ClientId: clientId,
    [NF.Title]: draft.title.trim(),
    [NF.Kader]: draft.kader,
    [NF.ActivityKind]: sideActivityKindName(draft.kind || 'andere'),
    [NF.Description]: draft.description.trim(),
    [NF.Organisation]: draft.organisation.trim() || null,
    [NF.StartDate]: toDateField(draft.startDate),
    [NF.EndDate]: draft.endDate ? toDateField(draft.endDate) : null,
    [NF.HoursPerMonth]: parseDecimal(draft.hoursPerMonth),
    [NF.Status]: status,
    [NF.History]: JSON.stringify([first]),
    [NF.Dienst]: draft.dienst,
  };
}

/** A damage report from its list item (photos are read separately, from its attachments). */
export function toDamage(json: ItemBase & Values, photos: { name: string }[] = []): DamageRecord {
  const occurredAt = text(json[MF.OccurredAt]) || json.Created;
  return {
    id: String(json.Id),
    reporter: person(json.Author, json.AuthorId),
    category: (json[MF.Category] as DamageCategory) || 'Materiaal',
    what: text(json[MF.Title]),
    object: text(json[MF.ObjectRef]),
    location: text(json[MF.Location]),
    description: text(json[MF.Description]),
    occurredAt,
    occurredOn: brusselsDateOf(occurredAt),
    reportedAt: json.Created,
    status: (json[MF.Status] as HandlingStatus) || 'Gemeld',
    handlingNote: textOrNull(json[MF.HandlingNotes]),
    dienst: (json[MF.Dienst] as Dienst) || null,
    photos,
    etag: etagOf(json),
  };
}

/** The list item of a new damage report; the time defaults to noon when the reporter does not know it. */
export function damageItem(draft: DamageDraft, clientId: string): NewItem {
  return {
    ClientId: clientId,
    [MF.Title]: draft.what.trim(),
    [MF.Category]: draft.category,
    [MF.Location]: draft.location.trim(),
    [MF.OccurredAt]: brusselsInstant(draft.occurredOn, draft.occurredTime || '12:00'),
    [MF.ObjectRef]: draft.object.trim() || null,
    [MF.Description]: draft.description.trim(),
    [MF.Status]: 'Gemeld',
    [MF.Dienst]: draft.dienst,
  };
}

/** An absence from its list item. */
export function toAbsence(json: { Id: number; 'odata.etag'?: string } & Values): AbsenceRecord {
  return {
    id: String(json.Id),
    member: person(json[AF.Member] as PersonJson | undefined, json[`${AF.Member}Id`] as number | undefined),
    kind: json[AF.Kind] as AbsenceKind,
    start: fromDateField(json[AF.StartDate] as string) || '',
    end: fromDateField(json[AF.EndDate] as string),
    etag: etagOf(json),
  };
}

/** The list item of a new absence of a member. */
export function absenceItem(memberId: number, draft: AbsenceDraft, clientId: string): NewItem {
  return {
    ClientId: clientId,
    [AF.Title]: draft.kind,
    [`${AF.Member}Id`]: memberId,
    [AF.Kind]: draft.kind,
    [AF.StartDate]: toDateField(draft.start),
    [AF.EndDate]: draft.end ? toDateField(draft.end) : null,
  };
}
