import { COMITES, OVERLEGGROEPEN, UITVOERDERS, type ComiteKey, type Overleggroep, type Uitvoerder, type UitvoerderKind } from '../../domain/proposal/bodies';
import { FEEDBACK_CASCADE, type CascadeStepKey } from '../../domain/proposal/cascade';
import type { ProposalAction, ProposalRole } from '../../domain/proposal/proposal';
import { PROPOSAL_ACTIONS } from '../../domain/proposal/rules';
import type { ProposalStatus, ProposalTopic } from '../../domain/proposal/statuses';
import { brusselsInstant } from '../../domain/dates';
import { DIENSTEN, type Dienst } from '../groups';
import type { ChoiceOf, ListItemJson } from '../schema';
import type { CascadeEntry, ComiteInfo, DienstRoster, LoggedDecision, ProposalItem, WerkgroepInfo } from './types';

/** The JSON of a person or lookup expanded to its title. */
interface Expanded {
  Title?: string | null;
}

/** A Verbetervoorstellen item as read with its author, editor and werkgroep expanded. */
export type ProposalJson = Partial<ListItemJson<'Verbetervoorstellen'>> &
  Pick<ListItemJson<'Verbetervoorstellen'>, 'Id' | 'Status' | 'Dienst' | 'Created' | 'Modified' | 'AuthorId' | 'EditorId'> & {
    'odata.etag'?: string;
    Author?: Expanded;
    Editor?: Expanded;
    Werkgroep?: Expanded | null;
    Attachments?: boolean;
  };

/** A Beslissingen entry as read with its author expanded. */
export type DecisionJson = Partial<ListItemJson<'Beslissingen'>> & Pick<ListItemJson<'Beslissingen'>, 'Id' | 'AuthorId'> & { Author?: Expanded };

/** A Comites item as read with its chair expanded. */
export type ComiteJson = Partial<ListItemJson<'Comites'>> & Pick<ListItemJson<'Comites'>, 'Id'> & { Chair?: Expanded | null };

/** A Diensten item. */
export type RosterJson = Partial<ListItemJson<'Diensten'>> & Pick<ListItemJson<'Diensten'>, 'Id'>;

/** A Werkgroepen item. */
export type WerkgroepJson = Partial<ListItemJson<'Werkgroepen'>> & Pick<ListItemJson<'Werkgroepen'>, 'Id'>;

/** The value SharePoint stores for a comité (its Dutch name). */
export function comiteChoice(key: ComiteKey): ChoiceOf<'Verbetervoorstellen', 'Comite'> {
  return COMITES.filter((c) => c.key === key)[0].name as ChoiceOf<'Verbetervoorstellen', 'Comite'>;
}

/** The comité a stored choice names, or null. */
export function comiteFromChoice(name: string | null | undefined): ComiteKey | null {
  const found = COMITES.filter((c) => c.name === name)[0];
  return found ? found.key : null;
}

/** The value SharePoint stores for an executor kind. */
export function uitvoerderKindChoice(kind: UitvoerderKind): ChoiceOf<'Verbetervoorstellen', 'UitvoerderKind'> {
  return UITVOERDERS.filter((u) => u.kind === kind)[0].name as ChoiceOf<'Verbetervoorstellen', 'UitvoerderKind'>;
}

function kindFromChoice(name: string | null | undefined): UitvoerderKind | null {
  const found = UITVOERDERS.filter((u) => u.name === name)[0];
  return found ? found.kind : null;
}

/** The value SharePoint stores for an overleggroep. */
export function overleggroepChoice(group: Overleggroep | null | undefined): ChoiceOf<'Verbetervoorstellen', 'Overleggroep'> | null {
  const found = OVERLEGGROEPEN.filter((o) => o.key === group)[0];
  return found ? (found.name as ChoiceOf<'Verbetervoorstellen', 'Overleggroep'>) : null;
}

function overleggroepFromChoice(name: string | null | undefined): Overleggroep | null {
  const found = OVERLEGGROEPEN.filter((o) => o.name === name)[0];
  return found ? found.key : null;
}

/** The value SharePoint stores for a cascade step (its Dutch name). */
export function cascadeChoice(step: CascadeStepKey): string {
  return FEEDBACK_CASCADE.filter((s) => s.key === step)[0].name;
}

function cascadeFromChoice(name: string | null | undefined): CascadeStepKey | null {
  const found = FEEDBACK_CASCADE.filter((s) => s.name === name)[0];
  return found ? found.key : null;
}

function uitvoerderOf(kind: string | null | undefined, group: string | null | undefined, name: string | null | undefined): Uitvoerder | null {
  const k = kindFromChoice(kind);
  if (!k) return null;
  const overleggroep = overleggroepFromChoice(group);
  return { kind: k, ...(overleggroep ? { overleggroep } : {}), ...(name ? { name } : {}) };
}

const text = (value: string | null | undefined): string => value || '';
const iso = (value: string | null | undefined): string | null => (value ? new Date(value).toISOString() : null);

/** Maps a Verbetervoorstellen item to a proposal. */
export function toProposal(json: ProposalJson): ProposalItem {
  const werkgroepName = json.Werkgroep && json.Werkgroep.Title ? json.Werkgroep.Title : null;
  const lastDecisionAt = iso(json.LastDecisionAt);
  return {
    id: text(json.ClientId),
    itemId: json.Id,
    etag: json['odata.etag'] || '*',
    title: text(json.Title),
    problem: text(json.Problem),
    improvement: text(json.Improvement),
    description: text(json.Description),
    topic: (json.Topic || 'Andere') as ProposalTopic,
    costEstimate: typeof json.CostEstimate === 'number' ? json.CostEstimate : null,
    origin: json.Origin === 'Teamoverleg' ? 'Teamoverleg' : 'Team Q&W',
    meetingDate: json.Origin === 'Teamoverleg' && json.MeetingDate ? json.MeetingDate : null,
    status: (json.Status || 'Concept') as ProposalStatus,
    dienst: json.Dienst as Dienst,
    comite: comiteFromChoice(json.Comite),
    uitvoerder: uitvoerderOf(json.UitvoerderKind, json.Overleggroep, werkgroepName),
    agendaMeeting: iso(json.AgendaDate),
    // a submit creates the item in its dienst folder without dates (form values): its `Created` is the submission
    submittedAt: iso(json.SubmittedAt) || (json.Status && json.Status !== 'Concept' ? iso(json.Created) : null),
    statusChangedAt: lastDecisionAt || iso(json.Modified),
    proposer: { id: String(json.AuthorId), name: json.Author && json.Author.Title ? json.Author.Title : '' },
    createdAt: iso(json.Created) as string,
    authorId: json.AuthorId,
    editor: { id: json.EditorId, name: json.Editor && json.Editor.Title ? json.Editor.Title : '' },
    modified: iso(json.Modified) as string,
    lastDecisionAt,
    lastDecisionReason: json.LastDecisionReason || null,
    werkgroepId: typeof json.WerkgroepId === 'number' ? json.WerkgroepId : null,
    progressNotes: text(json.ProgressNotes),
    outcome: text(json.Outcome),
    hasAttachments: json.Attachments === true,
  };
}

/** The value stored in `ActingAs` for a status changed directly in the list. */
export const ACTING_IN_LIST = 'SharePoint-lijst';

// a record over every role, so a new role cannot be forgotten here
const ROLE_SET: { readonly [R in ProposalRole]: true } = { teamQW: true, teamoverleg: true, diensthoofd: true, directiecomite: true, comitevoorzitter: true, beheerder: true };
const ROLES = Object.keys(ROLE_SET) as ProposalRole[];

/** Maps a Beslissingen entry of kind Beslissing to a logged decision. */
export function toDecision(json: DecisionJson): LoggedDecision {
  const action = (PROPOSAL_ACTIONS as readonly string[]).indexOf(json.Action || '') >= 0 ? (json.Action as ProposalAction) : null;
  const role = (ROLES as readonly string[]).indexOf(json.ActingAs || '') >= 0 ? (json.ActingAs as ProposalRole) : null;
  const authorName = json.Author && json.Author.Title ? json.Author.Title : '';
  return {
    entryId: json.Id,
    clientId: text(json.ClientId),
    action,
    from: (json.FromStatus || 'Concept') as ProposalStatus,
    to: (json.ToStatus || 'Concept') as ProposalStatus,
    // who wrote the entry is what SharePoint says (Author); the entry's own name field is only a copy
    actor: { id: String(json.AuthorId), name: authorName || text(json.ActorName) },
    actingAs: role,
    at: iso(json.At) as string,
    reason: json.Reason || null,
    comite: comiteFromChoice(json.Comite),
    uitvoerder: uitvoerderOf(json.UitvoerderKind, json.Overleggroep, json.UitvoerderName),
    agendaMeeting: iso(json.AgendaDate),
    inList: json.ActingAs === ACTING_IN_LIST,
    namedAs: authorName && json.ActorName && json.ActorName.trim().toLowerCase() !== authorName.trim().toLowerCase() ? json.ActorName : null,
    counts: true,
  };
}

/** Maps a Beslissingen entry of kind Terugkoppeling to a cascade step; null when it names no known step. */
export function toCascadeEntry(json: DecisionJson & { FileDirRef?: string | null }): CascadeEntry | null {
  const step = cascadeFromChoice(json.CascadeStep);
  if (!step || typeof json.DecisionId !== 'number') return null;
  // a dienst's tick carries its day as a number (20261126): it is created through form values in the dienst's folder
  const day = typeof json.HeldOnDay === 'number' ? String(json.HeldOnDay) : '';
  const heldOn = /^\d{8}$/.test(day) ? brusselsInstant(`${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6, 8)}`, '12:00') : (iso(json.At) as string);
  const folder = /\/Lists\/[^/]+\/([^/]+)$/.exec(json.FileDirRef || '');
  return {
    entryId: json.Id,
    decisionId: json.DecisionId,
    step,
    dienst: (json.Dienst as Dienst | null | undefined) || null,
    folder: folder ? decodeURIComponent(folder[1]) : null,
    heldOn,
    recordedBy: json.Author && json.Author.Title ? json.Author.Title : text(json.ActorName),
    authorId: json.AuthorId,
  };
}

/** Maps a Comites item. */
export function toComite(json: ComiteJson): ComiteInfo | null {
  const key = comiteFromChoice(json.Title);
  if (!key) return null;
  return {
    itemId: json.Id,
    key,
    chairId: typeof json.ChairId === 'number' ? json.ChairId : null,
    chairName: json.Chair && json.Chair.Title ? json.Chair.Title : null,
    memberIds: json.MembersId || [],
    rhythm: text(json.MeetingRhythm),
  };
}

/** Maps a Werkgroepen item; null when its comité or kind is not one the flow knows. */
export function toWerkgroep(json: WerkgroepJson): WerkgroepInfo | null {
  const comite = comiteFromChoice(json.Comite);
  const kind = kindFromChoice(json.UitvoerderKind);
  if (!comite || !kind) return null;
  return {
    itemId: json.Id,
    name: text(json.Title),
    comite,
    kind,
    overleggroep: overleggroepFromChoice(json.Overleggroep),
    adHoc: json.AdHoc === true,
    mandate: text(json.Mandate),
    chairId: typeof json.ChairId === 'number' ? json.ChairId : null,
  };
}

/** Maps a Diensten item; null when its title is not a dienst of the zone. */
export function toRoster(json: RosterJson): DienstRoster | null {
  const dienst = DIENSTEN.filter((d) => d === json.Title)[0];
  if (!dienst) return null;
  return {
    dienst,
    headId: typeof json.HeadId === 'number' ? json.HeadId : null,
    middleManagerIds: json.MiddleManagersId || [],
    teamQWIds: json.TeamQWId || [],
  };
}
