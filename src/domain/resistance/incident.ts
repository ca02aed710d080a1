import type { BrusselsDate } from '../dates';
import type { Dienst } from '../groups';
import { collect, dateCheck, requiredText, type DraftProblems } from '../registers/drafts';

/** Whether the resistance was armed, in Dutch as stored. */
export const RESISTANCE_KINDS = ['Ongewapend', 'Gewapend'] as const;
/** One of {@link RESISTANCE_KINDS}. */
export type ResistanceKind = (typeof RESISTANCE_KINDS)[number];

/** Who was injured, in Dutch as stored. */
export const INJURY_KINDS = ['Geen letsel', 'Personeelslid gewond', 'Betrokkene gewond', 'Personeelslid en betrokkene gewond'] as const;
/** One of {@link INJURY_KINDS}. */
export type InjuryKind = (typeof INJURY_KINDS)[number];

/** Where the tactical evaluation of an incident stands (SD2.3). */
export const EVALUATION_STATUSES = ['Te evalueren', 'Geëvalueerd'] as const;
/** One of {@link EVALUATION_STATUSES}. */
export type EvaluationStatus = (typeof EVALUATION_STATUSES)[number];

/** A person by site user id and name. */
export interface PersonRef {
  id: string;
  name: string;
}

/** What TIWK or Cel GWB fills in when an incident of resistance is registered. */
export interface IncidentDraft {
  title: string;
  occurredOn: BrusselsDate | '';
  occurredTime: string;
  place: string;
  dienst: Dienst | '';
  members: PersonRef[];
  kind: ResistanceKind | '';
  weapon: string;
  injuries: InjuryKind | '';
  injuryNotes: string;
  facts: string;
  pvReference: string;
  bodycamRefs: string;
}

/** Why a field of an incident is refused. */
export type IncidentProblems = DraftProblems<IncidentDraft>;

/** The problems of an incident draft (empty when it may be stored): members involved, date not in the future, the weapon when armed. */
export function incidentProblems(draft: IncidentDraft, today: BrusselsDate): IncidentProblems {
  return collect<IncidentDraft>({
    title: requiredText(draft.title),
    occurredOn: dateCheck(draft.occurredOn, today, { required: true, notAfterToday: true }),
    occurredTime: draft.occurredTime && !/^([01]\d|2[0-3]):[0-5]\d$/.test(draft.occurredTime) ? 'invalidTime' : null,
    place: requiredText(draft.place),
    dienst: draft.dienst ? null : 'required',
    members: draft.members.length ? null : 'required',
    kind: draft.kind ? null : 'required',
    weapon: draft.kind === 'Gewapend' ? requiredText(draft.weapon) : null,
    injuries: draft.injuries ? null : 'required',
    facts: requiredText(draft.facts),
  });
}
